import type { CaseErrorCode } from '../ethics-case/case-error.js';
import type { FileCaseError } from '../ethics-case/file-case.js';
import type { GuidanceCode } from '../outcomes/sanction-guidance.js';
import type { RuleSetError } from '../rule-sets/rule-set-registry.js';
import type { LabelsOf } from './label.js';

export const GUIDANCE_LABELS = {
  REHABILITATION_WHILE_PROVEN: {
    id: 'Rehabilitasi padahal dugaan dinyatakan terbukti.',
    en: 'Rehabilitation although the allegation is found proven.',
  },
  SANCTION_WITHOUT_PROOF: {
    id: 'Sanksi padahal dugaan dinyatakan tidak terbukti.',
    en: 'A sanction although the allegation is found not proven.',
  },
  REPEAT_AFTER_FINAL_WARNING: {
    id: 'Pelanggaran berulang setelah peringatan keras terakhir: pertimbangkan pemberhentian.',
    en: 'A repeat after a final strong warning: consider dismissal.',
  },
  MILDER_THAN_PREVIOUS_SANCTION: {
    id: 'Sanksi lebih ringan daripada sanksi sebelumnya untuk orang yang sama.',
    en: 'Milder than an earlier sanction against the same person.',
  },
  REMOVAL_FROM_CHAIR_OF_NON_CHAIR: { id: 'Teradu bukan ketua.', en: 'The respondent is not the chair.' },
  UNDERTAKING_WITHOUT_WARNING: {
    id: 'Surat pernyataan biasanya menyertai sanksi peringatan.',
    en: 'A written undertaking usually accompanies a warning.',
  },
  NOT_EXAMINED: { id: 'Dugaan belum diperiksa.', en: 'The allegation was not examined.' },
  DISMISSAL_FOR_FIRST_OFFENCE: {
    id: 'Pemberhentian tetap untuk pelanggaran pertama: pastikan ada keadaan yang memberatkan (asas proporsionalitas).',
    en: 'Permanent dismissal for a first offence: make sure aggravating circumstances justify it (proportionality).',
  },
} as const satisfies LabelsOf<GuidanceCode>;

export const FILING_ERROR_LABELS = {
  RULE_SET_NOT_FOUND: { id: 'Pedoman tidak ditemukan.', en: 'Rule set not found.' },
  NO_RULE_SET_IN_FORCE: {
    id: 'Tidak ada pedoman yang berlaku pada tanggal tersebut.',
    en: 'No rule set was in force on that date.',
  },
  RECEIVED_IN_FUTURE: {
    id: 'Tanggal penerimaan tidak boleh di masa depan.',
    en: 'The date received cannot be in the future.',
  },
  FINDING_PLENARY_REQUIRED: {
    id: 'Temuan memerlukan tanggal rapat pleno temuan (Model PE-1).',
    en: 'A finding needs the date of its plenary (Model PE-1).',
  },
} as const satisfies LabelsOf<Exclude<FileCaseError['code'], CaseErrorCode> | RuleSetError['code']>;
