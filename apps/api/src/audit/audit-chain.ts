// The hash chain of the audit trail: each row's hash is sha256(previous hash + canonical row), so
// changing, removing or reordering any row breaks every hash after it. Each chain (a commission, or the
// national chain) is hashed on its own; a commission chain's rows hash their chain too, so a row cannot be
// moved to another chain. National rows do not, so the rows written before chains existed stay valid.
// What a hash chain cannot show — its last rows removed, or a row rewritten with every hash after it
// recomputed — the signed checkpoints show (audit-checkpoint.ts).
import { createHash } from 'node:crypto';
import { canonicalJson } from '../shared/json.js';
import { NATIONAL_CHAIN, type AuditEvent } from './audit-event.entity.js';

export const GENESIS_HASH = '0'.repeat(64);

/** A row without its hash; no chain means the national chain. */
type HashedFields = Omit<AuditEvent, 'hash' | 'chain'> & { readonly chain?: string };

export function hashOf(row: HashedFields): string {
  const canonical = canonicalJson({
    ...(row.chain === undefined || row.chain === NATIONAL_CHAIN ? {} : { chain: row.chain }),
    seq: row.seq,
    at: row.at.toISOString(),
    actorUserId: row.actorUserId ?? null,
    actorRole: row.actorRole ?? null,
    action: row.action,
    entityType: row.entityType,
    entityId: row.entityId,
    requestId: row.requestId ?? null,
    before: row.before ?? null,
    after: row.after ?? null,
  });
  return createHash('sha256').update(`${row.prevHash}\n${canonical}`).digest('hex');
}

export interface ChainBreak {
  readonly seq: number;
  readonly reason: 'seqGap' | 'prevHashMismatch' | 'hashMismatch';
}

/** Walks rows in seq order from `expectedPrev`/`expectedSeq`; returns the first break, if any. */
export function findChainBreak(
  rows: readonly AuditEvent[],
  start: { prevHash: string; seq: number } = { prevHash: GENESIS_HASH, seq: 1 },
): { readonly break?: ChainBreak; readonly last: { prevHash: string; seq: number } } {
  let prevHash = start.prevHash;
  let seq = start.seq;
  for (const row of rows) {
    if (row.seq !== seq) return { break: { seq: row.seq, reason: 'seqGap' }, last: { prevHash, seq } };
    if (row.prevHash !== prevHash)
      return { break: { seq: row.seq, reason: 'prevHashMismatch' }, last: { prevHash, seq } };
    if (hashOf(row) !== row.hash)
      return { break: { seq: row.seq, reason: 'hashMismatch' }, last: { prevHash, seq } };
    prevHash = row.hash;
    seq += 1;
  }
  return { last: { prevHash, seq } };
}
