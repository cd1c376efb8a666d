import type { LabelsOf } from '../labels/label.js';
import type { ElectionDraftErrorCode, ElectionKind, ElectionRefusalCode } from './election.js';

export const ELECTION_KIND_LABELS = {
  general: { id: 'Pemilihan Umum', en: 'General election' },
  regional: {
    id: 'Pemilihan Gubernur, Bupati, dan Wali Kota',
    en: 'Regional head election',
  },
} as const satisfies LabelsOf<ElectionKind>;

export const ELECTION_ERROR_LABELS = {
  ELECTION_NAME_REQUIRED: { id: 'Nama pemilihan wajib diisi', en: 'The election needs a name' },
  INVALID_ELECTION_DATE: {
    id: 'Tanggal mulai dan selesai pemilihan harus berupa tanggal yang valid (TTTT-BB-HH)',
    en: 'The election’s start and end must be valid dates (YYYY-MM-DD)',
  },
  ELECTION_ENDS_BEFORE_START: {
    id: 'Tanggal selesai pemilihan tidak boleh sebelum tanggal mulainya',
    en: 'The election cannot end before it starts',
  },
  STAGE_NAME_REQUIRED: { id: 'Setiap tahapan wajib diberi nama', en: 'Every stage needs a name' },
  INVALID_STAGE_DATE: {
    id: 'Tanggal mulai dan selesai tahapan harus berupa tanggal yang valid (TTTT-BB-HH)',
    en: 'A stage’s start and end must be valid dates (YYYY-MM-DD)',
  },
  STAGE_ENDS_BEFORE_START: {
    id: 'Tanggal selesai tahapan tidak boleh sebelum tanggal mulainya',
    en: 'A stage cannot end before it starts',
  },
  STAGE_OUTSIDE_ELECTION: {
    id: 'Tahapan harus berada dalam rentang tanggal pemilihan',
    en: 'A stage must lie within the election’s dates',
  },
  UNKNOWN_ELECTION: { id: 'Pemilihan tidak ditemukan', en: 'No such election' },
  STAGE_NOT_IN_ELECTION: {
    id: 'Tahapan tersebut bukan bagian dari pemilihan yang dipilih',
    en: 'That stage does not belong to the chosen election',
  },
  STAGE_IN_USE: {
    id: 'Tahapan ini sudah dirujuk oleh perkara dan tidak dapat dihapus',
    en: 'A case refers to this stage: it cannot be removed',
  },
  TERM_ENDS_BEFORE_START: {
    id: 'Akhir masa kerja badan tidak boleh sebelum awalnya',
    en: 'The body’s term cannot end before it starts',
  },
} as const satisfies LabelsOf<ElectionDraftErrorCode | ElectionRefusalCode>;
