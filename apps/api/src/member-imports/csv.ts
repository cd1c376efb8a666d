// A streaming CSV reader (RFC 4180 and what spreadsheets write): `,` or `;` (detected from the header
// line), fields in double quotes with `""` for a quote and line breaks inside, CRLF, LF or CR line ends,
// UTF-8 with or without a BOM. It holds one input chunk and one record at a time, never the file: a record
// longer than `maxRecordChars` is reported and skipped, not buffered. Each record carries the physical line
// it starts on (1 = the first line of the file), which is what people see in an editor.

const QUOTE = 0x22;
const CR = 0x0d;
const LF = 0x0a;
const COMMA = 0x2c;
const SEMICOLON = 0x3b;

export type CsvSeparator = ',' | ';';

export interface CsvRecord {
  readonly line: number;
  readonly fields: string[];
}

/** A record that could not be read: its line, and why. */
export interface CsvProblem {
  readonly line: number;
  readonly problem: 'ROW_TOO_LONG' | 'UNTERMINATED_QUOTE';
}

export type CsvItem = CsvRecord | CsvProblem;

export const isProblem = (item: CsvItem): item is CsvProblem => 'problem' in item;

/** The bytes are not UTF-8 (e.g. a spreadsheet saved as Windows-1252). */
export class CsvEncodingError extends Error {
  override readonly name = 'CsvEncodingError';
  constructor(readonly line: number) {
    super(`The file is not UTF-8 text (near line ${line}).`);
  }
}

export interface CsvOptions {
  /** Detected from the first line when not given: whichever of `;` and `,` it has more of outside quotes. */
  readonly separator?: CsvSeparator;
  /** Longest record kept, in characters (default 64 Ki). */
  readonly maxRecordChars?: number;
}

/** The separator the first line uses most outside quotes (`,` on a tie). */
export function detectSeparator(firstLine: string): CsvSeparator {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (let index = 0; index < firstLine.length; index += 1) {
    const code = firstLine.charCodeAt(index);
    if (code === QUOTE) quoted = !quoted;
    else if (!quoted && code === COMMA) commas += 1;
    else if (!quoted && code === SEMICOLON) semicolons += 1;
  }
  return semicolons > commas ? ';' : ',';
}

/** Decodes chunks as UTF-8 (a BOM is dropped), throwing CsvEncodingError on invalid bytes. */
async function* decode(source: AsyncIterable<Buffer | string>): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let lines = 1;
  for await (const chunk of source) {
    if (typeof chunk === 'string') {
      yield chunk;
      continue;
    }
    let text: string;
    try {
      text = decoder.decode(chunk, { stream: true });
    } catch {
      throw new CsvEncodingError(lines);
    }
    for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) lines += 1;
    if (text !== '') yield text;
  }
  let rest: string;
  try {
    rest = decoder.decode();
  } catch {
    throw new CsvEncodingError(lines);
  }
  if (rest !== '') yield rest;
}

/**
 * Reads CSV records from a byte stream (a file read stream, an upload), yielding them in groups (one group
 * per input chunk). Blank lines, and lines of separators only, are skipped.
 */
export async function* readCsv(
  source: AsyncIterable<Buffer | string>,
  options: CsvOptions = {},
): AsyncGenerator<CsvItem[]> {
  const maxRecordChars = options.maxRecordChars ?? 64 * 1024;
  let separator = options.separator === undefined ? -1 : options.separator.charCodeAt(0);
  let pending = '';

  let line = 1;
  let recordLine = 1;
  let fields: string[] = [];
  let field = '';
  let fieldBegins = true;
  let inQuotes = false;
  /** Inside quotes, the last character was a quote: a closing one, or the first of `""`. */
  let afterQuote = false;
  let previousCR = false;
  let recordChars = 0;
  let tooLong = false;
  let out: CsvItem[] = [];

  const keep = (piece: string) => {
    if (tooLong) return;
    recordChars += piece.length;
    if (recordChars > maxRecordChars) {
      tooLong = true;
      fields = [];
      field = '';
      return;
    }
    field += piece;
  };
  const endField = () => {
    if (!tooLong) fields.push(field);
    field = '';
    fieldBegins = true;
  };
  const endRecord = () => {
    endField();
    if (tooLong) out.push({ line: recordLine, problem: 'ROW_TOO_LONG' });
    else if (fields.some((value) => value !== '')) out.push({ line: recordLine, fields });
    fields = [];
    recordChars = 0;
    tooLong = false;
  };

  const scan = (text: string) => {
    let start = 0;
    for (let index = 0; index < text.length; index += 1) {
      const code = text.charCodeAt(index);
      if (inQuotes) {
        if (afterQuote) {
          afterQuote = false;
          if (code === QUOTE) {
            // `""`: one quote, which the next slice starts with.
            start = index;
            continue;
          }
          inQuotes = false; // that was the closing quote; this character is outside the quotes
        } else {
          if (code === QUOTE) {
            keep(text.slice(start, index));
            start = index + 1;
            afterQuote = true;
          } else if (code === CR) {
            line += 1;
            previousCR = true;
            continue;
          } else if (code === LF) {
            if (!previousCR) line += 1;
          }
          previousCR = false;
          continue;
        }
      }
      if (code === separator) {
        keep(text.slice(start, index));
        endField();
        start = index + 1;
        previousCR = false;
      } else if (code === CR || code === LF) {
        if (code === LF && previousCR) {
          // The LF of a CRLF: the CR ended the record already.
          previousCR = false;
          start = index + 1;
          continue;
        }
        keep(text.slice(start, index));
        endRecord();
        line += 1;
        recordLine = line;
        start = index + 1;
        previousCR = code === CR;
      } else {
        previousCR = false;
        if (code === QUOTE && fieldBegins && start === index) {
          inQuotes = true;
          start = index + 1;
        }
        fieldBegins = false;
      }
    }
    if (start < text.length) keep(text.slice(start));
  };

  for await (const text of decode(source)) {
    if (separator === -1) {
      // Wait for the whole first line (or enough of it) to choose the separator.
      pending += text;
      const end = pending.search(/[\r\n]/);
      if (end === -1 && pending.length < maxRecordChars) continue;
      separator = detectSeparator(end === -1 ? pending : pending.slice(0, end)).charCodeAt(0);
      scan(pending);
      pending = '';
    } else {
      scan(text);
    }
    if (out.length > 0) {
      yield out;
      out = [];
    }
  }
  if (separator === -1) {
    separator = detectSeparator(pending).charCodeAt(0);
    scan(pending);
  }
  if (inQuotes && !afterQuote) {
    out.push({ line: recordLine, problem: 'UNTERMINATED_QUOTE' });
  } else if (fields.length > 0 || field !== '' || tooLong) {
    endRecord();
  }
  if (out.length > 0) yield out;
}
