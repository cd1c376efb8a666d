// The least-privilege PostgreSQL role the API connects as. Run by the database owner (or a superuser)
// after the migrations: the role may read and write the application's tables, but only SELECT and INSERT
// the audit trail and its checkpoints, and it is no superuser, so it can neither disable the append-only
// triggers nor `set session_replication_role = replica`. Run it again after every migration: new tables
// get their grants then.
import type { EntityManager } from '@mikro-orm/knex';

export const AUDIT_TABLES = ['audit_event', 'audit_checkpoint'] as const;
const MIGRATIONS_TABLE = 'mikro_orm_migrations';

const ident = (name: string): string => {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name))
    throw new Error(`"${name}" is not a plain role or database name`);
  return `"${name}"`;
};
const literal = (value: string): string => `'${value.replaceAll("'", "''")}'`;

export interface AppRoleOptions {
  readonly role: string;
  /** Set as the role's password when given (else it keeps the one it has, or none). */
  readonly password?: string;
}

/** Creates (if missing) and grants the app role; refuses one that is a superuser or bypasses RLS. */
export async function setupAppRole(em: EntityManager, options: AppRoleOptions): Promise<void> {
  const role = ident(options.role);
  const [existing] = await em.execute<{ rolsuper: boolean; rolbypassrls: boolean }[]>(
    'select rolsuper, rolbypassrls from pg_roles where rolname = ?',
    [options.role],
  );
  if (!existing) {
    await em.execute(`create role ${role} login nosuperuser nobypassrls nocreatedb nocreaterole`);
  } else if (existing.rolsuper || existing.rolbypassrls) {
    throw new Error(`role ${options.role} is a superuser or bypasses RLS: the API must not connect as it`);
  }
  if (options.password) await em.execute(`alter role ${role} password ${literal(options.password)}`);
  const [{ db } = { db: '' }] = await em.execute<{ db: string }[]>('select current_database() as db');
  await em.execute(`grant connect on database ${ident(db)} to ${role}`);
  await em.execute(`grant usage on schema public to ${role}`);
  await em.execute(`revoke all on all tables in schema public from ${role}`);
  await em.execute(`grant select, insert, update, delete on all tables in schema public to ${role}`);
  for (const table of AUDIT_TABLES) {
    await em.execute(`revoke update, delete, truncate on ${ident(table)} from ${role}`);
  }
  await em.execute(`revoke insert, update, delete on ${ident(MIGRATIONS_TABLE)} from ${role}`);
  await em.execute(`grant usage, select on all sequences in schema public to ${role}`);
}
