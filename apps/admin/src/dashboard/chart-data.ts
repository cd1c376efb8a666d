// From caseStatistics groups to the bars of a chart: which groups, in which order, named how, and which
// filtered list each bar opens. Pure functions, so the dashboard's figures can be tested without React.
import { BODY_TYPES, CASE_STATUSES, OUTCOMES, type LabelKind } from '@etik/domain';
import type { CaseCountGroup, CaseStatistics } from '../providers/api-types';
import { principleCodeOf } from '../shared/principles';

export interface Bar {
  readonly key: string;
  readonly label: string;
  readonly value: number;
  /** The case list filtered to what the bar counts. */
  readonly href?: string;
}

export type DomainLabel = (kind: LabelKind, code: string) => string;

export const listHref = (filter: Readonly<Record<string, unknown>>): string =>
  `#/cases?filter=${encodeURIComponent(JSON.stringify(filter))}`;

const countsBy = (stats: CaseStatistics, key: keyof CaseCountGroup): Map<string, number> => {
  const counts = new Map<string, number>();
  for (const group of stats.groups) {
    const value = group[key];
    const code = typeof value === 'object' && value !== null ? value.code : value;
    if (typeof code === 'string') counts.set(code, (counts.get(code) ?? 0) + group.count);
  }
  return counts;
};

/** Every status in the domain's order (the procedure's), zero where there is none. */
export function statusBars(stats: CaseStatistics, label: DomainLabel): Bar[] {
  const counts = countsBy(stats, 'status');
  return CASE_STATUSES.map((status) => ({
    key: status,
    label: label('caseStatus', status),
    value: counts.get(status) ?? 0,
    href: listHref({ statuses: [status] }),
  }));
}

export function bodyTypeBars(stats: CaseStatistics, label: DomainLabel): Bar[] {
  const counts = countsBy(stats, 'bodyType');
  return BODY_TYPES.map((type) => ({
    key: type,
    label: label('bodyType', type),
    value: counts.get(type) ?? 0,
    href: listHref({ bodyType: type }),
  }));
}

/** Outcomes mildest first (the domain's order of severity), zero where none was decided. */
export function outcomeBars(stats: CaseStatistics, label: DomainLabel): Bar[] {
  const counts = countsBy(stats, 'outcome');
  return OUTCOMES.map((outcome) => ({
    key: outcome,
    label: label('outcome', outcome),
    value: counts.get(outcome) ?? 0,
    href: listHref({ outcome }),
  }));
}

/** Principles found violated, most often first (only those found at least once; a term counts as its code). */
export function principleBars(stats: CaseStatistics, label: DomainLabel): Bar[] {
  const counts = new Map<string, number>();
  for (const [principle, count] of countsBy(stats, 'principle')) {
    const code = principleCodeOf(principle);
    counts.set(code, (counts.get(code) ?? 0) + count);
  }
  return [...counts]
    .sort(([a, left], [b, right]) => right - left || a.localeCompare(b))
    .map(([principle, value]) => ({
      key: principle,
      label: label('principle', principle),
      value,
      href: listHref({ principle }),
    }));
}

/** Provinces or regencies by their name from the regions table, largest first. */
export function regionBars(stats: CaseStatistics, level: 'province' | 'regency'): Bar[] {
  const names = new Map<string, string>();
  for (const group of stats.groups) {
    const region = group[level];
    if (region) names.set(region.code, region.name);
  }
  return [...countsBy(stats, level)]
    .sort(([a, left], [b, right]) => right - left || a.localeCompare(b))
    .map(([code, value]) => ({
      key: code,
      label: names.get(code) ?? code,
      value,
      href: listHref(
        level === 'province'
          ? { provinceCode: code }
          : { provinceCode: code.split('.')[0], regencyCode: code },
      ),
    }));
}

const monthIndex = (month: string): number => {
  const [year, number] = month.split('-').map(Number);
  return (year ?? 0) * 12 + ((number ?? 1) - 1);
};
const monthOf = (index: number): string =>
  `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
const lastDayOf = (month: string): string => {
  const [year, number] = month.split('-').map(Number);
  return `${month}-${String(new Date(Date.UTC(year ?? 0, number ?? 1, 0)).getUTCDate()).padStart(2, '0')}`;
};

/**
 * Cases per month received: the `window` months up to the latest month with a case (a demo database's
 * cases may all lie years back, so "up to now" would show only zeros), every month present even when
 * empty. The cases before the window are counted by `casesBeforeWindow`, so none is silently left out.
 */
export function monthBars(stats: CaseStatistics, formatMonth: (month: string) => string, window = 12): Bar[] {
  const counts = countsBy(stats, 'month');
  if (counts.size === 0) return [];
  const latest = Math.max(...[...counts.keys()].map(monthIndex));
  const bars: Bar[] = [];
  for (let index = latest - window + 1; index <= latest; index += 1) {
    const month = monthOf(index);
    bars.push({
      key: month,
      label: formatMonth(month),
      value: counts.get(month) ?? 0,
      href: listHref({ receivedFrom: `${month}-01`, receivedTo: lastDayOf(month) }),
    });
  }
  return bars;
}

/** The cases received before the months `monthBars` shows: how many, before which month, and their list. */
export function casesBeforeWindow(
  stats: CaseStatistics,
  window = 12,
): { readonly count: number; readonly firstMonth: string; readonly href: string } | undefined {
  const counts = countsBy(stats, 'month');
  if (counts.size === 0) return undefined;
  const first = Math.max(...[...counts.keys()].map(monthIndex)) - window + 1;
  const count = [...counts]
    .filter(([month]) => monthIndex(month) < first)
    .reduce((sum, [, value]) => sum + value, 0);
  return count === 0
    ? undefined
    : { count, firstMonth: monthOf(first), href: listHref({ receivedTo: lastDayOf(monthOf(first - 1)) }) };
}
