// A streaming CSV reader (RFC 4180 and what spreadsheets write), on csv-parse: `,` or `;` (detected from
// the header line), fields in double quotes with `""` for a quote and line breaks inside, CRLF, LF or CR
// line ends, UTF-8 with or without a BOM (invalid bytes refused here, before the parser). It holds one
// input chunk and one record at a time, never the file: csv-parse stops a record at `maxRecordChars`
// (`max_record_size`). Each record carries the physical line it starts on (1 = the first line of the
// file), which is what people see in an editor, and what an import's refused lines and resume point use.
import { CsvError, parse } from 'csv-parse';

const QUOTE = 0x22;
const COMMA = 0x2c;
const SEMICOLON = 0x3b;

export type CsvSeparator = ',' | ';';

export interface CsvRecord {
  readonly line: number;
  readonly fields: string[];
}

/**
 * A record that could not be read: its line, and why. After ROW_TOO_LONG nothing more is read: where the
 * over-long record ends cannot be told safely (an unclosed quote would take the rest of the file with it).
 */
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
  /**
   * Longest record kept (default 64 Ki): csv-parse's `max_record_size`, which counts the characters of
   * the fields read so far and the UTF-8 bytes of the field being read.
   */
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

/** Line breaks in a field's text (inside quotes): CRLF, LF or CR, as the parser splits records. */
const lineBreaks = (text: string): number => text.match(/\r\n|\r|\n/g)?.length ?? 0;

/**
 * Reads CSV records from a byte stream (a file read stream, an upload), yielding them in groups (one group
 * per input chunk). Blank lines, and lines of separators only, are skipped.
 */
export async function* readCsv(
  source: AsyncIterable<Buffer | string>,
  options: CsvOptions = {},
): AsyncGenerator<CsvItem[]> {
  const maxRecordChars = options.maxRecordChars ?? 64 * 1024;
  let out: CsvItem[] = [];
  /** The line the last record (kept or skipped) ended on, and the blank lines csv-parse had skipped then. */
  let lastLine = 0;
  let blankLines = 0;
  const nextLine = (blankLinesNow: number) => lastLine + 1 + (blankLinesNow - blankLines);

  const parser = (separator: CsvSeparator) => {
    const csv = parse({
      delimiter: separator,
      record_delimiter: ['\r\n', '\n', '\r'],
      // `ab"c` keeps its quote; text after a closing quote is kept with the quotes.
      relax_quotes: true,
      // The import reports a short row (MALFORMED_ROW), with its line.
      relax_column_count: true,
      skip_empty_lines: true,
      max_record_size: maxRecordChars,
      // Records are taken here, in order and at once, and none is pushed to the stream's readable side.
      on_record: (fields: string[], info) => {
        const line = nextLine(info.empty_lines);
        lastLine = line + fields.reduce((breaks, field) => breaks + lineBreaks(field), 0);
        blankLines = info.empty_lines;
        if (fields.some((value) => value !== '')) out.push({ line, fields });
        return null;
      },
    });
    csv.on('error', () => undefined); // reported through write() and end() below
    return csv;
  };
  type Parser = ReturnType<typeof parser>;

  /** The problem a csv-parse error is (at the line its record starts on), or the error again. */
  const problemOf = (error: unknown): CsvProblem => {
    if (error instanceof CsvError) {
      const line = nextLine(Number((error as unknown as { empty_lines?: number }).empty_lines ?? blankLines));
      if (error.code === 'CSV_MAX_RECORD_SIZE') return { line, problem: 'ROW_TOO_LONG' };
      if (error.code === 'CSV_QUOTE_NOT_CLOSED') return { line, problem: 'UNTERMINATED_QUOTE' };
    }
    throw error;
  };
  const write = (csv: Parser, text: string) =>
    new Promise<void>((resolve, reject) => {
      csv.write(text, (error) => (error ? reject(error) : resolve()));
    });
  const end = (csv: Parser) =>
    new Promise<void>((resolve, reject) => {
      csv.end((error?: Error | null) => (error ? reject(error) : resolve()));
    });

  let csv: Parser | undefined;
  /** The text before the first line break, kept until the separator can be chosen. */
  let pending = '';
  try {
    for await (const text of decode(source)) {
      if (!csv) {
        pending += text;
        const lineEnd = pending.search(/[\r\n]/);
        if (lineEnd === -1 && pending.length < maxRecordChars) continue;
        csv = parser(detectSeparator(lineEnd === -1 ? pending : pending.slice(0, lineEnd)));
        await write(csv, pending);
        pending = '';
      } else {
        await write(csv, text);
      }
      if (out.length > 0) {
        yield out;
        out = [];
      }
    }
    csv ??= parser(detectSeparator(pending));
    if (pending !== '') await write(csv, pending);
    await end(csv);
  } catch (error) {
    if (error instanceof CsvEncodingError) throw error;
    out.push(problemOf(error));
  } finally {
    csv?.destroy();
  }
  if (out.length > 0) yield out;
}
