// react-admin data provider over the Etik GraphQL API: hand-written operations, plain fetch, no
// introspection. Workflow steps are not `update`s: they are commands (`transitionCase`), one mutation per
// domain command, each carrying the version last read so a concurrent change is refused with CONFLICT.
import type {
  CreateParams,
  DataProvider,
  GetListParams,
  GetListResult,
  GetManyParams,
  GetManyReferenceParams,
  GetOneParams,
  Identifier,
  RaRecord,
  UpdateParams,
} from 'react-admin';
import { CASE_STATUSES, TERMINAL_STATUSES, type CaseCommandType, type Outcome } from '@etik/domain';
import { planCaseQuery, type CaseListFilter } from './api-adapter';
import type {
  CaseStatistics,
  Commission,
  ComplaintCheckResult,
  EthicsCaseRecord,
  EvidenceFile,
  OverdueCase,
  Region,
  StageDuration,
  StatisticsDimension,
  Viewer,
} from './api-types';
import {
  CASE_CURSORS_QUERY,
  CASE_QUERY,
  CASE_STATISTICS_QUERY,
  CASES_BY_IDS_QUERY,
  CASES_QUERY,
  COMMAND_MUTATIONS,
  commandMutation,
  FILE_CASE_MUTATION,
  OVERDUE_CASES_QUERY,
  STAGE_DURATIONS_QUERY,
  type CommandPayload,
} from './case-documents';
import { createDirectoryProvider, isDirectoryResource, type DirectoryMethods } from './directory-provider';
import { createRecordsProvider, type RecordsProvider } from './records-provider';
import { createElectionProvider } from './election-provider';
import { createAppointmentProvider, type AppointmentMethods } from './appointment-provider';
import { createFileClient, type DownloadedFile, type EvidenceUpload, type FileClient } from './file-client';
import {
  ApiError,
  createGraphQLClient,
  type GraphQLClientOptions,
  type GraphQLRequest,
} from './graphql-client';

/** The API refuses pages larger than this (`cases(first:)`, `adhocBodies(first:)`). */
export const MAX_PAGE_SIZE = 100;
/** `CaseFilter.ids` takes at most this many ids. */
export const MAX_IDS = 100;
/** A list filtered or sorted on the client reads at most this many cases. */
export const MAX_SCANNED_CASES = 1000;

export const RESOURCES = ['cases', 'commissions', 'regions', 'rule-sets', 'elections'] as const;
export type ResourceName = (typeof RESOURCES)[number];

/** A province or regency the case list can be narrowed to, with the commission that handles it. */
export interface RegionChoice {
  readonly code: string;
  readonly name: string;
  readonly parentCode?: string | null;
  readonly commissionId: string;
}

export interface RegionChoices {
  /** Provinces with a commission in the user's jurisdiction (none for a regency user). */
  readonly provinces: readonly RegionChoice[];
  /** Regencies with a commission in the user's jurisdiction, `parentCode` = their province. */
  readonly regencies: readonly RegionChoice[];
}

export interface OverdueCasesPage {
  readonly totalCount: number;
  readonly nodes: readonly OverdueCase[];
}

/** Earlier outcomes decided against each respondent (by membershipId), oldest first. */
export type PriorOutcomes = Readonly<Record<string, readonly Outcome[]>>;

export interface FiledCase {
  readonly data: EthicsCaseRecord;
  readonly completeness: ComplaintCheckResult;
}

/** The input of `fileCase` (apps/api FileCaseInput), dates as ISO strings. */
export interface FileCaseInput {
  readonly receivedAt: string;
  readonly complaint: Readonly<Record<string, unknown>> & { readonly source: string };
  readonly respondentMembershipIds?: readonly string[];
  readonly parties?: readonly { readonly role: string; readonly name: string; readonly personId?: string }[];
  readonly findingPlenaryHeldAt?: string;
  /** The election and its stage (tahapan) of the alleged act. */
  readonly electionId?: string;
  readonly stageId?: string;
}

export interface EtikDataProvider
  extends DataProvider, DirectoryMethods, RecordsProvider, AppointmentMethods {
  /** Gives a command to a case; `version` is the one last read (`expectedVersion`). */
  transitionCase(
    id: Identifier,
    command: CaseCommandType,
    payload: CommandPayload,
    version: number,
  ): Promise<{ data: EthicsCaseRecord }>;
  /** Records a complaint as received; the API answers with the completeness check. */
  fileCase(input: FileCaseInput): Promise<FiledCase>;
  /**
   * Counts per group of the given dimensions, over the cases matching `filter` (the API's CaseFilter): of
   * cases, or with `unit: 'respondent'` of their respondents (a case against 57 members counts 57).
   */
  caseStatistics(
    groupBy: readonly StatisticsDimension[],
    filter?: Readonly<Record<string, unknown>>,
    unit?: 'case' | 'respondent',
  ): Promise<CaseStatistics>;
  /** Median and 90th percentile days per stage. */
  stageDurations(filter?: Readonly<Record<string, unknown>>): Promise<readonly StageDuration[]>;
  /** Open cases with an overdue deadline, most overdue first. */
  overdueCases(first?: number): Promise<OverdueCasesPage>;
  /** Open cases with their deadlines (at most MAX_SCANNED_CASES), for what is due soon. */
  openCases(): Promise<readonly EthicsCaseRecord[]>;
  /** The provinces and regencies of the user's jurisdiction, for the list's region filter. */
  regionChoices(): Promise<RegionChoices>;
  uploadEvidence(caseId: Identifier, upload: EvidenceUpload): Promise<EvidenceFile>;
  downloadEvidence(evidence: Pick<EvidenceFile, 'downloadPath' | 'fileName'>): Promise<DownloadedFile>;
  /** What was decided earlier against the respondents of `record` (the sanction guidance weighs it). */
  priorOutcomes(record: EthicsCaseRecord): Promise<PriorOutcomes>;
  viewer(): Promise<Viewer>;
}

type Row = RaRecord & Record<string, unknown>;

const chunksOf = <T>(items: readonly T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, index) =>
    items.slice(index * size, (index + 1) * size),
  );

const notSupported = (): never => {
  throw new ApiError('NOT_SUPPORTED');
};

function compareBy(field: string, order: string) {
  const direction = order === 'DESC' ? -1 : 1;
  return (a: Row, b: Row) => {
    const [left, right] = [a[field], b[field]];
    if (left === right) return 0;
    if (left === undefined || left === null) return 1;
    if (right === undefined || right === null) return -1;
    return (String(left).localeCompare(String(right), 'id', { numeric: true }) || 0) * direction;
  };
}

/** For the small lists the API returns whole: filter by equality (and `q` on name), sort, page. */
function pageLocally<T extends Row>(rows: readonly T[], params: Partial<GetListParams>): GetListResult<T> {
  const { q, ...equal } = (params.filter ?? {}) as Record<string, unknown>;
  const text = typeof q === 'string' ? q.trim().toLowerCase() : '';
  let result = rows.filter(
    (row) =>
      Object.entries(equal).every(
        ([field, value]) =>
          value === undefined ||
          value === '' ||
          (Array.isArray(value) ? value.includes(row[field]) : row[field] === value),
      ) &&
      (!text ||
        String(row.name ?? row.id)
          .toLowerCase()
          .includes(text)),
  );
  if (params.sort?.field) result = [...result].sort(compareBy(params.sort.field, params.sort.order));
  const { page = 1, perPage = rows.length || 1 } = params.pagination ?? {};
  return { data: result.slice((page - 1) * perPage, page * perPage), total: result.length };
}

const RULE_SET_FIELDS = `code title basis validFrom validTo allowedOutcomes outcomesForwardedToDkpp
  dismissalSuspendsUntilDecree allowDirectDecision allowWithdrawal deliveryRecipients
  deadlines { key amount unit anchor metBy confidence basis { id en } }`;

export interface DataProviderOptions extends GraphQLClientOptions {
  readonly request?: GraphQLRequest;
  /** Uploads and downloads; by default on the same origin as the GraphQL endpoint, with the same token. */
  readonly files?: FileClient;
}

export function createDataProvider(options: DataProviderOptions = {}): EtikDataProvider {
  const request = options.request ?? createGraphQLClient(options);
  const files =
    options.files ??
    createFileClient({
      ...(options.getToken ? { getToken: options.getToken } : {}),
      ...(options.fetch ? { fetch: options.fetch } : {}),
    });
  // Members, bodies, declarations, users and imports: the directory's connections (directory-provider.ts).
  const elections = createElectionProvider(request);
  const directory = createDirectoryProvider(request, {
    ...(options.getToken ? { getToken: options.getToken } : {}),
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  /** The commissions of the jurisdiction, per token (another sign-in is another jurisdiction). */
  const commissionsByToken = new Map<string, Promise<Commission[]>>();
  /** Cursor of the item just before each offset, per filter and sort: page N without refetching 1…N-1. */
  const cursors = new Map<string, Map<number, string>>();

  type Connection = {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor?: string | null };
    nodes?: EthicsCaseRecord[];
  };
  const casesPage = async (variables: Record<string, unknown>, cursorsOnly = false) =>
    (await request<{ cases: Connection }>(cursorsOnly ? CASE_CURSORS_QUERY : CASES_QUERY, variables)).cases;

  /** The cursor after which `offset` starts, or null when the list is shorter than that. */
  async function cursorAt(
    key: string,
    base: Record<string, unknown>,
    offset: number,
  ): Promise<string | null | undefined> {
    if (offset === 0) return undefined;
    if (cursors.size > 50) cursors.clear();
    const known = cursors.get(key) ?? new Map<number, string>();
    cursors.set(key, known);
    let at = 0;
    let cursor: string | undefined;
    for (const [position, value] of known) {
      if (position <= offset && position > at) [at, cursor] = [position, value];
    }
    while (at < offset) {
      const step = Math.min(MAX_PAGE_SIZE, offset - at);
      const page = await casesPage({ ...base, first: step, ...(cursor ? { after: cursor } : {}) }, true);
      if (!page.pageInfo.endCursor) return null;
      at += step;
      cursor = page.pageInfo.endCursor;
      known.set(at, cursor);
      if (!page.pageInfo.hasNextPage && at < offset) return null;
    }
    return cursor;
  }

  async function scanCases(base: Record<string, unknown>): Promise<EthicsCaseRecord[]> {
    const rows: EthicsCaseRecord[] = [];
    let after: string | undefined;
    for (;;) {
      const page = await casesPage({ ...base, first: MAX_PAGE_SIZE, ...(after ? { after } : {}) });
      rows.push(...(page.nodes ?? []));
      if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor || rows.length >= MAX_SCANNED_CASES)
        return rows;
      after = page.pageInfo.endCursor;
    }
  }

  async function listCases(params: Partial<GetListParams>): Promise<GetListResult<EthicsCaseRecord>> {
    const plan = planCaseQuery((params.filter ?? {}) as CaseListFilter, params.sort);
    const { page = 1, perPage = 25 } = params.pagination ?? {};
    const offset = (page - 1) * perPage;
    const base = { filter: plan.serverFilter, sort: plan.serverSort };
    if (plan.clientSort) {
      const rows = [...(await scanCases(base))].sort(plan.clientSort);
      return { data: rows.slice(offset, offset + perPage), total: rows.length };
    }
    const key = JSON.stringify(base);
    const after = await cursorAt(key, base, offset);
    if (after === null) {
      const { totalCount } = await casesPage({ ...base, first: 1 }, true);
      return { data: [], total: totalCount };
    }
    const data: EthicsCaseRecord[] = [];
    let cursor = after;
    let total = 0;
    while (data.length < perPage) {
      const first = Math.min(MAX_PAGE_SIZE, perPage - data.length);
      const result = await casesPage({ ...base, first, ...(cursor ? { after: cursor } : {}) });
      total = result.totalCount;
      data.push(...(result.nodes ?? []));
      if (result.pageInfo.endCursor) cursors.get(key)?.set(offset + data.length, result.pageInfo.endCursor);
      if (!result.pageInfo.hasNextPage || !result.pageInfo.endCursor) break;
      cursor = result.pageInfo.endCursor;
    }
    return { data, total };
  }

  async function getCase(id: Identifier): Promise<EthicsCaseRecord> {
    const { case: found } = await request<{ case: EthicsCaseRecord | null }>(CASE_QUERY, { id: String(id) });
    if (!found) throw new ApiError('NOT_FOUND', { id });
    return found;
  }

  async function listCommissions(): Promise<Commission[]> {
    return (
      await request<{ commissions: Commission[] }>(
        'query Commissions { commissions { id level name regionCode parentId timeZone } }',
      )
    ).commissions;
  }

  /** listCommissions, remembered for the current token (the region filter's choices read it). */
  function jurisdiction(): Promise<Commission[]> {
    const key = options.getToken?.() ?? '';
    let known = commissionsByToken.get(key);
    if (!known) {
      if (commissionsByToken.size > 4) commissionsByToken.clear();
      known = listCommissions();
      known.catch(() => commissionsByToken.delete(key));
      commissionsByToken.set(key, known);
    }
    return known;
  }

  async function listRegions(filter: Record<string, unknown>): Promise<Region[]> {
    const { regions } = await request<{ regions: Omit<Region, 'id'>[] }>(
      'query Regions($parentCode: ID, $level: RegionLevel) { regions(parentCode: $parentCode, level: $level) { code level name parentCode } }',
      {
        ...(filter.parentCode ? { parentCode: filter.parentCode } : {}),
        ...(filter.level ? { level: filter.level } : {}),
      },
    );
    return regions.map((region) => ({ ...region, id: region.code }));
  }

  async function listRuleSets(): Promise<Row[]> {
    const { ruleSets } = await request<{ ruleSets: Row[] }>(
      `query RuleSets { ruleSets { ${RULE_SET_FIELDS} } }`,
    );
    return ruleSets.map((ruleSet) => ({ ...ruleSet, id: ruleSet.code as string }));
  }

  async function wholeList(resource: string, filter: Record<string, unknown>): Promise<Row[]> {
    switch (resource as ResourceName) {
      case 'commissions':
        return (await listCommissions()) as unknown as Row[];
      case 'regions':
        return (await listRegions(filter)) as unknown as Row[];
      case 'rule-sets':
        return listRuleSets();
      case 'elections':
        return (await elections.list()) as unknown as Row[];
      default:
        throw new ApiError('NOT_SUPPORTED', { resource });
    }
  }

  /** Filters the API applies itself; the rest are applied by pageLocally. */
  const SERVER_FILTERS: Partial<Record<ResourceName, readonly string[]>> = {
    regions: ['parentCode', 'level'],
  };

  const provider: EtikDataProvider = {
    ...directory.methods,
    // The case's records and the conduct catalogue (records-provider.ts).
    ...createRecordsProvider(request),
    // Appointments and the commission's own people (appointment-provider.ts).
    ...createAppointmentProvider(request),
    async getList(resource, params) {
      if (isDirectoryResource(resource)) return (await directory.getList(resource, params)) as GetListResult;
      if (resource === 'cases') return (await listCases(params)) as unknown as GetListResult;
      const filter = (params.filter ?? {}) as Record<string, unknown>;
      const rows = await wholeList(resource, filter);
      const serverSide = SERVER_FILTERS[resource as ResourceName] ?? [];
      const localFilter = Object.fromEntries(
        Object.entries(filter).filter(([field]) => !serverSide.includes(field)),
      );
      return pageLocally(rows, { ...params, filter: localFilter }) as GetListResult;
    },

    async getOne(resource, params: GetOneParams) {
      if (isDirectoryResource(resource))
        return { data: (await directory.getOne(resource, params.id)) as never };
      if (resource === 'cases') return { data: (await getCase(params.id)) as never };
      if (resource === 'elections') return { data: (await elections.one(params.id)) as never };
      const rows = await wholeList(resource, (params.meta as Record<string, unknown> | undefined) ?? {});
      const found = rows.find((row) => String(row.id) === String(params.id));
      if (!found) throw new ApiError('NOT_FOUND', { id: params.id });
      return { data: found as never };
    },

    async getMany(resource, params: GetManyParams) {
      const ids = [...new Set(params.ids.map(String))];
      if (ids.length === 0) return { data: [] };
      if (isDirectoryResource(resource)) return { data: (await directory.getMany(resource, ids)) as never[] };
      if (resource === 'cases') {
        const found = await Promise.all(
          chunksOf(ids, MAX_IDS).map(
            async (chunk) =>
              (
                await request<{ cases: { nodes: EthicsCaseRecord[] } }>(CASES_BY_IDS_QUERY, {
                  ids: chunk,
                  first: chunk.length,
                })
              ).cases.nodes,
          ),
        );
        return { data: found.flat() as never[] };
      }
      const rows = await wholeList(resource, (params.meta as Record<string, unknown> | undefined) ?? {});
      return { data: rows.filter((row) => ids.includes(String(row.id))) as never[] };
    },

    async getManyReference(resource, params: GetManyReferenceParams) {
      return provider.getList(resource, {
        ...params,
        filter: { ...params.filter, [params.target]: params.id },
      });
    },

    async create(resource, params: CreateParams) {
      if (isDirectoryResource(resource))
        return { data: (await directory.create(resource, params.data)) as never };
      if (resource === 'elections') return { data: (await elections.create(params.data)) as never };
      if (resource !== 'cases') return notSupported();
      const filed = await provider.fileCase(params.data as FileCaseInput);
      return { data: { ...filed.data, completeness: filed.completeness } as never };
    },

    // The API changes cases only through commands; declarations and users name the version they change.
    async update(resource, params: UpdateParams) {
      if (resource === 'elections')
        return { data: (await elections.update(params.id, params.data, params.previousData)) as never };
      if (!isDirectoryResource(resource)) return notSupported();
      const data = await directory.update(resource, params.id, params.data, params.previousData);
      return { data: data as never };
    },
    updateMany: async () => notSupported(),
    delete: async () => notSupported(),
    deleteMany: async () => notSupported(),

    async transitionCase(id, command, payload, version) {
      const { mutation } = COMMAND_MUTATIONS[command];
      const result = await request<Record<string, EthicsCaseRecord>>(
        commandMutation(command),
        { ...payload, caseId: String(id), expectedVersion: version },
        { mutation: true },
      );
      const data = result[mutation];
      if (!data) throw new ApiError('BAD_RESPONSE');
      return { data };
    },

    async fileCase(input) {
      const { fileCase } = await request<{
        fileCase: { ethicsCase: EthicsCaseRecord; completeness: ComplaintCheckResult };
      }>(FILE_CASE_MUTATION, { input }, { mutation: true });
      return { data: fileCase.ethicsCase, completeness: fileCase.completeness };
    },

    async caseStatistics(groupBy, filter, unit) {
      return (
        await request<{ caseStatistics: CaseStatistics }>(CASE_STATISTICS_QUERY, {
          groupBy: [...groupBy],
          ...(filter ? { filter } : {}),
          ...(unit ? { unit } : {}),
        })
      ).caseStatistics;
    },

    async stageDurations(filter) {
      return (
        await request<{ stageDurations: StageDuration[] }>(STAGE_DURATIONS_QUERY, filter ? { filter } : {})
      ).stageDurations;
    },

    async overdueCases(first = 10) {
      const { overdueCases } = await request<{ overdueCases: OverdueCasesPage }>(OVERDUE_CASES_QUERY, {
        first: Math.min(first, MAX_PAGE_SIZE),
      });
      return overdueCases;
    },

    async regionChoices() {
      const commissions = await jurisdiction();
      const byRegion = (level: string) =>
        new Map(
          commissions
            .filter((commission) => commission.level === level && commission.regionCode)
            .map((commission) => [commission.regionCode as string, commission]),
        );
      const provincial = byRegion('provincial');
      const regency = byRegion('regency');
      // Names as the regions table has them ("Jawa Timur", "Kabupaten Bangkalan"); a commission's own
      // name stands in when its region is not loaded.
      const provinces = provincial.size ? await listRegions({ level: 'province' }) : ([] as Region[]);
      const parents = [...new Set([...regency.keys()].map((code) => code.split('.')[0]!))];
      const regencies = (
        await Promise.all(parents.map((parentCode) => listRegions({ parentCode, level: 'regency' })))
      ).flat();
      const choose = (rows: readonly Region[], known: Map<string, Commission>): RegionChoice[] => {
        const named = new Map(rows.map((region) => [region.code, region.name]));
        return [...known.entries()]
          .map(([code, commission]) => ({
            code,
            name: named.get(code) ?? commission.name,
            parentCode: code.includes('.') ? code.split('.')[0]! : null,
            commissionId: commission.id,
          }))
          .sort((a, b) => a.name.localeCompare(b.name, 'id'));
      };
      return { provinces: choose(provinces, provincial), regencies: choose(regencies, regency) };
    },

    async uploadEvidence(caseId, upload) {
      return files.uploadEvidence(String(caseId), upload);
    },

    async downloadEvidence(evidence) {
      return files.download(evidence.downloadPath, evidence.fileName);
    },

    async priorOutcomes(record) {
      // The person's cases as a respondent (CaseFilter.respondentPersonIds), oldest first; only the
      // outcomes given to that person count.
      const people = record.respondents.filter((respondent) => respondent.personId);
      const entries = await Promise.all(
        people.map(async (respondent): Promise<[string, Outcome[]]> => {
          const { cases } = await request<{ cases: { nodes: EthicsCaseRecord[] } }>(CASES_QUERY, {
            filter: { respondentPersonIds: [respondent.personId] },
            sort: 'receivedAtAsc',
            first: MAX_PAGE_SIZE,
          });
          // On a recorded decision, only what was decided before it counts as "earlier".
          const before = record.decision ? Date.parse(record.decision.decidedAt) : Infinity;
          const earlier = cases.nodes
            .filter(
              (other) =>
                other.id !== record.id && other.decision && Date.parse(other.decision.decidedAt) < before,
            )
            .flatMap((other) =>
              (other.decision?.outcomes ?? [])
                .filter((given) =>
                  other.respondents.some(
                    (person) =>
                      person.membershipId === given.membershipId && person.personId === respondent.personId,
                  ),
                )
                .map((given) => ({ at: other.decision!.decidedAt, outcome: given.outcome })),
            )
            .sort((a, b) => Date.parse(a.at) - Date.parse(b.at))
            .map((given) => given.outcome);
          return [respondent.membershipId, earlier];
        }),
      );
      return Object.fromEntries(entries);
    },

    async openCases() {
      const open = CASE_STATUSES.filter(
        (status) => !(TERMINAL_STATUSES as readonly string[]).includes(status),
      );
      return scanCases({ filter: { statuses: open }, sort: 'receivedAtAsc' });
    },

    async viewer() {
      return (
        await request<{ me: Viewer }>(
          'query Me { me { userId username role personId commission { id level name regionCode parentId } } }',
        )
      ).me;
    },
  };
  return provider;
}
