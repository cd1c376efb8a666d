// Labels of the case's records: the record actions, their codes, and their messages (errors, allegation
// problems, guidance). Every code of every list has both locales (labels.test.ts).
import type { AllegationProblemCode } from '../case-records/allegation.js';
import type { AllegationGuidanceCode } from '../case-records/allegation-guidance.js';
import type { RECORD_ERROR_CODES, RecordType } from '../case-records/record-error.js';
import type {
  AttendanceStatus,
  ExternalForum,
  ExternalProceedingKind,
  ExternalProceedingStatus,
  RecordActionType,
  SessionKind,
  SummonsMethod,
} from '../vocabulary/codes.js';
import type { LabelsOf } from './label.js';

export const RECORD_ACTION_LABELS = {
  addAllegation: { id: 'Tambah dugaan pelanggaran', en: 'Add allegation' },
  updateAllegation: { id: 'Ubah dugaan pelanggaran', en: 'Edit allegation' },
  removeAllegation: { id: 'Hapus dugaan pelanggaran', en: 'Remove allegation' },
  recordAllegationFinding: { id: 'Catat hasil atas dugaan', en: 'Record finding' },
  scheduleSession: { id: 'Jadwalkan sidang', en: 'Schedule session' },
  recordSummons: { id: 'Catat panggilan', en: 'Record summons' },
  recordAttendance: { id: 'Catat kehadiran', en: 'Record attendance' },
  recordSessionMinutes: { id: 'Catat berita acara', en: 'Record minutes' },
  recordExternalProceeding: { id: 'Catat perkara di lembaga lain', en: 'Record external proceeding' },
  updateExternalProceeding: { id: 'Perbarui perkara di lembaga lain', en: 'Update external proceeding' },
} as const satisfies LabelsOf<RecordActionType>;

export const RECORD_TYPE_LABELS = {
  allegation: { id: 'Dugaan pelanggaran', en: 'Allegation' },
  session: { id: 'Sidang', en: 'Session' },
  externalProceeding: { id: 'Perkara di lembaga lain', en: 'External proceeding' },
} as const satisfies LabelsOf<RecordType>;

export const SESSION_KIND_LABELS = {
  clarification: { id: 'Klarifikasi', en: 'Clarification' },
  examination: { id: 'Pemeriksaan', en: 'Examination' },
} as const satisfies LabelsOf<SessionKind>;

export const SUMMONS_METHOD_LABELS = {
  letter: { id: 'Surat tercatat', en: 'Registered letter' },
  handDelivery: { id: 'Diantar langsung', en: 'Delivered by hand' },
  electronicMail: { id: 'Surat elektronik', en: 'E-mail' },
  messaging: { id: 'Pesan singkat/WhatsApp', en: 'Text message' },
  telephone: { id: 'Telepon', en: 'Telephone' },
} as const satisfies LabelsOf<SummonsMethod>;

export const ATTENDANCE_STATUS_LABELS = {
  present: { id: 'Hadir', en: 'Present' },
  absent: { id: 'Tidak hadir', en: 'Absent' },
  represented: { id: 'Diwakili kuasa', en: 'Represented' },
} as const satisfies LabelsOf<AttendanceStatus>;

export const EXTERNAL_FORUM_LABELS = {
  dkpp: { id: 'DKPP', en: 'DKPP (Election Organisers Ethics Council)' },
  ptun: { id: 'PTUN', en: 'PTUN (State Administrative Court)' },
  bawaslu: { id: 'Bawaslu', en: 'Bawaslu (Election Supervisory Body)' },
  gakkumdu: { id: 'Sentra Gakkumdu', en: 'Gakkumdu (integrated election law enforcement)' },
} as const satisfies LabelsOf<ExternalForum>;

export const EXTERNAL_PROCEEDING_KIND_LABELS = {
  referral: { id: 'Pelimpahan', en: 'Referral' },
  proceeding: { id: 'Perkara', en: 'Proceeding' },
} as const satisfies LabelsOf<ExternalProceedingKind>;

export const EXTERNAL_PROCEEDING_STATUS_LABELS = {
  filed: { id: 'Diajukan', en: 'Filed' },
  inProgress: { id: 'Dalam proses', en: 'In progress' },
  decided: { id: 'Diputus', en: 'Decided' },
  withdrawn: { id: 'Dicabut', en: 'Withdrawn' },
} as const satisfies LabelsOf<ExternalProceedingStatus>;

export const RECORD_ERROR_LABELS = {
  RECORD_NOT_FOUND: { id: 'Catatan tidak ditemukan pada perkara ini.', en: 'No such record in this case.' },
  ALLEGATION_INVALID: {
    id: 'Dugaan pelanggaran belum lengkap atau tidak sesuai katalog.',
    en: 'The allegation is incomplete or does not match the catalogue.',
  },
  ALLEGATION_FINDING_RECORDED: {
    id: 'Hasil atas dugaan ini sudah dicatat; dugaan tidak dapat diubah atau dihapus.',
    en: 'A finding is recorded on this allegation; it can no longer be changed or removed.',
  },
  SESSION_NOT_HELD_YET: {
    id: 'Sidang belum berlangsung menurut jadwalnya.',
    en: 'The session has not taken place yet.',
  },
  MINUTES_ALREADY_RECORDED: {
    id: 'Berita acara sidang ini sudah dicatat.',
    en: 'The minutes of this session are already recorded.',
  },
  SUMMONS_TOO_LATE: {
    id: 'Panggilan dikirim terlalu dekat dengan jadwal sidang.',
    en: 'The summons went out too close to the session.',
  },
  ALREADY_SUMMONED: {
    id: 'Pihak ini sudah dipanggil untuk sidang ini.',
    en: 'This party is already summoned to this session.',
  },
  PARTY_NOT_SUMMONED: {
    id: 'Pihak ini tidak dipanggil untuk sidang ini.',
    en: 'This party was not summoned to this session.',
  },
  UNKNOWN_PARTY: { id: 'Perkara ini tidak memiliki pihak tersebut.', en: 'This case has no such party.' },
} as const satisfies LabelsOf<(typeof RECORD_ERROR_CODES)[number]>;

export const ALLEGATION_PROBLEM_LABELS = {
  UNKNOWN_RESPONDENT: {
    id: 'Teradu tidak dikenal dalam perkara ini.',
    en: 'Unknown respondent for this case.',
  },
  UNKNOWN_PRINCIPLE: { id: 'Prinsip tidak ada dalam katalog.', en: 'No such principle in the catalogue.' },
  UNKNOWN_BEHAVIOUR: { id: 'Perilaku tidak ada dalam katalog.', en: 'No such behaviour in the catalogue.' },
  BEHAVIOUR_NOT_UNDER_PRINCIPLE: {
    id: 'Perilaku ini tidak termasuk prinsip yang dipilih.',
    en: 'This behaviour does not belong to the chosen principle.',
  },
  UNKNOWN_CATEGORY: { id: 'Jenis pelanggaran tidak dikenal.', en: 'Unknown violation category.' },
  CATEGORY_REQUIRED: {
    id: 'Pilih jenis pelanggaran (atau perilaku yang menentukannya).',
    en: 'Choose a violation category (or a behaviour that implies one).',
  },
  DESCRIPTION_REQUIRED: { id: 'Uraian dugaan wajib diisi.', en: 'Describe the allegation.' },
  LEGAL_REFERENCE_INCOMPLETE: {
    id: 'Dasar hukum tambahan harus menyebut peraturannya.',
    en: 'An extra legal reference must name its instrument.',
  },
  DUPLICATE_ALLEGATION: {
    id: 'Dugaan yang sama untuk teradu ini sudah dicatat.',
    en: 'The same allegation is already recorded for this respondent.',
  },
} as const satisfies LabelsOf<AllegationProblemCode>;

export const ALLEGATION_GUIDANCE_LABELS = {
  PROVEN_WITHOUT_PROVEN_ALLEGATION: {
    id: 'Teradu diputus terbukti, tetapi tidak ada dugaannya yang dinyatakan terbukti.',
    en: 'The respondent is decided proven, but none of their allegations is found proven.',
  },
  NOT_PROVEN_WITH_PROVEN_ALLEGATION: {
    id: 'Teradu diputus tidak terbukti, padahal salah satu dugaannya dinyatakan terbukti.',
    en: 'The respondent is decided not proven, yet one of their allegations is found proven.',
  },
  PRINCIPLE_WITHOUT_PROVEN_ALLEGATION: {
    id: 'Prinsip yang dinyatakan dilanggar tidak didukung dugaan yang terbukti.',
    en: 'A principle found violated has no proven allegation behind it.',
  },
  ALLEGATION_WITHOUT_FINDING: {
    id: 'Dugaan ini belum memiliki hasil pemeriksaan.',
    en: 'This allegation has no finding yet.',
  },
} as const satisfies LabelsOf<AllegationGuidanceCode>;
