import type { Label, LabelsOf } from '../labels/label.js';
import type { Confidence } from '../vocabulary/codes.js';

/**
 * Both kinds close government offices, so both are days off for working-day deadlines. Cuti bersama is
 * collective leave set by the same decree; it is kept apart because it is policy and gets amended.
 */
export const HOLIDAY_KINDS = ['nationalHoliday', 'cutiBersama'] as const;
export type HolidayKind = (typeof HOLIDAY_KINDS)[number];

export const HOLIDAY_KIND_LABELS = {
  nationalHoliday: { id: 'Hari libur nasional', en: 'National holiday' },
  cutiBersama: { id: 'Cuti bersama', en: 'Collective leave (cuti bersama)' },
} as const satisfies LabelsOf<HolidayKind>;

export interface Holiday {
  /** YYYY-MM-DD, a local calendar date. */
  readonly date: string;
  readonly kind: HolidayKind;
  readonly name: Label;
  /** The instrument, when not the year's decree (a Keppres for voting day, an amending SKB, a projection). */
  readonly basis?: string;
}

/** One year of holidays as set by the joint decree (SKB 3 Menteri) of the year before. */
export interface HolidayYear {
  readonly year: number;
  /** The decree's number(s) and any amendment; says "provisional" when no decree is published yet. */
  readonly decree: string;
  /** YYYY-MM-DD the decree was signed. */
  readonly decreeDate?: string;
  /** `high` only when the dated list itself was checked against the decree or its official reproduction. */
  readonly confidence: Confidence;
  readonly holidays: readonly Holiday[];
}

export const nationalHoliday = (date: string, id: string, en: string, basis?: string): Holiday =>
  holiday('nationalHoliday', date, id, en, basis);

export const cutiBersama = (date: string, id: string, en: string, basis?: string): Holiday =>
  holiday('cutiBersama', date, id, en, basis);

function holiday(kind: HolidayKind, date: string, id: string, en: string, basis?: string): Holiday {
  const base = { date, kind, name: { id, en } };
  return basis === undefined ? base : { ...base, basis };
}

/**
 * Where an effective day off comes from: the list shipped with Etik, or a day the national administrator
 * added (or corrected) on record. A built-in day the administrator removed is not a day off at all.
 */
export const HOLIDAY_ORIGINS = ['builtIn', 'added'] as const;
export type HolidayOrigin = (typeof HOLIDAY_ORIGINS)[number];

export const HOLIDAY_ORIGIN_LABELS = {
  builtIn: { id: 'Bawaan Etik (SKB)', en: 'Shipped with Etik (joint decree)' },
  added: { id: 'Ditambahkan admin nasional', en: 'Added by the national administrator' },
} as const satisfies LabelsOf<HolidayOrigin>;

/** Audit actions on a case that no case command causes. */
export const CASE_AUDIT_ACTIONS = ['deadlinesRecomputed'] as const;
export type CaseAuditAction = (typeof CASE_AUDIT_ACTIONS)[number];

export const CASE_AUDIT_ACTION_LABELS = {
  deadlinesRecomputed: {
    id: 'Tenggat dihitung ulang (kalender hari libur diubah)',
    en: 'Deadlines recomputed (the holiday calendar changed)',
  },
} as const satisfies LabelsOf<CaseAuditAction>;

export const HOLIDAY_ERROR_CODES = [
  'HOLIDAY_YEAR_NOT_COVERED',
  'HOLIDAY_NOT_CHANGED',
  'NOT_A_HOLIDAY',
] as const;
export type HolidayErrorCode = (typeof HOLIDAY_ERROR_CODES)[number];

export const HOLIDAY_ERROR_LABELS = {
  HOLIDAY_YEAR_NOT_COVERED: {
    id: 'Tahun ini di luar kalender hari libur Etik (2019–2027).',
    en: 'This year is outside the holiday calendar Etik covers (2019–2027).',
  },
  HOLIDAY_NOT_CHANGED: {
    id: 'Tanggal ini tidak memiliki perubahan untuk dipulihkan.',
    en: 'This date has no change to restore.',
  },
  NOT_A_HOLIDAY: {
    id: 'Tanggal ini bukan hari libur, jadi tidak dapat dihapus.',
    en: 'This date is not a day off, so it cannot be removed.',
  },
} as const satisfies LabelsOf<HolidayErrorCode>;
