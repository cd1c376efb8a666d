import { describe, expect, it } from 'vitest';
import { defaultCalendar, HOLIDAY_YEARS } from './default-calendar.js';
import { formatLocalDate, parseLocalDate } from './epoch-day.js';
import type { HolidayKind } from './holiday.js';

const day = parseLocalDate;
const addWorkingDays = (from: string, n: number): string =>
  formatLocalDate(defaultCalendar.addWorkingDays(day(from), n));
const workingDaysBetween = (from: string, to: string): number =>
  defaultCalendar.workingDaysBetween(day(from), day(to));

describe('HOLIDAY_YEARS', () => {
  it('ships 2019 to 2027 in order, so cases of the 2019 election and after count working days right', () => {
    expect(HOLIDAY_YEARS.map((holidayYear) => holidayYear.year)).toEqual([
      2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027,
    ]);
  });

  it('dates every holiday inside its own year and lists them in date order', () => {
    for (const { year, holidays } of HOLIDAY_YEARS) {
      const dates = holidays.map((holiday) => holiday.date);
      expect(
        dates.every((date) => date.startsWith(`${year}-`)),
        String(year),
      ).toBe(true);
      expect(dates, String(year)).toEqual([...dates].sort());
    }
  });

  it('names every holiday in Indonesian and English', () => {
    for (const holiday of HOLIDAY_YEARS.flatMap((holidayYear) => holidayYear.holidays)) {
      expect(holiday.name.id.trim(), holiday.date).not.toBe('');
      expect(holiday.name.en.trim(), holiday.date).not.toBe('');
    }
  });

  it.each([
    // 16 national holidays per decree before Easter joined in 2024, 17 after; voting days are added by
    // Keppres (2019, 2020, two in 2024); in 2021 Idul Fitri and Ascension Day fell on one day.
    [2019, 'nationalHoliday', 17],
    [2019, 'cutiBersama', 4],
    [2020, 'nationalHoliday', 17],
    [2020, 'cutiBersama', 5],
    [2021, 'nationalHoliday', 15],
    [2021, 'cutiBersama', 1],
    [2022, 'nationalHoliday', 16],
    [2022, 'cutiBersama', 4],
    [2023, 'nationalHoliday', 16],
    [2023, 'cutiBersama', 11],
    [2024, 'nationalHoliday', 19],
    [2024, 'cutiBersama', 10],
    [2025, 'nationalHoliday', 17],
    [2025, 'cutiBersama', 11],
    [2026, 'nationalHoliday', 17],
    [2026, 'cutiBersama', 8],
    [2027, 'nationalHoliday', 17],
    [2027, 'cutiBersama', 0],
  ] satisfies [number, HolidayKind, number][])(
    'lists for %i as many of kind %s as the decree: %i',
    (year, kind, count) => {
      const holidayYear = HOLIDAY_YEARS.find((candidate) => candidate.year === year);
      expect(holidayYear?.holidays.filter((holiday) => holiday.kind === kind)).toHaveLength(count);
    },
  );

  it('cites a signed decree for 2019–2026 and marks 2027 as provisional with low confidence', () => {
    for (const holidayYear of HOLIDAY_YEARS.filter(({ year }) => year <= 2023)) {
      expect(holidayYear.confidence).toBe('medium');
      expect(holidayYear.decree).toMatch(/^SKB Menag, Menaker, MenPAN-RB No\. /);
    }
    for (const holidayYear of HOLIDAY_YEARS.filter(({ year }) => year >= 2024 && year <= 2026)) {
      expect(holidayYear.confidence).toBe('high');
      expect(holidayYear.decree).toMatch(/^SKB Menag, Menaker, MenPAN-RB No\. /);
      expect(holidayYear.decreeDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    const provisional = HOLIDAY_YEARS.find(({ year }) => year === 2027);
    expect(provisional?.confidence).toBe('low');
    expect(provisional?.decree).toMatch(/^Provisional/);
    expect(provisional?.decreeDate).toBeUndefined();
  });

  it('covers 2019-01-01 to 2027-12-31', () => {
    expect(defaultCalendar.coverage).toEqual({ from: day('2019-01-01'), to: day('2027-12-31') });
    expect(defaultCalendar.covers(day('2018-12-31'))).toBe(false);
    expect(defaultCalendar.covers(day('2023-12-31'))).toBe(true);
    expect(defaultCalendar.covers(day('2026-11-23'))).toBe(true);
  });
});

describe('defaultCalendar.addWorkingDays', () => {
  it.each([
    ['a Friday plus one working day is the Monday', '2026-11-20', 1, '2026-11-23'],
    ['Idul Fitri 2019: cuti bersama 3–4 and 7 June around Lebaran', '2019-05-31', 1, '2019-06-10'],
    ['the 2019 election voting day', '2019-04-16', 1, '2019-04-18'],
    ['Christmas 2020: the cuti bersama of the 24th, then Natal', '2020-12-23', 1, '2020-12-28'],
    ['year end 2020: the 31st is cuti bersama in place of Lebaran', '2020-12-30', 1, '2021-01-04'],
    ['Idul Fitri 2021: one cuti bersama, then Lebaran on Ascension Day', '2021-05-11', 1, '2021-05-17'],
    ['Idul Fitri 2022: 29 April to 6 May', '2022-04-28', 1, '2022-05-09'],
    ['Idul Fitri 2023: 19 to 25 April, as amended', '2023-04-18', 1, '2023-04-26'],
    ['Idul Adha 2023: 28 to 30 June, as amended', '2023-06-27', 1, '2023-07-03'],
    ['Idul Fitri 2024: the whole 8–15 April block is skipped', '2024-04-05', 1, '2024-04-16'],
    [
      'Idul Fitri 2025: Nyepi leave, Lebaran and leave up to 7 April are skipped',
      '2025-03-27',
      1,
      '2025-04-08',
    ],
    ['Nyepi and Idul Fitri 2026 (17 March + 3 hari kerja)', '2026-03-17', 3, '2026-03-27'],
    ['a 7-working-day examination started on Monday 16 March 2026', '2026-03-16', 7, '2026-04-01'],
    ['the 2024 election voting day', '2024-02-13', 1, '2024-02-15'],
    ['the amended cuti bersama of 18 August 2025', '2025-08-15', 1, '2025-08-19'],
    ['Christmas 2024: Natal and its cuti bersama', '2024-12-24', 1, '2024-12-27'],
    ['year end 2024 → 2025: New Year is skipped too', '2024-12-24', 4, '2025-01-02'],
    ['Christmas 2025: Natal, cuti bersama and the weekend', '2025-12-24', 1, '2025-12-29'],
    ['year end 2025 → 2026', '2025-12-24', 4, '2026-01-02'],
    ['Christmas 2026: cuti bersama on the 24th, Natal on Friday', '2026-12-23', 1, '2026-12-28'],
    ['year end 2026 → 2027: New Year 2027 is a Friday', '2026-12-23', 5, '2027-01-04'],
    ['zero on a holiday is the next working day', '2024-04-10', 0, '2024-04-16'],
    ['zero on a Saturday is the Monday', '2026-11-21', 0, '2026-11-23'],
    ['zero on a working day is that day', '2024-04-16', 0, '2024-04-16'],
    ['minus one after Idul Fitri 2024 is the Friday before it', '2024-04-16', -1, '2024-04-05'],
    ['minus one across New Year 2026', '2026-01-02', -1, '2025-12-31'],
    ['minus one across Christmas 2025', '2025-12-29', -1, '2025-12-24'],
  ])('%s', (_behaviour, from, n, expected) => {
    expect(addWorkingDays(from, n)).toBe(expected);
  });
});

describe('defaultCalendar.workingDaysBetween', () => {
  it('counts April 2024 as 22 weekdays less six Lebaran days', () => {
    expect(workingDaysBetween('2024-03-31', '2024-04-30')).toBe(16);
    expect(workingDaysBetween('2024-04-30', '2024-03-31')).toBe(-16);
  });

  it('counts one working day across the Idul Fitri 2024 block', () => {
    expect(workingDaysBetween('2024-04-05', '2024-04-16')).toBe(1);
  });

  it('counts nothing for a holiday that falls on a weekend, but still lists it', () => {
    expect(workingDaysBetween('2026-03-20', '2026-03-22')).toBe(0);
    expect(defaultCalendar.isWorkingDay(day('2026-03-21'))).toBe(false);
    expect(defaultCalendar.holidaysOn(day('2026-03-21')).map((holiday) => holiday.name.en)).toEqual([
      'Eid al-Fitr 1447 AH',
    ]);
    expect(workingDaysBetween('2025-08-15', '2025-08-19')).toBe(1);
  });

  it('is zero from a day to itself', () => {
    expect(workingDaysBetween('2026-11-23', '2026-11-23')).toBe(0);
  });
});
