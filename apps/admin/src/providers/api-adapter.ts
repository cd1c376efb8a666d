// The small adapter between what the admin needs and what the API offers today. What the API does not
// (yet) do is listed in API_CAPABILITIES and worked around in the provider, so that when the API grows a
// capability one flag flips. The case list's filters all go to the server (CaseFilter); only sorts that
// CaseSort cannot express are done here, on the client. See the README ("Filters").
import type { Outcome } from '@etik/domain';
import { principleCodeOf } from '../shared/principles';
import type { EthicsCaseRecord } from './api-types';

export const API_CAPABILITIES = {
  // The case list's filters (status, source, track, body type, commission, dates, text, region, overdue,
  // outcome, principle) are all CaseFilter fields now: planCaseQuery sends every one to the server.
  /** `examinationTeamCandidates(caseId)`: who may sit on the examination team, with their conflicts. */
  examinerCandidates: true,
};
export type ApiCapabilities = typeof API_CAPABILITIES;

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
  /** YYYY-MM-DD (WIB), inclusive: the next pending deadline falls on or before this day. */
  readonly dueBefore?: string;
  readonly outcome?: Outcome;
  readonly outcomes?: readonly Outcome[];
  /** A principle code of the code of conduct (`LABELS.principle`). */
  readonly principle?: string;
  readonly principles?: readonly string[];
  /** Kemendagri code of a province; `regencyCode`, when given, is within it and wins. */
  readonly provinceCode?: string;
  readonly regencyCode?: string;
  /** Cases of an act in this election. */
  readonly electionId?: string;
}

export interface CaseQueryPlan {
  readonly serverFilter: Record<string, unknown>;
  readonly serverSort: string;
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
  if (filter.electionId) serverFilter.electionId = filter.electionId;
  if (filter.receivedFrom) serverFilter.receivedFrom = wibDayStart(filter.receivedFrom);
  if (filter.receivedTo) serverFilter.receivedTo = wibDayStart(filter.receivedTo, 1);
  if (filter.q?.trim()) serverFilter.text = filter.q.trim();
  // CaseFilter.dueBefore is exclusive: the day chosen counts, so send the midnight that ends it.
  if (filter.dueBefore) serverFilter.dueBefore = wibDayStart(filter.dueBefore, 1);

  // A regency, when chosen, lies within the province chosen and is the narrower of the two.
  const regionCode = filter.regencyCode || filter.provinceCode;
  if (regionCode) serverFilter.regionCode = regionCode;
  // Only `true` narrows: the switch turned off means "any", not the API's `overdue: false` (none overdue).
  if (filter.overdue === true || (filter.overdue as unknown) === 'true') serverFilter.overdue = true;
  const outcomes = [...new Set([...asList(filter.outcome), ...asList(filter.outcomes)])];
  if (outcomes.length) serverFilter.outcomes = outcomes;
  // The API matches principle codes; a statute term ("mandiri") in an old link is read as its code.
  const principles = [
    ...new Set([...asList(filter.principle), ...asList(filter.principles)].map(principleCodeOf)),
  ];
  if (principles.length) serverFilter.principles = principles;

  const key = `${sort.field}:${sort.order}`;
  const serverSort = SERVER_CASE_SORTS[key];
  const direction = sort.order === 'ASC' ? 1 : -1;
  return {
    serverFilter,
    serverSort: serverSort ?? 'receivedAtDesc',
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
