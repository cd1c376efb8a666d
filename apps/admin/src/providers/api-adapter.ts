// The small adapter between what the admin needs and what the API offers today. Everything the API does
// not (yet) do is listed in API_CAPABILITIES and done here, on the client, so that when the API grows a
// capability one flag flips and the provider sends it to the server instead. See the README for the list.
import type { Outcome } from '@etik/domain';
import { principleCodeOf } from '../shared/principles';
import type { EthicsCaseRecord } from './api-types';

export const API_CAPABILITIES = {
  // Case list filters. Each is applied on the client (over at most MAX_SCANNED_CASES cases) while its
  // flag is false; when the API grows the CaseFilter field named in the comment, set the flag to true —
  // that one line makes planCaseQuery send it to the server instead (see the README, "Filters").
  /** CaseFilter.overdue: Boolean — cases with an overdue deadline. */
  caseFilterOverdue: false,
  /** CaseFilter.outcomes: [Outcome!] — cases decided with one of these outcomes for a respondent. */
  caseFilterOutcomes: false,
  /** CaseFilter.principles: [String!] — cases whose decision found one of these principles violated. */
  caseFilterPrinciples: false,
  /** CaseFilter.regionCode: ID — cases handled in this province or regency (Kemendagri code). Until then
   * the region is mapped to the commission of that region (`commissionId`, which covers those under it). */
  caseFilterRegionCode: false,
  /** A query listing the people who may sit on an examination team (e.g. `users(role: examiner)`). */
  examinerCandidates: false,
  /** A `users` query for the user administration screen. */
  users: false,
  /** A way to find a person's earlier decisions (e.g. `CaseFilter.respondentPersonId`); until then the
   * provider searches by the respondent's name and keeps the cases where the same person is a respondent. */
  casesByPerson: false,
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
  readonly outcome?: Outcome;
  readonly outcomes?: readonly Outcome[];
  /** A principle code of the code of conduct (`LABELS.principle`). */
  readonly principle?: string;
  readonly principles?: readonly string[];
  /** Kemendagri code of a province; `regencyCode`, when given, is within it and wins. */
  readonly provinceCode?: string;
  readonly regencyCode?: string;
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
  capabilities: ApiCapabilities = API_CAPABILITIES,
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

  // Region codes reach here only when the API filters by region itself; otherwise the data provider has
  // already turned them into `commissionId` (resolveRegionFilter).
  const regionCode = filter.regencyCode || filter.provinceCode;
  if (regionCode && capabilities.caseFilterRegionCode) serverFilter.regionCode = regionCode;

  const predicates: ((ethicsCase: EthicsCaseRecord) => boolean)[] = [];
  if (filter.overdue) {
    if (capabilities.caseFilterOverdue) serverFilter.overdue = true;
    else predicates.push(isOverdue);
  }
  const outcomes = [...asList(filter.outcome), ...asList(filter.outcomes)];
  if (outcomes.length) {
    if (capabilities.caseFilterOutcomes) serverFilter.outcomes = outcomes;
    else
      predicates.push((ethicsCase) =>
        (ethicsCase.decision?.outcomes ?? []).some((given) => outcomes.includes(given.outcome)),
      );
  }
  const principles = [...asList(filter.principle), ...asList(filter.principles)];
  if (principles.length) {
    if (capabilities.caseFilterPrinciples) serverFilter.principles = principles;
    else
      predicates.push((ethicsCase) =>
        (ethicsCase.decision?.outcomes ?? []).some((given) =>
          (given.principlesViolated ?? []).some((code) => principles.includes(principleCodeOf(code))),
        ),
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

/** The commissions the region filter needs: id, level, region and parent. */
export interface CommissionNode {
  readonly id: string;
  readonly level: string;
  readonly regionCode?: string | null;
  readonly parentId?: string | null;
}

const isWithin = (commissions: readonly CommissionNode[], id: string, ancestorId: string): boolean => {
  const byId = new Map(commissions.map((commission) => [commission.id, commission]));
  for (let at = byId.get(id); at; at = at.parentId ? byId.get(at.parentId) : undefined) {
    if (at.id === ancestorId) return true;
  }
  return false;
};

/**
 * While the API has no region filter: the province or regency chosen becomes the commission of that
 * region (which covers every commission under it), combined with a `commissionId` already chosen. Gives
 * `undefined` when nothing can match (no commission of that region in the user's jurisdiction, or a
 * commission outside the region): the list is then empty without asking the API.
 */
export function resolveRegionFilter(
  filter: CaseListFilter,
  commissions: readonly CommissionNode[],
  capabilities: ApiCapabilities = API_CAPABILITIES,
): CaseListFilter | undefined {
  const regionCode = filter.regencyCode || filter.provinceCode;
  if (!regionCode || capabilities.caseFilterRegionCode) return filter;
  const { provinceCode: _province, regencyCode: _regency, ...rest } = filter;
  const ofRegion = commissions.find(
    (commission) => commission.regionCode === regionCode && commission.level !== 'national',
  );
  if (!ofRegion) return undefined;
  const chosen = rest.commissionId;
  if (!chosen || chosen === ofRegion.id || isWithin(commissions, ofRegion.id, chosen)) {
    return { ...rest, commissionId: ofRegion.id };
  }
  return isWithin(commissions, chosen, ofRegion.id) ? rest : undefined;
}
