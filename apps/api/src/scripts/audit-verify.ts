// pnpm audit:verify — recomputes the audit trail's hash chain; exits 1 at the first broken row.
import 'reflect-metadata';
import type { EntityManager } from '@mikro-orm/knex';
import { verifyAuditChain } from '../audit/audit-trail.js';
import { loadConfig } from '../config.js';
import { initOrm } from '../db/orm.js';

const config = loadConfig();
const orm = await initOrm(config.db);
try {
  const result = await verifyAuditChain(orm.em.fork() as unknown as EntityManager);
  if (result.ok) {
    console.log(`Audit trail intact: ${result.rows} rows verified.`);
  } else {
    console.error(
      `Audit trail BROKEN at seq ${result.break?.seq} (${result.break?.reason}); ${result.rows} rows verified before it.`,
    );
    process.exitCode = 1;
  }
} finally {
  await orm.close();
}
