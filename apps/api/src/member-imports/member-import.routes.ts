// POST /files/member-imports?commissionId=…   multipart/form-data with one `file` part: a member CSV.
// POST /files/body-imports?commissionId=…     the same, for a CSV of ad hoc bodies to form.
// The same bearer token and refusal shapes as /files/evidence. The file is checked (size, type, UTF-8,
// header) and stored, the import queued, and 202 answered with its id; the worker does the rest, and
// GraphQL `memberImport(id)` tells how far it got and which lines were refused.
import express, { type Request, type Response, type Router } from 'express';
import { GraphQLError } from 'graphql';
import type { AppDeps } from '../context.js';
import type { EvidenceStore } from '../evidence/evidence-store.js';
import { cleanFileName, contextOf, refusal, send, validId } from '../evidence/evidence.routes.js';
import { readMultipart } from '../uploads/multipart-upload.js';
import {
  IMPORT_COLUMNS,
  IMPORT_MEDIA_TYPES,
  inspectImportFile,
  isImportMediaType,
  receiveImportFile,
} from './import-file.js';
import type { ImportKind } from './member-import.entity.js';
import { memberImportJson } from './member-import.json.js';
import { importCommission, IMPORT_WRITE_ROLES, queueImport } from './member-import.service.js';

export interface MemberImportRouterOptions {
  readonly store: EvidenceStore;
  readonly maxImportBytes: number;
  readonly batchSize: number;
  /** How long a client may send nothing mid-upload before it is cut (408 UPLOAD_TIMEOUT). */
  readonly idleTimeoutMs: number;
  /** Called when an import is queued (the worker looks at once instead of at its next poll). */
  readonly onQueued?: () => void;
}

/** Room for the multipart boundaries around the file. */
const MULTIPART_OVERHEAD = 64 * 1024;

const tooLarge = (maxBytes: number) => refusal('PAYLOAD_TOO_LARGE', 'The file is too large.', { maxBytes });

/** What a role that may not import is told, per kind. */
const FORBIDDEN_MESSAGE: { readonly [K in ImportKind]: string } = {
  members: 'Your role may not import members.',
  bodies: 'Your role may not import ad hoc bodies.',
};

async function upload(
  deps: AppDeps,
  options: MemberImportRouterOptions,
  kind: ImportKind,
  req: Request,
  res: Response,
) {
  const ctx = await contextOf(deps, req, res);
  const user = ctx.user;
  if (!user) return send(res, refusal('UNAUTHENTICATED'));
  const commissionId = req.query.commissionId;
  if (!validId(commissionId)) {
    return send(
      res,
      refusal('BAD_USER_INPUT', 'Give the commission as ?commissionId=…', { field: 'commissionId' }),
    );
  }
  // Refused before a byte of the file is read (Node discards the unread body).
  if (!IMPORT_WRITE_ROLES.includes(user.role)) {
    return send(res, refusal('FORBIDDEN', FORBIDDEN_MESSAGE[kind], { role: user.role }));
  }
  const commission = await importCommission(ctx.em, user, commissionId);
  if (!commission.ok) {
    const { code, ...details } = commission.error;
    return send(
      res,
      refusal(
        code,
        code === 'NOT_FOUND'
          ? 'No such commission in your jurisdiction.'
          : kind === 'members'
            ? 'Members are imported into a regency (kabupaten/kota) commission.'
            : 'Ad hoc bodies are formed by a regency (kabupaten/kota) commission.',
        details,
      ),
    );
  }
  if (!req.is('multipart/form-data')) {
    return send(res, refusal('UNSUPPORTED_MEDIA_TYPE', 'Send the file as multipart/form-data.'));
  }
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > options.maxImportBytes + MULTIPART_OVERHEAD)
    return send(res, tooLarge(options.maxImportBytes));

  const parsed = await readMultipart(req, res, {
    maxFileBytes: options.maxImportBytes,
    maxFields: 2,
    maxFieldBytes: 1024,
    idleTimeoutMs: options.idleTimeoutMs,
    tooManyMessage: 'Send one file only.',
    checkFile: ({ mediaType, fileName }) =>
      isImportMediaType(mediaType, fileName ?? '')
        ? undefined
        : refusal('UNSUPPORTED_MEDIA_TYPE', `Files of type ${mediaType} are not accepted: send a CSV file.`, {
            mediaType,
            allowed: IMPORT_MEDIA_TYPES,
          }),
    receive: (stream) => receiveImportFile(options.store, stream),
  });
  const { file } = parsed;
  try {
    const problem =
      parsed.refusal ??
      (!file
        ? refusal('BAD_USER_INPUT', 'Send the file in a part named "file".', { field: 'file' })
        : file.truncated
          ? tooLarge(options.maxImportBytes)
          : file.size === 0
            ? refusal('BAD_USER_INPUT', 'The file is empty.', { field: 'file' })
            : !file.contentMatches
              ? refusal(
                  'UNSUPPORTED_MEDIA_TYPE',
                  'The file is not CSV text (it has NUL bytes: a spreadsheet?).',
                  {
                    reason: 'CONTENT_MISMATCH',
                  },
                )
              : undefined);
    if (problem) return send(res, problem);
    const inspection = await inspectImportFile(file!.tempPath, kind);
    if (!inspection.ok) {
      if (inspection.reason === 'NOT_UTF8') {
        return send(
          res,
          refusal('UNSUPPORTED_MEDIA_TYPE', 'The file is not UTF-8 text: save it as "CSV UTF-8".', {
            reason: 'NOT_UTF8',
          }),
        );
      }
      return send(
        res,
        refusal(
          'BAD_USER_INPUT',
          inspection.reason === 'NO_ROWS'
            ? 'The file has a header but no rows.'
            : 'The first row must be the header naming the columns.',
          {
            field: 'file',
            reason: inspection.reason,
            ...('problem' in inspection ? inspection.problem : {}),
            columns: IMPORT_COLUMNS[kind],
          },
        ),
      );
    }
    const result = await queueImport(ctx, options.store, {
      kind,
      commission: commission.value,
      file: file!,
      fileName: cleanFileName(parsed.part?.fileName),
      totalRows: inspection.totalRows,
      batchSize: options.batchSize,
    });
    if (!result.ok) {
      const { code, ...details } = result.error;
      return send(res, refusal(code, undefined, details));
    }
    options.onQueued?.();
    res
      .status(202)
      .json({ memberImport: memberImportJson(result.value), ignoredColumns: inspection.ignoredColumns });
  } catch (error) {
    const code = error instanceof GraphQLError ? error.extensions.code : undefined;
    if (typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR') return send(res, refusal(code));
    throw error;
  } finally {
    // Gone already when the file was committed; otherwise nothing must be left behind.
    if (file) await options.store.discard(file);
  }
}

export function memberImportRouter(deps: AppDeps, options: MemberImportRouterOptions): Router {
  const router = express.Router();
  router.post('/member-imports', (req, res) => upload(deps, options, 'members', req, res));
  router.post('/body-imports', (req, res) => upload(deps, options, 'bodies', req, res));
  return router;
}
