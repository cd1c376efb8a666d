// Periodic clean-up of what expires in the database: idempotency records past their TTL and failed logins
// past the rate limiter's window. Each instance runs it; the deletes are idempotent, so several
// instances on one database do no harm. The timer does not keep the process alive.
import type { EntityManager } from '@mikro-orm/knex';
import { purgeExpiredIdempotencyKeys } from './audit/idempotency.plugin.js';
import type { AppDeps } from './context.js';

export interface Maintenance {
  /** One round now; returns what it deleted. */
  run(): Promise<{ idempotencyKeys: number; loginFailures: number }>;
  stop(): void;
}

export function startMaintenance(deps: AppDeps, intervalMs: number): Maintenance {
  const run = async () => {
    const now = deps.clock.now();
    const idempotencyKeys = await purgeExpiredIdempotencyKeys(deps.orm, now, deps.idempotencyTtlMs);
    const loginFailures = await deps.loginLimiter.purge(deps.orm.em.fork() as EntityManager, now);
    if (idempotencyKeys + loginFailures > 0) {
      deps.logger.debug({ idempotencyKeys, loginFailures }, 'expired rows purged');
    }
    return { idempotencyKeys, loginFailures };
  };
  const timer = setInterval(() => {
    run().catch((error: unknown) => deps.logger.warn({ err: error }, 'maintenance failed'));
  }, intervalMs);
  timer.unref();
  return { run, stop: () => clearInterval(timer) };
}
