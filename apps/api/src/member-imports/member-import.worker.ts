// The worker: claims an import through the database (queued, or running with an expired lease, and no
// other import of the same commission under a live lease), streams its file from the store, skips what
// earlier batches committed, and commits the rest batch by batch. Several API processes on one PostgreSQL
// each run one; a process that dies leaves its lease to expire, and whoever claims the import next resumes
// at the line after the last committed batch. Bad rows are written as errors and never stop an import.
// What a line is and how a batch is written depends on the import's kind (members, or ad hoc bodies:
// body-csv.ts and body-import.batch.ts); everything else here is the same for both.
import { hostname } from 'node:os';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/knex';
import { validateMemberRecord, type MemberRecord } from '@etik/domain';
import { appendAudit } from '../audit/audit-trail.js';
import type { Clock } from '../context.js';
import type { Orm } from '../db/orm.js';
import type { EvidenceStore } from '../evidence/evidence-store.js';
import type { Logger } from '../logger.js';
import { isProblem, readCsv, type CsvItem } from './csv.js';
import { bodyBatchCommitter } from './body-import.batch.js';
import { checkBodyRow, readBodyHeader, type BodyCsvHeader, type BodyLine } from './body-csv.js';
import type { HeaderProblem } from './csv-header.js';
import {
  BodyDirectory,
  commitBatch,
  dbTime,
  LeaseLost,
  rowError,
  type Batch,
  type BatchCounts,
  type BatchHooks,
  type GoodRow,
  type RowError,
} from './member-import.batch.js';
import { MemberImport, type ImportKind } from './member-import.entity.js';
import { columnOf, illFormedCell, readHeader, recordOf, type MemberCsvHeader } from './member-csv.js';
import { messageOf } from '@etik/domain';

/** Consecutive failed batches (not bad data: the database, the disk) before an import is marked failed. */
export const MAX_FAILED_ATTEMPTS = 5;

export interface WorkerOptions {
  readonly orm: Orm;
  readonly store: EvidenceStore;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly pollMs: number;
  readonly leaseMs: number;
  /** Who holds the lease: unique per worker (host, pid and a random part by default). */
  readonly owner?: string;
  /** Called after every committed batch (the CLI prints it). */
  readonly onProgress?: (progress: ImportProgress) => void;
  /** Tests: runs inside each batch's transaction just before it commits. */
  readonly beforeCommit?: (progress: {
    importId: string;
    batch: number;
    lastLine: number;
  }) => void | Promise<void>;
}

export interface ImportProgress {
  readonly importId: string;
  readonly lastCommittedLine: number;
  readonly processedRows: number;
  readonly totalRows: number | null;
  readonly batch: BatchCounts;
}

export type ProcessOutcome =
  /** Every row committed. */
  | 'completed'
  /** `maxBatches` reached: the lease is kept, as a process that died would leave it. */
  | 'paused'
  /** The worker is stopping: the lease was released for another worker to resume at once. */
  | 'stopped'
  /** Cancelled, or another worker holds the lease. */
  | 'lost'
  /** A batch failed; the import is retried later (or marked failed after MAX_FAILED_ATTEMPTS). */
  | 'retry'
  | 'failed';

/** The membership key a row names: its NIK in the body its type, region and TPS number designate. */
export function bodyIdOf(record: MemberRecord): string {
  const tps = record.tpsNumber === undefined ? '' : `-tps${String(record.tpsNumber).padStart(3, '0')}`;
  return `${record.bodyType}-${record.regionCode}${tps}`;
}

/** The checks a row gets without the database, in file order (duplicates need the rows before it). */
export function checkRow(
  header: MemberCsvHeader,
  item: CsvItem,
  seen: ReadonlyMap<string, number>,
): { good: GoodRow; key: string } | { errors: RowError[] } {
  const error = (code: string, field: string | null, detail = ''): RowError =>
    rowError(item.line, code, field, detail);
  if (isProblem(item)) return { errors: [error(item.problem, null)] };
  const input = recordOf(header, item.fields);
  if (!input) {
    return { errors: [error('MALFORMED_ROW', null, ` (${item.fields.length} of ${header.width} columns)`)] };
  }
  const illFormed = illFormedCell(input);
  if (illFormed) return { errors: [error('INVALID_INPUT', illFormed.column, ` (${illFormed.reason})`)] };
  const checked = validateMemberRecord(input);
  if (!checked.ok)
    return { errors: checked.error.map((problem) => error(problem.code, columnOf(problem.field))) };
  const bodyId = bodyIdOf(checked.value);
  const key = `${checked.value.nik}|${bodyId}`;
  const first = seen.get(key);
  if (first !== undefined) return { errors: [error('DUPLICATE_IN_FILE', 'nik', ` (line ${first})`)] };
  return { good: { line: item.line, record: checked.value, bodyId }, key };
}

/**
 * What the worker needs of an import's kind: its header, the checks of a line without the database (with
 * the key a second line for the same thing repeats), and a committer of batches for one run over the file.
 */
interface ImportLines<H, G> {
  /** What the file lists, for the failure of a file whose header is not the kind's. */
  readonly what: string;
  readHeader(names: readonly string[]): { header: H } | { problem: HeaderProblem };
  checkRow(
    header: H,
    item: CsvItem,
    seen: ReadonlyMap<string, number>,
  ): { good: G; key: string } | { errors: RowError[] };
  committer(): (
    em: EntityManager,
    batch: Batch<G>,
    now: Date,
    leaseUntil: Date,
    hooks: BatchHooks,
  ) => Promise<BatchCounts>;
}

const MEMBER_LINES: ImportLines<MemberCsvHeader, GoodRow> = {
  what: 'member',
  readHeader,
  checkRow,
  committer: () => {
    // Bodies are not formed or dissolved while members are imported: cached for the run.
    const bodies = new BodyDirectory();
    return (em, batch, now, leaseUntil, hooks) => commitBatch(em, batch, bodies, now, leaseUntil, hooks);
  },
};

const BODY_LINES: ImportLines<BodyCsvHeader, BodyLine> = {
  what: 'body',
  readHeader: readBodyHeader,
  checkRow: checkBodyRow,
  committer: bodyBatchCommitter,
};

/** How each kind of import reads and commits its lines; the rest (leases, batches, resume) is shared. */
const IMPORT_LINES: { readonly [K in ImportKind]: ImportLines<never, never> } = {
  members: MEMBER_LINES as unknown as ImportLines<never, never>,
  bodies: BODY_LINES as unknown as ImportLines<never, never>,
};

interface Claimed {
  readonly id: string;
}

export class MemberImportWorker {
  readonly owner: string;
  private running = false;
  /** Set by stop(): an import under way stops at its next batch boundary. */
  private stopRequested = false;
  private loop: Promise<void> | undefined;
  private wake: (() => void) | undefined;

  constructor(private readonly options: WorkerOptions) {
    this.owner = options.owner ?? `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  }

  private em(): EntityManager {
    return this.options.orm.em.fork() as unknown as EntityManager;
  }

  private now(): Date {
    return this.options.clock.now();
  }

  /** Polls for work until `stop()`. */
  start(): void {
    if (this.running) return;
    this.running = true;
    this.stopRequested = false;
    this.loop = (async () => {
      while (this.running) {
        let worked = false;
        try {
          worked = (await this.processNext()) !== undefined;
        } catch (error) {
          this.options.logger.error({ err: error }, 'member import worker: unexpected error');
        }
        if (!worked && this.running) {
          await new Promise<void>((resolve) => {
            const timer = setTimeout(resolve, this.options.pollMs);
            this.wake = () => {
              clearTimeout(timer);
              resolve();
            };
          });
          this.wake = undefined;
        }
      }
    })();
  }

  /** Stops polling; an import under way stops after its current batch and its lease is released. */
  async stop(): Promise<void> {
    this.running = false;
    this.stopRequested = true;
    this.wake?.();
    await this.loop;
    this.loop = undefined;
  }

  /** Looks for work now instead of at the next poll. */
  poke(): void {
    this.wake?.();
  }

  /** Claims the oldest claimable import (or the given one); undefined when there is none. */
  async claim(importId?: string): Promise<Claimed | undefined> {
    const em = this.em();
    const now = dbTime(em, this.now());
    const until = dbTime(em, new Date(this.now().getTime() + this.options.leaseMs));
    const claimable = `(status = 'queued' or (status = 'running' and lease_expires_at < ?))`;
    const target = importId
      ? '?'
      : `(select c.id from member_import c where (c.status = 'queued' or (c.status = 'running' and c.lease_expires_at < ?)) ` +
        `and not exists (select 1 from member_import o where o.commission_id = c.commission_id and o.id <> c.id ` +
        `and o.status = 'running' and o.lease_expires_at >= ?) order by c.created_at, c.id limit 1)`;
    const rows = await em.execute<{ id: string }[]>(
      `update member_import set status = 'running', lease_owner = ?, lease_expires_at = ?, ` +
        `started_at = coalesce(started_at, ?), updated_at = ? where id = ${target} and ${claimable} returning id`,
      [this.owner, until, now, now, ...(importId ? [importId] : [now, now]), now],
    );
    return rows[0] ? { id: String(rows[0].id) } : undefined;
  }

  /** Claims one import and processes it; undefined when there was nothing to claim. */
  async processNext(options: { maxBatches?: number } = {}): Promise<ProcessOutcome | undefined> {
    const claimed = await this.claim();
    return claimed ? this.process(claimed.id, options) : undefined;
  }

  /** Processes claimable imports until there are none left (tests, the CLI). */
  async drain(): Promise<ProcessOutcome[]> {
    const outcomes: ProcessOutcome[] = [];
    for (let outcome = await this.processNext(); outcome !== undefined; outcome = await this.processNext()) {
      outcomes.push(outcome);
      if (outcome === 'retry' || outcome === 'paused') break;
    }
    return outcomes;
  }

  /** Processes an import this worker holds the lease on, from the line after its last committed batch. */
  async process(importId: string, options: { maxBatches?: number } = {}): Promise<ProcessOutcome> {
    const memberImport = await this.em().findOne(MemberImport, { id: importId, leaseOwner: this.owner });
    if (!memberImport || memberImport.status !== 'running') return 'lost';
    const actor = { userId: memberImport.createdBy, role: memberImport.createdByRole ?? null };
    if (!(await this.options.store.has(memberImport.fileSha256))) {
      return this.fail(
        memberImport.id,
        `the file ${memberImport.fileSha256} is missing from the store`,
        true,
      );
    }
    return this.processLines(memberImport, actor, IMPORT_LINES[memberImport.kind], options);
  }

  /** Streams the file from the line after the last committed batch, batch by batch, with its kind's lines. */
  private async processLines<H, G>(
    memberImport: MemberImport,
    actor: { userId: string; role: string | null },
    lines: ImportLines<H, G>,
    options: { maxBatches?: number },
  ): Promise<ProcessOutcome> {
    const { logger } = this.options;
    const importId = memberImport.id;
    let lastLine = memberImport.lastCommittedLine;
    let processed = memberImport.processedRows;
    let batches = 0;
    let header: H | undefined;
    /** Keys of the good rows so far (a membership, a body's spot), with their first line: duplicates. */
    const seen = new Map<string, number>();
    const commit = lines.committer();
    let pending: CsvItem[] = [];

    const flush = async (): Promise<ProcessOutcome | undefined> => {
      if (pending.length === 0) return undefined;
      const good: G[] = [];
      const bad: RowError[] = [];
      const keys = new Map<string, number>();
      const view = { get: (key: string) => seen.get(key) ?? keys.get(key) } as ReadonlyMap<string, number>;
      for (const item of pending) {
        const checked = lines.checkRow(header!, item, view);
        if ('errors' in checked) bad.push(...checked.errors);
        else {
          good.push(checked.good);
          keys.set(checked.key, item.line);
        }
      }
      const batch: Batch<G> = {
        importId,
        commissionId: memberImport.commission.id,
        leaseOwner: this.owner,
        afterLine: lastLine,
        lastLine: pending.at(-1)!.line,
        rows: pending.length,
        good,
        bad,
        actor,
      };
      const now = this.now();
      const batchNumber = batches + 1;
      let counts: BatchCounts;
      try {
        counts = await this.em().transactional((em) =>
          commit(em, batch, now, new Date(now.getTime() + this.options.leaseMs), {
            beforeCommit: () =>
              this.options.beforeCommit?.({ importId, batch: batchNumber, lastLine: batch.lastLine }),
          }),
        );
      } catch (error) {
        if (error instanceof LeaseLost) return 'lost';
        logger.warn({ err: error, importId, line: lastLine + 1 }, 'member import batch failed');
        return this.fail(importId, error instanceof Error ? error.message : String(error), false);
      }
      for (const [key, line] of keys) seen.set(key, line);
      lastLine = batch.lastLine;
      processed += batch.rows;
      batches += 1;
      pending = [];
      this.options.onProgress?.({
        importId,
        lastCommittedLine: lastLine,
        processedRows: processed,
        totalRows: memberImport.totalRows ?? null,
        batch: counts,
      });
      if (options.maxBatches !== undefined && batches >= options.maxBatches) return 'paused';
      if (this.stopRequested) {
        await this.release(importId);
        return 'stopped';
      }
      return undefined;
    };

    /** The line of a record too long to read: the reader stops there, so the import cannot complete. */
    let unreadFrom: number | undefined;
    try {
      for await (const group of readCsv(this.options.store.read(memberImport.fileSha256))) {
        for (const item of group) {
          if (isProblem(item) && item.problem === 'ROW_TOO_LONG') unreadFrom = item.line;
          if (!header) {
            const read = isProblem(item) ? undefined : lines.readHeader(item.fields);
            if (!read || 'problem' in read)
              return this.fail(importId, `the header row is not a ${lines.what} CSV header`, true);
            header = read.header;
            continue;
          }
          if (item.line <= lastLine) {
            // Committed before: only what the duplicate check needs to know of it.
            const checked = lines.checkRow(header, item, seen);
            if ('good' in checked) seen.set(checked.key, item.line);
            continue;
          }
          pending.push(item);
          if (pending.length >= memberImport.batchSize) {
            const outcome = await flush();
            if (outcome) return outcome;
          }
        }
      }
      const outcome = await flush();
      if (outcome) return outcome;
      if (unreadFrom !== undefined) {
        // Its row error is committed with the rows before it; what follows it was never read.
        return this.fail(
          importId,
          `line ${unreadFrom}: ${messageOf('ROW_TOO_LONG', 'en')}; the rest of the file was not read`,
          true,
        );
      }
    } catch (error) {
      logger.warn({ err: error, importId }, 'member import: reading the file failed');
      return this.fail(importId, error instanceof Error ? error.message : String(error), false);
    }
    return this.complete(importId, memberImport.commission.id, actor);
  }

  private async complete(
    importId: string,
    commissionId: string,
    actor: { userId: string; role: string | null },
  ): Promise<ProcessOutcome> {
    const now = this.now();
    try {
      await this.em().transactional(async (em) => {
        const done = await em.execute<{ affectedRows: number }>(
          `update member_import set status = 'completed', lease_owner = null, lease_expires_at = null, finished_at = ?, updated_at = ? ` +
            `where id = ? and lease_owner = ? and status = 'running'`,
          [dbTime(em, now), dbTime(em, now), importId, this.owner],
          'run',
        );
        if (done.affectedRows !== 1) throw new LeaseLost(importId);
        const [row] = await em.execute<Record<string, number>[]>(
          'select processed_rows, imported_rows, updated_rows, unchanged_rows, rejected_rows from member_import where id = ?',
          [importId],
        );
        await appendAudit(
          em,
          [
            {
              action: 'memberImportCompleted',
              entityType: 'memberImport',
              entityId: importId,
              after: {
                processedRows: Number(row!.processed_rows),
                importedRows: Number(row!.imported_rows),
                updatedRows: Number(row!.updated_rows),
                unchangedRows: Number(row!.unchanged_rows),
                rejectedRows: Number(row!.rejected_rows),
              },
            },
          ],
          {
            chain: commissionId,
            at: now,
            actorUserId: actor.userId,
            ...(actor.role ? { actorRole: actor.role } : {}),
          },
        );
      });
    } catch (error) {
      if (error instanceof LeaseLost) return 'lost';
      throw error;
    }
    return 'completed';
  }

  /** Gives the lease up at once (the worker is stopping): another worker may resume the import now. */
  private async release(importId: string): Promise<void> {
    const em = this.em();
    await em.execute(
      `update member_import set lease_owner = null, lease_expires_at = ?, updated_at = ? where id = ? and lease_owner = ?`,
      [dbTime(em, this.now()), dbTime(em, this.now()), importId, this.owner],
      'run',
    );
  }

  /**
   * A batch failed (not its data: those are row errors). Retried after a back-off by whichever worker
   * claims it then; after MAX_FAILED_ATTEMPTS in a row, or at once when `final`, the import is failed.
   */
  private async fail(importId: string, reason: string, final: boolean): Promise<ProcessOutcome> {
    const em = this.em();
    const now = this.now();
    // Raw reads: an entity loaded here would be flushed back over the raw update at the commit.
    const [row] = await em.execute<
      {
        failed_attempts: number;
        created_by: string;
        created_by_role: string | null;
        commission_id: string;
      }[]
    >(
      'select failed_attempts, created_by, created_by_role, commission_id from member_import where id = ? and lease_owner = ?',
      [importId, this.owner],
    );
    if (!row) return 'lost';
    const attempts = Number(row.failed_attempts) + 1;
    const failed = final || attempts >= MAX_FAILED_ATTEMPTS;
    const backoff = Math.min(this.options.pollMs * 2 ** attempts, 10 * 60_000);
    await em.transactional(async (tx) => {
      await tx.execute(
        `update member_import set failed_attempts = ?, last_error = ?, lease_owner = null, lease_expires_at = ?, ` +
          `status = ?, finished_at = ?, updated_at = ? where id = ? and lease_owner = ?`,
        [
          attempts,
          reason.slice(0, 2000),
          failed ? null : dbTime(tx, new Date(now.getTime() + backoff)),
          failed ? 'failed' : 'running',
          failed ? dbTime(tx, now) : null,
          dbTime(tx, now),
          importId,
          this.owner,
        ],
        'run',
      );
      if (failed) {
        await appendAudit(
          tx,
          [
            {
              action: 'memberImportFailed',
              entityType: 'memberImport',
              entityId: importId,
              after: { reason: reason.slice(0, 500), attempts },
            },
          ],
          {
            chain: row.commission_id,
            at: now,
            actorUserId: row.created_by,
            ...(row.created_by_role ? { actorRole: row.created_by_role } : {}),
          },
        );
      }
    });
    return failed ? 'failed' : 'retry';
  }
}
