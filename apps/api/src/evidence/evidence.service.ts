// Who may add and read evidence, and recording an upload: the row and its audit event in one
// transaction, the file moved into the store inside it (so no row ever points at a missing file).
// A file marked confidential is listed and downloaded only by those who may see a confidential
// complainant's identity (`seesEvidence`), and those reads are audited like the identity's.
import { randomUUID } from 'node:crypto';
import { err, ok, type EvidenceKind, type Result, type Role } from '@etik/domain';
import { appendAudit } from '../audit/audit-trail.js';
import { seesEvidence } from '../auth/access-policy.js';
import type { CurrentUser } from '../auth/current-user.js';
import type { Context } from '../context.js';
import { runMutation } from '../db/transaction.js';
import type { CodedError } from '../errors/coded-error.js';
import type { EthicsCaseRecord } from '../ethics-cases/ethics-case.entity.js';
import { auditIdentityRead } from '../ethics-cases/ethics-case-reads.js';
import { findVisibleCase } from '../ethics-cases/case-scope.js';
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
  /**
   * The uploader's `confidential` form field as sent: "true" for an identity document (a copy of an ID
   * card, say), "false" to share a file of a confidential complainant's case with the whole case; absent,
   * the file is confidential when the complainant asked for confidentiality.
   */
  readonly confidential?: string | undefined;
}

/** The mark an upload gets: as the uploader chose, else the case's confidentiality. */
export function confidentialityOf(
  field: string | undefined,
  record: EthicsCaseRecord,
): Result<boolean, CodedError> {
  const value = field?.trim().toLowerCase();
  if (value === undefined || value === '') return ok(record.confidential);
  if (value === 'true') return ok(true);
  if (value === 'false') return ok(false);
  return err({ code: 'BAD_USER_INPUT', field: 'confidential', allowed: ['true', 'false'] });
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
    const confidential = confidentialityOf(upload.confidential, record);
    if (!confidential.ok) return confidential;
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
      confidential: confidential.value,
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
        confidential: evidence.confidential,
      },
    });
    // Last, so that a refusal above leaves the store untouched; the commit follows at once.
    await store.commit(upload.file);
    return ok(evidence);
  });
}

/**
 * The evidence row the user may download: NOT_FOUND when its case is not visible to them (as if it did
 * not exist), FORBIDDEN (reason CONFIDENTIAL_EVIDENCE) when the file is marked confidential and they may
 * not see a confidential identity.
 */
export async function findVisibleEvidence(
  ctx: Context,
  id: string,
): Promise<Result<EvidenceFile, CodedError>> {
  const evidence = await ctx.em.findOne(EvidenceFile, { id });
  if (!evidence) return err({ code: 'NOT_FOUND' });
  const record = await findVisibleCase(ctx.em, ctx.user!, evidence.ethicsCase.id);
  if (!record) return err({ code: 'NOT_FOUND' });
  if (!seesEvidence(ctx.user!, evidence, record.commission.id)) {
    return err({ code: 'FORBIDDEN', reason: 'CONFIDENTIAL_EVIDENCE', evidenceId: evidence.id });
  }
  return ok(evidence);
}

/** The case's evidence this user may see, oldest first; listing a confidential file is audited. */
export async function listVisibleEvidence(
  ctx: Context,
  record: { readonly id: string; readonly commission: { readonly id: string } },
): Promise<EvidenceFile[]> {
  const files = await ctx.em.find(
    EvidenceFile,
    { ethicsCase: record.id },
    { orderBy: { uploadedAt: 'asc', id: 'asc' } },
  );
  const visible = files.filter((file) => seesEvidence(ctx.user!, file, record.commission.id));
  if (visible.some((file) => file.confidential)) await auditIdentityRead(ctx, record);
  return visible;
}

/**
 * Each download leaves a row in the audit trail (entity `evidence`), committed before the bytes are sent;
 * a confidential file's also leaves the identity read on the case.
 */
export async function auditDownload(ctx: Context, evidence: EvidenceFile): Promise<void> {
  const user = ctx.user!;
  const caseId = evidence.ethicsCase.id;
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
          after: { caseId, sha256: evidence.sha256, confidential: evidence.confidential },
        },
        ...(evidence.confidential
          ? [
              {
                action: 'confidentialIdentityRead',
                entityType: 'case',
                entityId: caseId,
                after: { evidenceId: evidence.id },
              },
            ]
          : []),
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
