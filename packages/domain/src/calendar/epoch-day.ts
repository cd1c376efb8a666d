/**
 * Local calendar dates as whole days since 1970-01-01, so deadline arithmetic is integer arithmetic.
 * An instant belongs to a day only given a UTC offset: Indonesia has three zones and no DST, so the
 * offset is a plain number of minutes (WIB 420, WITA 480, WIT 540). Pure: no clock, no time zone database.
 */
import { invariant, InvariantViolation } from '../shared/invariant.js';
import { err, ok, type Result } from '../shared/result.js';

/** Days since 1970-01-01 (a Thursday) of a local calendar date; 0 is 1970-01-01. */
export type EpochDay = number;

/** 0 = Sunday … 6 = Saturday, as `Date.prototype.getUTCDay`. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

export type InvalidDateError = { readonly code: 'INVALID_DATE'; readonly value: string };

export const WIB_OFFSET_MINUTES = 420;
export const WITA_OFFSET_MINUTES = 480;
export const WIT_OFFSET_MINUTES = 540;

const MS_PER_MINUTE = 60_000;
export const MS_PER_DAY = 86_400_000;
/** Weekday of epoch day 0 (1970-01-01). */
const THURSDAY = 4;

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function epochDayOf(instant: Date, utcOffsetMinutes: number = WIB_OFFSET_MINUTES): EpochDay {
  const ms = instant.getTime();
  invariant(Number.isFinite(ms), 'epochDayOf needs a valid Date');
  return Math.floor((ms + utcOffsetMinutes * MS_PER_MINUTE) / MS_PER_DAY);
}

/** The first millisecond of `day` in local time. */
export function startOfEpochDay(day: EpochDay, utcOffsetMinutes: number = WIB_OFFSET_MINUTES): Date {
  return new Date(day * MS_PER_DAY - utcOffsetMinutes * MS_PER_MINUTE);
}

/** The last millisecond of `day` in local time: a deadline "on day X" holds until this instant. */
export function endOfEpochDay(day: EpochDay, utcOffsetMinutes: number = WIB_OFFSET_MINUTES): Date {
  return new Date((day + 1) * MS_PER_DAY - utcOffsetMinutes * MS_PER_MINUTE - 1);
}

export function weekdayOf(day: EpochDay): Weekday {
  return ((((day + THURSDAY) % 7) + 7) % 7) as Weekday;
}

/** For input that may be wrong (a user's form, a query string): a bad date is an expected failure. */
export function tryParseLocalDate(value: string): Result<EpochDay, InvalidDateError> {
  const match = LOCAL_DATE.exec(value);
  if (match === null) return err({ code: 'INVALID_DATE', value });
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return err({ code: 'INVALID_DATE', value });
  }
  return ok(epochDayFromCivil(year, month, day));
}

/** For dates we ship or configure: a malformed one is a bug, so it throws InvariantViolation. */
export function parseLocalDate(value: string): EpochDay {
  const parsed = tryParseLocalDate(value);
  if (!parsed.ok) throw new InvariantViolation(`Not a YYYY-MM-DD calendar date: "${value}"`);
  return parsed.value;
}

export function formatLocalDate(day: EpochDay): string {
  const { year, month, dayOfMonth } = civilFromEpochDay(day);
  if (year < 0 || year > 9999) throw new InvariantViolation(`Epoch day ${day} is outside years 0000–9999`);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(dayOfMonth, 2)}`;
}

/** The Gregorian year, month (1–12) and day of an epoch day. */
export function civilFromEpochDay(day: EpochDay): { year: number; month: number; dayOfMonth: number } {
  // Howard Hinnant's civil_from_days: eras of 400 years (146 097 days) starting on 0000-03-01, so the
  // leap day is the last day of each shifted year and needs no special case.
  if (!Number.isSafeInteger(day)) throw new InvariantViolation(`An epoch day is an integer, got ${day}`);
  const shifted = day + 719_468;
  const era = Math.floor(shifted / 146_097);
  const dayOfEra = shifted - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const dayOfMonth = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, dayOfMonth };
}

function epochDayFromCivil(year: number, month: number, day: number): EpochDay {
  // Hinnant's days_from_civil, the inverse of civilFromEpochDay.
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const pad = (value: number, width: number): string => String(value).padStart(width, '0');
