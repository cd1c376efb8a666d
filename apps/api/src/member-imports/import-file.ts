// An import CSV (members or bodies) on its way in: streamed into the store's temporary area while hashed and counted (the
// evidence store's `receive`), then read once more as CSV to check its encoding and header and to count its
// rows, so a file the import could not read is refused at upload rather than failing later.
import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { EvidenceStore, type ReceivedFile } from '../evidence/evidence-store.js';
import { CsvEncodingError, isProblem, readCsv } from './csv.js';
import { BODY_CSV_COLUMNS, readBodyHeader } from './body-csv.js';
import type { HeaderProblem } from './csv-header.js';
import type { ImportKind } from './member-import.entity.js';
import { MEMBER_CSV_COLUMNS, readHeader } from './member-csv.js';

/** The header check of each kind of import file. */
const HEADER_READERS = { members: readHeader, bodies: readBodyHeader } as const;

/** The columns a file of each kind has, as a refused upload lists them. */
export const IMPORT_COLUMNS: { readonly [K in ImportKind]: readonly string[] } = {
  members: MEMBER_CSV_COLUMNS.map((column) => column.column),
  bodies: BODY_CSV_COLUMNS.map((column) => column.column),
};

/** Media types browsers and spreadsheets send for a .csv file (Windows with Excel: application/vnd.ms-excel). */
export const IMPORT_MEDIA_TYPES = [
  'text/csv',
  'application/csv',
  'text/plain',
  'application/vnd.ms-excel',
] as const;

export const isImportMediaType = (mediaType: string, fileName: string): boolean =>
  (IMPORT_MEDIA_TYPES as readonly string[]).includes(mediaType) ||
  // A browser that knows no type for the extension sends octet-stream.
  (mediaType === 'application/octet-stream' && /\.csv$/i.test(fileName));

/** The content-addressed store of import files: `<dataDir>/member-imports/<2 hex>/<sha256>`. */
export const importFileStore = (root: string): EvidenceStore => new EvidenceStore(root);

export const receiveImportFile = (store: EvidenceStore, stream: Readable): Promise<ReceivedFile> =>
  // "text/plain" makes the store refuse NUL bytes (a spreadsheet's binary format, UTF-16).
  store.receive(stream, 'text/plain');

export type FileInspection =
  | {
      readonly ok: true;
      readonly totalRows: number;
      readonly ignoredColumns: readonly string[];
    }
  | { readonly ok: false; readonly reason: 'NOT_UTF8' | 'NO_ROWS' | 'NO_HEADER' }
  | { readonly ok: false; readonly reason: HeaderProblem['reason']; readonly problem: HeaderProblem };

/** Reads a CSV file through once: is it UTF-8, does its header name the kind's columns, how many data rows. */
export async function inspectImportFile(path: string, kind: ImportKind = 'members'): Promise<FileInspection> {
  let header: string[] | undefined;
  let rows = 0;
  try {
    for await (const group of readCsv(createReadStream(path))) {
      for (const item of group) {
        if (header) {
          rows += 1;
          continue;
        }
        if (isProblem(item)) return { ok: false, reason: 'NO_HEADER' };
        header = item.fields;
      }
    }
  } catch (error) {
    if (error instanceof CsvEncodingError) return { ok: false, reason: 'NOT_UTF8' };
    throw error;
  }
  if (!header) return { ok: false, reason: 'NO_HEADER' };
  const read = HEADER_READERS[kind](header);
  if ('problem' in read) return { ok: false, reason: read.problem.reason, problem: read.problem };
  if (rows === 0) return { ok: false, reason: 'NO_ROWS' };
  return { ok: true, totalRows: rows, ignoredColumns: read.header.ignored };
}
