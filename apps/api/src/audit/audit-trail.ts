// Appending to the audit trail, inside the caller's transaction. On PostgreSQL an advisory
// transaction lock serialises appenders, so two transactions can never chain onto the same row
// (the unique prev_hash would refuse it anyway); SQLite has one connection, so it is serial already.
import type { EntityManager } from '@mikro-orm/knex';
import { isPostgres } from '../db/dialect.js';
import { canonicalJson } from '../shared/json.js';
import { GENESIS_HASH, findChainBreak, hashOf, type ChainBreak } from './audit-chain.js';
import { AuditEvent } from './audit-event.entity.js';

/** Arbitrary but fixed: the key of the advisory lock that guards the chain's head. */
const AUDIT_LOCK_KEY = 4_242_001;

export interface AuditEntry {
  readonly action: string;
  readonly entityType: string;
  readonly entityId: string;
  readonly before?: unknown;
  readonly after?: unknown;
}

export interface AuditMeta {
  readonly at: Date;
  readonly actorUserId?: string;
  readonly actorRole?: string;
  readonly requestId?: string;
}

/** Appends entries to the chain; must run inside a transaction (`em` of `em.transactional`). */
export async function appendAudit(
  em: EntityManager,
  entries: readonly AuditEntry[],
  meta: AuditMeta,
): Promise<AuditEvent[]> {
  if (entries.length === 0) return [];
  if (isPostgres(em)) await em.execute('select pg_advisory_xact_lock(?)', [AUDIT_LOCK_KEY]);
  const [head] = await em.execute<{ seq: number; hash: string }[]>(
    'select seq, hash from audit_event order by seq desc limit 1',
  );
  let prevHash = head?.hash ?? GENESIS_HASH;
  let seq = head ? Number(head.seq) + 1 : 1;
  const rows: AuditEvent[] = [];
  for (const entry of entries) {
    const row = Object.assign(new AuditEvent(), {
      seq,
      at: meta.at,
      actorUserId: meta.actorUserId ?? null,
      actorRole: meta.actorRole ?? null,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      requestId: meta.requestId ?? null,
      before: entry.before === undefined ? null : canonicalJson(entry.before),
      after: entry.after === undefined ? null : canonicalJson(entry.after),
      prevHash,
    });
    row.hash = hashOf(row);
    rows.push(row);
    em.persist(row);
    prevHash = row.hash;
    seq += 1;
  }
  // Flushed at once, so a later append in the same transaction reads this head.
  await em.flush();
  return rows;
}

export interface ChainVerification {
  readonly rows: number;
  readonly ok: boolean;
  readonly break?: ChainBreak;
}

/** Re-computes the whole chain in pages; reports the first broken row. */
export async function verifyAuditChain(em: EntityManager, pageSize = 1000): Promise<ChainVerification> {
  let state = { prevHash: GENESIS_HASH, seq: 1 };
  let count = 0;
  for (;;) {
    const page = await em.find(
      AuditEvent,
      { seq: { $gte: state.seq } },
      { orderBy: { seq: 'asc' }, limit: pageSize },
    );
    if (page.length === 0) break;
    const result = findChainBreak(page, state);
    if (result.break) return { rows: count, ok: false, break: result.break };
    count += page.length;
    state = result.last;
    em.clear();
  }
  const total = await em.count(AuditEvent);
  if (total !== count) return { rows: count, ok: false, break: { seq: state.seq, reason: 'seqGap' } };
  return { rows: count, ok: true };
}
