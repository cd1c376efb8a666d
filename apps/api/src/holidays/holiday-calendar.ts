// The working-day calendar the API counts on: the built-in holiday list of @etik/domain with the national
// administrator's corrections (holiday table) applied per date — built-in days + added − removed. Kept in
// memory per process; this instance replaces it after its own change commits, and every instance reloads
// it at most `maxAgeMs` after it was loaded (createContext calls `refreshIfStale`), so another instance's
// change is seen within that bound: a documented bounded staleness rather than a NOTIFY channel.
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

/** How long another instance's change may go unseen here. */
export const HOLIDAY_CALENDAR_MAX_AGE_MS = 30_000;

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

  constructor(private readonly maxAgeMs: number = HOLIDAY_CALENDAR_MAX_AGE_MS) {}

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
