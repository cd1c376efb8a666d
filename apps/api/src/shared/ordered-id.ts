// UUIDv7 ids (RFC 9562): 48 bits of Unix milliseconds, a 12-bit counter, then random bits. Rows written in
// a burst get ascending ids, so their primary-key index grows at its right edge. With random (v4) ids each
// row of a member import batch landed on a different leaf page of the person and membership keys, and every
// batch's commit rewrote about one index page per row (on PostgreSQL also as full-page images in the WAL).
import { randomFillSync } from 'node:crypto';

let lastMs = 0;
let counter = 0;
const random = Buffer.alloc(8);

/** A new id that sorts after every id this process made before (the clock going back included). */
export function orderedId(nowMs: number = Date.now()): string {
  if (nowMs > lastMs) {
    lastMs = nowMs;
    counter = 0;
  } else if (++counter > 0xfff) {
    // More than 4,096 ids in one millisecond: borrow the next one, staying in order.
    lastMs += 1;
    counter = 0;
  }
  randomFillSync(random);
  const bytes = Buffer.alloc(16);
  bytes.writeUIntBE(lastMs, 0, 6);
  bytes[6] = 0x70 | (counter >> 8);
  bytes[7] = counter & 0xff;
  bytes[8] = 0x80 | (random[0]! & 0x3f);
  random.copy(bytes, 9, 1, 8);
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
