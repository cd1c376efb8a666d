import type { LabelsOf } from '../labels/label.js';

/** Formal = who complains against whom, on time, citing what; material = what happened, when, where, proven how. */
export const REQUIREMENTS = ['formal', 'material'] as const;
export type Requirement = (typeof REQUIREMENTS)[number];

export const FORMAL_DEFICIENCY_CODES = [
  'COMPLAINANT_NAME_MISSING',
  'COMPLAINANT_ID_MISSING',
  'COMPLAINANT_CONTACT_MISSING',
  'RESPONDENT_MISSING',
  'RESPONDENT_NAME_MISSING',
  'RESPONDENT_POSITION_MISSING',
  'KNOWN_AT_OUT_OF_RANGE',
  'FILING_WINDOW_PASSED',
  'SOURCE_REFERENCE_MISSING',
] as const;

export const MATERIAL_DEFICIENCY_CODES = [
  'EVENT_DATE_MISSING',
  'EVENT_DATE_IN_FUTURE',
  'EVENT_PLACE_MISSING',
  'CHRONOLOGY_MISSING',
  'CHRONOLOGY_TOO_SHORT',
  'EVIDENCE_INSUFFICIENT',
  'EVIDENCE_KIND_NOT_ACCEPTED',
] as const;

export type FormalDeficiencyCode = (typeof FORMAL_DEFICIENCY_CODES)[number];
export type MaterialDeficiencyCode = (typeof MATERIAL_DEFICIENCY_CODES)[number];
export type ComplaintDeficiencyCode = FormalDeficiencyCode | MaterialDeficiencyCode;

/** One missing or wrong item; `field` is a path into the draft, e.g. `respondents[1].position`. */
export type Deficiency =
  | { readonly code: FormalDeficiencyCode; readonly requirement: 'formal'; readonly field: string }
  | { readonly code: MaterialDeficiencyCode; readonly requirement: 'material'; readonly field: string };

export const REQUIREMENT_LABELS = {
  formal: { id: 'Syarat formil', en: 'Formal requirement' },
  material: { id: 'Syarat materiil', en: 'Material requirement' },
} as const satisfies LabelsOf<Requirement>;

export const COMPLAINT_DEFICIENCY_LABELS = {
  COMPLAINANT_NAME_MISSING: { id: 'Nama pengadu belum diisi', en: "The complainant's name is missing" },
  COMPLAINANT_ID_MISSING: {
    id: 'Nomor identitas (NIK/KTP atau lainnya) pengadu belum diisi',
    en: "The complainant's identity number (NIK or other ID) is missing",
  },
  COMPLAINANT_CONTACT_MISSING: {
    id: 'Alamat, nomor telepon, atau surel pengadu belum diisi',
    en: "The complainant's address, phone or e-mail is missing",
  },
  RESPONDENT_MISSING: { id: 'Teradu belum disebutkan', en: 'No respondent is named' },
  RESPONDENT_NAME_MISSING: { id: 'Nama teradu belum diisi', en: "The respondent's name is missing" },
  RESPONDENT_POSITION_MISSING: {
    id: 'Badan adhoc dan jabatan teradu belum diisi',
    en: "The respondent's ad hoc body and position are missing",
  },
  KNOWN_AT_OUT_OF_RANGE: {
    id: 'Tanggal diketahuinya peristiwa sebelum peristiwa atau sesudah pengaduan diterima',
    en: 'The date the event became known is before the event or after the complaint was received',
  },
  FILING_WINDOW_PASSED: {
    id: 'Pengaduan melewati batas waktu penyampaian',
    en: 'The complaint was filed after the filing window closed',
  },
  SOURCE_REFERENCE_MISSING: {
    id: 'Nomor surat, laporan, putusan, atau berita acara sumber belum diisi',
    en: 'The reference of the source letter, report, verdict or minutes is missing',
  },
  EVENT_DATE_MISSING: { id: 'Waktu kejadian belum diisi', en: 'The date of the event is missing' },
  EVENT_DATE_IN_FUTURE: {
    id: 'Waktu kejadian sesudah pengaduan diterima',
    en: 'The date of the event is after the complaint was received',
  },
  EVENT_PLACE_MISSING: { id: 'Tempat kejadian belum diisi', en: 'The place of the event is missing' },
  CHRONOLOGY_MISSING: { id: 'Uraian kejadian belum diisi', en: 'The chronology of the event is missing' },
  CHRONOLOGY_TOO_SHORT: {
    id: 'Uraian kejadian terlalu singkat',
    en: 'The chronology of the event is too short',
  },
  EVIDENCE_INSUFFICIENT: { id: 'Alat bukti kurang', en: 'Not enough evidence' },
  EVIDENCE_KIND_NOT_ACCEPTED: {
    id: 'Jenis alat bukti tidak diterima',
    en: 'This kind of evidence is not accepted',
  },
} as const satisfies LabelsOf<ComplaintDeficiencyCode>;
