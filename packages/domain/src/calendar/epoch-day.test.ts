import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvariantViolation } from '../shared/invariant.js';
import {
  civilFromEpochDay,
  endOfEpochDay,
  epochDayOf,
  formatLocalDate,
  MS_PER_DAY,
  parseLocalDate,
  startOfEpochDay,
  tryParseLocalDate,
  weekdayOf,
  WIT_OFFSET_MINUTES,
  WITA_OFFSET_MINUTES,
} from './epoch-day.js';

/** Epoch days of years 1600–2400: leap centuries and dates before 1970 included. */
const anyDay = fc.integer({ min: -135_140, max: 157_045 });

describe('epochDayOf', () => {
  it('counts days from 1970-01-01 in UTC when the offset is zero', () => {
    expect(epochDayOf(new Date('1970-01-01T00:00:00Z'), 0)).toBe(0);
    expect(epochDayOf(new Date('1969-12-31T23:59:59.999Z'), 0)).toBe(-1);
  });

  it('puts an instant after 17:00 UTC on the next day in WIB by default', () => {
    expect(epochDayOf(new Date('2024-03-10T17:30:00Z'))).toBe(parseLocalDate('2024-03-11'));
    expect(epochDayOf(new Date('2024-03-10T16:59:59.999Z'))).toBe(parseLocalDate('2024-03-10'));
    expect(epochDayOf(new Date('2024-03-10T17:00:00Z'))).toBe(parseLocalDate('2024-03-11'));
  });

  it('turns the day at 16:00 UTC in WITA and at 15:00 UTC in WIT', () => {
    expect(epochDayOf(new Date('2024-03-10T15:59:59.999Z'), WITA_OFFSET_MINUTES)).toBe(
      parseLocalDate('2024-03-10'),
    );
    expect(epochDayOf(new Date('2024-03-10T16:00:00Z'), WITA_OFFSET_MINUTES)).toBe(
      parseLocalDate('2024-03-11'),
    );
    expect(epochDayOf(new Date('2024-03-10T14:59:59.999Z'), WIT_OFFSET_MINUTES)).toBe(
      parseLocalDate('2024-03-10'),
    );
    expect(epochDayOf(new Date('2024-03-10T15:00:00Z'), WIT_OFFSET_MINUTES)).toBe(
      parseLocalDate('2024-03-11'),
    );
  });

  it('refuses an invalid Date', () => {
    expect(() => epochDayOf(new Date(Number.NaN))).toThrow(InvariantViolation);
  });
});

describe('startOfEpochDay and endOfEpochDay', () => {
  it('bound a WIB day at 17:00 UTC the evening before and 16:59:59.999 UTC', () => {
    const day = parseLocalDate('2024-03-11');
    expect(startOfEpochDay(day).toISOString()).toBe('2024-03-10T17:00:00.000Z');
    expect(endOfEpochDay(day).toISOString()).toBe('2024-03-11T16:59:59.999Z');
  });

  it('follow the offset given', () => {
    const day = parseLocalDate('2024-03-11');
    expect(startOfEpochDay(day, WIT_OFFSET_MINUTES).toISOString()).toBe('2024-03-10T15:00:00.000Z');
    expect(endOfEpochDay(day, 0).toISOString()).toBe('2024-03-11T23:59:59.999Z');
  });

  it('map back to the same day for every offset, and are one millisecond short of a day apart', () => {
    fc.assert(
      fc.property(anyDay, fc.constantFrom(0, 420, 480, 540), (day, offset) => {
        expect(epochDayOf(startOfEpochDay(day, offset), offset)).toBe(day);
        expect(epochDayOf(endOfEpochDay(day, offset), offset)).toBe(day);
        expect(endOfEpochDay(day, offset).getTime() - startOfEpochDay(day, offset).getTime()).toBe(
          MS_PER_DAY - 1,
        );
      }),
    );
  });
});

describe('parseLocalDate and formatLocalDate', () => {
  it('parse the epoch, days before it and leap days', () => {
    expect(parseLocalDate('1970-01-01')).toBe(0);
    expect(parseLocalDate('1969-12-31')).toBe(-1);
    expect(parseLocalDate('2000-02-29')).toBe(11_016);
    expect(parseLocalDate('2024-02-29') + 1).toBe(parseLocalDate('2024-03-01'));
  });

  it('agree with Date.UTC and toISOString on every day of 1600–2400', () => {
    fc.assert(
      fc.property(anyDay, (day) => {
        const iso = new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
        expect(formatLocalDate(day)).toBe(iso);
        expect(parseLocalDate(iso)).toBe(day);
      }),
    );
  });

  it('give the calendar parts of a day', () => {
    expect(civilFromEpochDay(parseLocalDate('2026-11-23'))).toEqual({
      year: 2026,
      month: 11,
      dayOfMonth: 23,
    });
  });

  it.each([
    '2024-13-01',
    '2024-00-10',
    '2023-02-29',
    '2100-02-29',
    '2024-04-31',
    '2024-01-00',
    '24-01-01',
    '2024-1-1',
    '',
  ])('refuses "%s" as an expected failure in tryParseLocalDate', (value) => {
    expect(tryParseLocalDate(value)).toEqual({ ok: false, error: { code: 'INVALID_DATE', value } });
  });

  it('throws InvariantViolation from parseLocalDate on a malformed date', () => {
    expect(() => parseLocalDate('2024-02-30')).toThrow(InvariantViolation);
  });

  it('refuses to format a day outside years 0000–9999 or a fractional day', () => {
    expect(() => formatLocalDate(parseLocalDate('0000-01-01') - 1)).toThrow(InvariantViolation);
    expect(() => formatLocalDate(1.5)).toThrow(InvariantViolation);
  });
});

describe('weekdayOf', () => {
  it('knows 1970-01-01 was a Thursday and 2026-11-23 is a Monday', () => {
    expect(weekdayOf(0)).toBe(4);
    expect(weekdayOf(-1)).toBe(3);
    expect(weekdayOf(parseLocalDate('2026-11-23'))).toBe(1);
  });

  it('agrees with Date.getUTCDay', () => {
    fc.assert(
      fc.property(anyDay, (day) => {
        expect(weekdayOf(day)).toBe(new Date(day * MS_PER_DAY).getUTCDay());
      }),
    );
  });
});
