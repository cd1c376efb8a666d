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
