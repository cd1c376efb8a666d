// Reads with side effects or extra queries: the audited reveal of a confidential identity, and the timeline.
import { AuditEvent } from '../audit/audit-event.entity.js';
import { appendAudit } from '../audit/audit-trail.js';
import type { Context } from '../context.js';
import type { EthicsCaseView, TimelineEntryType } from './ethics-case.type.js';

/**
 * A confidential complainant's identity is shown only to the handling commission's officers and
 * commissioners, and each request that shows it leaves a row in the audit trail first.
 */
export async function auditConfidentialRead(ctx: Context, view: EthicsCaseView): Promise<void> {
  if (view.readsConfidentialIdentity) await auditIdentityRead(ctx, view.record);
}

/**
 * One `confidentialIdentityRead` row on the case per request that shows something identifying a
 * confidential complainant (their name, or a file marked confidential), committed before the answer.
 */
export async function auditIdentityRead(
  ctx: Context,
  ethicsCase: { readonly id: string; readonly commission: { readonly id: string } },
): Promise<void> {
  const caseId = ethicsCase.id;
  if (ctx.auditedReads.has(caseId)) return;
  ctx.auditedReads.add(caseId);
  const user = ctx.user!;
  await ctx.em.fork().transactional(async (em) => {
    await appendAudit(em, [{ action: 'confidentialIdentityRead', entityType: 'case', entityId: caseId }], {
      chain: ethicsCase.commission.id,
      at: ctx.now(),
      actorUserId: user.userId,
      actorRole: user.role,
      requestId: ctx.requestId,
    });
  });
}

const fieldOf = (json: string | null | undefined, field: 'status' | 'occurredAt'): string | null => {
  if (!json) return null;
  const value = (JSON.parse(json) as Record<string, unknown>)[field];
  return typeof value === 'string' ? value : null;
};

/** The case's audit rows as plain rows (no entity hydration), by time then seq. */
const occurredAtOf = (text: string | null): Date | null => (text ? new Date(text) : null);

export async function timelineOf(ctx: Context, caseId: string): Promise<TimelineEntryType[]> {
  const rows = await ctx.em
    .createQueryBuilder(AuditEvent, 'a')
    .select(['seq', 'at', 'action', 'actorUserId', 'actorRole', 'before', 'after'])
    .where({ entityType: 'case', entityId: caseId })
    // By time, then seq: a case's rows from before per-commission chains are in the national chain.
    .orderBy({ at: 'asc', seq: 'asc' })
    .execute<Pick<AuditEvent, 'seq' | 'at' | 'action' | 'actorUserId' | 'actorRole' | 'before' | 'after'>[]>(
      'all',
      true,
    );
  return rows.map((row) => ({
    seq: row.seq,
    at: row.at,
    action: row.action,
    actorUserId: row.actorUserId ?? null,
    actorRole: row.actorRole ?? null,
    fromStatus: fieldOf(row.before, 'status'),
    toStatus: fieldOf(row.after, 'status'),
    occurredAt: occurredAtOf(fieldOf(row.after, 'occurredAt')),
  }));
}
