// The CSV shape of a member export (as SIAKBA would give it): a header row of Indonesian column names,
// one member per row. Which column feeds which field of the domain's member record, and the header check.
import type { MemberRecordField, MemberRecordInput } from '@etik/domain';
import { illFormedReason, type IllFormedReason } from '../shared/well-formed-text.js';
import { cellsOf, readCsvHeader, type CsvHeader, type HeaderProblem } from './csv-header.js';

/** The columns, in the order an export template lists them, with the record field each one fills. */
export const MEMBER_CSV_COLUMNS = [
  { column: 'nik', field: 'nik', required: true },
  { column: 'nama', field: 'name', required: true },
  { column: 'jenis_kelamin', field: 'sex', required: false },
  { column: 'tempat_lahir', field: 'birthPlace', required: false },
  { column: 'tanggal_lahir', field: 'birthDate', required: false },
  { column: 'alamat', field: 'address', required: false },
  { column: 'no_hp', field: 'phone', required: false },
  { column: 'email', field: 'email', required: false },
  { column: 'jenis_badan', field: 'bodyType', required: true },
  { column: 'kode_wilayah', field: 'regionCode', required: true },
  { column: 'nomor_tps', field: 'tpsNumber', required: false },
  { column: 'jabatan', field: 'position', required: true },
  { column: 'status', field: 'status', required: true },
  { column: 'peringkat', field: 'selectionRank', required: false },
  { column: 'no_sk', field: 'decreeNumber', required: false },
  { column: 'tanggal_sk', field: 'decreeDate', required: false },
] as const satisfies readonly { column: string; field: MemberRecordField; required: boolean }[];

export type MemberCsvColumn = (typeof MEMBER_CSV_COLUMNS)[number]['column'];

/** Other spellings exports use for the same columns. */
const ALIASES: Readonly<Record<string, MemberCsvColumn>> = {
  nama_lengkap: 'nama',
  nomor_hp: 'no_hp',
  no_telepon: 'no_hp',
  telepon: 'no_hp',
  e_mail: 'email',
  kode_kemendagri: 'kode_wilayah',
  no_tps: 'nomor_tps',
  tps: 'nomor_tps',
  nomor_sk: 'no_sk',
  status_keanggotaan: 'status',
  peringkat_seleksi: 'peringkat',
};

const COLUMN_OF_FIELD = new Map<MemberRecordField, MemberCsvColumn>(
  MEMBER_CSV_COLUMNS.map(({ column, field }) => [field, column]),
);

/** The CSV column a record field comes from (what an error report names). */
export const columnOf = (field: MemberRecordField): MemberCsvColumn => COLUMN_OF_FIELD.get(field)!;

export type MemberCsvHeader = CsvHeader<MemberRecordField>;
export type { HeaderProblem };

/** Reads the header row: where each known column is, or what is wrong with it. */
export const readHeader = (names: readonly string[]) => readCsvHeader(MEMBER_CSV_COLUMNS, ALIASES, names);

/**
 * The record a row gives, or undefined when the row has fewer fields than the header (or more, unless the
 * extra ones are empty: a trailing separator).
 */
export const recordOf = (header: MemberCsvHeader, fields: readonly string[]): MemberRecordInput | undefined =>
  cellsOf(header, fields) as MemberRecordInput | undefined;

/**
 * The first cell of a row's record that is not well-formed text (a NUL or a lone UTF-16 surrogate), with
 * why: the line is refused rather than stored with U+FFFD in its place, whatever decoded the file.
 */
export function illFormedCell(
  record: MemberRecordInput,
): { readonly column: MemberCsvColumn; readonly reason: IllFormedReason } | undefined {
  for (const { column, field } of MEMBER_CSV_COLUMNS) {
    const value: unknown = (record as Partial<Record<MemberRecordField, unknown>>)[field];
    const reason = typeof value === 'string' ? illFormedReason(value) : undefined;
    if (reason) return { column, reason };
  }
  return undefined;
}
