// HTTP endpoints for evidence files, outside GraphQL (files are not JSON):
//   POST /files/evidence?caseId=…   multipart/form-data: `kind`, optional `description` and
//                                   `confidential` ("true"/"false"), one `file` part
//   GET  /files/evidence/:id        the bytes, to whoever may see the case (a confidential file: see
//                                   seesEvidence)
// Both take the same bearer token as /graphql. Refusals are JSON shaped like GraphQL errors, with a code.
import { basename } from 'node:path';
import { pipeline } from 'node:stream/promises';
import express, { type Request, type Response, type Router } from 'express';
import { GraphQLError } from 'graphql';
import { EVIDENCE_KINDS, type EvidenceKind } from '@etik/domain';
import { createContext, type AppDeps, type Context } from '../context.js';
import { MAX_ID_LENGTH, MAX_TEXT_LENGTH } from '../errors/input-guard.plugin.js';
import { readMultipart, type Refusal } from '../uploads/multipart-upload.js';
import { findVisibleCase } from '../ethics-cases/case-scope.js';
import type { EvidenceFile } from './evidence.entity.js';
import {
  EVIDENCE_MEDIA_TYPES,
  isEvidenceMediaType,
  type EvidenceMediaType,
  type EvidenceStore,
} from './evidence-store.js';
import { auditDownload, findVisibleEvidence, recordEvidence, uploadRefusal } from './evidence.service.js';

export interface EvidenceRouterOptions {
  readonly store: EvidenceStore;
  readonly maxUploadBytes: number;
  /** How long a client may send nothing mid-upload before it is cut (408 UPLOAD_TIMEOUT). */
  readonly idleTimeoutMs: number;
}

/** Room for the multipart boundaries and the small fields around the file. */
const MULTIPART_OVERHEAD = 64 * 1024;

const STATUS_OF: Readonly<Record<string, number>> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  OUT_OF_JURISDICTION: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
};

const MESSAGES: Readonly<Record<string, string>> = {
  UNAUTHENTICATED: 'Sign in first.',
  FORBIDDEN: 'Your role may not add evidence.',
  OUT_OF_JURISDICTION: 'Only the handling commission may add evidence to this case.',
  NOT_FOUND: 'No such record in your jurisdiction.',
  CONFLICT: 'The case was changed by someone else; try again.',
};

export type { Refusal };

export const refusal = (
  code: string,
  message = MESSAGES[code] ?? code,
  details: Record<string, unknown> = {},
  status = STATUS_OF[code] ?? 400,
): Refusal => ({ status, code, message, details });

export function send(res: Response, { status, code, message, details }: Refusal): void {
  // A client that went away mid-upload gets no answer.
  if (res.destroyed) return;
  res.status(status).json({ errors: [{ message, extensions: { ...details, code } }] });
}

export async function contextOf(deps: AppDeps, req: Request, res: Response): Promise<Context> {
  const ctx = await createContext(deps, {
    authorization: req.headers.authorization,
    requestId: req.header('x-request-id'),
    clientIp: req.socket.remoteAddress,
  });
  res.setHeader('x-request-id', ctx.requestId);
  return ctx;
}

export const validId = (value: unknown): value is string =>
  typeof value === 'string' && value !== '' && value.length <= MAX_ID_LENGTH && !value.includes('\u0000');

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/g;

/** The uploader's file name without directories or control characters, at most 255 characters. */
export function cleanFileName(name: string | undefined): string {
  const base = basename((name ?? '').replaceAll('\\', '/'))
    .replace(CONTROL_CHARACTERS, '')
    .trim();
  return (base === '' || base === '.' || base === '..' ? 'evidence' : base).slice(0, 255);
}

/** The same limit, code and details as a text argument over GraphQL (the input guard). */
const textTooLong = (field: string): Refusal =>
  refusal('BAD_USER_INPUT', `${field} is longer than ${MAX_TEXT_LENGTH} characters.`, {
    field,
    maxLength: MAX_TEXT_LENGTH,
  });

/** The JSON answer for an evidence row. */
export const evidenceJson = (evidence: EvidenceFile) => ({
  id: evidence.id,
  caseId: evidence.ethicsCase.id,
  kind: evidence.kind,
  description: evidence.description ?? null,
  fileName: evidence.fileName,
  mediaType: evidence.mediaType,
  size: evidence.size,
  sha256: evidence.sha256,
  uploadedBy: evidence.uploadedBy,
  uploadedAt: evidence.uploadedAt.toISOString(),
  confidential: evidence.confidential,
  downloadPath: `/files/evidence/${evidence.id}`,
});

async function upload(deps: AppDeps, options: EvidenceRouterOptions, req: Request, res: Response) {
  const ctx = await contextOf(deps, req, res);
  const user = ctx.user;
  if (!user) return send(res, refusal('UNAUTHENTICATED'));
  const caseId = req.query.caseId;
  if (!validId(caseId)) {
    return send(res, refusal('BAD_USER_INPUT', 'Give the case as ?caseId=…', { field: 'caseId' }));
  }
  // Refused before a byte of the file is read (Node discards the unread body).
  const record = await findVisibleCase(ctx.em, user, caseId);
  if (!record) return send(res, refusal('NOT_FOUND', undefined, { caseId }));
  const refusedUser = uploadRefusal(user, record);
  if (refusedUser) {
    const { code, ...details } = refusedUser;
    return send(res, refusal(code, undefined, details));
  }
  if (!req.is('multipart/form-data')) {
    return send(res, refusal('UNSUPPORTED_MEDIA_TYPE', 'Send the file as multipart/form-data.'));
  }
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > options.maxUploadBytes + MULTIPART_OVERHEAD) {
    return send(
      res,
      refusal('PAYLOAD_TOO_LARGE', 'The file is too large.', { maxBytes: options.maxUploadBytes }),
    );
  }

  const parsed = await readMultipart(req, res, {
    maxFileBytes: options.maxUploadBytes,
    maxFields: 4,
    // A description of MAX_TEXT_LENGTH characters, each up to 4 bytes in UTF-8.
    maxFieldBytes: MAX_TEXT_LENGTH * 4,
    fieldTooLong: textTooLong,
    idleTimeoutMs: options.idleTimeoutMs,
    tooManyMessage: 'Send kind, description and one file only.',
    checkFile: ({ mediaType }) =>
      isEvidenceMediaType(mediaType)
        ? undefined
        : refusal('UNSUPPORTED_MEDIA_TYPE', `Files of type ${mediaType} are not accepted.`, {
            mediaType,
            allowed: EVIDENCE_MEDIA_TYPES,
          }),
    receive: (stream, { mediaType }) => options.store.receive(stream, mediaType as EvidenceMediaType),
  });
  const { file } = parsed;
  const mediaType = parsed.part?.mediaType as EvidenceMediaType | undefined;
  try {
    const problem =
      parsed.refusal ??
      (!file || !mediaType
        ? refusal('BAD_USER_INPUT', 'Send the file in a part named "file".', { field: 'file' })
        : file.truncated
          ? refusal('PAYLOAD_TOO_LARGE', 'The file is too large.', { maxBytes: options.maxUploadBytes })
          : file.size === 0
            ? refusal('BAD_USER_INPUT', 'The file is empty.', { field: 'file' })
            : !file.contentMatches
              ? refusal('UNSUPPORTED_MEDIA_TYPE', `The file's content is not ${mediaType}.`, {
                  mediaType,
                  reason: 'CONTENT_MISMATCH',
                })
              : undefined);
    if (problem) return send(res, problem);
    const kind = parsed.fields.get('kind') ?? '';
    if (!(EVIDENCE_KINDS as readonly string[]).includes(kind)) {
      return send(
        res,
        refusal('BAD_USER_INPUT', 'kind must be one of the evidence kinds.', {
          field: 'kind',
          allowed: EVIDENCE_KINDS,
        }),
      );
    }
    const rawDescription = parsed.fields.get('description');
    if (rawDescription !== undefined && rawDescription.length > MAX_TEXT_LENGTH) {
      return send(res, textTooLong('description'));
    }
    // Every field's text was checked as it arrived (the multipart reader's illFormedRefusal).
    const description = rawDescription?.trim();
    const result = await recordEvidence(ctx, options.store, {
      caseId,
      kind: kind as EvidenceKind,
      ...(description ? { description } : {}),
      fileName: cleanFileName(parsed.part?.fileName),
      mediaType: mediaType!,
      file: file!,
      confidential: parsed.fields.get('confidential'),
    });
    if (!result.ok) {
      const { code, ...details } = result.error;
      return send(res, refusal(code, undefined, details));
    }
    res.status(201).json({ evidence: evidenceJson(result.value) });
  } catch (error) {
    // A refusal raised inside the transaction (a concurrent change) keeps its code.
    const code = error instanceof GraphQLError ? error.extensions.code : undefined;
    if (typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR') return send(res, refusal(code));
    throw error;
  } finally {
    // Gone already when the file was committed; otherwise nothing must be left behind.
    if (file) await options.store.discard(file);
  }
}

/** `filename*` (RFC 6266/8187) for the real name, and a plain ASCII `filename` for old clients. */
const contentDisposition = (fileName: string): string =>
  `attachment; filename="${fileName.replace(/[^\x20-\x7e]|["\\]/g, '_')}"; ` +
  `filename*=UTF-8''${encodeURIComponent(fileName)}`;

async function download(deps: AppDeps, options: EvidenceRouterOptions, req: Request, res: Response) {
  const ctx = await contextOf(deps, req, res);
  if (!ctx.user) return send(res, refusal('UNAUTHENTICATED'));
  const id = req.params.id;
  const found = validId(id) ? await findVisibleEvidence(ctx, id) : undefined;
  if (!found?.ok) {
    const { code, ...details } = found?.error ?? { code: 'NOT_FOUND' };
    const message =
      code === 'FORBIDDEN' ? 'Only the handling commission may open this confidential file.' : undefined;
    return send(res, refusal(code, message, details));
  }
  const evidence = found.value;
  if (!(await options.store.has(evidence.sha256))) {
    throw new Error(`evidence ${evidence.id}: file ${evidence.sha256} is missing from the store`);
  }
  await auditDownload(ctx, evidence);
  res.status(200);
  res.setHeader('content-type', evidence.mediaType);
  res.setHeader('content-length', String(evidence.size));
  res.setHeader('content-disposition', contentDisposition(evidence.fileName));
  res.setHeader('x-content-type-options', 'nosniff');
  res.setHeader('cache-control', 'private, no-store');
  res.setHeader('etag', `"${evidence.sha256}"`);
  await pipeline(options.store.read(evidence.sha256), res);
}

export function evidenceRouter(deps: AppDeps, options: EvidenceRouterOptions): Router {
  const router = express.Router();
  router.post('/evidence', (req, res) => upload(deps, options, req, res));
  router.get('/evidence/:id', (req, res) => download(deps, options, req, res));
  return router;
}
