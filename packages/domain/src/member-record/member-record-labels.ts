import type { LabelsOf } from '../labels/label.js';
import type { Sex } from './member-record.js';
import type { MemberRecordErrorCode } from './validate-member-record.js';

export const SEX_LABELS = {
  male: { id: 'Laki-laki', en: 'Male' },
  female: { id: 'Perempuan', en: 'Female' },
} as const satisfies LabelsOf<Sex>;

export const MEMBER_RECORD_ERROR_LABELS = {
  VALUE_MISSING: { id: 'Nilai wajib belum diisi', en: 'A required value is missing' },
  VALUE_TOO_LONG: { id: 'Nilai terlalu panjang', en: 'The value is too long' },
  INVALID_CHARACTER: {
    id: 'Nilai mengandung karakter kendali yang tidak diperbolehkan',
    en: 'The value contains a control character',
  },
  INVALID_NIK: {
    id: 'NIK tidak valid: harus 16 angka dengan kode provinsi, tanggal lahir dan nomor urut yang benar',
    en: 'Invalid NIK: 16 digits with a valid province code, birth date and serial',
  },
  INVALID_SEX: { id: 'Jenis kelamin harus L atau P', en: 'Sex must be L or P' },
  INVALID_DATE: {
    id: 'Tanggal tidak valid (gunakan YYYY-MM-DD atau DD-MM-YYYY)',
    en: 'Invalid date (use YYYY-MM-DD or DD-MM-YYYY)',
  },
  INVALID_PHONE: { id: 'Nomor HP tidak valid', en: 'Invalid phone number' },
  INVALID_EMAIL: { id: 'Alamat e-mail tidak valid', en: 'Invalid e-mail address' },
  UNKNOWN_BODY_TYPE: {
    id: 'Jenis badan tidak dikenal (PPK, PPS, KPPS atau PANTARLIH)',
    en: 'Unknown body type (PPK, PPS, KPPS or PANTARLIH)',
  },
  INVALID_REGION_CODE: {
    id: 'Kode wilayah Kemendagri tidak valid',
    en: 'Invalid Kemendagri region code',
  },
  REGION_LEVEL_MISMATCH: {
    id: 'Tingkat wilayah tidak sesuai jenis badan: PPK untuk kecamatan, PPS/KPPS/Pantarlih untuk desa/kelurahan',
    en: 'The region level does not fit the body: PPK for a district, PPS/KPPS/Pantarlih for a village',
  },
  INVALID_TPS_NUMBER: { id: 'Nomor TPS tidak valid', en: 'Invalid polling station (TPS) number' },
  TPS_NUMBER_UNEXPECTED: {
    id: 'Nomor TPS hanya diisi untuk KPPS dan Pantarlih',
    en: 'A TPS number is given only for KPPS and Pantarlih',
  },
  UNKNOWN_POSITION: {
    id: 'Jabatan tidak dikenal (KETUA, ANGGOTA, SEKRETARIS atau STAF)',
    en: 'Unknown position (KETUA, ANGGOTA, SEKRETARIS or STAF)',
  },
  UNKNOWN_MEMBER_STATUS: { id: 'Status keanggotaan tidak dikenal', en: 'Unknown membership status' },
  STATUS_NOT_IMPORTABLE: {
    id: 'Status ini tidak dapat diimpor: hanya CALON dan AKTIF; pemberhentian diputus melalui perkara',
    en: 'This status cannot be imported: only CALON and AKTIF; dismissals are decided through cases',
  },
  INVALID_SELECTION_RANK: {
    id: 'Peringkat seleksi harus bilangan bulat positif',
    en: 'The selection rank must be a positive whole number',
  },
} as const satisfies LabelsOf<MemberRecordErrorCode>;

/** Problems of a row that only the importer can see: the file's shape, the file as a whole, the database. */
export const MEMBER_IMPORT_ROW_ERROR_CODES = [
  'MALFORMED_ROW',
  'ROW_TOO_LONG',
  'UNTERMINATED_QUOTE',
  'DUPLICATE_IN_FILE',
  'UNKNOWN_BODY',
  'BODY_OUTSIDE_COMMISSION',
  'MEMBERSHIP_STATUS_CONFLICT',
  'MEMBERSHIP_POSITION_CONFLICT',
] as const;
export type MemberImportRowErrorCode = (typeof MEMBER_IMPORT_ROW_ERROR_CODES)[number];

export const MEMBER_IMPORT_ROW_ERROR_LABELS = {
  MALFORMED_ROW: {
    id: 'Jumlah kolom baris tidak sama dengan jumlah kolom judul',
    en: 'The row does not have as many columns as the header',
  },
  ROW_TOO_LONG: { id: 'Baris terlalu panjang', en: 'The row is too long' },
  UNTERMINATED_QUOTE: {
    id: 'Tanda kutip tidak ditutup sampai akhir berkas',
    en: 'A quoted value is not closed before the end of the file',
  },
  DUPLICATE_IN_FILE: {
    id: 'NIK yang sama untuk badan yang sama sudah ada pada baris sebelumnya',
    en: 'The same NIK for the same body is on an earlier line',
  },
  UNKNOWN_BODY: {
    id: 'Badan ad hoc dengan jenis, kode wilayah dan nomor TPS ini tidak terdaftar',
    en: 'No ad hoc body of this type, region and TPS number is on record',
  },
  BODY_OUTSIDE_COMMISSION: {
    id: 'Badan ad hoc ini tidak dibentuk oleh KPU/KIP Kabupaten/Kota impor ini',
    en: "The body was not formed by this import's regency commission",
  },
  MEMBERSHIP_STATUS_CONFLICT: {
    id: 'Status di berkas bertentangan dengan status yang tercatat (mis. anggota sudah diberhentikan)',
    en: 'The status in the file contradicts the recorded one (e.g. the member has been dismissed)',
  },
  MEMBERSHIP_POSITION_CONFLICT: {
    id: 'Jabatan ketua tidak dapat dipulihkan oleh impor setelah pemberhentian dari jabatan ketua',
    en: 'An import cannot restore the chair after a removal from the chair',
  },
} as const satisfies LabelsOf<MemberImportRowErrorCode>;
