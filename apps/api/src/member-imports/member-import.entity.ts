import { EntitySchema } from '@mikro-orm/core';
import { Commission } from '../commissions/commission.entity.js';

export const MEMBER_IMPORT_STATUSES = ['queued', 'running', 'completed', 'failed', 'cancelled'] as const;
export type MemberImportStatus = (typeof MEMBER_IMPORT_STATUSES)[number];

/** What a file imports: members of existing bodies, or the bodies themselves (PPK, PPS, KPPS, Pantarlih). */
export const IMPORT_KINDS = ['members', 'bodies'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

/**
 * One upload of a member CSV and how far its processing got. The file lives in the content-addressed
 * store under `fileSha256`; a worker holding the lease (`leaseOwner` until `leaseExpiresAt`) commits it in
 * batches, each advancing `lastCommittedLine` and the counters in the same transaction as its rows, so a
 * worker that dies leaves the import where its last batch left it, for the next one to resume.
 */
export class MemberImport {
  id!: string;
  /** Members (the first kind, and every import recorded before there were others) or bodies. */
  kind: ImportKind = 'members';
  /** The regency commission whose bodies the members are imported into (or which forms the bodies). */
  commission!: Commission;
  fileName!: string;
  fileSha256!: string;
  fileSize!: number;
  status!: MemberImportStatus;
  /** Data rows in the file (counted at upload). */
  totalRows?: number | null;
  processedRows = 0;
  /** Rows that created a membership (and its person if new), or a body. */
  importedRows = 0;
  /** Rows that changed an existing person or membership. */
  updatedRows = 0;
  /** Rows whose person and membership were already as the file says, or whose body already serves. */
  unchangedRows = 0;
  /** Rows refused, each with at least one member_import_error. */
  rejectedRows = 0;
  /** Physical line (1 = the header) of the last row of the last committed batch. */
  lastCommittedLine = 1;
  batchSize!: number;
  leaseOwner?: string | null;
  leaseExpiresAt?: Date | null;
  /** Batches that failed for a reason other than the data (the database went away…), in a row. */
  failedAttempts = 0;
  lastError?: string | null;
  createdBy!: string;
  createdByRole?: string | null;
  createdAt!: Date;
  updatedAt!: Date;
  startedAt?: Date | null;
  finishedAt?: Date | null;
}

/** One problem of one row: the line it starts on, a stable code, and the CSV column it concerns. */
export class MemberImportError {
  id!: number;
  memberImport!: MemberImport;
  line!: number;
  code!: string;
  field?: string | null;
  message!: string;
}

export const MemberImportSchema = new EntitySchema<MemberImport>({
  class: MemberImport,
  tableName: 'member_import',
  properties: {
    id: { type: 'string', length: 64, primary: true },
    kind: { type: 'string', length: 16, default: 'members' },
    commission: { kind: 'm:1', entity: () => Commission, index: true },
    fileName: { type: 'string', length: 255 },
    fileSha256: { type: 'string', length: 64 },
    fileSize: { type: 'integer' },
    status: { type: 'string', length: 16, index: true },
    totalRows: { type: 'integer', nullable: true },
    processedRows: { type: 'integer' },
    importedRows: { type: 'integer' },
    updatedRows: { type: 'integer' },
    unchangedRows: { type: 'integer' },
    rejectedRows: { type: 'integer' },
    lastCommittedLine: { type: 'integer' },
    batchSize: { type: 'integer' },
    leaseOwner: { type: 'string', length: 128, nullable: true },
    leaseExpiresAt: { type: 'datetime', nullable: true },
    failedAttempts: { type: 'integer' },
    lastError: { type: 'text', nullable: true },
    createdBy: { type: 'string', length: 64 },
    createdByRole: { type: 'string', length: 32, nullable: true },
    createdAt: { type: 'datetime', index: true },
    updatedAt: { type: 'datetime' },
    startedAt: { type: 'datetime', nullable: true },
    finishedAt: { type: 'datetime', nullable: true },
  },
});

export const MemberImportErrorSchema = new EntitySchema<MemberImportError>({
  class: MemberImportError,
  tableName: 'member_import_error',
  properties: {
    id: { type: 'integer', primary: true, autoincrement: true },
    memberImport: { kind: 'm:1', entity: () => MemberImport },
    line: { type: 'integer' },
    code: { type: 'string', length: 64 },
    field: { type: 'string', length: 64, nullable: true },
    message: { type: 'string', length: 500 },
  },
  indexes: [{ properties: ['memberImport', 'line'] }],
});
