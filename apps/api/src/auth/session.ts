// The caller behind a verified token: their user row (role, commission, active, session generation), held
// in memory per user id so that a request does not pay a database round trip for it. Whoever changes a
// user's row calls `sessionChanged` in its transaction and `forget` after it, so that this instance refuses
// a deactivated user's tokens (or a reset password's) at their very next request. Other instances learn it:
//   - on PostgreSQL through NOTIFY on SESSION_CHANNEL (sent with the commit, see session-listener.ts): within
//     milliseconds; while their listener is down they read the row at every request, as without a cache;
//   - on SQLite (several processes on one file) only when their entry expires: SQLITE_SESSION_TTL_MS.
import type { EntityManager } from '@mikro-orm/knex';
import { ROLES, type Role } from '@etik/domain';
import type { Clock } from '../context.js';
import { isPostgres } from '../db/dialect.js';
import type { CurrentUser } from './current-user.js';
import type { TokenClaims } from './token.js';

/** PostgreSQL channel on which a changed user's id is announced to every instance. */
export const SESSION_CHANNEL = 'etik_session';
/** How stale another SQLite process's view of a user can be (it has no way to be told). */
export const SQLITE_SESSION_TTL_MS = 5_000;
/** PostgreSQL with a live listener: a safety net only, should a notification ever be lost. */
export const NOTIFIED_SESSION_TTL_MS = 60_000;
const MAX_ENTRIES = 10_000;

interface SessionRow {
  readonly username: string;
  readonly role: string;
  readonly person_id: string | null;
  readonly active: boolean | number;
  readonly session_version: number | string;
  readonly commission_id: string;
  readonly commission_path: string;
}

/** What a user's row says about their sessions. */
interface SessionRecord {
  readonly user: Omit<CurrentUser, 'userId'>;
  readonly active: boolean;
  readonly sessionVersion: number;
}

async function readSession(em: EntityManager, userId: string): Promise<SessionRecord | undefined> {
  // One primary-key lookup with its commission; raw, so the request's identity map stays untouched.
  const [row] = await em.execute<SessionRow[]>(
    `select u.username, u.role, u.person_id, u.active, u.session_version,
            c.id as commission_id, c.path as commission_path
       from app_user u join commission c on c.id = u.commission_id
      where u.id = ?`,
    [userId],
  );
  if (!row) return undefined;
  return {
    user: {
      username: row.username,
      role: row.role as Role,
      commissionId: row.commission_id,
      commissionPath: row.commission_path,
      ...(row.person_id ? { personId: row.person_id } : {}),
    },
    // SQLite answers booleans as 0/1, PostgreSQL as booleans.
    active: row.active === true || row.active === 1,
    sessionVersion: Number(row.session_version),
  };
}

/** The sessions this instance has read, per user id. */
export class SessionCache {
  private readonly entries = new Map<string, { record: SessionRecord; loadedAt: number }>();
  /** Bumped by every invalidation: a read that started before one does not store what it read. */
  private invalidations = 0;
  /** How long an entry is trusted; 0 while nothing would tell this instance about a change. */
  private ttlMs: number;

  constructor(
    private readonly clock: Clock,
    ttlMs: number,
  ) {
    this.ttlMs = ttlMs;
  }

  /** The user the claims name, or undefined when the account is gone, deactivated or its session renewed. */
  async currentUserOf(em: () => EntityManager, claims: TokenClaims): Promise<CurrentUser | undefined> {
    const record = await this.recordOf(em, claims.userId);
    if (!record?.active || record.sessionVersion !== claims.sessionVersion) return undefined;
    if (!(ROLES as readonly string[]).includes(record.user.role)) return undefined;
    return { userId: claims.userId, ...record.user };
  }

  private async recordOf(em: () => EntityManager, userId: string): Promise<SessionRecord | undefined> {
    const now = this.clock.now().getTime();
    const cached = this.entries.get(userId);
    if (cached && now >= cached.loadedAt && now - cached.loadedAt < this.ttlMs) return cached.record;
    const before = this.invalidations;
    const record = await readSession(em(), userId);
    if (record && this.ttlMs > 0 && this.invalidations === before) {
      this.entries.delete(userId);
      if (this.entries.size >= MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
      this.entries.set(userId, { record, loadedAt: now });
    }
    return record;
  }

  /** The user's row changed (or is about to): read it again at their next request. */
  forget(userId: string): void {
    this.invalidations += 1;
    this.entries.delete(userId);
  }

  /** Forget everyone, and trust entries for `ttlMs` from now on (0: no caching at all). */
  reset(ttlMs: number): void {
    this.invalidations += 1;
    this.entries.clear();
    this.ttlMs = ttlMs;
  }
}

/**
 * In the transaction that changes a user's role, commission, active flag, password or session version:
 * this instance forgets them now, and on PostgreSQL every instance is told when (and only if) it commits.
 * The caller also calls `forget` after the commit, so that a read racing the transaction is not kept.
 */
export async function sessionChanged(
  em: EntityManager,
  sessions: SessionCache,
  userId: string,
): Promise<void> {
  sessions.forget(userId);
  if (isPostgres(em)) await em.execute('select pg_notify(?, ?)', [SESSION_CHANNEL, userId]);
}
