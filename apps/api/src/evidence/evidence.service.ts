// Who may add and read evidence, and recording an upload: the row and its audit event in one
// transaction, the file moved into the store inside it (so no row ever points at a missing file).
import { randomUUID } from 'node:crypto';
import { err, ok, type EvidenceKind, type Result, type Role } from '@etik/domain';
import { appendAudit } from '../audit/audit-trail.js';
import type { CurrentUser } from '../auth/current-user.js';
import type { Context } from '../context.js';
import { runMutation } from '../db/transaction.js';
import type { CodedError } from '../errors/to-graphql-error.js';
import type { EthicsCaseRecord } from '../ethics-cases/ethics-case.entity.js';
import { findVisibleCase } from '../ethics-cases/ethics-case.service.js';
import { EvidenceFile } from './evidence.entity.js';
import type { EvidenceStore, ReceivedFile } from './evidence-store.js';

/** Roles that add evidence to a case: the handling commission's officers and commissioners, and the examiners on its team. */
export const EVIDENCE_UPLOAD_ROLES: readonly Role[] = ['officer', 'commissioner', 'examiner'];

/**
 * Whether the user may add evidence to a case they can see: the role must handle cases, and officers and
 * commissioners must belong to the handling commission (examiners see only their team's cases already).
 */
export function uploadRefusal(user: CurrentUser, record: EthicsCaseRecord): CodedError | undefined {
  if (!EVIDENCE_UPLOAD_ROLES.includes(user.role)) return { code: 'FORBIDDEN', role: user.role };
  if (user.role !== 'examiner' && record.commission.id !== user.commissionId) {
    return { code: 'OUT_OF_JURISDICTION', commissionId: record.commission.id };
  }
  return undefined;
}

export interface EvidenceUpload {
  readonly caseId: string;
  readonly kind: EvidenceKind;
  readonly description?: string;
  readonly fileName: string;
  readonly mediaType: string;
  readonly file: ReceivedFile;
}

export async function recordEvidence(
  ctx: Context,
  store: EvidenceStore,
  upload: EvidenceUpload,
): Promise<Result<EvidenceFile, CodedError>> {
  const user = ctx.user!;
  return runMutation<EvidenceFile, CodedError>(ctx, async ({ em, now, audit }) => {
    const record = await findVisibleCase(em, user, upload.caseId);
    if (!record) return err({ code: 'NOT_FOUND', caseId: upload.caseId });
    const refusal = uploadRefusal(user, record);
    if (refusal) return err(refusal);
    const evidence = Object.assign(new EvidenceFile(), {
      id: randomUUID(),
      ethicsCase: record,
      kind: upload.kind,
      description: upload.description ?? null,
      fileName: upload.fileName,
      mediaType: upload.mediaType,
      size: upload.file.size,
      sha256: upload.file.sha256,
      uploadedBy: user.userId,
      uploadedByRole: user.role,
      uploadedAt: now,
    });
    em.persist(evidence);
    audit({
      chain: record.commission.id,
      action: 'evidenceUploaded',
      entityType: 'case',
      entityId: record.id,
      after: {
        evidenceId: evidence.id,
        kind: evidence.kind,
        fileName: evidence.fileName,
        mediaType: evidence.mediaType,
        size: evidence.size,
        sha256: evidence.sha256,
      },
    });
    // Last, so that a refusal above leaves the store untouched; the commit follows at once.
    await store.commit(upload.file);
    return ok(evidence);
  });
}

/** The evidence row, if its case is visible to the user (else undefined, as if it did not exist). */
export async function findVisibleEvidence(ctx: Context, id: string): Promise<EvidenceFile | undefined> {
  const evidence = await ctx.em.findOne(EvidenceFile, { id });
  if (!evidence) return undefined;
  const record = await findVisibleCase(ctx.em, ctx.user!, evidence.ethicsCase.id);
  return record ? evidence : undefined;
}

/** Each download leaves a row in the audit trail (entity `evidence`), committed before the bytes are sent. */
export async function auditDownload(ctx: Context, evidence: EvidenceFile): Promise<void> {
  const user = ctx.user!;
  await ctx.em.fork().transactional(async (em) => {
    const [ofCase] = await em.execute<{ commission_id: string }[]>(
      'select commission_id from ethics_case where id = ?',
      [evidence.ethicsCase.id],
    );
    await appendAudit(
      em,
      [
        {
          action: 'evidenceDownloaded',
          entityType: 'evidence',
          entityId: evidence.id,
          after: { caseId: evidence.ethicsCase.id, sha256: evidence.sha256 },
        },
      ],
      {
        chain: ofCase!.commission_id,
        at: ctx.now(),
        actorUserId: user.userId,
        actorRole: user.role,
        requestId: ctx.requestId,
      },
    );
  });
}
