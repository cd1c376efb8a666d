// The working-day calendar the API counts on: the built-in holiday list of @etik/domain with the national
// administrator's corrections (holiday table) applied per date — built-in days + added − removed. Kept in
// memory per process; this instance replaces it after its own change commits. Other instances:
//   - on PostgreSQL a change sends NOTIFY on HOLIDAY_CHANNEL when it commits; the session listener
//     (auth/session-listener.ts) marks the calendar stale, and the next request reloads it. While that
//     listener is down, the calendar is reloaded as on SQLite;
//   - on SQLite (several processes on one file) the calendar is reloaded by the first request at least
//     HOLIDAY_CALENDAR_MAX_AGE_MS after the last load: a change is seen within that bound.
import {
  createWorkingDayCalendar,
  HOLIDAY_YEARS,
  type Holiday,
  type HolidayKind,
  type HolidayOrigin,
  type HolidayYear,
  type WorkingDayCalendar,
} from '@etik/domain';
import type { EntityManager } from '@mikro-orm/knex';
import { HolidayOverride } from './holiday.entity.js';

/** How long another instance's change may go unseen here, without NOTIFY. */
export const HOLIDAY_CALENDAR_MAX_AGE_MS = 30_000;

/** PostgreSQL channel a committed change of the holiday table is announced on. */
export const HOLIDAY_CHANNEL = 'etik_holidays';

export interface EffectiveCalendar {
  readonly calendar: WorkingDayCalendar;
  /** The origin of each effective day off, by date; absent: a built-in day. */
  readonly origins: ReadonlyMap<string, HolidayOrigin>;
  /** Built-in dates the administrator removed. */
  readonly removed: ReadonlySet<string>;
}

export const BUILT_IN_YEARS: ReadonlySet<number> = new Set(HOLIDAY_YEARS.map((year) => year.year));

/** The built-in years with the overrides applied; an override outside the built-in years is ignored. */
export function effectiveCalendarOf(overrides: readonly HolidayOverride[]): EffectiveCalendar {
  const byDate = new Map(overrides.map((override) => [override.date, override]));
  const origins = new Map<string, HolidayOrigin>();
  const removed = new Set<string>();
  const years: HolidayYear[] = HOLIDAY_YEARS.map((year) => {
    const kept = year.holidays.filter((holiday) => {
      const override = byDate.get(holiday.date);
      if (override?.change === 'removed') removed.add(holiday.date);
      return override === undefined;
    });
    const added: Holiday[] = overrides
      .filter((override) => override.change === 'added' && override.date.startsWith(`${year.year}-`))
      .map((override) => ({
        date: override.date,
        kind: override.kind as HolidayKind,
        name: { id: override.nameId ?? '', en: override.nameEn ?? '' },
      }));
    for (const holiday of added) origins.set(holiday.date, 'added');
    if (added.length === 0 && kept.length === year.holidays.length) return year;
    return {
      ...year,
      holidays: [...kept, ...added].sort((a, b) => a.date.localeCompare(b.date)),
    };
  });
  return { calendar: createWorkingDayCalendar(years), origins, removed };
}

export async function loadEffectiveCalendar(em: EntityManager): Promise<EffectiveCalendar> {
  return effectiveCalendarOf(await em.find(HolidayOverride, {}, { orderBy: { date: 'asc' } }));
}

/** One per process (AppDeps.holidays). */
export class HolidayCalendarCache {
  private effective: EffectiveCalendar = effectiveCalendarOf([]);
  private loadedAt = Number.NEGATIVE_INFINITY;
  private loading: Promise<void> | undefined;

  constructor(private maxAgeMs: number = HOLIDAY_CALENDAR_MAX_AGE_MS) {}

  /** While LISTEN is in place the calendar is kept until a notification; without it, reloaded by age. */
  listening(on: boolean): void {
    this.maxAgeMs = on ? Number.POSITIVE_INFINITY : HOLIDAY_CALENDAR_MAX_AGE_MS;
    // Whatever was loaded before LISTEN was in place may have missed a notification.
    this.markStale();
  }

  /** Another instance changed the holiday table: the next request reloads. */
  markStale(): void {
    this.loadedAt = Number.NEGATIVE_INFINITY;
  }

  get current(): EffectiveCalendar {
    return this.effective;
  }

  /** Replaces the calendar: after this instance's own change has committed, or after a load. */
  replace(effective: EffectiveCalendar): void {
    this.effective = effective;
    this.loadedAt = performance.now();
  }

  async load(em: () => EntityManager): Promise<void> {
    this.replace(await loadEffectiveCalendar(em()));
  }

  /** Reloads when older than the bound; concurrent callers share one load. */
  async refreshIfStale(em: () => EntityManager): Promise<void> {
    if (performance.now() - this.loadedAt < this.maxAgeMs) return;
    this.loading ??= this.load(em).finally(() => {
      this.loading = undefined;
    });
    await this.loading;
  }
}
