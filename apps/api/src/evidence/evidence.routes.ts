// HTTP endpoints for evidence files, outside GraphQL (files are not JSON):
//   POST /files/evidence?caseId=…   multipart/form-data: `kind`, optional `description`, one `file` part
//   GET  /files/evidence/:id        the bytes, to whoever may see the case
// Both take the same bearer token as /graphql. Refusals are JSON shaped like GraphQL errors, with a code.
import { basename } from 'node:path';
import { pipeline } from 'node:stream/promises';
import busboy from 'busboy';
import express, { type Request, type Response, type Router } from 'express';
import { GraphQLError } from 'graphql';
import { EVIDENCE_KINDS, type EvidenceKind } from '@etik/domain';
import { createContext, type AppDeps, type Context } from '../context.js';
import { MAX_ID_LENGTH, MAX_TEXT_LENGTH } from '../errors/input-guard.plugin.js';
import { findVisibleCase } from '../ethics-cases/ethics-case.service.js';
import { illFormedMessage, illFormedReason } from '../shared/well-formed-text.js';
import type { EvidenceFile } from './evidence.entity.js';
import {
  EVIDENCE_MEDIA_TYPES,
  isEvidenceMediaType,
  type EvidenceMediaType,
  type EvidenceStore,
  type ReceivedFile,
} from './evidence-store.js';
import { auditDownload, findVisibleEvidence, recordEvidence, uploadRefusal } from './evidence.service.js';

export interface EvidenceRouterOptions {
  readonly store: EvidenceStore;
  readonly maxUploadBytes: number;
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

export interface Refusal {
  readonly status: number;
  readonly code: string;
  readonly message: string;
  readonly details?: Record<string, unknown>;
}

export const refusal = (
  code: string,
  message = MESSAGES[code] ?? code,
  details: Record<string, unknown> = {},
  status = STATUS_OF[code] ?? 400,
): Refusal => ({ status, code, message, details });

export function send(res: Response, { status, code, message, details }: Refusal): void {
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
  typeof value === 'string' && value !== '' && value.length <= MAX_ID_LENGTH && !illFormedReason(value);

/** INVALID_INPUT for a form field or file name holding a NUL or a lone surrogate (a part may declare
 * `charset=utf-16le`, whose bytes can decode to one); undefined when the text is well formed. */
export function illFormedRefusal(field: string, text: string | undefined): Refusal | undefined {
  const reason = text === undefined ? undefined : illFormedReason(text);
  return reason ? refusal('INVALID_INPUT', illFormedMessage(field), { field, reason }) : undefined;
}

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/g;

/** The uploader's file name without directories or control characters, at most 255 characters. */
export function cleanFileName(name: string | undefined): string {
  const base = basename((name ?? '').replaceAll('\\', '/'))
    .replace(CONTROL_CHARACTERS, '')
    .trim();
  return (base === '' || base === '.' || base === '..' ? 'evidence' : base).slice(0, 255);
}

interface ParsedUpload {
  readonly refusal?: Refusal;
  readonly fields: Map<string, string>;
  readonly file?: ReceivedFile;
  readonly fileName?: string;
  readonly mediaType?: EvidenceMediaType;
}

/** Reads the multipart body: fields, and the one file streamed into the store's temporary area. */
function parseUpload(req: Request, store: EvidenceStore, maxBytes: number): Promise<ParsedUpload> {
  return new Promise((resolve, reject) => {
    const fields = new Map<string, string>();
    let refused: Refusal | undefined;
    let received: Promise<ReceivedFile> | undefined;
    let fileName: string | undefined;
    let mediaType: EvidenceMediaType | undefined;
    const refuse = (value: Refusal) => {
      refused ??= value;
    };
    let parser: busboy.Busboy;
    try {
      parser = busboy({
        headers: req.headers,
        defParamCharset: 'utf8',
        limits: { fileSize: maxBytes, files: 1, fields: 4, parts: 6, fieldSize: MAX_TEXT_LENGTH * 4 },
      });
    } catch {
      req.resume();
      resolve({ fields, refusal: refusal('BAD_REQUEST', 'Malformed multipart body.') });
      return;
    }
    let finished = false;
    const finish = () => {
      if (finished) return;
      finished = true;
      if (!received) {
        resolve({ fields, ...(refused ? { refusal: refused } : {}) });
        return;
      }
      received.then(
        (file) =>
          resolve({
            fields,
            file,
            ...(fileName !== undefined ? { fileName } : {}),
            ...(mediaType ? { mediaType } : {}),
            ...(refused ? { refusal: refused } : {}),
          }),
        reject,
      );
    };
    parser.on('field', (name, value, info) => {
      const illFormed = illFormedRefusal(name, name) ?? illFormedRefusal(name, value);
      if (info.valueTruncated) refuse(refusal('BAD_USER_INPUT', `${name} is too long.`, { field: name }));
      else if (illFormed) refuse(illFormed);
      else fields.set(name, value);
    });
    parser.on('file', (name, stream, info) => {
      if (name !== 'file' || received) {
        refuse(refusal('BAD_USER_INPUT', 'Send one file, in the part named "file".', { field: name }));
        stream.resume();
        return;
      }
      const illFormedName = illFormedRefusal('fileName', info.filename);
      if (illFormedName) {
        refuse(illFormedName);
        stream.resume();
        return;
      }
      const type = info.mimeType.toLowerCase();
      if (!isEvidenceMediaType(type)) {
        refuse(
          refusal('UNSUPPORTED_MEDIA_TYPE', `Files of type ${type} are not accepted.`, {
            mediaType: type,
            allowed: EVIDENCE_MEDIA_TYPES,
          }),
        );
        stream.resume();
        return;
      }
      mediaType = type;
      fileName = info.filename;
      received = store.receive(stream, type);
      // Settled in finish(); a failure here must not surface as an unhandled rejection meanwhile.
      received.catch(() => undefined);
    });
    const tooMany = () => refuse(refusal('BAD_USER_INPUT', 'Send kind, description and one file only.'));
    parser.on('filesLimit', tooMany);
    parser.on('fieldsLimit', tooMany);
    parser.on('partsLimit', tooMany);
    parser.on('error', () => {
      refuse(refusal('BAD_REQUEST', 'Malformed multipart body.'));
      req.unpipe(parser);
      req.resume();
      finish();
    });
    parser.on('close', finish);
    req.pipe(parser);
  });
}

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

  const parsed = await parseUpload(req, options.store, options.maxUploadBytes);
  const { file } = parsed;
  try {
    const problem =
      parsed.refusal ??
      (!file || !parsed.mediaType
        ? refusal('BAD_USER_INPUT', 'Send the file in a part named "file".', { field: 'file' })
        : file.truncated
          ? refusal('PAYLOAD_TOO_LARGE', 'The file is too large.', { maxBytes: options.maxUploadBytes })
          : file.size === 0
            ? refusal('BAD_USER_INPUT', 'The file is empty.', { field: 'file' })
            : !file.contentMatches
              ? refusal('UNSUPPORTED_MEDIA_TYPE', `The file's content is not ${parsed.mediaType}.`, {
                  mediaType: parsed.mediaType,
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
    // Every field's text was checked as it arrived (illFormedRefusal).
    const description = parsed.fields.get('description')?.trim();
    const result = await recordEvidence(ctx, options.store, {
      caseId,
      kind: kind as EvidenceKind,
      ...(description ? { description } : {}),
      fileName: cleanFileName(parsed.fileName),
      mediaType: parsed.mediaType!,
      file: file!,
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
  const evidence = validId(id) ? await findVisibleEvidence(ctx, id) : undefined;
  if (!evidence) return send(res, refusal('NOT_FOUND'));
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
