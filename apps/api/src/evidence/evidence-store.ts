// The content-addressed store of evidence files: `<dataDir>/evidence/<first two hex digits>/<sha256>`.
// An upload is streamed into `<dataDir>/evidence/tmp/` while it is hashed, counted and its first bytes
// checked against the declared media type; only then is it moved into place with one rename (same file
// system), so a reader never sees half a file. The same bytes uploaded twice are stored once. A failed
// upload removes its temporary file; what a crash leaves in `tmp/` is swept at the next start.
import { createHash, randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { createReadStream, createWriteStream, type ReadStream } from 'node:fs';
import { mkdir, open, readdir, rename, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/** What may be uploaded: PDF, JPEG, PNG, MP4, MPEG audio and plain text. */
export const EVIDENCE_MEDIA_TYPES = [
  'application/pdf',
  'image/jpeg',
  'image/png',
  'video/mp4',
  'audio/mpeg',
  'text/plain',
] as const;
export type EvidenceMediaType = (typeof EVIDENCE_MEDIA_TYPES)[number];

export const isEvidenceMediaType = (value: string): value is EvidenceMediaType =>
  (EVIDENCE_MEDIA_TYPES as readonly string[]).includes(value);

const startsWith = (head: Buffer, bytes: readonly number[], offset = 0): boolean =>
  head.length >= offset + bytes.length && bytes.every((byte, index) => head[offset + index] === byte);
const ascii = (text: string): number[] => [...text].map((char) => char.charCodeAt(0));

/** Whether the first bytes of a file are what its declared media type says (its "magic number"). */
export function contentMatches(mediaType: EvidenceMediaType, head: Buffer, hasNul: boolean): boolean {
  switch (mediaType) {
    case 'application/pdf':
      return startsWith(head, ascii('%PDF-'));
    case 'image/jpeg':
      return startsWith(head, [0xff, 0xd8, 0xff]);
    case 'image/png':
      return startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    case 'video/mp4':
      return startsWith(head, ascii('ftyp'), 4);
    case 'audio/mpeg':
      return startsWith(head, ascii('ID3')) || (head[0] === 0xff && ((head[1] ?? 0) & 0xe0) === 0xe0);
    case 'text/plain':
      return !hasNul;
  }
}

/** An upload streamed to a temporary file, not yet in the store. */
export interface ReceivedFile {
  readonly tempPath: string;
  readonly sha256: string;
  readonly size: number;
  /** The stream hit the size limit: the file is incomplete. */
  readonly truncated: boolean;
  readonly contentMatches: boolean;
}

const SNIFF_BYTES = 16;

export class EvidenceStore {
  constructor(readonly root: string) {}

  pathOf(sha256: string): string {
    if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error(`not a SHA-256: ${sha256}`);
    return join(this.root, sha256.slice(0, 2), sha256);
  }

  /** Streams an upload into a temporary file, hashing and counting it; a busboy file stream may emit `limit`. */
  async receive(stream: Readable, mediaType: EvidenceMediaType): Promise<ReceivedFile> {
    const tempDir = join(this.root, 'tmp');
    await mkdir(tempDir, { recursive: true });
    const tempPath = join(tempDir, randomUUID());
    const hash = createHash('sha256');
    let size = 0;
    let head = Buffer.alloc(0);
    let hasNul = false;
    let truncated = false;
    stream.once('limit', () => {
      truncated = true;
    });
    const inspect = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        hash.update(chunk);
        size += chunk.length;
        if (head.length < SNIFF_BYTES) head = Buffer.concat([head, chunk]).subarray(0, SNIFF_BYTES);
        if (!hasNul && chunk.includes(0)) hasNul = true;
        done(null, chunk);
      },
    });
    // A stream that failed while the directory was made (a cut upload) opens no file at all.
    if (stream.destroyed) throw new Error('upload stream closed before it was received');
    const out = createWriteStream(tempPath, { flags: 'wx', mode: 0o600 });
    try {
      await pipeline(stream, inspect, out);
    } catch (error) {
      // The file may still be opening: removed only once its descriptor is closed, so nothing reappears.
      if (!out.closed) await once(out, 'close').catch(() => undefined);
      await rm(tempPath, { force: true });
      throw error;
    }
    return {
      tempPath,
      sha256: hash.digest('hex'),
      size,
      truncated,
      contentMatches: contentMatches(mediaType, head, hasNul),
    };
  }

  /** Moves a received file into the store (flushed to disk first); a file already there is kept. */
  async commit(file: ReceivedFile): Promise<string> {
    const target = this.pathOf(file.sha256);
    const handle = await open(file.tempPath, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (await this.has(file.sha256)) {
      await this.discard(file);
      return target;
    }
    await mkdir(dirname(target), { recursive: true });
    await rename(file.tempPath, target);
    return target;
  }

  async discard(file: Pick<ReceivedFile, 'tempPath'>): Promise<void> {
    await rm(file.tempPath, { force: true });
  }

  /**
   * Removes temporary files last written before `before`: uploads cut short by a crash or a kill. Live
   * uploads (of this or another instance sharing the directory) write at least every idle timeout, so the
   * caller picks `before` well behind that.
   */
  async sweepTemp(before: Date): Promise<number> {
    const tempDir = join(this.root, 'tmp');
    let names: string[];
    try {
      names = await readdir(tempDir);
    } catch {
      return 0;
    }
    let removed = 0;
    for (const name of names) {
      const path = join(tempDir, name);
      try {
        const info = await stat(path);
        if (!info.isFile() || info.mtime >= before) continue;
        await rm(path, { force: true });
        removed += 1;
      } catch {
        // Gone meanwhile (committed or discarded by its upload).
      }
    }
    return removed;
  }

  async has(sha256: string): Promise<boolean> {
    try {
      return (await stat(this.pathOf(sha256))).isFile();
    } catch {
      return false;
    }
  }

  read(sha256: string): ReadStream {
    return createReadStream(this.pathOf(sha256));
  }
}
