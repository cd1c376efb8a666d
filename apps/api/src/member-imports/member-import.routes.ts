// POST /files/member-imports?commissionId=…   multipart/form-data with one `file` part: a member CSV.
// The same bearer token and refusal shapes as /files/evidence. The file is checked (size, type, UTF-8,
// header) and stored, the import queued, and 202 answered with its id; the worker does the rest, and
// GraphQL `memberImport(id)` tells how far it got and which lines were refused.
import busboy from 'busboy';
import express, { type Request, type Response, type Router } from 'express';
import { GraphQLError } from 'graphql';
import type { AppDeps } from '../context.js';
import type { EvidenceStore, ReceivedFile } from '../evidence/evidence-store.js';
import {
  cleanFileName,
  contextOf,
  illFormedRefusal,
  refusal,
  send,
  validId,
  type Refusal,
} from '../evidence/evidence.routes.js';
import {
  IMPORT_MEDIA_TYPES,
  inspectImportFile,
  isImportMediaType,
  receiveImportFile,
} from './import-file.js';
import { MEMBER_CSV_COLUMNS } from './member-csv.js';
import { memberImportJson } from './member-import.json.js';
import { importCommission, IMPORT_WRITE_ROLES, queueImport } from './member-import.service.js';

export interface MemberImportRouterOptions {
  readonly store: EvidenceStore;
  readonly maxImportBytes: number;
  readonly batchSize: number;
  /** Called when an import is queued (the worker looks at once instead of at its next poll). */
  readonly onQueued?: () => void;
}

/** Room for the multipart boundaries around the file. */
const MULTIPART_OVERHEAD = 64 * 1024;

interface ParsedUpload {
  readonly refusal?: Refusal;
  readonly file?: ReceivedFile;
  readonly fileName?: string;
}

/** Reads the multipart body: the one `file` part streamed into the store's temporary area. */
function parseUpload(req: Request, store: EvidenceStore, maxBytes: number): Promise<ParsedUpload> {
  return new Promise((resolve, reject) => {
    let refused: Refusal | undefined;
    let received: Promise<ReceivedFile> | undefined;
    let fileName: string | undefined;
    const refuse = (value: Refusal) => {
      refused ??= value;
    };
    let parser: busboy.Busboy;
    try {
      parser = busboy({
        headers: req.headers,
        defParamCharset: 'utf8',
        limits: { fileSize: maxBytes, files: 1, fields: 2, parts: 3, fieldSize: 1024 },
      });
    } catch {
      req.resume();
      resolve({ refusal: refusal('BAD_REQUEST', 'Malformed multipart body.') });
      return;
    }
    let finished = false;
    const finish = () => {
      if (finished) return;
      finished = true;
      if (!received) {
        resolve(refused ? { refusal: refused } : {});
        return;
      }
      received.then(
        (file) =>
          resolve({
            file,
            ...(fileName !== undefined ? { fileName } : {}),
            ...(refused ? { refusal: refused } : {}),
          }),
        reject,
      );
    };
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
      if (!isImportMediaType(type, info.filename ?? '')) {
        refuse(
          refusal('UNSUPPORTED_MEDIA_TYPE', `Files of type ${type} are not accepted: send a CSV file.`, {
            mediaType: type,
            allowed: IMPORT_MEDIA_TYPES,
          }),
        );
        stream.resume();
        return;
      }
      fileName = info.filename;
      received = receiveImportFile(store, stream);
      // Settled in finish(); a failure here must not surface as an unhandled rejection meanwhile.
      received.catch(() => undefined);
    });
    const tooMany = () => refuse(refusal('BAD_USER_INPUT', 'Send one file only.'));
    // Other fields are not read, but text that is not text is refused wherever it is sent.
    parser.on('field', (name, value) => {
      const illFormed = illFormedRefusal(name, name) ?? illFormedRefusal(name, value);
      if (illFormed) refuse(illFormed);
    });
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

const tooLarge = (maxBytes: number) => refusal('PAYLOAD_TOO_LARGE', 'The file is too large.', { maxBytes });

async function upload(deps: AppDeps, options: MemberImportRouterOptions, req: Request, res: Response) {
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
    return send(res, refusal('FORBIDDEN', 'Your role may not import members.', { role: user.role }));
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
          : 'Members are imported into a regency (kabupaten/kota) commission.',
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

  const parsed = await parseUpload(req, options.store, options.maxImportBytes);
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
    const inspection = await inspectImportFile(file!.tempPath);
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
            columns: MEMBER_CSV_COLUMNS.map((column) => column.column),
          },
        ),
      );
    }
    const result = await queueImport(ctx, options.store, {
      commission: commission.value,
      file: file!,
      fileName: cleanFileName(parsed.fileName),
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
  router.post('/member-imports', (req, res) => upload(deps, options, req, res));
  return router;
}
