import { describe, expect, it } from 'vitest';
import { MEMBER_CSV_COLUMNS, readHeader, type MemberCsvHeader } from './member-csv.js';
import { checkRow } from './member-import.worker.js';

const header = (readHeader(MEMBER_CSV_COLUMNS.map((entry) => entry.column)) as { header: MemberCsvHeader })
  .header;

const row: Record<string, string> = {
  nik: '3526014508900003',
  nama: 'Siti Aminah',
  jenis_kelamin: 'P',
  tempat_lahir: 'Bangkalan',
  tanggal_lahir: '05-08-1990',
  alamat: 'Dusun Krajan RT 1/RW 2',
  no_hp: '081200000003',
  email: 'siti@contoh.id',
  jenis_badan: 'PPK',
  kode_wilayah: '35.26.01',
  nomor_tps: '',
  jabatan: 'ANGGOTA',
  status: 'AKTIF',
  peringkat: '12',
  no_sk: '3/PP.04.1-Kpt/3526/2024',
  tanggal_sk: '2024-01-25',
};
const fields = (overrides: Record<string, string> = {}) =>
  MEMBER_CSV_COLUMNS.map(({ column }) => ({ ...row, ...overrides })[column] ?? '');

describe('checking a member CSV row', () => {
  it('takes a well-formed row, emoji and all', () => {
    expect(checkRow(header, { line: 2, fields: fields({ alamat: 'Dusun 😀' }) }, new Map())).toHaveProperty(
      'good',
    );
  });

  it.each([
    ['nama', 'Siti \ud800Aminah', 'loneSurrogate'],
    ['alamat', 'Dusun \udc00', 'loneSurrogate'],
    ['no_sk', '3/\u0000', 'nulCharacter'],
  ])('refuses the line when the %s cell is not well-formed text', (column, value, reason) => {
    expect(checkRow(header, { line: 5, fields: fields({ [column]: value }) }, new Map())).toEqual({
      errors: [{ line: 5, code: 'INVALID_INPUT', field: column, message: `Invalid input. (${reason})` }],
    });
  });
});
