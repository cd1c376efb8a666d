// Every mutation is ONE transaction: its changes, its audit rows and its idempotency record commit
// together or not at all.
import { OptimisticLockError, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { err, type Result } from '@etik/domain';
import { IdempotencyRecord } from '../audit/audit-event.entity.js';
import { appendAuditByChain, type ChainedAuditEntry } from '../audit/audit-trail.js';
import type { Context } from '../context.js';
import { codedError, type CodedError } from '../errors/coded-error.js';

/** Carries a refused Result out of `em.transactional`, rolling the transaction back. */
class Refused<E> extends Error {
  constructor(readonly result: Result<never, E>) {
    super('refused');
  }
}

export interface MutationScope {
  readonly em: EntityManager;
  readonly now: Date;
  /** Audit entries to append when the work succeeds, each to its chain (its commission's id, or national). */
  audit(entry: ChainedAuditEntry): void;
}

/**
 * Runs `work` in one transaction. A refusal it returns rolls back and is returned; so are a lost race on
 * the version (CONFLICT) or on a unique value (CONFLICT, or IDEMPOTENCY_KEY_IN_PROGRESS for a twin).
 */
export async function runMutation<T, E>(
  ctx: Context,
  work: (scope: MutationScope) => Promise<Result<T, E>>,
): Promise<Result<T, E | CodedError>> {
  const now = ctx.now();
  try {
    const committed = await ctx.em.transactional(async (em) => {
      // The key first: a parallel twin's insert waits on the unique index until this transaction ends,
      // then fails (IDEMPOTENCY_KEY_IN_PROGRESS) instead of racing this one through the work.
      if (ctx.idempotency && !ctx.idempotency.recorded && ctx.user) {
        em.persist(
          Object.assign(new IdempotencyRecord(), {
            userId: ctx.user.userId,
            key: ctx.idempotency.key,
            operation: ctx.idempotency.operation,
            requestHash: ctx.idempotency.requestHash,
            response: null,
            createdAt: now,
          }),
        );
        await em.flush();
      }
      const entries: ChainedAuditEntry[] = [];
      const result = await work({ em, now, audit: (entry) => entries.push(entry) });
      if (!result.ok) throw new Refused(result);
      await appendAuditByChain(em, entries, {
        at: now,
        requestId: ctx.requestId,
        ...(ctx.user ? { actorUserId: ctx.user.userId, actorRole: ctx.user.role } : {}),
      });
      return result;
    });
    if (ctx.idempotency && ctx.user) ctx.idempotency.recorded = true;
    return committed;
  } catch (error) {
    if (error instanceof Refused) return error.result as Result<T, E>;
    if (error instanceof OptimisticLockError) return err(codedError('CONFLICT'));
    if (error instanceof UniqueConstraintViolationException) {
      // A concurrent twin with the same Idempotency-Key, or a concurrent writer of the same unique value.
      return err(codedError(/idempotency/i.test(error.message) ? 'IDEMPOTENCY_KEY_IN_PROGRESS' : 'CONFLICT'));
    }
    throw error;
  }
}
