import type { CaseErrorCode } from '../ethics-case/case-error.js';
import type { CaseEventType } from '../ethics-case/case-event.js';
import type { OCCURRED_AT_ERROR_CODES } from '../ethics-case/occurred-at.js';
import type { DeadlineState } from '../ethics-case/case-deadlines.js';
import type { DeadlineKey, DeliveryRecipient, Milestone } from '../rule-sets/rule-set.js';
import type {
  AdditionalMeasure,
  CaseCommandType,
  CaseSource,
  CaseStatus,
  CaseTrack,
  CommissionLevel,
  Confidence,
  DayUnit,
  EvidenceKind,
  Finding,
  Outcome,
  PartyRole,
  Role,
} from '../vocabulary/codes.js';
import { REPLACEMENT_RULE_ERROR_LABELS } from '../membership/membership-labels.js';
import type { LabelsOf } from './label.js';

export const CASE_STATUS_LABELS = {
  received: { id: 'Diterima', en: 'Received' },
  screening: { id: 'Penelitian berkas', en: 'Screening' },
  awaitingCorrection: { id: 'Perlu perbaikan', en: 'Awaiting correction' },
  registered: { id: 'Teregistrasi', en: 'Registered' },
  clarification: { id: 'Verifikasi dan klarifikasi', en: 'Verification and clarification' },
  examination: { id: 'Pemeriksaan', en: 'Examination' },
  awaitingPlenary: { id: 'Menunggu rapat pleno', en: 'Awaiting plenary' },
  decided: { id: 'Diputus', en: 'Decided' },
  awaitingDkpp: { id: 'Menunggu putusan DKPP', en: 'Awaiting DKPP verdict' },
  decreeIssued: { id: 'Keputusan terbit', en: 'Decree issued' },
  delivered: { id: 'Disampaikan', en: 'Delivered' },
  replacementInProgress: { id: 'PAW berjalan', en: 'Replacement in progress' },
  closed: { id: 'Selesai', en: 'Closed' },
  rejected: { id: 'Tidak dapat ditindaklanjuti', en: 'Rejected' },
  referred: { id: 'Dilimpahkan', en: 'Referred' },
  discontinued: { id: 'Dihentikan', en: 'Discontinued' },
  withdrawn: { id: 'Dicabut', en: 'Withdrawn' },
} as const satisfies LabelsOf<CaseStatus>;

export const CASE_COMMAND_LABELS = {
  startScreening: { id: 'Mulai penelitian berkas', en: 'Start screening' },
  requestCorrection: { id: 'Minta perbaikan', en: 'Request correction' },
  submitCorrection: { id: 'Catat perbaikan', en: 'Submit correction' },
  register: { id: 'Registrasi', en: 'Register' },
  startClarification: { id: 'Mulai verifikasi dan klarifikasi', en: 'Start clarification' },
  discontinue: { id: 'Hentikan', en: 'Discontinue' },
  formExaminationTeam: { id: 'Bentuk tim pemeriksa', en: 'Form examination team' },
  submitExaminationReport: { id: 'Serahkan laporan pemeriksaan', en: 'Submit examination report' },
  recordPlenaryDecision: { id: 'Catat putusan pleno', en: 'Record plenary decision' },
  forwardToDkpp: { id: 'Teruskan ke DKPP', en: 'Forward to DKPP' },
  recordDkppVerdict: { id: 'Catat putusan DKPP', en: 'Record DKPP verdict' },
  issueDecree: { id: 'Terbitkan keputusan', en: 'Issue decree' },
  recordDelivery: { id: 'Catat penyampaian', en: 'Record delivery' },
  startReplacement: { id: 'Mulai PAW', en: 'Start replacement' },
  completeReplacement: { id: 'Selesaikan PAW', en: 'Complete replacement' },
  refer: { id: 'Limpahkan', en: 'Refer' },
  reject: { id: 'Nyatakan tidak dapat ditindaklanjuti', en: 'Reject' },
  withdraw: { id: 'Catat pencabutan', en: 'Record withdrawal' },
  close: { id: 'Selesaikan perkara', en: 'Close case' },
} as const satisfies LabelsOf<CaseCommandType>;

export const CASE_EVENT_LABELS = {
  caseReceived: { id: 'Aduan diterima', en: 'Case received' },
  screeningStarted: { id: 'Penelitian berkas dimulai', en: 'Screening started' },
  correctionRequested: { id: 'Perbaikan diminta', en: 'Correction requested' },
  correctionSubmitted: { id: 'Perbaikan diserahkan', en: 'Correction submitted' },
  caseRegistered: { id: 'Perkara diregistrasi', en: 'Case registered' },
  clarificationStarted: { id: 'Klarifikasi dimulai', en: 'Clarification started' },
  caseDiscontinued: { id: 'Perkara dihentikan', en: 'Case discontinued' },
  examinationTeamFormed: { id: 'Tim pemeriksa dibentuk', en: 'Examination team formed' },
  examinationReportSubmitted: { id: 'Laporan pemeriksaan diserahkan', en: 'Examination report submitted' },
  plenaryDecisionRecorded: { id: 'Putusan pleno dicatat', en: 'Plenary decision recorded' },
  forwardedToDkpp: { id: 'Diteruskan ke DKPP', en: 'Forwarded to DKPP' },
  dkppVerdictRecorded: { id: 'Putusan DKPP dicatat', en: 'DKPP verdict recorded' },
  decreeIssued: { id: 'Keputusan diterbitkan', en: 'Decree issued' },
  deliveryRecorded: { id: 'Penyampaian dicatat', en: 'Delivery recorded' },
  replacementStarted: { id: 'PAW dimulai', en: 'Replacement started' },
  replacementCompleted: { id: 'PAW dicatat', en: 'Replacement recorded' },
  caseReferred: { id: 'Perkara dilimpahkan', en: 'Case referred' },
  caseRejected: { id: 'Aduan tidak dapat ditindaklanjuti', en: 'Case rejected' },
  caseWithdrawn: { id: 'Aduan dicabut', en: 'Case withdrawn' },
  caseClosed: { id: 'Perkara selesai', en: 'Case closed' },
  allegationAdded: { id: 'Dugaan pelanggaran dicatat', en: 'Allegation added' },
  allegationUpdated: { id: 'Dugaan pelanggaran diubah', en: 'Allegation changed' },
  allegationRemoved: { id: 'Dugaan pelanggaran dihapus', en: 'Allegation removed' },
  allegationFindingRecorded: { id: 'Hasil atas dugaan dicatat', en: 'Allegation finding recorded' },
  sessionScheduled: { id: 'Sidang dijadwalkan', en: 'Session scheduled' },
  summonsRecorded: { id: 'Panggilan dicatat', en: 'Summons recorded' },
  attendanceRecorded: { id: 'Kehadiran dicatat', en: 'Attendance recorded' },
  sessionMinutesRecorded: { id: 'Berita acara sidang dicatat', en: 'Session minutes recorded' },
  externalProceedingRecorded: { id: 'Perkara di lembaga lain dicatat', en: 'External proceeding recorded' },
  externalProceedingUpdated: {
    id: 'Perkembangan perkara di lembaga lain dicatat',
    en: 'External proceeding updated',
  },
  membershipChangeOrdered: { id: 'Perubahan status anggota diperintahkan', en: 'Membership change ordered' },
} as const satisfies LabelsOf<CaseEventType>;

export const CASE_TRACK_LABELS = {
  kpuInternal: { id: 'Diputus KPU Kabupaten/Kota', en: 'Decided by the KPU Kabupaten/Kota' },
  dkppExternal: { id: 'Diputus DKPP', en: 'Decided by DKPP' },
} as const satisfies LabelsOf<CaseTrack>;

export const CASE_SOURCE_LABELS = {
  publicComplaint: { id: 'Pengaduan masyarakat', en: 'Public complaint' },
  report: { id: 'Laporan', en: 'Report' },
  internalFinding: { id: 'Temuan pengawasan internal', en: 'Internal supervision finding' },
  bawasluRecommendation: { id: 'Rekomendasi Bawaslu', en: 'Bawaslu recommendation' },
  adhocBodyReport: { id: 'Laporan badan adhoc', en: 'Report by an ad hoc body' },
  dkppVerdict: { id: 'Putusan DKPP', en: 'DKPP verdict' },
} as const satisfies LabelsOf<CaseSource>;

export const OUTCOME_LABELS = {
  rehabilitation: { id: 'Rehabilitasi', en: 'Rehabilitation' },
  warning: { id: 'Peringatan', en: 'Warning' },
  strongWarning: { id: 'Peringatan keras', en: 'Strong warning' },
  finalStrongWarning: { id: 'Peringatan keras terakhir', en: 'Final strong warning' },
  removalFromChair: { id: 'Pemberhentian dari jabatan ketua', en: 'Removal from the chair' },
  temporaryDismissal: { id: 'Pemberhentian sementara', en: 'Temporary dismissal' },
  permanentDismissal: { id: 'Pemberhentian tetap', en: 'Permanent dismissal' },
} as const satisfies LabelsOf<Outcome>;

export const ADDITIONAL_MEASURE_LABELS = {
  writtenUndertaking: { id: 'Surat pernyataan bermeterai', en: 'Stamped written undertaking' },
} as const satisfies LabelsOf<AdditionalMeasure>;

export const FINDING_LABELS = {
  proven: { id: 'Terbukti', en: 'Proven' },
  notProven: { id: 'Tidak terbukti', en: 'Not proven' },
  notExamined: { id: 'Tidak diperiksa', en: 'Not examined' },
} as const satisfies LabelsOf<Finding>;

export const ROLE_LABELS = {
  nationalAdmin: { id: 'Admin KPU RI', en: 'National administrator (KPU RI)' },
  provincialSupervisor: { id: 'Supervisor KPU Provinsi', en: 'Provincial supervisor' },
  commissioner: { id: 'Anggota KPU Kabupaten/Kota', en: 'Commissioner' },
  officer: { id: 'Petugas sekretariat', en: 'Secretariat officer' },
  examiner: { id: 'Tim pemeriksa', en: 'Examiner' },
  analyst: { id: 'Analis', en: 'Analyst' },
} as const satisfies LabelsOf<Role>;

export const COMMISSION_LEVEL_LABELS = {
  national: { id: 'KPU RI', en: 'National commission' },
  provincial: { id: 'KPU Provinsi', en: 'Provincial commission' },
  regency: { id: 'KPU Kabupaten/Kota', en: 'Regency/city commission' },
} as const satisfies LabelsOf<CommissionLevel>;

export const PARTY_ROLE_LABELS = {
  complainant: { id: 'Pengadu/Pelapor', en: 'Complainant' },
  respondent: { id: 'Teradu/Terlapor', en: 'Respondent' },
  witness: { id: 'Saksi', en: 'Witness' },
  expert: { id: 'Ahli', en: 'Expert' },
  relatedParty: { id: 'Pihak terkait', en: 'Related party' },
  attorney: { id: 'Kuasa', en: 'Attorney' },
} as const satisfies LabelsOf<PartyRole>;

export const EVIDENCE_KIND_LABELS = {
  witnessStatement: { id: 'Keterangan saksi', en: 'Witness statement' },
  expertStatement: { id: 'Keterangan ahli', en: 'Expert statement' },
  document: { id: 'Surat atau tulisan', en: 'Document' },
  indication: { id: 'Petunjuk', en: 'Indication' },
  partyStatement: { id: 'Keterangan para pihak', en: 'Statement of a party' },
  electronicData: { id: 'Data atau informasi elektronik', en: 'Electronic data' },
} as const satisfies LabelsOf<EvidenceKind>;

export const DEADLINE_KEY_LABELS = {
  screening: { id: 'Penelitian berkas', en: 'Screening' },
  correction: { id: 'Batas perbaikan', en: 'Correction window' },
  clarificationStart: {
    id: 'Mulai klarifikasi setelah pleno temuan',
    en: 'Clarification after the finding plenary',
  },
  examination: { id: 'Pemeriksaan', en: 'Examination' },
  plenaryDecision: { id: 'Putusan pleno', en: 'Plenary decision' },
  decreeIssuance: { id: 'Penerbitan keputusan', en: 'Decree issuance' },
  dkppExecution: { id: 'Pelaksanaan putusan DKPP', en: 'Execution of the DKPP verdict' },
} as const satisfies LabelsOf<DeadlineKey>;

export const DEADLINE_STATE_LABELS = {
  running: { id: 'Berjalan', en: 'Running' },
  dueSoon: { id: 'Segera jatuh tempo', en: 'Due soon' },
  overdue: { id: 'Terlambat', en: 'Overdue' },
  met: { id: 'Terpenuhi', en: 'Met' },
  metLate: { id: 'Terpenuhi terlambat', en: 'Met late' },
  cancelled: { id: 'Tidak berlaku lagi', en: 'No longer applies' },
} as const satisfies LabelsOf<DeadlineState>;

export const MILESTONE_LABELS = {
  received: { id: 'Diterima', en: 'Received' },
  findingPlenaryHeld: { id: 'Pleno temuan', en: 'Finding plenary held' },
  screeningStarted: { id: 'Penelitian berkas dimulai', en: 'Screening started' },
  correctionRequested: { id: 'Perbaikan diminta', en: 'Correction requested' },
  correctionSubmitted: { id: 'Perbaikan diserahkan', en: 'Correction submitted' },
  screeningConcluded: { id: 'Penelitian berkas selesai', en: 'Screening concluded' },
  registered: { id: 'Teregistrasi', en: 'Registered' },
  clarificationStarted: { id: 'Klarifikasi dimulai', en: 'Clarification started' },
  examinationStarted: { id: 'Pemeriksaan dimulai', en: 'Examination started' },
  examinationReported: { id: 'Laporan pemeriksaan diserahkan', en: 'Examination reported' },
  decided: { id: 'Diputus', en: 'Decided' },
  forwardedToDkpp: { id: 'Diteruskan ke DKPP', en: 'Forwarded to DKPP' },
  dkppVerdictRead: { id: 'Putusan DKPP dibacakan', en: 'DKPP verdict read' },
  decreeIssued: { id: 'Keputusan terbit', en: 'Decree issued' },
  delivered: { id: 'Disampaikan', en: 'Delivered' },
  replacementStarted: { id: 'PAW dimulai', en: 'Replacement started' },
  closed: { id: 'Selesai', en: 'Closed' },
} as const satisfies LabelsOf<Milestone>;

export const DELIVERY_RECIPIENT_LABELS = {
  respondent: { id: 'Teradu', en: 'Respondent' },
  complainant: { id: 'Pengadu', en: 'Complainant' },
  superiorBody: { id: 'PPK/PPS atasan', en: 'Superior ad hoc body' },
  provincialCommission: { id: 'KPU Provinsi', en: 'Provincial commission' },
  bawaslu: { id: 'Bawaslu', en: 'Bawaslu' },
} as const satisfies LabelsOf<DeliveryRecipient>;

export const DAY_UNIT_LABELS = {
  calendarDays: { id: 'hari', en: 'days' },
  workingDays: { id: 'hari kerja', en: 'working days' },
} as const satisfies LabelsOf<DayUnit>;

export const CONFIDENCE_LABELS = {
  high: { id: 'Tinggi (teks peraturan)', en: 'High (regulation text)' },
  medium: { id: 'Sedang (sumber sekunder)', en: 'Medium (secondary source)' },
  low: { id: 'Rendah (perkiraan)', en: 'Low (inference)' },
} as const satisfies LabelsOf<Confidence>;

export const OCCURRED_AT_ERROR_LABELS = {
  OCCURRED_IN_FUTURE: {
    id: 'Waktu kejadian tidak boleh di masa depan',
    en: 'The time of the act cannot be in the future',
  },
  OCCURRED_BEFORE_PREVIOUS_STEP: {
    id: 'Waktu kejadian tidak boleh sebelum tahap sebelumnya',
    en: 'The time of the act cannot be before the previous step',
  },
  BACKDATING_REASON_REQUIRED: {
    id: 'Waktu kejadian melewati batas pencatatan mundur: sebutkan alasannya',
    en: 'The act is dated further back than allowed: give a reason',
  },
} as const satisfies LabelsOf<(typeof OCCURRED_AT_ERROR_CODES)[number]>;

export const CASE_ERROR_LABELS = {
  TRANSITION_NOT_ALLOWED: {
    id: 'Langkah ini tidak dapat dilakukan pada tahap perkara saat ini.',
    en: 'This step is not possible at the case’s current stage.',
  },
  TRACK_NOT_ALLOWED: {
    id: 'Langkah ini tidak berlaku untuk jalur perkara ini.',
    en: 'This step does not apply to this case’s track.',
  },
  ROLE_NOT_PERMITTED: {
    id: 'Peran Anda tidak berwenang melakukan langkah ini.',
    en: 'Your role may not take this step.',
  },
  OUT_OF_JURISDICTION: {
    id: 'Perkara ini di luar wilayah kewenangan Anda.',
    en: 'This case is outside your jurisdiction.',
  },
  NOT_ON_EXAMINATION_TEAM: {
    id: 'Anda bukan anggota tim pemeriksa perkara ini.',
    en: 'You are not on this case’s examination team.',
  },
  REQUIREMENTS_NOT_MET: {
    id: 'Syarat formil atau materiil belum lengkap.',
    en: 'Formal or material requirements are not met.',
  },
  CONFLICT_OF_INTEREST: {
    id: 'Susunan tim pemeriksa mengandung konflik kepentingan.',
    en: 'The examination team has a conflict of interest.',
  },
  DEADLINE_PASSED: { id: 'Batas waktu telah lewat.', en: 'The deadline has passed.' },
  DEADLINE_NOT_PASSED: { id: 'Batas waktu belum lewat.', en: 'The deadline has not passed yet.' },
  RULE_SET_FORBIDS: {
    id: 'Pedoman yang berlaku tidak memperbolehkan langkah ini.',
    en: 'The rule set in force does not allow this step.',
  },
  NOT_WITHDRAWABLE: { id: 'Perkara ini tidak dapat dicabut.', en: 'This case cannot be withdrawn.' },
  QUORUM_NOT_MET: { id: 'Rapat pleno tidak kuorum.', en: 'The plenary had no quorum.' },
  OUTCOME_MISSING: { id: 'Setiap teradu harus memiliki putusan.', en: 'Every respondent needs an outcome.' },
  UNKNOWN_RESPONDENT: {
    id: 'Teradu tidak dikenal dalam perkara ini.',
    en: 'Unknown respondent for this case.',
  },
  OUTCOME_NOT_ALLOWED: {
    id: 'Putusan ini bukan kewenangan KPU Kabupaten/Kota menurut pedoman yang berlaku.',
    en: 'The rule set in force does not let the commission decide this outcome.',
  },
  NOTHING_TO_FORWARD: {
    id: 'Tidak ada putusan yang perlu diteruskan ke DKPP.',
    en: 'No outcome needs to go to DKPP.',
  },
  DKPP_VERDICT_REQUIRED: {
    id: 'Putusan DKPP diperlukan lebih dahulu.',
    en: 'A DKPP verdict is needed first.',
  },
  DELIVERY_ALREADY_RECORDED: {
    id: 'Penyampaian kepada penerima ini sudah dicatat.',
    en: 'Delivery to this recipient is already recorded.',
  },
  RECIPIENT_NOT_REQUIRED: {
    id: 'Penerima ini tidak termasuk yang wajib menerima keputusan.',
    en: 'This recipient is not one the decree must go to.',
  },
  NO_DISMISSAL_TO_REPLACE: { id: 'Tidak ada anggota yang diberhentikan.', en: 'No member was dismissed.' },
  DISMISSAL_NEEDS_REPLACEMENT: {
    id: 'Anggota yang diberhentikan harus diganti (PAW) lebih dahulu.',
    en: 'The dismissed member must be replaced first.',
  },
  REPLACEMENT_NOT_NEEDED: { id: 'Kursi ini tidak memerlukan PAW.', en: 'This seat needs no replacement.' },
  ...REPLACEMENT_RULE_ERROR_LABELS,
  DATE_BEFORE_RECEIPT: {
    id: 'Tanggal tidak boleh sebelum aduan diterima.',
    en: 'The date cannot be before the case was received.',
  },
  INVALID_INPUT: { id: 'Isian tidak valid.', en: 'Invalid input.' },
} as const satisfies LabelsOf<CaseErrorCode>;
