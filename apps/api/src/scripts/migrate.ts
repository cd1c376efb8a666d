// pnpm db:migrate — applies pending migrations to the configured database (MIGRATION_DATABASE_URL, the
// owner, when the API connects as a least-privilege role; else DATABASE_URL or SQLite).
import 'reflect-metadata';
import { loadConfig } from '../config.js';
import { initOrm, migrate } from '../db/orm.js';

const config = loadConfig();
const orm = await initOrm(config.migrationDb ?? config.db);
try {
  const applied = await migrate(orm);
  console.log(applied.length > 0 ? `Applied: ${applied.join(', ')}` : 'Database is up to date.');
} finally {
  await orm.close();
}
