// Dates as people here read them (WIB unless the browser says otherwise), and countdowns to deadlines.
import { useEffect, useState } from 'react';

const TAGS: Readonly<Record<string, string>> = { id: 'id-ID', en: 'en-GB' };

export function formatDateTime(iso: string | null | undefined, locale: string): string {
  if (!iso) return '';
  return new Date(iso).toLocaleString(TAGS[locale] ?? locale, { dateStyle: 'medium', timeStyle: 'short' });
}

export function formatDate(iso: string | null | undefined, locale: string): string {
  if (!iso) return '';
  return new Date(iso).toLocaleDateString(TAGS[locale] ?? locale, { dateStyle: 'medium' });
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
