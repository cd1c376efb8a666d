// pnpm db:recompute-deadlines — recounts every open case's next_due_at from the domain, in one
// transaction. Needed after an upgrade that changes the deadline rules or the holiday data (the stored due
// times were counted on the old calendar); harmless otherwise (it changes nothing).
import 'reflect-metadata';
import { loadConfig } from '../config.js';
import { recomputeNextDueAt } from '../db/backfill/case-filter-columns.js';
import { isPostgres } from '../db/dialect.js';
import { initOrm, migrate } from '../db/orm.js';
import { loadEffectiveCalendar } from '../holidays/holiday-calendar.js';
import type { EntityManager } from '@mikro-orm/knex';

const config = loadConfig();
const orm = await initOrm(config.db);
try {
  await migrate(orm);
  const em = orm.em.fork() as EntityManager;
  const changed = await em.transactional(async (tx: EntityManager) =>
    recomputeNextDueAt(
      (sql, params) => tx.getConnection().execute(sql, params ?? [], 'all', tx.getTransactionContext()),
      isPostgres(tx) ? 'postgresql' : 'sqlite',
      // The calendar the API counts on: the built-in days with the national admin's corrections.
      (await loadEffectiveCalendar(tx)).calendar,
    ),
  );
  console.log(`next_due_at recomputed: ${changed} case(s) changed.`);
} finally {
  await orm.close();
}
