import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvariantViolation } from '../shared/invariant.js';
import { HOLIDAY_YEARS } from './default-calendar.js';
import { formatLocalDate, MS_PER_DAY, parseLocalDate } from './epoch-day.js';
import { cutiBersama, nationalHoliday, type HolidayYear } from './holiday.js';
import { createWorkingDayCalendar } from './working-day-calendar.js';

const day = parseLocalDate;

const aYear = (year: number, holidays: HolidayYear['holidays'] = []): HolidayYear => ({
  year,
  decree: `Test decree ${year}`,
  confidence: 'high',
  holidays,
});

/** The obvious day-by-day definition, built on Date rather than on anything under test. */
function naiveCalendar(years: readonly HolidayYear[]) {
  const holidayDates = new Set(years.flatMap((year) => year.holidays.map((holiday) => holiday.date)));
  const isWorkingDay = (epochDay: number): boolean => {
    const date = new Date(epochDay * MS_PER_DAY);
    const weekday = date.getUTCDay();
    return weekday !== 0 && weekday !== 6 && !holidayDates.has(date.toISOString().slice(0, 10));
  };
  const addWorkingDays = (from: number, n: number): number => {
    let current = from;
    if (n === 0) {
      while (!isWorkingDay(current)) current += 1;
      return current;
    }
    for (let left = Math.abs(n); left > 0;) {
      current += Math.sign(n);
      if (isWorkingDay(current)) left -= 1;
    }
    return current;
  };
  const workingDaysBetween = (from: number, to: number): number => {
    let count = 0;
    for (let current = Math.min(from, to) + 1; current <= Math.max(from, to); current += 1) {
      if (isWorkingDay(current)) count += 1;
    }
    return to >= from || count === 0 ? count : -count;
  };
  return { isWorkingDay, addWorkingDays, workingDaysBetween };
}

describe('createWorkingDayCalendar with the shipped holidays', () => {
  const calendar = createWorkingDayCalendar(HOLIDAY_YEARS);
  const naive = naiveCalendar(HOLIDAY_YEARS);
  const dayIn2023To2028 = fc.integer({ min: day('2023-01-01'), max: day('2028-12-31') });
  const span = fc.integer({ min: -60, max: 60 });

  it('adds working days exactly as a day-by-day walk does', () => {
    fc.assert(
      fc.property(dayIn2023To2028, span, (from, n) => {
        expect(formatLocalDate(calendar.addWorkingDays(from, n))).toBe(
          formatLocalDate(naive.addWorkingDays(from, n)),
        );
      }),
      { numRuns: 2000 },
    );
  });

  it('counts working days between two dates exactly as a day-by-day walk does', () => {
    fc.assert(
      fc.property(dayIn2023To2028, dayIn2023To2028, (from, to) => {
        expect(calendar.workingDaysBetween(from, to)).toBe(naive.workingDaysBetween(from, to));
      }),
      { numRuns: 1000 },
    );
  });

  it('counts back the n working days it added', () => {
    fc.assert(
      fc.property(dayIn2023To2028, fc.integer({ min: 1, max: 60 }), (from, n) => {
        const due = calendar.addWorkingDays(from, n);
        expect(calendar.isWorkingDay(due)).toBe(true);
        expect(calendar.workingDaysBetween(from, due)).toBe(n);
      }),
      { numRuns: 1000 },
    );
  });

  it('agrees with the walk on whether each day is a working day', () => {
    for (let current = day('2023-12-25'); current <= day('2028-01-07'); current += 1) {
      expect(calendar.isWorkingDay(current), formatLocalDate(current)).toBe(naive.isWorkingDay(current));
    }
  });
});

describe('createWorkingDayCalendar with random holidays', () => {
  // Dense, random holiday sets make long runs of consecutive holidays, the case the fixed point is for.
  const holidaysIn2030 = fc
    .uniqueArray(fc.integer({ min: 0, max: 364 }), { maxLength: 200 })
    .map((offsets) =>
      offsets.map((offset) =>
        cutiBersama(formatLocalDate(day('2030-01-01') + offset), 'Libur uji', 'Test holiday'),
      ),
    );

  it('agrees with a day-by-day walk however the holidays cluster', () => {
    fc.assert(
      fc.property(
        holidaysIn2030,
        fc.integer({ min: day('2029-12-01'), max: day('2031-01-31') }),
        fc.integer({ min: -40, max: 40 }),
        (holidays, from, n) => {
          const years = [aYear(2030, holidays)];
          const calendar = createWorkingDayCalendar(years);
          const naive = naiveCalendar(years);
          expect(calendar.addWorkingDays(from, n)).toBe(naive.addWorkingDays(from, n));
          expect(calendar.workingDaysBetween(from, from + n * 3)).toBe(
            naive.workingDaysBetween(from, from + n * 3),
          );
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('createWorkingDayCalendar data checks', () => {
  const newYear = nationalHoliday('2030-01-01', 'Tahun Baru', "New Year's Day");

  it('refuses the same date twice under the same kind', () => {
    expect(() => createWorkingDayCalendar([aYear(2030, [newYear, newYear])])).toThrow(InvariantViolation);
  });

  it('accepts a national holiday and a cuti bersama on one date and returns both', () => {
    const leave = cutiBersama('2030-01-01', 'Cuti bersama', 'Collective leave');
    const calendar = createWorkingDayCalendar([aYear(2030, [newYear, leave])]);
    expect(calendar.holidaysOn(day('2030-01-01'))).toEqual([newYear, leave]);
    expect(calendar.addWorkingDays(day('2029-12-31'), 1)).toBe(day('2030-01-02'));
  });

  it('refuses a holiday listed under another year', () => {
    expect(() => createWorkingDayCalendar([aYear(2031, [newYear])])).toThrow(InvariantViolation);
  });

  it('refuses a malformed holiday date or decree date', () => {
    const badDate = nationalHoliday('2030-02-30', 'Salah', 'Wrong');
    expect(() => createWorkingDayCalendar([aYear(2030, [badDate])])).toThrow(InvariantViolation);
    expect(() => createWorkingDayCalendar([{ ...aYear(2030), decreeDate: '2029-9-1' }])).toThrow(
      InvariantViolation,
    );
  });

  it('refuses a holiday without both names', () => {
    const unnamed = nationalHoliday('2030-01-01', 'Tahun Baru', ' ');
    expect(() => createWorkingDayCalendar([aYear(2030, [unnamed])])).toThrow(InvariantViolation);
  });

  it('refuses no years, a repeated year and a gap between years', () => {
    expect(() => createWorkingDayCalendar([])).toThrow(InvariantViolation);
    expect(() => createWorkingDayCalendar([aYear(2030), aYear(2030)])).toThrow(InvariantViolation);
    expect(() => createWorkingDayCalendar([aYear(2030), aYear(2032)])).toThrow(InvariantViolation);
  });

  it('refuses fractional days and counts', () => {
    const calendar = createWorkingDayCalendar([aYear(2030)]);
    expect(() => calendar.addWorkingDays(1.5, 1)).toThrow(InvariantViolation);
    expect(() => calendar.addCalendarDays(day('2030-01-01'), 0.5)).toThrow(InvariantViolation);
    expect(() => calendar.workingDaysBetween(0, Number.NaN)).toThrow(InvariantViolation);
  });
});

describe('WorkingDayCalendar coverage', () => {
  const calendar = createWorkingDayCalendar([aYear(2031), aYear(2030)]);

  it('spans the first to the last day of the years given, in any order', () => {
    expect(calendar.coverage).toEqual({ from: day('2030-01-01'), to: day('2031-12-31') });
    expect(calendar.covers(day('2030-01-01'))).toBe(true);
    expect(calendar.covers(day('2031-12-31'))).toBe(true);
    expect(calendar.covers(day('2029-12-31'))).toBe(false);
    expect(calendar.covers(day('2032-01-01'))).toBe(false);
  });

  it('knows only weekends outside it', () => {
    // 2033-01-03 is a Monday; the next five weeks hold 25 weekdays.
    expect(calendar.workingDaysBetween(day('2033-01-02'), day('2033-02-06'))).toBe(25);
    expect(calendar.holidaysOn(day('2033-01-01'))).toEqual([]);
  });

  it('adds calendar days as plain days', () => {
    expect(calendar.addCalendarDays(day('2030-12-30'), 3)).toBe(day('2031-01-02'));
    expect(calendar.addCalendarDays(day('2030-01-02'), -2)).toBe(day('2029-12-31'));
  });
});
