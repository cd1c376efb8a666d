// Multipart uploads over a raw TCP socket, for what fetch cannot send: a body that ends inside the form, a
// client that goes away mid-upload, a client that stops sending.
import { existsSync, readdirSync, readlinkSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import type { Json } from './test-server.js';

export const BOUNDARY = 'etikRawBoundary';

/** A complete multipart body: the given fields, then one file part (slice it to truncate it). */
export function multipartBody(options: {
  readonly fields?: Record<string, string>;
  readonly fileName: string;
  readonly mediaType: string;
  readonly content: Buffer;
}): Buffer {
  const fields = Object.entries(options.fields ?? {}).map(
    ([name, value]) => `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
  );
  return Buffer.concat([
    Buffer.from(
      `${fields.join('')}--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; ` +
        `filename="${options.fileName}"\r\nContent-Type: ${options.mediaType}\r\n\r\n`,
    ),
    options.content,
    Buffer.from(`\r\n--${BOUNDARY}--\r\n`),
  ]);
}

export interface RawAnswer {
  /** Undefined when the connection closed without an answer. */
  readonly status?: number;
  readonly body?: Json;
  /** Milliseconds from the last byte sent to the connection's close. */
  readonly closedAfterMs: number;
}

export interface RawUpload {
  /** base: `http://host:port`; path with its query string. */
  readonly base: string;
  readonly path: string;
  readonly token?: string;
  /** The bytes sent. */
  readonly body: Buffer;
  /** The Content-Length declared (default: the bytes sent, so the server sees a complete request). */
  readonly declaredLength?: number;
  /**
   * After sending: `answer` waits for the answer and the close; `abort` waits `abortAfterMs` (or until
   * `abortWhen` holds) and destroys the socket; `rest` sends `rest` after `restAfterMs`, then waits.
   */
  readonly then?: 'answer' | 'abort' | 'rest';
  readonly rest?: Buffer;
  readonly restAfterMs?: number;
  readonly abortWhen?: () => boolean;
  readonly abortAfterMs?: number;
  /** Gives up (destroying the socket) after this long. */
  readonly timeoutMs?: number;
}

export function rawUpload(upload: RawUpload): Promise<RawAnswer> {
  const url = new URL(upload.base);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(url.port), url.hostname);
    const chunks: Buffer[] = [];
    let sentAt = Date.now();
    const giveUp = setTimeout(() => socket.destroy(), upload.timeoutMs ?? 20_000);
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', () => undefined);
    socket.on('close', () => {
      clearTimeout(giveUp);
      const text = Buffer.concat(chunks).toString('utf8');
      const closedAfterMs = Date.now() - sentAt;
      const match = /^HTTP\/1\.1 (\d{3})/.exec(text);
      if (!match) {
        resolve({ closedAfterMs });
        return;
      }
      const payload = text.slice(text.indexOf('\r\n\r\n') + 4);
      let body: Json;
      try {
        body = JSON.parse(payload);
      } catch {
        body = payload;
      }
      resolve({ status: Number(match[1]), body, closedAfterMs });
    });
    socket.once('connect', () => {
      const head =
        `POST ${upload.path} HTTP/1.1\r\nHost: ${url.host}\r\n` +
        (upload.token ? `Authorization: Bearer ${upload.token}\r\n` : '') +
        `Content-Type: multipart/form-data; boundary=${BOUNDARY}\r\n` +
        `Content-Length: ${upload.declaredLength ?? upload.body.length}\r\nConnection: close\r\n\r\n`;
      socket.write(Buffer.concat([Buffer.from(head), upload.body]), () => {
        sentAt = Date.now();
        if (upload.then === 'rest') {
          setTimeout(() => {
            socket.write(upload.rest ?? Buffer.alloc(0), () => {
              sentAt = Date.now();
            });
          }, upload.restAfterMs ?? 0);
        }
        if (upload.then !== 'abort') return;
        const started = Date.now();
        const poll = setInterval(() => {
          const waited = Date.now() - started;
          if ((upload.abortWhen ? upload.abortWhen() : true) && waited >= (upload.abortAfterMs ?? 0)) {
            clearInterval(poll);
            socket.destroy();
          } else if (waited > 10_000) {
            clearInterval(poll);
            socket.destroy();
            reject(new Error('the abort condition never held'));
          }
        }, 10);
      });
    });
  });
}

/** The files in `<dir>/tmp`. */
export const tempFilesIn = (dir: string): string[] =>
  existsSync(join(dir, 'tmp')) ? readdirSync(join(dir, 'tmp')) : [];

/** The files under `dir` this process holds open (Linux: /proc/self/fd). */
export function openFilesUnder(dir: string): string[] {
  if (!existsSync('/proc/self/fd')) return [];
  return readdirSync('/proc/self/fd').flatMap((fd) => {
    try {
      const target = readlinkSync(`/proc/self/fd/${fd}`);
      return target.startsWith(dir) ? [target] : [];
    } catch {
      return [];
    }
  });
}

/** Polls until `check` holds (or fails after `timeoutMs`). */
export async function eventually(check: () => boolean, timeoutMs = 5_000): Promise<void> {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > timeoutMs) throw new Error('condition not met in time');
    await new Promise((done) => setTimeout(done, 20));
  }
}
