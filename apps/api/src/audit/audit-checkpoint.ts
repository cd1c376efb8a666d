// Signed checkpoints of each chain's head. The key lives outside the database (config.ts: ETIK_AUDIT_KEY,
// ETIK_AUDIT_KEY_FILE or <data dir>/audit-key), so someone who can write the database but not read that
// key cannot make a checkpoint for a shortened or re-chained trail. Checkpoints chain too (each MACs its
// number and the previous one's MAC): removing one from the middle, or editing one, is seen. Removing the
// newest ones together with the rows after them (a rollback to an earlier consistent state) is not: only
// a head noted outside the database shows that (`audit:verify --expect-head`).
import { createHmac, timingSafeEqual } from 'node:crypto';
import { canonicalJson } from '../shared/json.js';
import { GENESIS_HASH } from './audit-chain.js';

/** The key of each ORM (its Configuration, shared by every fork of its EntityManager). */
const keys = new WeakMap<object, Uint8Array>();

/** Signs this ORM's appends with `key` (initOrm does it when the DbConfig carries one). */
export function useAuditKey(orm: { config: object }, key: Uint8Array): void {
  keys.set(orm.config, key);
}

export function auditKeyOf(em: { config: object }): Uint8Array | undefined {
  return keys.get(em.config);
}

export interface CheckpointFields {
  readonly chain: string;
  readonly n: number;
  readonly seq: number;
  readonly hash: string;
  readonly prevMac: string;
}

export const FIRST_PREV_MAC = GENESIS_HASH;

export function checkpointMac(key: Uint8Array, fields: CheckpointFields): string {
  const canonical = canonicalJson({
    chain: fields.chain,
    n: fields.n,
    seq: fields.seq,
    hash: fields.hash,
    prevMac: fields.prevMac,
  });
  return createHmac('sha256', key).update(canonical).digest('hex');
}

export function macMatches(key: Uint8Array, fields: CheckpointFields & { readonly mac: string }): boolean {
  const expected = Buffer.from(checkpointMac(key, fields), 'hex');
  const given = Buffer.from(fields.mac, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}
