/**
 * Hari kerja: Monday–Friday minus national holidays and cuti bersama. Every query is weekday arithmetic
 * plus a binary search over the holidays that fall on weekdays, never a day-by-day walk, because
 * deadline computation is on the hot path (≥ 1M per second).
 *
 * Outside `coverage` no holiday is known and only weekends count; callers decide whether to warn.
 */
import { invariant, InvariantViolation } from '../shared/invariant.js';
import { parseLocalDate, weekdayOf, type EpochDay } from './epoch-day.js';
import type { Holiday, HolidayYear } from './holiday.js';
import { weekdayRank, weekdayWithRank } from './weekday-rank.js';

export interface WorkingDayCalendar {
  readonly years: readonly HolidayYear[];
  /** First and last day of the years with holiday data. */
  readonly coverage: { readonly from: EpochDay; readonly to: EpochDay };
  covers(day: EpochDay): boolean;
  isWorkingDay(day: EpochDay): boolean;
  /** Every holiday on that date, weekend ones included (a national holiday and a cuti bersama may share one). */
  holidaysOn(day: EpochDay): readonly Holiday[];
  addCalendarDays(day: EpochDay, n: number): EpochDay;
  /**
   * n ≥ 1: the n-th working day after `day`. n = 0: `day` if it is a working day, else the next one.
   * n < 0: the |n|-th working day before `day`.
   */
  addWorkingDays(day: EpochDay, n: number): EpochDay;
  /** Working days in (from, to]; negative, counting (to, from], when to < from. */
  workingDaysBetween(from: EpochDay, to: EpochDay): number;
}

const NO_HOLIDAYS: readonly Holiday[] = Object.freeze([]);

/** Throws InvariantViolation on bad data: a duplicate, a holiday outside its year, a gap between years. */
export function createWorkingDayCalendar(years: readonly HolidayYear[]): WorkingDayCalendar {
  const { coverage, holidaysByDay } = indexHolidays(years);
  const weekdayHolidays = Int32Array.from(
    [...holidaysByDay.keys()].filter((day) => isWeekday(day)).sort((a, b) => a - b),
  );

  /** Weekday holidays on or before `day`. */
  const holidaysThrough = (day: EpochDay): number => {
    let low = 0;
    let high = weekdayHolidays.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (weekdayHolidays[middle]! <= day) low = middle + 1;
      else high = middle;
    }
    return low;
  };

  const isWorkingDay = (day: EpochDay): boolean => isWeekday(day) && !holidaysByDay.has(day);

  // Both searches iterate to the least fixed point of "skip as many weekdays as there are holidays in
  // the span": starting from zero skipped, the span only grows, and it stops at the first span whose
  // far end is a working day (if it were a holiday, a shorter span would already have been stable).
  const nthWorkingDayAfter = (day: EpochDay, n: number): EpochDay => {
    const startRank = weekdayRank(day);
    const holidaysBefore = holidaysThrough(day);
    let skipped = 0;
    for (;;) {
      const candidate = weekdayWithRank(startRank + n + skipped);
      const holidaysInSpan = holidaysThrough(candidate) - holidaysBefore;
      if (holidaysInSpan === skipped) return candidate;
      skipped = holidaysInSpan;
    }
  };

  const nthWorkingDayBefore = (day: EpochDay, n: number): EpochDay => {
    const endRank = weekdayRank(day - 1);
    const holidaysUpToEnd = holidaysThrough(day - 1);
    let skipped = 0;
    for (;;) {
      const candidate = weekdayWithRank(endRank - n - skipped + 1);
      const holidaysInSpan = holidaysUpToEnd - holidaysThrough(candidate - 1);
      if (holidaysInSpan === skipped) return candidate;
      skipped = holidaysInSpan;
    }
  };

  const workingDayRank = (day: EpochDay): number => weekdayRank(day) - holidaysThrough(day);

  return {
    years,
    coverage,
    covers: (day) => day >= coverage.from && day <= coverage.to,
    isWorkingDay,
    holidaysOn: (day) => holidaysByDay.get(day) ?? NO_HOLIDAYS,
    addCalendarDays: (day, n) => {
      assertWholeDays(day, n);
      return day + n;
    },
    addWorkingDays: (day, n) => {
      assertWholeDays(day, n);
      if (n > 0) return nthWorkingDayAfter(day, n);
      if (n < 0) return nthWorkingDayBefore(day, -n);
      return isWorkingDay(day) ? day : nthWorkingDayAfter(day, 1);
    },
    workingDaysBetween: (from, to) => {
      assertWholeDays(from, to);
      return workingDayRank(to) - workingDayRank(from);
    },
  };
}

function indexHolidays(years: readonly HolidayYear[]): {
  coverage: { from: EpochDay; to: EpochDay };
  holidaysByDay: Map<EpochDay, Holiday[]>;
} {
  invariant(years.length > 0, 'A working-day calendar needs at least one year of holidays');
  const sorted = [...years].sort((a, b) => a.year - b.year);
  sorted.forEach((holidayYear, index) => {
    const previous = sorted[index - 1];
    invariant(
      previous === undefined || holidayYear.year === previous.year + 1,
      `Holiday years must be consecutive and unique, got ${previous?.year} then ${holidayYear.year}`,
    );
    if (holidayYear.decreeDate !== undefined) parseLocalDate(holidayYear.decreeDate);
  });

  const holidaysByDay = new Map<EpochDay, Holiday[]>();
  for (const { year, holidays } of sorted) {
    for (const holiday of holidays) {
      const day = parseLocalDate(holiday.date);
      invariant(holiday.date.startsWith(`${year}-`), `Holiday ${holiday.date} is listed under year ${year}`);
      invariant(
        holiday.name.id.trim() !== '' && holiday.name.en.trim() !== '',
        `Holiday ${holiday.date} needs both an Indonesian and an English name`,
      );
      const sameDay = holidaysByDay.get(day) ?? [];
      invariant(
        sameDay.every((other) => other.kind !== holiday.kind),
        `Holiday ${holiday.date} is listed twice as ${holiday.kind}`,
      );
      holidaysByDay.set(day, [...sameDay, holiday]);
    }
  }

  const first = sorted[0]!.year;
  const last = sorted[sorted.length - 1]!.year;
  return {
    coverage: {
      from: parseLocalDate(`${fourDigits(first)}-01-01`),
      to: parseLocalDate(`${fourDigits(last)}-12-31`),
    },
    holidaysByDay,
  };
}

function isWeekday(day: EpochDay): boolean {
  const weekday = weekdayOf(day);
  return weekday !== 0 && weekday !== 6;
}

/** On the hot path: the message is built only when the check fails. */
function assertWholeDays(a: number, b: number): void {
  if (!Number.isSafeInteger(a) || !Number.isSafeInteger(b)) {
    throw new InvariantViolation(`Days are whole numbers, got ${a} and ${b}`);
  }
}

const fourDigits = (year: number): string => String(year).padStart(4, '0');
