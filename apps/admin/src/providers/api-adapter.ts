// The small adapter between what the admin needs and what the API offers today. Everything the API does
// not (yet) do is listed in API_CAPABILITIES and done here, on the client, so that when the API grows a
// capability one flag flips and the provider sends it to the server instead. See the README for the list.
import type { Outcome } from '@etik/domain';
import type { EthicsCaseRecord } from './api-types';

export const API_CAPABILITIES = {
  /** CaseFilter.overdue: Boolean — cases with an overdue deadline. Not in the API: filtered here. */
  caseFilterOverdue: false,
  /** CaseFilter.outcomes: [Outcome!] — cases decided with one of these outcomes. Not in the API. */
  caseFilterOutcomes: false,
  /** A query listing the people who may sit on an examination team (e.g. `users(role: examiner)`). */
  examinerCandidates: false,
  /** A `users` query for the user administration screen. */
  users: false,
} as const;

/** Sorts the `cases` query can do (`CaseSort`); any other sort is done on the client. */
export const SERVER_CASE_SORTS: Readonly<Record<string, string>> = {
  'receivedAt:DESC': 'receivedAtDesc',
  'receivedAt:ASC': 'receivedAtAsc',
  'updatedAt:DESC': 'updatedAtDesc',
};

/** The filter of the cases list, as react-admin holds it in the URL. */
export interface CaseListFilter {
  readonly status?: string | readonly string[];
  readonly statuses?: readonly string[];
  readonly tracks?: readonly string[];
  readonly sources?: readonly string[];
  readonly source?: string;
  readonly commissionId?: string;
  readonly bodyType?: string;
  readonly bodyTypes?: readonly string[];
  /** YYYY-MM-DD (WIB), inclusive. */
  readonly receivedFrom?: string;
  /** YYYY-MM-DD (WIB), inclusive. */
  readonly receivedTo?: string;
  readonly q?: string;
  readonly overdue?: boolean;
  readonly outcome?: Outcome;
  readonly outcomes?: readonly Outcome[];
}

export interface CaseQueryPlan {
  readonly serverFilter: Record<string, unknown>;
  readonly serverSort: string;
  /** Present when some of the filter must be applied on the client: the provider then scans. */
  readonly clientFilter?: (ethicsCase: EthicsCaseRecord) => boolean;
  readonly clientSort?: (a: EthicsCaseRecord, b: EthicsCaseRecord) => number;
}

const asList = <T>(value: T | readonly T[] | undefined): T[] =>
  value === undefined || value === null || (value as unknown) === ''
    ? []
    : Array.isArray(value)
      ? [...value]
      : [value as T];

/** Midnight WIB of a YYYY-MM-DD date, as an ISO instant; `plusDays` moves it. */
export function wibDayStart(date: string, plusDays = 0): string {
  const start = new Date(`${date}T00:00:00+07:00`);
  return new Date(start.getTime() + plusDays * 86_400_000).toISOString();
}

export const isOverdue = (ethicsCase: EthicsCaseRecord): boolean =>
  ethicsCase.deadlines.some((deadline) => deadline.state === 'overdue');

const sortValue = (ethicsCase: EthicsCaseRecord, field: string): string | number => {
  const value = (ethicsCase as unknown as Record<string, unknown>)[field];
  return typeof value === 'number' ? value : typeof value === 'string' ? value : '';
};

export function planCaseQuery(
  filter: CaseListFilter,
  sort: { readonly field: string; readonly order: string } = { field: 'receivedAt', order: 'DESC' },
): CaseQueryPlan {
  const serverFilter: Record<string, unknown> = {};
  const statuses = [...asList(filter.status), ...asList(filter.statuses)];
  if (statuses.length) serverFilter.statuses = statuses;
  const sources = [...asList(filter.source), ...asList(filter.sources)];
  if (sources.length) serverFilter.sources = sources;
  if (filter.tracks?.length) serverFilter.tracks = [...filter.tracks];
  const bodyTypes = [...asList(filter.bodyType), ...asList(filter.bodyTypes)];
  if (bodyTypes.length) serverFilter.bodyTypes = bodyTypes;
  if (filter.commissionId) serverFilter.commissionId = filter.commissionId;
  if (filter.receivedFrom) serverFilter.receivedFrom = wibDayStart(filter.receivedFrom);
  if (filter.receivedTo) serverFilter.receivedTo = wibDayStart(filter.receivedTo, 1);
  if (filter.q?.trim()) serverFilter.text = filter.q.trim();

  const predicates: ((ethicsCase: EthicsCaseRecord) => boolean)[] = [];
  if (filter.overdue) {
    if (API_CAPABILITIES.caseFilterOverdue) serverFilter.overdue = true;
    else predicates.push(isOverdue);
  }
  const outcomes = [...asList(filter.outcome), ...asList(filter.outcomes)];
  if (outcomes.length) {
    if (API_CAPABILITIES.caseFilterOutcomes) serverFilter.outcomes = outcomes;
    else
      predicates.push((ethicsCase) =>
        (ethicsCase.decision?.outcomes ?? []).some((given) => outcomes.includes(given.outcome)),
      );
  }

  const key = `${sort.field}:${sort.order}`;
  const serverSort = SERVER_CASE_SORTS[key];
  const direction = sort.order === 'ASC' ? 1 : -1;
  return {
    serverFilter,
    serverSort: serverSort ?? 'receivedAtDesc',
    ...(predicates.length
      ? { clientFilter: (ethicsCase: EthicsCaseRecord) => predicates.every((test) => test(ethicsCase)) }
      : {}),
    ...(serverSort
      ? {}
      : {
          clientSort: (a: EthicsCaseRecord, b: EthicsCaseRecord) => {
            const [left, right] = [sortValue(a, sort.field), sortValue(b, sort.field)];
            return (left < right ? -1 : left > right ? 1 : 0) * direction;
          },
        }),
  };
}
