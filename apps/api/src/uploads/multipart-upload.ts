// The one reader of multipart uploads (POST /files/evidence, POST /files/member-imports): it streams the
// single file part to the caller's receiver (a temporary file) and collects the small fields around it, and
// it never lets a broken transfer take the process down or leave a file or descriptor behind:
// - a body that ends inside the form (truncated) is refused 400 `UPLOAD_INCOMPLETE`;
// - a client that goes away mid-upload has its parser and file stream destroyed at once;
// - a client that sends nothing for `idleTimeoutMs` is cut: 408 `UPLOAD_TIMEOUT`, and the connection closed;
// in each case the receiver's stream fails, so the receiver removes its partial file (EvidenceStore.receive).
// Every stream busboy hands out gets an error listener the moment it exists: an error on a stream without
// one is an uncaught exception ("Unhandled 'error' event … Unexpected end of form").
import type { Readable } from 'node:stream';
import busboy from 'busboy';
import type { Request, Response } from 'express';
import { illFormedMessage, illFormedReason } from '../shared/well-formed-text.js';

/** A refusal answered as `{ errors: [{ message, extensions: { ...details, code } }] }` with `status`. */
export interface Refusal {
  readonly status: number;
  readonly code: string;
  readonly message: string;
  readonly details?: Record<string, unknown>;
}

const refusalOf = (
  status: number,
  code: string,
  message: string,
  details: Record<string, unknown> = {},
): Refusal => ({ status, code, message, details });

export const MALFORMED = refusalOf(400, 'BAD_REQUEST', 'Malformed multipart body.');
export const INCOMPLETE = refusalOf(
  400,
  'UPLOAD_INCOMPLETE',
  'The upload ended before the whole form arrived; send the file again.',
);

/** The file part as the client described it. */
export interface FilePart {
  /** The form field's name (`file` is the one the routes take). */
  readonly name: string;
  readonly fileName: string | undefined;
  /** Lower-cased. */
  readonly mediaType: string;
}

export interface MultipartOptions<F> {
  /** Bytes of the file part kept; beyond it the file stream emits `limit` and is cut (the rest discarded). */
  readonly maxFileBytes: number;
  /** Fields besides the file, and the bytes of each: a longer value is refused with `fieldTooLong`, if given. */
  readonly maxFields: number;
  readonly maxFieldBytes: number;
  readonly fieldTooLong?: (name: string) => Refusal;
  /** How long the client may send nothing before the upload is cut. */
  readonly idleTimeoutMs: number;
  /** The message when the form has more parts than `maxFields` and one file. */
  readonly tooManyMessage: string;
  /** Whether this file part is taken: a refusal (the part is discarded), or undefined. */
  readonly checkFile: (part: FilePart) => Refusal | undefined;
  /** Receives the accepted file part; must consume `stream` and reject (leaving nothing) when it fails. */
  readonly receive: (stream: Readable, part: FilePart) => Promise<F>;
}

export interface ParsedMultipart<F> {
  readonly fields: ReadonlyMap<string, string>;
  /** The received file: the caller owns it (and discards it) even when there is a refusal. */
  readonly file?: F;
  readonly part?: FilePart;
  readonly refusal?: Refusal;
}

const ignore = () => undefined;

/** Text that is not well-formed (a lone surrogate, a NUL) is refused as from GraphQL: INVALID_INPUT. */
export function illFormedRefusal(field: string, text: string | undefined): Refusal | undefined {
  const reason = text === undefined ? undefined : illFormedReason(text);
  return reason ? refusalOf(400, 'INVALID_INPUT', illFormedMessage(field), { field, reason }) : undefined;
}

/**
 * Reads a multipart body (`req` not yet consumed). Resolves with the fields, the received file and the
 * first refusal; rejects only when the receiver failed on its own (a full disk: a bug to report, not a
 * refusal). After a timeout `res` is marked to close its connection once answered.
 */
export function readMultipart<F>(
  req: Request,
  res: Response,
  options: MultipartOptions<F>,
): Promise<ParsedMultipart<F>> {
  return new Promise((resolve, reject) => {
    const fields = new Map<string, string>();
    let refused: Refusal | undefined;
    let receiving: Promise<F> | undefined;
    let part: FilePart | undefined;
    const refuse = (value: Refusal) => {
      refused ??= value;
    };
    // A request that fails (client gone) must not throw for want of a listener.
    req.on('error', ignore);
    if (req.destroyed && !req.complete) {
      // Gone while the route was still checking the caller.
      resolve({ fields, refusal: INCOMPLETE });
      return;
    }

    let parser: busboy.Busboy;
    try {
      parser = busboy({
        headers: req.headers,
        defParamCharset: 'utf8',
        limits: {
          fileSize: options.maxFileBytes,
          files: 1,
          fields: options.maxFields,
          parts: options.maxFields + 2,
          fieldSize: options.maxFieldBytes,
        },
      });
    } catch {
      req.resume();
      resolve({ fields, refusal: MALFORMED });
      return;
    }

    let finished = false;
    const finish = () => {
      if (finished) return;
      finished = true;
      clearTimeout(idle);
      req.off('data', touch);
      req.off('close', onClose);
      const base = { fields, ...(part ? { part } : {}) };
      if (!receiving) {
        resolve({ ...base, ...(refused ? { refusal: refused } : {}) });
        return;
      }
      receiving.then(
        (file) => resolve({ ...base, file, ...(refused ? { refusal: refused } : {}) }),
        // A cut upload fails its receiver on purpose (its partial file is gone): answer the refusal.
        (error: unknown) => (refused ? resolve({ ...base, refusal: refused }) : reject(error)),
      );
    };

    /** Stops reading: the parser and the file stream it feeds are destroyed, the receiver fails. */
    let stopped = false;
    const cut = (reason: Refusal) => {
      stopped = true;
      refuse(reason);
      req.unpipe(parser);
      parser.destroy();
      finish();
    };

    const idle = setTimeout(() => {
      // The body is left unread: answer, then close the connection rather than wait for the rest.
      res.setHeader('connection', 'close');
      res.once('finish', () => req.socket.destroy());
      cut(
        refusalOf(408, 'UPLOAD_TIMEOUT', 'Nothing arrived for too long; the upload was stopped.', {
          idleTimeoutMs: options.idleTimeoutMs,
        }),
      );
    }, options.idleTimeoutMs);
    const touch = () => idle.refresh();
    const onClose = () => {
      // `close` also follows a complete body; only an incomplete one means the client went away.
      if (!req.complete) cut(INCOMPLETE);
    };
    req.on('data', touch);
    req.on('close', onClose);

    parser.on('field', (name, value, info) => {
      const illFormed = illFormedRefusal(name, name) ?? illFormedRefusal(name, value);
      if (info.valueTruncated) {
        if (options.fieldTooLong) refuse(options.fieldTooLong(name));
      } else if (illFormed) refuse(illFormed);
      else fields.set(name, value);
    });
    parser.on('file', (name, stream, info) => {
      stream.on('error', ignore);
      const candidate: FilePart = { name, fileName: info.filename, mediaType: info.mimeType.toLowerCase() };
      const problem =
        name !== 'file' || receiving
          ? refusalOf(400, 'BAD_USER_INPUT', 'Send one file, in the part named "file".', { field: name })
          : (illFormedRefusal('fileName', info.filename) ?? options.checkFile(candidate));
      if (problem) {
        refuse(problem);
        stream.resume();
        return;
      }
      part = candidate;
      receiving = options.receive(stream, candidate);
      // Settled in finish(); a failure here must not surface as an unhandled rejection meanwhile.
      receiving.catch(ignore);
    });
    const tooMany = () => refuse(refusalOf(400, 'BAD_USER_INPUT', options.tooManyMessage));
    parser.on('filesLimit', tooMany);
    parser.on('fieldsLimit', tooMany);
    parser.on('partsLimit', tooMany);
    parser.on('error', (error: Error) => {
      // busboy's words for a body that stopped inside the form ("Unexpected end of form/file").
      const truncated = /unexpected end/i.test(error.message);
      refuse(truncated ? INCOMPLETE : MALFORMED);
      req.unpipe(parser);
      // Whatever is left of a malformed body is read and dropped, so that the answer can be sent.
      if (!stopped && !req.complete) req.resume();
      finish();
    });
    parser.on('close', finish);
    req.pipe(parser);
  });
}
