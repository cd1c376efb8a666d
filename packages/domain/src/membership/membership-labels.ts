import type { LabelsOf } from '../labels/label.js';
import type { BodyType, MembershipStatus, Position } from '../vocabulary/codes.js';
import type { AppointmentRequirement, MembershipErrorCode } from './apply-membership-event.js';
import type {
  ReplacementErrorCode,
  ReplacementMethod,
  ReplacementRuleErrorCode,
} from './choose-replacement.js';
import type { EffectPhase } from './membership-effect.js';
import type { CessationReason, MembershipEventType, SkipReason } from './membership-event.js';
import type { AppointmentCheckErrorCode } from './appointment-check.js';
import type { MembershipEndReason } from './membership-act.js';

export const BODY_TYPE_LABELS = {
  ppk: { id: 'PPK — Panitia Pemilihan Kecamatan', en: 'PPK — District Election Committee' },
  pps: { id: 'PPS — Panitia Pemungutan Suara', en: 'PPS — Village Voting Committee' },
  kpps: {
    id: 'KPPS — Kelompok Penyelenggara Pemungutan Suara',
    en: 'KPPS — Polling Station Working Committee',
  },
  pantarlih: {
    id: 'Pantarlih — Petugas Pemutakhiran Data Pemilih',
    en: 'Pantarlih — Voter Data Update Officer',
  },
} as const satisfies LabelsOf<BodyType>;

export const POSITION_LABELS = {
  chair: { id: 'Ketua', en: 'Chair' },
  member: { id: 'Anggota', en: 'Member' },
  secretary: { id: 'Sekretaris', en: 'Secretary' },
  staff: { id: 'Staf', en: 'Staff' },
} as const satisfies LabelsOf<Position>;

export const MEMBERSHIP_STATUS_LABELS = {
  candidate: { id: 'Calon', en: 'Candidate' },
  active: { id: 'Aktif', en: 'Active' },
  temporarilyDismissed: { id: 'Diberhentikan sementara', en: 'Temporarily dismissed' },
  dismissed: { id: 'Diberhentikan dengan tidak hormat', en: 'Dismissed' },
  ceased: { id: 'Berhenti', en: 'Ceased' },
  termEnded: { id: 'Selesai masa tugas', en: 'Term ended' },
} as const satisfies LabelsOf<MembershipStatus>;

export const MEMBERSHIP_EVENT_LABELS = {
  appoint: { id: 'Pengangkatan', en: 'Appointment' },
  suspend: { id: 'Pemberhentian sementara', en: 'Suspension' },
  dismiss: { id: 'Pemberhentian tetap', en: 'Dismissal' },
  reinstate: { id: 'Pengaktifan kembali (rehabilitasi)', en: 'Reinstatement (rehabilitation)' },
  cease: { id: 'Berhenti', en: 'Cessation' },
  endTerm: { id: 'Berakhirnya masa tugas', en: 'End of term' },
  removeFromChair: { id: 'Pemberhentian dari jabatan ketua', en: 'Removal from the chair' },
  recordOath: { id: 'Pengucapan sumpah/janji', en: 'Oath or pledge taken' },
  recordIntegrityPact: { id: 'Penandatanganan pakta integritas', en: 'Integrity pact signed' },
  transferOut: { id: 'Dipindahkan ke badan adhoc lain', en: 'Transferred to another body' },
  transferIn: { id: 'Pindahan dari badan adhoc lain', en: 'Transferred from another body' },
  passOver: { id: 'Dilewati dalam PAW', en: 'Passed over in a replacement' },
  replaced: { id: 'Digantikan (PAW)', en: 'Replaced' },
} as const satisfies LabelsOf<MembershipEventType>;

export const SKIP_REASON_LABELS = {
  declined: { id: 'Menolak atau mengundurkan diri', en: 'Declined' },
  noLongerEligible: { id: 'Tidak lagi memenuhi syarat', en: 'No longer eligible' },
  deceased: { id: 'Meninggal dunia', en: 'Deceased' },
} as const satisfies LabelsOf<SkipReason>;

export const MEMBERSHIP_END_REASON_LABELS = {
  resignation: { id: 'Mengundurkan diri', en: 'Resignation' },
  death: { id: 'Meninggal dunia', en: 'Death' },
  permanentIncapacity: { id: 'Berhalangan tetap', en: 'Permanent incapacity' },
  endOfTerm: { id: 'Berakhirnya masa tugas', en: 'End of term' },
} as const satisfies LabelsOf<MembershipEndReason>;

export const CESSATION_REASON_LABELS = {
  death: { id: 'Meninggal dunia', en: 'Death' },
  permanentIncapacity: { id: 'Berhalangan tetap', en: 'Permanent incapacity' },
  resignation: { id: 'Mengundurkan diri', en: 'Resignation' },
} as const satisfies LabelsOf<CessationReason>;

export const APPOINTMENT_REQUIREMENT_LABELS = {
  oathTakenAt: { id: 'Pengucapan sumpah/janji', en: 'Oath or pledge taken' },
  integrityPactSignedAt: { id: 'Penandatanganan pakta integritas', en: 'Integrity pact signed' },
} as const satisfies LabelsOf<AppointmentRequirement>;

export const EFFECT_PHASE_LABELS = {
  decided: { id: 'Saat diputus dalam rapat pleno', en: 'When the plenary decides' },
  decreeIssued: { id: 'Saat keputusan (SK) terbit', en: 'When the decree is issued' },
} as const satisfies LabelsOf<EffectPhase>;

export const REPLACEMENT_METHOD_LABELS = {
  nextRank: { id: 'Peringkat berikutnya hasil seleksi', en: 'Next rank on the selection results' },
  appointmentByPps: {
    id: 'Diangkat PPS atas usul kepala desa/lurah',
    en: "Appointed by the PPS on the village head's recommendation",
  },
} as const satisfies LabelsOf<ReplacementMethod>;

export const MEMBERSHIP_ERROR_LABELS = {
  MEMBERSHIP_TRANSITION_NOT_ALLOWED: {
    id: 'Perubahan status keanggotaan ini tidak diperbolehkan',
    en: 'This membership change is not allowed from the current status',
  },
  MEMBER_NOT_CHAIR: { id: 'Anggota ini bukan ketua', en: 'This member is not the chair' },
  APPOINTMENT_REQUIREMENTS_MISSING: {
    id: 'Sumpah/janji atau pakta integritas belum tercatat sebelum pengangkatan',
    en: 'The oath or the integrity pact is not recorded before the appointment',
  },
  CESSATION_REASON_MISSING: { id: 'Alasan berhenti belum diisi', en: 'The reason for ceasing is missing' },
} as const satisfies LabelsOf<MembershipErrorCode>;

export const REPLACEMENT_ERROR_LABELS = {
  NO_REPLACEMENT_CANDIDATE: {
    id: 'Tidak ada calon pengganti dalam daftar hasil seleksi',
    en: 'No replacement candidate is left on the selection results',
  },
  VACANCY_NOT_OPEN: {
    id: 'Kursi belum kosong: anggota belum diberhentikan atau berhenti',
    en: 'The seat is not vacant: the member has not been dismissed or ceased',
  },
} as const satisfies LabelsOf<ReplacementErrorCode>;

export const REPLACEMENT_RULE_ERROR_LABELS = {
  VACANCY_NOT_OPEN: REPLACEMENT_ERROR_LABELS.VACANCY_NOT_OPEN,
  REPLACEMENT_NOT_FOUND: {
    id: 'Keanggotaan pengganti tidak ditemukan',
    en: 'The replacement membership does not exist',
  },
  REPLACEMENT_OTHER_BODY: {
    id: 'Pengganti harus calon dari badan adhoc yang sama dengan kursi yang kosong',
    en: 'The replacement must be a reserve of the same body as the vacated seat',
  },
  REPLACEMENT_NOT_A_RESERVE: {
    id: 'Orang ini bukan calon cadangan yang menunggu: sudah menjabat, dilewati, atau tidak berperingkat',
    en: 'This is not a waiting reserve: already seated, passed over, or without a rank',
  },
  REPLACEMENT_OUT_OF_RANK: {
    id: 'Masih ada calon dengan peringkat lebih baik: pilih dia atau catat alasan ia dilewati',
    en: 'A better-ranked reserve is waiting: pick them or record why they are passed over',
  },
  PPS_APPOINTMENT_NOT_ALLOWED: {
    id: 'Pengangkatan oleh PPS hanya untuk kursi KPPS yang tidak lagi memiliki calon cadangan',
    en: 'Appointment by the PPS is only for a KPPS seat with no reserve left',
  },
  SKIP_REASON_REQUIRED: {
    id: 'Calon yang dilewati memerlukan alasan: menolak, tidak lagi memenuhi syarat, atau meninggal dunia',
    en: 'A passed-over reserve needs a reason: declined, no longer eligible or deceased',
  },
} as const satisfies LabelsOf<ReplacementRuleErrorCode>;

export const APPOINTMENT_CHECK_ERROR_LABELS = {
  SEATS_FULL: {
    id: 'Semua kursi badan ini sudah terisi anggota aktif: berhentikan atau akhiri dulu keanggotaan yang ada',
    en: 'Every seat of this body is taken by an active member: end a membership first',
  },
  PREVIOUSLY_DISMISSED: {
    id: 'Orang ini pernah diberhentikan dengan tidak hormat: konfirmasi pengangkatan kembali secara tegas',
    en: 'This person was dismissed permanently before: confirm the appointment explicitly',
  },
} as const satisfies LabelsOf<AppointmentCheckErrorCode>;

/** Refusals of the office's acts on memberships (appointment, transfer) that the API decides. */
export const MEMBERSHIP_ACT_ERROR_CODES = ['ALREADY_MEMBER', 'SAME_BODY'] as const;
export type MembershipActErrorCode = (typeof MEMBERSHIP_ACT_ERROR_CODES)[number];

export const MEMBERSHIP_ACT_ERROR_LABELS = {
  ALREADY_MEMBER: {
    id: 'Orang ini sudah tercatat pada badan adhoc ini',
    en: 'This person already has a membership in this body',
  },
  SAME_BODY: {
    id: 'Badan adhoc tujuan sama dengan badan adhoc asal',
    en: 'The body to move to is the body the member is in',
  },
} as const satisfies LabelsOf<MembershipActErrorCode>;
