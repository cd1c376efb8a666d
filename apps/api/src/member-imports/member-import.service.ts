// Who may import members where, and the import records: creating one for an uploaded file, reading them
// (with their errors, by line) and cancelling one. Processing is the worker's (member-import.worker.ts).
// Refusals are returned as coded Results; the resolver and the upload route turn them into GraphQL or HTTP
// errors.
import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/knex';
import { err, ok, type Result, type Role } from '@etik/domain';
import { descendantsPattern } from '../auth/access-policy.js';
import type { CurrentUser } from '../auth/current-user.js';
import { Commission } from '../commissions/commission.entity.js';
import type { Context } from '../context.js';
import { runMutation } from '../db/transaction.js';
import type { EvidenceStore, ReceivedFile } from '../evidence/evidence-store.js';
import type { CodedError } from '../errors/coded-error.js';
import {
  MemberImport,
  MemberImportError,
  type ImportKind,
  type MemberImportStatus,
} from './member-import.entity.js';

/** Upload and cancel: a regency commission's officers, and KPU RI's administrators for any regency. */
export const IMPORT_WRITE_ROLES: readonly Role[] = ['officer', 'nationalAdmin'];
/** Follow an import (counts and error codes by line; no personal data): also commissioners and supervisors. */
export const IMPORT_READ_ROLES: readonly Role[] = [
  'officer',
  'commissioner',
  'nationalAdmin',
  'provincialSupervisor',
];

/** The user, if their role is one of `roles` (else FORBIDDEN). */
export const importRole = (user: CurrentUser, roles: readonly Role[]): Result<CurrentUser, CodedError> =>
  roles.includes(user.role) ? ok(user) : err({ code: 'FORBIDDEN', role: user.role });

/** The regency commission an import goes to, if it is in the user's jurisdiction (else NOT_FOUND). */
export async function importCommission(
  em: EntityManager,
  user: CurrentUser,
  commissionId: string,
): Promise<Result<Commission, CodedError>> {
  const commission = await em.findOne(Commission, {
    id: commissionId,
    path: { $like: descendantsPattern(user.commissionPath) },
  });
  if (!commission) return err({ code: 'NOT_FOUND', commissionId });
  // Bodies are formed by regency commissions only: an import for a province has nothing to go into.
  if (commission.level !== 'regency') {
    return err({ code: 'BAD_USER_INPUT', field: 'commissionId', reason: 'NOT_A_REGENCY_COMMISSION' });
  }
  return ok(commission);
}

export interface NewImport {
  readonly kind: ImportKind;
  readonly commission: Commission;
  readonly file: ReceivedFile;
  readonly fileName: string;
  readonly totalRows: number;
  readonly batchSize: number;
}

/**
 * Records an uploaded file as a queued import: the row and its audit event in one transaction, the file
 * moved into the store inside it (so no row points at a missing file).
 */
export function queueImport(
  ctx: Context,
  store: EvidenceStore,
  upload: NewImport,
): Promise<Result<MemberImport, CodedError>> {
  const user = ctx.user!;
  return runMutation<MemberImport, CodedError>(ctx, async ({ em, now, audit }) => {
    const memberImport = newImportRecord(em, upload, { userId: user.userId, role: user.role }, now, 'queued');
    audit({ ...queuedEntry(memberImport), chain: memberImport.commission.id });
    await store.commit(upload.file);
    return ok(memberImport);
  });
}

/** A new import row (persisted on the next flush); the CLI creates one already running under its lease. */
export function newImportRecord(
  em: EntityManager,
  upload: NewImport,
  by: { readonly userId: string; readonly role: string | null },
  now: Date,
  status: MemberImportStatus,
): MemberImport {
  const memberImport = Object.assign(new MemberImport(), {
    id: randomUUID(),
    kind: upload.kind,
    commission: upload.commission,
    fileName: upload.fileName,
    fileSha256: upload.file.sha256,
    fileSize: upload.file.size,
    status,
    totalRows: upload.totalRows,
    batchSize: upload.batchSize,
    createdBy: by.userId,
    createdByRole: by.role,
    createdAt: now,
    updatedAt: now,
  });
  em.persist(memberImport);
  return memberImport;
}

export const queuedEntry = (memberImport: MemberImport) => ({
  action: 'memberImportQueued',
  entityType: 'memberImport',
  entityId: memberImport.id,
  after: {
    kind: memberImport.kind,
    commissionId: memberImport.commission.id,
    fileName: memberImport.fileName,
    fileSha256: memberImport.fileSha256,
    fileSize: memberImport.fileSize,
    totalRows: memberImport.totalRows ?? null,
  },
});

/** The import, if its commission is in the user's jurisdiction (else null, as if it did not exist). */
export async function findVisibleImport(
  em: EntityManager,
  user: CurrentUser,
  id: string,
): Promise<MemberImport | null> {
  return em.findOne(
    MemberImport,
    { id, commission: { path: { $like: descendantsPattern(user.commissionPath) } } },
    { populate: ['commission'] },
  );
}

// ---- pages ----

const encode = (parts: readonly (string | number)[]): string =>
  Buffer.from(JSON.stringify(parts)).toString('base64url');

/** The cursor's parts, or undefined when it is not one of ours. */
function decode<T extends readonly unknown[]>(
  text: string,
  valid: (parts: unknown[]) => parts is unknown[] & T,
): T | undefined {
  try {
    const parts = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(parts) && valid(parts)) return parts;
  } catch {
    // not base64url JSON: not a cursor
  }
  return undefined;
}

export const MAX_IMPORT_PAGE = 100;

const invalidCursor: CodedError = { code: 'BAD_USER_INPUT', field: 'after', reason: 'INVALID_CURSOR' };
const badPageSize: CodedError = {
  code: 'BAD_USER_INPUT',
  field: 'first',
  reason: 'OUT_OF_RANGE',
  max: MAX_IMPORT_PAGE,
};
const isPageSize = (first: number): boolean =>
  Number.isInteger(first) && first >= 1 && first <= MAX_IMPORT_PAGE;

export interface Page<T> {
  readonly nodes: T[];
  readonly cursors: string[];
  readonly totalCount: number;
  readonly hasNextPage: boolean;
}

/** Imports in the user's jurisdiction (optionally one commission's, one kind's), newest first. */
export async function listImports(
  ctx: Context,
  user: CurrentUser,
  args: {
    first: number;
    after?: string | undefined;
    commissionId?: string | undefined;
    kind?: ImportKind | undefined;
  },
): Promise<Result<Page<MemberImport>, CodedError>> {
  const { first } = args;
  if (!isPageSize(first)) return err(badPageSize);
  const where = {
    ...(args.kind ? { kind: args.kind } : {}),
    commission: {
      path: { $like: descendantsPattern(user.commissionPath) },
      ...(args.commissionId ? { id: args.commissionId } : {}),
    },
  };
  const totalCount = await ctx.em.count(MemberImport, where);
  const cursor = args.after
    ? decode<[string, string]>(
        args.after,
        (parts): parts is [string, string] =>
          parts.length === 2 &&
          typeof parts[0] === 'string' &&
          !Number.isNaN(new Date(parts[0]).getTime()) &&
          typeof parts[1] === 'string' &&
          parts[1].length <= 64,
      )
    : undefined;
  if (args.after && !cursor) return err(invalidCursor);
  const rows = await ctx.em.find(
    MemberImport,
    cursor
      ? {
          $and: [
            where,
            {
              $or: [
                { createdAt: { $lt: new Date(cursor[0]) } },
                { createdAt: new Date(cursor[0]), id: { $lt: cursor[1] } },
              ],
            },
          ],
        }
      : where,
    { orderBy: { createdAt: 'desc', id: 'desc' }, limit: first + 1, populate: ['commission'] },
  );
  const nodes = rows.slice(0, first);
  return ok({
    nodes,
    cursors: nodes.map((row) => encode([row.createdAt.toISOString(), row.id])),
    totalCount,
    hasNextPage: rows.length > first,
  });
}

/** An import's errors in file order (by line, then as found). */
export async function listImportErrors(
  em: EntityManager,
  importId: string,
  args: { first: number; after?: string | undefined },
): Promise<Result<Page<MemberImportError>, CodedError>> {
  const { first } = args;
  if (!isPageSize(first)) return err(badPageSize);
  const where = { memberImport: importId };
  const totalCount = await em.count(MemberImportError, where);
  const cursor = args.after
    ? decode<[number, number]>(
        args.after,
        (parts): parts is [number, number] =>
          parts.length === 2 && Number.isSafeInteger(parts[0]) && Number.isSafeInteger(parts[1]),
      )
    : undefined;
  if (args.after && !cursor) return err(invalidCursor);
  const rows = await em.find(
    MemberImportError,
    cursor
      ? { ...where, $or: [{ line: { $gt: cursor[0] } }, { line: cursor[0], id: { $gt: cursor[1] } }] }
      : where,
    { orderBy: { line: 'asc', id: 'asc' }, limit: first + 1 },
  );
  const nodes = rows.slice(0, first);
  return ok({
    nodes,
    cursors: nodes.map((row) => encode([row.line, row.id])),
    totalCount,
    hasNextPage: rows.length > first,
  });
}

// ---- cancelling ----

const CANCELLABLE: readonly MemberImportStatus[] = ['queued', 'running'];

/**
 * Stops an import: a queued one never starts; a running one stops at its next batch (the worker's commit
 * is fenced on the status, so the batch under way rolls back). Batches already committed stay.
 */
export async function cancelImport(ctx: Context, id: string): Promise<Result<MemberImport, CodedError>> {
  const user = ctx.user!;
  return runMutation<MemberImport, CodedError>(ctx, async ({ em, now, audit }) => {
    const memberImport = await findVisibleImport(em, user, id);
    if (!memberImport) return err({ code: 'NOT_FOUND', memberImportId: id });
    if (user.role !== 'nationalAdmin' && memberImport.commission.id !== user.commissionId) {
      return err({ code: 'OUT_OF_JURISDICTION', commissionId: memberImport.commission.id });
    }
    if (!CANCELLABLE.includes(memberImport.status)) {
      return err({ code: 'IMPORT_NOT_CANCELLABLE', status: memberImport.status });
    }
    const before = memberImport.status;
    Object.assign(memberImport, {
      status: 'cancelled',
      leaseOwner: null,
      leaseExpiresAt: null,
      finishedAt: now,
      updatedAt: now,
    });
    audit({
      chain: memberImport.commission.id,
      action: 'memberImportCancelled',
      entityType: 'memberImport',
      entityId: memberImport.id,
      before: { status: before, lastCommittedLine: memberImport.lastCommittedLine },
      after: { status: 'cancelled' },
    });
    return ok(memberImport);
  });
}
