// Dates as people here read them: in the commission's zone (WIB, WITA or WIT) when one is given, named after
// the time ("6 Mar 2024, 23:59 WITA"), whatever the browser's zone; and countdowns to deadlines.
import { useEffect, useState } from 'react';
import type { TimeZone } from '@etik/domain';

const TAGS: Readonly<Record<string, string>> = { id: 'id-ID', en: 'en-GB' };

/** The IANA zone of each of Indonesia's three zones (fixed offsets, no DST). */
const IANA_ZONES: Readonly<Record<TimeZone, string>> = {
  WIB: 'Asia/Jakarta',
  WITA: 'Asia/Makassar',
  WIT: 'Asia/Jayapura',
};
const OFFSETS: Readonly<Record<TimeZone, string>> = { WIB: '+07:00', WITA: '+08:00', WIT: '+09:00' };

/** A zone the API named, or undefined for anything else (then the browser's zone is used). */
export const timeZoneOf = (value: unknown): TimeZone | undefined =>
  value === 'WIB' || value === 'WITA' || value === 'WIT' ? value : undefined;

export function formatDateTime(iso: string | null | undefined, locale: string, zone?: TimeZone): string {
  if (!iso) return '';
  const text = new Date(iso).toLocaleString(TAGS[locale] ?? locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
    ...(zone ? { timeZone: IANA_ZONES[zone] } : {}),
  });
  return zone ? `${text} ${zone}` : text;
}

/** The calendar date, in `zone` when given (23:30 WIB on the 4th is already the 5th in WIT). */
export function formatDate(iso: string | null | undefined, locale: string, zone?: TimeZone): string {
  if (!iso) return '';
  return new Date(iso).toLocaleDateString(TAGS[locale] ?? locale, {
    dateStyle: 'medium',
    ...(zone ? { timeZone: IANA_ZONES[zone] } : {}),
  });
}

/** A datetime-local value ("YYYY-MM-DDTHH:mm") read as a wall-clock time in `zone` → ISO instant. */
export function zonedInputToIso(value: unknown, zone: TimeZone): string | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString();
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(value.trim())) {
    return undefined;
  }
  const trimmed = value.trim();
  const date = new Date(`${trimmed.length === 16 ? `${trimmed}:00` : trimmed}${OFFSETS[zone]}`);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/** The current time, re-read every `everyMs` so countdowns move. */
export function useNow(everyMs = 60_000): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}

export interface Span {
  readonly days: number;
  readonly hours: number;
  readonly minutes: number;
}

/** Whole days, hours and minutes of a duration (its absolute value). */
export function spanOf(milliseconds: number): Span {
  const minutesTotal = Math.floor(Math.abs(milliseconds) / 60_000);
  return {
    days: Math.floor(minutesTotal / 1440),
    hours: Math.floor((minutesTotal % 1440) / 60),
    minutes: minutesTotal % 60,
  };
}

/** `<input type="datetime-local">` value ("YYYY-MM-DDTHH:mm", local) → ISO instant. */
export function localInputToIso(value: unknown): string | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString();
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/** `<input type="date">` value ("YYYY-MM-DD") → midnight WIB, the day the domain counts in. */
export function dateInputToIso(value: unknown): string | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString();
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
  return new Date(`${value}T00:00:00+07:00`).toISOString();
}

/** An ISO instant as a datetime-local value in the browser's zone. */
export function isoToLocalInput(date: Date): string {
  const shifted = new Date(date.getTime() - date.getTimezoneOffset() * 60_000);
  return shifted.toISOString().slice(0, 16);
}
