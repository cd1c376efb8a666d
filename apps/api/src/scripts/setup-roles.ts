// pnpm db:setup-roles [--role etik_app] — PostgreSQL only. Run as the database owner (MIGRATION_DATABASE_URL,
// else DATABASE_URL) after db:migrate: creates the API's least-privilege role and grants it what it needs
// (app-role.ts). ETIK_APP_PASSWORD, when set, becomes the role's password. Then point DATABASE_URL at it.
import 'reflect-metadata';
import type { EntityManager } from '@mikro-orm/knex';
import { setupAppRole } from '../audit/app-role.js';
import { loadConfig } from '../config.js';
import { initOrm } from '../db/orm.js';

const argv = process.argv.slice(2);
const roleAt = argv.indexOf('--role');
const role = roleAt >= 0 ? argv[roleAt + 1] : (process.env.ETIK_APP_ROLE ?? 'etik_app');
const config = loadConfig();
const owner = config.migrationDb ?? config.db;
if (owner.driver !== 'postgresql' || !role) {
  console.error(
    'db:setup-roles is for PostgreSQL: set MIGRATION_DATABASE_URL (or DATABASE_URL) to the owner.',
  );
  process.exit(1);
}
const orm = await initOrm(owner);
try {
  const password = process.env.ETIK_APP_PASSWORD;
  await setupAppRole(orm.em.fork() as unknown as EntityManager, { role, ...(password ? { password } : {}) });
  console.log(`Role ${role} ready: SELECT and INSERT only on the audit tables; connect the API as it.`);
} finally {
  await orm.close();
}
