// The caller behind a verified token, read from their user row at every request: no process-local cache,
// so every API instance refuses a deactivated user's tokens (or a reset password's) at their next request.
import type { EntityManager } from '@mikro-orm/knex';
import { ROLES, type Role } from '@etik/domain';
import type { CurrentUser } from './current-user.js';
import type { TokenClaims } from './token.js';

interface SessionRow {
  readonly username: string;
  readonly role: string;
  readonly person_id: string | null;
  readonly active: boolean | number;
  readonly session_version: number | string;
  readonly commission_id: string;
  readonly commission_path: string;
}

/** The user the claims name, or undefined when the account is gone, deactivated or its session renewed. */
export async function currentUserOf(
  em: EntityManager,
  claims: TokenClaims,
): Promise<CurrentUser | undefined> {
  // One primary-key lookup with its commission; raw, so the request's identity map stays untouched.
  const [row] = await em.execute<SessionRow[]>(
    `select u.username, u.role, u.person_id, u.active, u.session_version,
            c.id as commission_id, c.path as commission_path
       from app_user u join commission c on c.id = u.commission_id
      where u.id = ?`,
    [claims.userId],
  );
  if (!row) return undefined;
  // SQLite answers booleans as 0/1, PostgreSQL as booleans.
  if (!(row.active === true || row.active === 1)) return undefined;
  if (Number(row.session_version) !== claims.sessionVersion) return undefined;
  if (!(ROLES as readonly string[]).includes(row.role)) return undefined;
  return {
    userId: claims.userId,
    username: row.username,
    role: row.role as Role,
    commissionId: row.commission_id,
    commissionPath: row.commission_path,
    ...(row.person_id ? { personId: row.person_id } : {}),
  };
}
