import type { LabelsOf } from '../labels/label.js';
import type { MemberRecordErrorCode } from '../member-record/validate-member-record.js';
import type {
  BodyDraftErrorCode,
  BodyImportRowErrorCode,
  BodySetupRefusalCode,
  DissolutionErrorCode,
} from './body-draft.js';

/** The codes the member import shares (REGION_LEVEL_MISMATCH, …) keep the import's labels. */
export const BODY_ERROR_LABELS = {
  BODY_NAME_REQUIRED: { id: 'Nama badan wajib diisi', en: 'The body needs a name' },
  TPS_NUMBER_REQUIRED: {
    id: 'KPPS dan Pantarlih dibentuk per TPS: nomor TPS wajib diisi',
    en: 'KPPS and Pantarlih are formed per TPS: give the TPS number',
  },
  REGION_OUTSIDE_COMMISSION: {
    id: 'Wilayah berada di luar kabupaten/kota KPU yang membentuk badan',
    en: 'The region lies outside the regency of the commission forming the body',
  },
  DISSOLUTION_REASON_REQUIRED: { id: 'Alasan pembubaran wajib diisi', en: 'Say why the body is dissolved' },
  DISSOLUTION_IN_FUTURE: {
    id: 'Tanggal pembubaran tidak boleh di masa depan',
    en: 'The dissolution date cannot be in the future',
  },
  DISSOLUTION_BEFORE_FORMATION: {
    id: 'Tanggal pembubaran tidak boleh sebelum badan dibentuk',
    en: 'The dissolution date cannot be before the body was formed',
  },
  BODY_HAS_ACTIVE_MEMBERS: {
    id: 'Badan masih memiliki anggota aktif: akhiri keanggotaan mereka terlebih dahulu',
    en: 'The body still has active members: end their memberships first',
  },
  BODY_EXISTS: {
    id: 'Sudah ada badan jenis ini untuk wilayah (dan TPS) tersebut: ubah atau bubarkan badan itu',
    en: 'A body of this type already serves this region (and TPS): rename or dissolve it instead',
  },
  NOT_A_REGENCY_COMMISSION: {
    id: 'Badan ad hoc dibentuk oleh KPU Kabupaten/Kota',
    en: 'Ad hoc bodies are formed by a KPU Kabupaten/Kota',
  },
  BODY_DISSOLVED: {
    id: 'Badan ini sudah dibubarkan dan tidak dapat diubah lagi',
    en: 'This body was dissolved and can no longer be changed',
  },
  UNKNOWN_REGION: {
    id: 'Kode wilayah ini tidak terdaftar',
    en: 'No region of this code is on record',
  },
  DUPLICATE_BODY_IN_FILE: {
    id: 'Badan dengan jenis, kode wilayah dan nomor TPS yang sama sudah ada pada baris sebelumnya',
    en: 'A body of the same type, region and TPS number is on an earlier line',
  },
} as const satisfies LabelsOf<
  | Exclude<BodyDraftErrorCode, MemberRecordErrorCode>
  | DissolutionErrorCode
  | BodySetupRefusalCode
  | BodyImportRowErrorCode
>;
