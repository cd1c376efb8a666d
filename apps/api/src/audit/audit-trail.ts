// Appending to the audit trail, inside the caller's transaction, and verifying it. Each commission has its
// own chain (audit-event.entity.ts); on PostgreSQL an advisory transaction lock per chain serialises that
// chain's appenders, so two transactions never chain onto the same row (the unique (chain, prev_hash)
// would refuse it anyway) while writers in other commissions go on. SQLite has one writer at a time.
// Every append also writes a checkpoint of the chain's new head, signed with a key kept outside the
// database (audit-checkpoint.ts), so verification can tell a shortened or re-chained trail.
import type { EntityManager } from '@mikro-orm/knex';
import { isPostgres } from '../db/dialect.js';
import { canonicalJson } from '../shared/json.js';
import { GENESIS_HASH, findChainBreak, hashOf, type ChainBreak } from './audit-chain.js';
import { FIRST_PREV_MAC, auditKeyOf, checkpointMac, macMatches } from './audit-checkpoint.js';
import { AuditCheckpoint, AuditEvent } from './audit-event.entity.js';

export { NATIONAL_CHAIN } from './audit-event.entity.js';

export interface AuditEntry {
  readonly action: string;
  readonly entityType: string;
  readonly entityId: string;
  readonly before?: unknown;
  readonly after?: unknown;
}

/** An entry with the chain it goes to: the id of the commission whose case or record it is about, or NATIONAL_CHAIN. */
export interface ChainedAuditEntry extends AuditEntry {
  readonly chain: string;
}

export interface AuditMeta {
  /** The id of the commission whose case or record the entries are about, or NATIONAL_CHAIN. */
  readonly chain: string;
  readonly at: Date;
  readonly actorUserId?: string;
  readonly actorRole?: string;
  readonly requestId?: string;
}

/** Appends entries to one chain; must run inside a transaction (`em` of `em.transactional`). */
export async function appendAudit(
  em: EntityManager,
  entries: readonly AuditEntry[],
  meta: AuditMeta,
): Promise<AuditEvent[]> {
  if (entries.length === 0) return [];
  const { chain } = meta;
  if (chain === '' || chain.length > 64) throw new Error(`invalid audit chain "${chain}"`);
  if (isPostgres(em)) await em.execute('select pg_advisory_xact_lock(hashtext(?))', [`audit:${chain}`]);
  const [head] = await em.execute<{ seq: number; hash: string }[]>(
    'select seq, hash from audit_event where chain = ? order by seq desc limit 1',
    [chain],
  );
  let prevHash = head?.hash ?? GENESIS_HASH;
  let seq = head ? Number(head.seq) + 1 : 1;
  const rows: AuditEvent[] = [];
  for (const entry of entries) {
    const row = Object.assign(new AuditEvent(), {
      chain,
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
  const key = auditKeyOf(em);
  if (key) {
    const [last] = await em.execute<{ n: number; mac: string }[]>(
      'select n, mac from audit_checkpoint where chain = ? order by n desc limit 1',
      [chain],
    );
    const fields = {
      chain,
      n: last ? Number(last.n) + 1 : 1,
      seq: seq - 1,
      hash: prevHash,
      prevMac: last?.mac ?? FIRST_PREV_MAC,
    };
    em.persist(
      Object.assign(new AuditCheckpoint(), { ...fields, at: meta.at, mac: checkpointMac(key, fields) }),
    );
  }
  // Flushed at once, so a later append in the same transaction reads this head.
  await em.flush();
  return rows;
}

/** Appends entries to their chains, one chain after another in a fixed order (no lock-order deadlock). */
export async function appendAuditByChain(
  em: EntityManager,
  entries: readonly ChainedAuditEntry[],
  meta: Omit<AuditMeta, 'chain'>,
): Promise<void> {
  const chains = [...new Set(entries.map((entry) => entry.chain))].sort();
  for (const chain of chains) {
    const ofChain = entries
      .filter((entry) => entry.chain === chain)
      .map(({ chain: _chain, ...entry }) => entry);
    await appendAudit(em, ofChain, { ...meta, chain });
  }
}

/** A head noted outside the database: the chain must still hold this row with this hash. */
export interface ExpectedHead {
  readonly chain: string;
  readonly seq: number;
  readonly hash: string;
}

export type AuditProblem =
  /** The hash chain itself is broken at a row. */
  | { readonly kind: 'broken'; readonly seq: number; readonly reason: ChainBreak['reason'] }
  /** Rows the last checkpoint covers are gone: the chain was shortened. */
  | { readonly kind: 'truncated'; readonly checkpointSeq: number; readonly headSeq: number }
  /** The row at the last checkpoint's seq has another hash: rows were rewritten and the chain recomputed. */
  | {
      readonly kind: 'rechained';
      readonly seq: number;
      readonly checkpointHash: string;
      readonly hash: string;
    }
  /** A checkpoint whose MAC fails, or a gap or broken link among the checkpoints. */
  | { readonly kind: 'badCheckpoint'; readonly n: number; readonly reason: 'mac' | 'gap' | 'link' | 'order' }
  /** Rows after the last checkpoint: appended without the key, or their checkpoints removed. */
  | { readonly kind: 'uncheckpointed'; readonly fromSeq: number; readonly headSeq: number }
  /** A head noted outside the database that the chain no longer holds. */
  | {
      readonly kind: 'unexpectedHead';
      readonly seq: number;
      readonly hash: string | null;
      readonly expected: string;
    };

export interface ChainReport {
  readonly chain: string;
  readonly rows: number;
  readonly head: { readonly seq: number; readonly hash: string } | null;
  readonly checkpoints: number;
  readonly problems: readonly AuditProblem[];
}

export interface ChainVerification {
  readonly ok: boolean;
  /** Rows verified (before the first break, in a broken chain). */
  readonly rows: number;
  /** Whether the checkpoints were checked (false without the key). */
  readonly checkpointsChecked: boolean;
  readonly chains: readonly ChainReport[];
  /** The first hash-chain break, if any. */
  readonly break?: ChainBreak & { readonly chain: string };
}

export interface VerifyOptions {
  /** The checkpoint key; default the one the ORM was given (none: checkpoints are not checked). */
  readonly key?: Uint8Array;
  readonly expectHeads?: readonly ExpectedHead[];
  readonly pageSize?: number;
}

/** Re-computes every chain in pages and checks it against its checkpoints. */
export async function verifyAuditChain(
  em: EntityManager,
  options: VerifyOptions = {},
): Promise<ChainVerification> {
  const key = options.key ?? auditKeyOf(em);
  const pageSize = options.pageSize ?? 1000;
  const names = await em.execute<{ chain: string }[]>(
    'select chain from audit_event union select chain from audit_checkpoint order by chain',
  );
  const chains: ChainReport[] = [];
  for (const { chain } of names) {
    chains.push(await verifyChain(em, chain, key, options.expectHeads ?? [], pageSize));
  }
  for (const expected of options.expectHeads ?? []) {
    if (!names.some(({ chain }) => chain === expected.chain)) {
      chains.push({
        chain: expected.chain,
        rows: 0,
        head: null,
        checkpoints: 0,
        problems: [{ kind: 'unexpectedHead', seq: expected.seq, hash: null, expected: expected.hash }],
      });
    }
  }
  const broken = chains.find((report) => report.problems.some((problem) => problem.kind === 'broken'));
  const brokenAt = broken?.problems.find((problem) => problem.kind === 'broken');
  return {
    ok: chains.every((report) => report.problems.length === 0),
    rows: chains.reduce((sum, report) => sum + report.rows, 0),
    checkpointsChecked: key !== undefined,
    chains,
    ...(broken && brokenAt?.kind === 'broken'
      ? { break: { chain: broken.chain, seq: brokenAt.seq, reason: brokenAt.reason } }
      : {}),
  };
}

interface LastCheckpoint {
  readonly n: number;
  readonly seq: number;
  readonly hash: string;
}

/** Walks a chain's checkpoints in order: their MACs and links; returns the last good one and any problem. */
async function walkCheckpoints(
  em: EntityManager,
  chain: string,
  key: Uint8Array,
  pageSize: number,
): Promise<{ count: number; last?: LastCheckpoint; problem?: AuditProblem }> {
  let prevMac = FIRST_PREV_MAC;
  let last: LastCheckpoint | undefined;
  let count = 0;
  for (;;) {
    const page = await em.find(
      AuditCheckpoint,
      { chain, n: { $gt: last?.n ?? 0 } },
      { orderBy: { n: 'asc' }, limit: pageSize },
    );
    if (page.length === 0) break;
    for (const checkpoint of page) {
      const n = (last?.n ?? 0) + 1;
      const problem = (reason: 'mac' | 'gap' | 'link' | 'order'): AuditProblem => ({
        kind: 'badCheckpoint',
        n: checkpoint.n,
        reason,
      });
      if (checkpoint.n !== n) return { count, ...(last ? { last } : {}), problem: problem('gap') };
      if (!macMatches(key, checkpoint)) return { count, ...(last ? { last } : {}), problem: problem('mac') };
      if (checkpoint.prevMac !== prevMac)
        return { count, ...(last ? { last } : {}), problem: problem('link') };
      if (last && checkpoint.seq <= last.seq) return { count, last, problem: problem('order') };
      prevMac = checkpoint.mac;
      last = { n: checkpoint.n, seq: checkpoint.seq, hash: checkpoint.hash };
      count += 1;
    }
    em.clear();
  }
  return { count, ...(last ? { last } : {}) };
}

async function verifyChain(
  em: EntityManager,
  chain: string,
  key: Uint8Array | undefined,
  expectHeads: readonly ExpectedHead[],
  pageSize: number,
): Promise<ChainReport> {
  const problems: AuditProblem[] = [];
  const checkpoints = key ? await walkCheckpoints(em, chain, key, pageSize) : { count: 0 };
  if (checkpoints.problem) problems.push(checkpoints.problem);
  const lastCheckpoint = checkpoints.last;
  const expected = expectHeads.filter((head) => head.chain === chain);
  // The hashes of the rows the checkpoint and the noted heads name, seen on the walk.
  const wanted = new Set([
    ...(lastCheckpoint ? [lastCheckpoint.seq] : []),
    ...expected.map((head) => head.seq),
  ]);
  const seen = new Map<number, string>();

  let state = { prevHash: GENESIS_HASH, seq: 1 };
  let rows = 0;
  for (;;) {
    const page = await em.find(
      AuditEvent,
      { chain, seq: { $gte: state.seq } },
      { orderBy: { seq: 'asc' }, limit: pageSize },
    );
    if (page.length === 0) break;
    const result = findChainBreak(page, state);
    for (const row of page) if (wanted.has(row.seq)) seen.set(row.seq, row.hash);
    if (result.break) {
      problems.push({ kind: 'broken', seq: result.break.seq, reason: result.break.reason });
      rows += result.break.seq - state.seq;
      break;
    }
    rows += page.length;
    state = result.last;
    em.clear();
  }
  const [counted] = await em.execute<{ n: number }[]>(
    'select count(*) as n from audit_event where chain = ?',
    [chain],
  );
  const total = Number(counted?.n ?? 0);
  if (problems.length === 0 && total !== rows)
    problems.push({ kind: 'broken', seq: state.seq, reason: 'seqGap' });
  const head = rows > 0 ? { seq: state.seq - 1, hash: state.prevHash } : null;
  const headSeq = head?.seq ?? 0;

  if (key && lastCheckpoint) {
    const hashThere = seen.get(lastCheckpoint.seq);
    if (lastCheckpoint.seq > headSeq && hashThere === undefined) {
      problems.push({ kind: 'truncated', checkpointSeq: lastCheckpoint.seq, headSeq });
    } else if (hashThere !== lastCheckpoint.hash) {
      problems.push({
        kind: 'rechained',
        seq: lastCheckpoint.seq,
        checkpointHash: lastCheckpoint.hash,
        hash: hashThere ?? '',
      });
    }
  }
  if (key && headSeq > (lastCheckpoint?.seq ?? 0)) {
    problems.push({ kind: 'uncheckpointed', fromSeq: (lastCheckpoint?.seq ?? 0) + 1, headSeq });
  }
  for (const head of expected) {
    const hash = seen.get(head.seq) ?? null;
    if (hash !== head.hash)
      problems.push({ kind: 'unexpectedHead', seq: head.seq, hash, expected: head.hash });
  }
  return { chain, rows: total, head, checkpoints: checkpoints.count, problems };
}
