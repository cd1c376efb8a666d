// Text the databases can store as it was sent: no NUL (PostgreSQL text and jsonb refuse it, SQLite
// statements end at it) and no lone UTF-16 surrogate (JSON.parse of "\ud800" makes one; PostgreSQL's jsonb
// refuses its escape, and a text column would get U+FFFD instead). Checked at every edge: GraphQL
// arguments, form fields, file names, CSV cells.

// A high surrogate not followed by a low one, or a low one not preceded by a high one (code units, no `u`).
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** The text with every NUL and lone surrogate replaced by U+FFFD (repairing what was stored before). */
export const toWellFormedText = (text: string): string =>
  text.replace(new RegExp(`\u0000|${LONE_SURROGATE.source}`, 'g'), '\ufffd');

/** Why a text cannot be stored as sent (the `reason` of INVALID_INPUT), or undefined when it can. */
export type IllFormedReason = 'nulCharacter' | 'loneSurrogate';

export function illFormedReason(text: string): IllFormedReason | undefined {
  if (text.includes('\u0000')) return 'nulCharacter';
  if (LONE_SURROGATE.test(text)) return 'loneSurrogate';
  return undefined;
}

/** The message an INVALID_INPUT for ill-formed text carries. */
export const illFormedMessage = (field: string): string =>
  `${field} holds characters that are not text (a NUL or a lone UTF-16 surrogate).`;
