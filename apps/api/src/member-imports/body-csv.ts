// The CSV of a body import: one ad hoc body per row, named by its type, region and TPS number as the member
// CSV names them (the same columns and spellings), with the body's name (forming a body needs one, as
// createAdhocBody does). The checks a row gets without the database; the region's level and regency, and
// the body already serving the spot, are the batch's (body-import.batch.ts).
import { dottedRegionCode, MEMBER_RECORD_MAX_LENGTHS, SIAKBA_BODY_TYPES, type BodyType } from '@etik/domain';
import { illFormedReason } from '../shared/well-formed-text.js';
import { isProblem, type CsvItem } from './csv.js';
import { cellsOf, readCsvHeader, type CsvHeader } from './csv-header.js';
import { rowError, type RowError } from './member-import.batch.js';

export const BODY_CSV_COLUMNS = [
  { column: 'jenis_badan', field: 'bodyType', required: true },
  { column: 'kode_wilayah', field: 'regionCode', required: true },
  { column: 'nomor_tps', field: 'tpsNumber', required: false },
  { column: 'nama', field: 'name', required: true },
  // The election the body is formed for (its name or id in Etik); its term is the election's dates.
  { column: 'kode_pemilu', field: 'electionId', required: false },
] as const;

type BodyCsvField = (typeof BODY_CSV_COLUMNS)[number]['field'];
type BodyCsvColumn = (typeof BODY_CSV_COLUMNS)[number]['column'];
export type BodyCsvHeader = CsvHeader<BodyCsvField>;

/** Other spellings exports use for the same columns (the member CSV's, and the body's own name). */
const ALIASES: Readonly<Record<string, BodyCsvColumn>> = {
  kode_kemendagri: 'kode_wilayah',
  no_tps: 'nomor_tps',
  tps: 'nomor_tps',
  nama_badan: 'nama',
  pemilu: 'kode_pemilu',
  id_pemilu: 'kode_pemilu',
};

export const readBodyHeader = (names: readonly string[]) => readCsvHeader(BODY_CSV_COLUMNS, ALIASES, names);

/** A row that passed the checks needing no database. */
export interface BodyLine {
  readonly line: number;
  readonly type: BodyType;
  readonly regionCode: string;
  readonly tpsNumber?: number;
  /** Trimmed, inner whitespace collapsed; may be empty (the draft check refuses it with its code). */
  readonly name: string;
  /** The election the body is formed for (its name or id), when the file names one. */
  readonly electionId?: string;
}

/** Where a body serves: one body of a type per region (and TPS) at a time. */
export const spotOfLine = (line: Pick<BodyLine, 'type' | 'regionCode' | 'tpsNumber'>): string =>
  `${line.type}|${line.regionCode}|${line.tpsNumber ?? ''}`;

const NAME_MAX_LENGTH = MEMBER_RECORD_MAX_LENGTHS.name!;

/**
 * The checks of a body row without the database, in file order: the file's shape, ill-formed text, the
 * type, the region code's shape, the TPS number's shape, the name's length, and a spot named twice.
 */
export function checkBodyRow(
  header: BodyCsvHeader,
  item: CsvItem,
  seen: ReadonlyMap<string, number>,
): { good: BodyLine; key: string } | { errors: RowError[] } {
  const error = (code: string, field: string | null, detail = ''): RowError =>
    rowError(item.line, code, field, detail);
  if (isProblem(item)) return { errors: [error(item.problem, null)] };
  const cells = cellsOf(header, item.fields);
  if (!cells) {
    return { errors: [error('MALFORMED_ROW', null, ` (${item.fields.length} of ${header.width} columns)`)] };
  }
  for (const { column, field } of BODY_CSV_COLUMNS) {
    const reason = illFormedReason(cells[field] ?? '');
    if (reason) return { errors: [error('INVALID_INPUT', column, ` (${reason})`)] };
  }
  const errors: RowError[] = [];
  /** The trimmed value, inner whitespace collapsed; undefined when blank or refused. */
  const text = (field: BodyCsvField, column: BodyCsvColumn): string | undefined => {
    const raw = cells[field] ?? '';
    // Tabs and line breaks are whitespace; other control characters never belong in a record.
    // eslint-disable-next-line no-control-regex -- matching control characters is the point
    if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(raw)) {
      errors.push(error('INVALID_CHARACTER', column));
      return undefined;
    }
    const value = raw.trim().replace(/\s+/g, ' ');
    return value === '' ? undefined : value;
  };

  const typeText = text('bodyType', 'jenis_badan');
  const type = typeText === undefined ? undefined : SIAKBA_BODY_TYPES[typeText.toUpperCase()];
  if (typeText === undefined) {
    if (!errors.some((problem) => problem.field === 'jenis_badan'))
      errors.push(error('VALUE_MISSING', 'jenis_badan'));
  } else if (type === undefined) errors.push(error('UNKNOWN_BODY_TYPE', 'jenis_badan'));

  const regionText = text('regionCode', 'kode_wilayah');
  const regionCode = regionText === undefined ? undefined : dottedRegionCode(regionText);
  if (regionText === undefined) {
    if (!errors.some((problem) => problem.field === 'kode_wilayah'))
      errors.push(error('VALUE_MISSING', 'kode_wilayah'));
  } else if (regionCode === undefined) errors.push(error('INVALID_REGION_CODE', 'kode_wilayah'));

  const tpsText = text('tpsNumber', 'nomor_tps');
  const tpsNumber = tpsText !== undefined && /^\d{1,4}$/.test(tpsText) ? Number(tpsText) : undefined;
  if (tpsText !== undefined && tpsNumber === undefined) errors.push(error('INVALID_TPS_NUMBER', 'nomor_tps'));

  const name = text('name', 'nama') ?? '';
  if (name.length > NAME_MAX_LENGTH) errors.push(error('VALUE_TOO_LONG', 'nama'));

  const electionId = text('electionId', 'kode_pemilu');

  if (errors.length > 0 || type === undefined || regionCode === undefined) return { errors };
  const good: BodyLine = {
    line: item.line,
    type,
    regionCode,
    ...(tpsNumber === undefined ? {} : { tpsNumber }),
    name,
    ...(electionId === undefined ? {} : { electionId }),
  };
  const key = spotOfLine(good);
  const first = seen.get(key);
  if (first !== undefined)
    return { errors: [error('DUPLICATE_BODY_IN_FILE', 'kode_wilayah', ` (line ${first})`)] };
  return { good, key };
}
