// An import without HTTP (the operators' CLI, the benchmark): the same store, checks, import row, worker
// and batches as an upload, for a file on disk. The import is created already running under this
// process's lease, so an API worker on the same database does not race it; if this process dies, the lease
// expires and any worker (or `--resume`) carries on from the last committed batch.
import { createReadStream, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { EntityManager } from '@mikro-orm/knex';
import { appendAudit } from '../audit/audit-trail.js';
import { Commission } from '../commissions/commission.entity.js';
import type { Clock } from '../context.js';
import type { Orm } from '../db/orm.js';
import { cleanFileName } from '../evidence/evidence.routes.js';
import type { Logger } from '../logger.js';
import { importFileStore, inspectImportFile, receiveImportFile } from './import-file.js';
import { MemberImport, type ImportKind } from './member-import.entity.js';
import { newImportRecord, queuedEntry } from './member-import.service.js';
import { MemberImportWorker, type ImportProgress, type ProcessOutcome } from './member-import.worker.js';

export interface FileImportOptions {
  readonly orm: Orm;
  readonly dataDir: string;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly batchSize: number;
  readonly leaseMs: number;
  /** Recorded as the import's creator and the audit rows' actor. */
  readonly by: { readonly userId: string; readonly role: string | null };
  readonly onProgress?: (progress: ImportProgress) => void;
}

export class FileImportError extends Error {
  override readonly name = 'FileImportError';
}

export interface FileImportRun {
  readonly importId: string;
  readonly worker: MemberImportWorker;
  /** Resolves when the import completed, stopped (see `worker.stop()`), or failed. */
  readonly outcome: Promise<ProcessOutcome>;
}

const workerFor = (options: FileImportOptions) =>
  new MemberImportWorker({
    orm: options.orm,
    store: importFileStore(join(options.dataDir, 'member-imports')),
    clock: options.clock,
    logger: options.logger,
    pollMs: 1000,
    leaseMs: options.leaseMs,
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });

/** Stores the file, records the import under this process's lease, and starts processing it. */
export async function startFileImport(
  options: FileImportOptions,
  path: string,
  commissionId: string,
  kind: ImportKind = 'members',
): Promise<FileImportRun> {
  if (!existsSync(path)) throw new FileImportError(`no file ${path}`);
  const em = options.orm.em.fork() as unknown as EntityManager;
  const commission = await em.findOne(Commission, { id: commissionId });
  if (!commission) throw new FileImportError(`no commission ${commissionId}`);
  if (commission.level !== 'regency') {
    throw new FileImportError(
      `${commissionId} is not a regency commission: ${kind === 'members' ? 'members are imported into' : 'ad hoc bodies are formed by'} a KPU/KIP Kabupaten/Kota`,
    );
  }
  const worker = workerFor(options);
  const store = importFileStore(join(options.dataDir, 'member-imports'));
  const file = await receiveImportFile(store, createReadStream(path));
  try {
    if (!file.contentMatches) throw new FileImportError('the file is not CSV text (it has NUL bytes)');
    const inspection = await inspectImportFile(file.tempPath, kind);
    if (!inspection.ok) {
      throw new FileImportError(
        inspection.reason === 'NOT_UTF8'
          ? 'the file is not UTF-8 text: save it as "CSV UTF-8"'
          : `the file cannot be imported: ${'problem' in inspection ? JSON.stringify(inspection.problem) : inspection.reason}`,
      );
    }
    const now = options.clock.now();
    const importId = await em.transactional(async (tx) => {
      const memberImport = newImportRecord(
        tx,
        {
          kind,
          commission,
          file,
          fileName: cleanFileName(path),
          totalRows: inspection.totalRows,
          batchSize: options.batchSize,
        },
        options.by,
        now,
        'running',
      );
      Object.assign(memberImport, {
        leaseOwner: worker.owner,
        leaseExpiresAt: new Date(now.getTime() + options.leaseMs),
        startedAt: now,
      });
      await tx.flush();
      await appendAudit(tx, [queuedEntry(memberImport)], {
        chain: memberImport.commission.id,
        at: now,
        actorUserId: options.by.userId,
        ...(options.by.role ? { actorRole: options.by.role } : {}),
      });
      await store.commit(file);
      return memberImport.id;
    });
    return { importId, worker, outcome: worker.process(importId) };
  } finally {
    await store.discard(file);
  }
}

/** Takes over an interrupted import once its lease has expired (waiting for it), and carries it on. */
export async function resumeFileImport(
  options: FileImportOptions,
  importId: string,
  onWait: (until: Date) => void = () => undefined,
): Promise<FileImportRun> {
  const worker = workerFor(options);
  for (;;) {
    const row = await (options.orm.em.fork() as unknown as EntityManager).findOne(MemberImport, {
      id: importId,
    });
    if (!row) throw new FileImportError(`no import ${importId}`);
    if (row.status !== 'queued' && row.status !== 'running') {
      throw new FileImportError(`import ${importId} is ${row.status}: nothing to resume`);
    }
    if (await worker.claim(importId)) return { importId, worker, outcome: worker.process(importId) };
    const until = row.leaseExpiresAt ?? new Date(options.clock.now().getTime() + 1000);
    onWait(until);
    await new Promise((resolve) =>
      setTimeout(
        resolve,
        Math.max(200, Math.min(5000, until.getTime() - options.clock.now().getTime() + 50)),
      ),
    );
  }
}
