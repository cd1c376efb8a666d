import { describe, expect, it, vi } from 'vitest';
import { aCase } from '../test/fixtures';
import { createDataProvider } from './data-provider';
import { ApiError, createGraphQLClient } from './graphql-client';

interface Sent {
  readonly url: string;
  readonly headers: Record<string, string>;
  readonly query: string;
  readonly variables: Record<string, unknown>;
  readonly operationName?: string;
}

/** A fetch that records each request and answers from the given bodies in turn. */
function fakeFetch(...answers: readonly (object | ((sent: Sent) => object))[]) {
  const sent: Sent[] = [];
  let index = 0;
  const fetch = vi.fn(async (url: string | URL | Request, init?: RequestInit) => {
    const body = JSON.parse(String(init?.body)) as Omit<Sent, 'url' | 'headers'>;
    const request: Sent = { url: String(url), headers: init?.headers as Record<string, string>, ...body };
    sent.push(request);
    const answer = answers[Math.min(index, answers.length - 1)]!;
    index += 1;
    const json = typeof answer === 'function' ? answer(request) : answer;
    return new Response(JSON.stringify(json), {
      status: 200,
      headers: { 'Content-Type': 'application/json' },
    });
  });
  return { fetch: fetch as unknown as typeof globalThis.fetch, sent };
}

const tenCases = (from: number) =>
  Array.from({ length: 10 }, (_, index) => aCase({ id: `case-${from + index}` }));

const providerWith = (fetch: typeof globalThis.fetch, token = 'token-1') =>
  createDataProvider({ fetch, getToken: () => token, newIdempotencyKey: () => 'key-1' });

const connection = (
  nodes: object[],
  totalCount: number,
  hasNextPage = false,
  endCursor: string | null = 'c-end',
) => ({
  data: { cases: { totalCount, pageInfo: { hasNextPage, endCursor }, nodes } },
});

describe('data provider: reading cases', () => {
  it('maps filters, sort and the first page to the cases connection and returns totalCount as total', async () => {
    const { fetch, sent } = fakeFetch(connection([aCase()], 42));
    const result = await providerWith(fetch).getList('cases', {
      filter: {
        status: 'examination',
        bodyType: 'kpps',
        commissionId: 'kpu-35.26',
        q: ' 0007 ',
        receivedFrom: '2024-02-01',
      },
      sort: { field: 'receivedAt', order: 'ASC' },
      pagination: { page: 1, perPage: 10 },
    });
    expect(result.total).toBe(42);
    expect(result.data.map((row) => row.id)).toEqual(['case-1']);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.url).toBe('/graphql');
    expect(sent[0]!.operationName).toBe('Cases');
    expect(sent[0]!.variables).toEqual({
      filter: {
        statuses: ['examination'],
        bodyTypes: ['kpps'],
        commissionId: 'kpu-35.26',
        text: '0007',
        receivedFrom: '2024-01-31T17:00:00.000Z',
      },
      sort: 'receivedAtAsc',
      first: 10,
    });
    expect(sent[0]!.headers.Authorization).toBe('Bearer token-1');
    expect(sent[0]!.headers['Idempotency-Key']).toBeUndefined();
  });

  it('walks cursors to reach a later page, then reuses them for the next request', async () => {
    const { fetch, sent } = fakeFetch(
      { data: { cases: { totalCount: 30, pageInfo: { hasNextPage: true, endCursor: 'c10' } } } },
      connection(tenCases(11), 30, true, 'c20'),
      connection([aCase({ id: 'case-21' })], 30, false, 'c30'),
    );
    const provider = providerWith(fetch);
    const second = await provider.getList('cases', {
      filter: {},
      sort: { field: 'receivedAt', order: 'DESC' },
      pagination: { page: 2, perPage: 10 },
    });
    expect(second.data[0]!.id).toBe('case-11');
    expect(sent[0]!.operationName).toBe('CaseCursors');
    expect(sent[0]!.variables).toMatchObject({ first: 10 });
    expect(sent[1]!.variables).toMatchObject({ first: 10, after: 'c10' });

    await provider.getList('cases', {
      filter: {},
      sort: { field: 'receivedAt', order: 'DESC' },
      pagination: { page: 3, perPage: 10 },
    });
    expect(sent).toHaveLength(3);
    expect(sent[2]!.variables).toMatchObject({ first: 10, after: 'c20' });
  });

  it('asks the API for overdue cases and pages them like any other filter', async () => {
    const late = aCase({ id: 'late' });
    const { fetch, sent } = fakeFetch(connection([late], 1));
    const result = await providerWith(fetch).getList('cases', {
      filter: { overdue: true },
      sort: { field: 'receivedAt', order: 'DESC' },
      pagination: { page: 1, perPage: 25 },
    });
    expect(result).toMatchObject({ total: 1, data: [{ id: 'late' }] });
    expect(sent).toHaveLength(1);
    expect(sent[0]!.variables).toMatchObject({ first: 25, filter: { overdue: true } });
  });

  it('fetches several cases in one request with the ids filter', async () => {
    const { fetch, sent } = fakeFetch({ data: { cases: { nodes: [aCase({ id: 'a' })] } } });
    const result = await providerWith(fetch).getMany('cases', { ids: ['a', 'b', 'a'] });
    expect(result.data.map((row) => row.id)).toEqual(['a']);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.operationName).toBe('CasesByIds');
    expect(sent[0]!.variables).toEqual({ ids: ['a', 'b'], first: 2 });
  });

  it('asks for at most 100 ids at a time, the API limit of the ids filter', async () => {
    const { fetch, sent } = fakeFetch((request: Sent) => ({
      data: { cases: { nodes: (request.variables.ids as string[]).map((id) => aCase({ id })) } },
    }));
    const ids = Array.from({ length: 130 }, (_, index) => `case-${index}`);
    const result = await providerWith(fetch).getMany('cases', { ids });
    expect(result.data.map((row) => row.id)).toEqual(ids);
    expect(sent.map((request) => (request.variables.ids as string[]).length)).toEqual([100, 30]);
  });

  it('asks caseStatistics for one dimension per request, with the filter given', async () => {
    const answer = { totalCount: 3, groups: [{ count: 3, status: 'received' }] };
    const { fetch, sent } = fakeFetch({ data: { caseStatistics: answer } });
    const stats = await providerWith(fetch).caseStatistics(['status'], { commissionId: 'kpu-35' });
    expect(stats).toEqual(answer);
    expect(sent[0]!.operationName).toBe('CaseStatistics');
    expect(sent[0]!.variables).toEqual({ groupBy: ['status'], filter: { commissionId: 'kpu-35' } });
    await providerWith(fetch).caseStatistics(['outcome'], undefined, 'respondent');
    expect(sent[1]!.variables).toEqual({ groupBy: ['outcome'], unit: 'respondent' });
  });

  it('reads the overdue cases page, capped at the API page size', async () => {
    const { fetch, sent } = fakeFetch({ data: { overdueCases: { totalCount: 0, nodes: [] } } });
    await providerWith(fetch).overdueCases(500);
    expect(sent[0]!.operationName).toBe('OverdueCases');
    expect(sent[0]!.variables).toEqual({ first: 100 });
  });

  it('answers getOne of a case the API does not show with NOT_FOUND', async () => {
    const { fetch } = fakeFetch({ data: { case: null } });
    await expect(providerWith(fetch).getOne('cases', { id: 'x' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      status: 404,
      message: 'errors.NOT_FOUND',
    });
  });

  it('turns getManyReference into a filtered list', async () => {
    const { fetch, sent } = fakeFetch({
      data: {
        bodies: {
          totalCount: 1,
          pageInfo: { hasNextPage: false, endCursor: 'c1' },
          nodes: [{ id: 'b1', type: 'pps', name: 'PPS A', regionCode: '1', commissionId: 'k1' }],
        },
      },
    });
    const result = await providerWith(fetch).getManyReference('adhoc-bodies', {
      target: 'commissionId',
      id: 'k1',
      filter: {},
      sort: { field: 'name', order: 'ASC' },
      pagination: { page: 1, perPage: 25 },
    });
    expect(result.total).toBe(1);
    expect(sent[0]!.variables).toEqual({ filter: { commissionId: 'k1' }, sort: 'nameAsc', first: 25 });
  });
});

describe('data provider: commands', () => {
  it('sends one mutation per command with caseId, expectedVersion, the payload and an Idempotency-Key', async () => {
    const { fetch, sent } = fakeFetch({ data: { registerCase: aCase({ version: 4 }) } });
    const result = await providerWith(fetch).transitionCase(
      'case-1',
      'register',
      { registerNumber: '0007/ETIK/3526/2024' },
      3,
    );
    expect(result.data.version).toBe(4);
    expect(sent[0]!.operationName).toBe('RegisterCase');
    expect(sent[0]!.query).toMatch(
      /registerCase\(caseId: \$caseId, expectedVersion: \$expectedVersion, registerNumber: \$registerNumber, occurredAt: \$occurredAt, occurredAtReason: \$occurredAtReason\)/,
    );
    expect(sent[0]!.variables).toEqual({
      caseId: 'case-1',
      expectedVersion: 3,
      registerNumber: '0007/ETIK/3526/2024',
    });
    expect(sent[0]!.headers['Idempotency-Key']).toBe('key-1');
  });

  it('sends a fresh Idempotency-Key with every mutation', async () => {
    const { fetch, sent } = fakeFetch({ data: { closeCase: aCase() } });
    const provider = createDataProvider({ fetch, getToken: () => 't' });
    await provider.transitionCase('case-1', 'close', {}, 1);
    await provider.transitionCase('case-1', 'close', {}, 1);
    const [first, second] = sent.map((request) => request.headers['Idempotency-Key']);
    expect(first).toMatch(/^[0-9a-f-]{36}$/);
    expect(second).not.toBe(first);
  });

  it('files a case and returns the completeness check with it', async () => {
    const completeness = {
      complete: false,
      deficiencies: [{ code: 'EVIDENCE_INSUFFICIENT', requirement: 'material', field: 'evidence' }],
    };
    const { fetch, sent } = fakeFetch({
      data: { fileCase: { ethicsCase: aCase({ status: 'received' }), completeness } },
    });
    const input = { receivedAt: '2024-02-20T02:00:00.000Z', complaint: { source: 'publicComplaint' } };
    const filed = await providerWith(fetch).fileCase(input);
    expect(filed.completeness).toEqual(completeness);
    expect(sent[0]!.variables).toEqual({ input });
    expect(sent[0]!.headers['Idempotency-Key']).toBe('key-1');
  });

  it('refuses update and delete: cases change only through commands', async () => {
    const { fetch } = fakeFetch({ data: {} });
    await expect(
      providerWith(fetch).update('cases', { id: 'case-1', data: {}, previousData: { id: 'case-1' } }),
    ).rejects.toMatchObject({ code: 'NOT_SUPPORTED' });
  });
});

describe('data provider: errors', () => {
  it('maps extensions.code to an error whose message is the i18n key errors.<CODE>, keeping the details', async () => {
    const violations = [{ code: 'TEAM_MEMBER_IS_PARTY', personId: 'p1', role: 'complainant' }];
    const { fetch } = fakeFetch({
      data: null,
      errors: [{ message: 'x', extensions: { code: 'CONFLICT_OF_INTEREST', violations } }],
    });
    const failure = providerWith(fetch).transitionCase(
      'case-1',
      'formExaminationTeam',
      { chairPersonId: 'p1', memberPersonIds: ['p2', 'p3'] },
      3,
    );
    await expect(failure).rejects.toBeInstanceOf(ApiError);
    await expect(failure).rejects.toMatchObject({
      message: 'errors.CONFLICT_OF_INTEREST',
      code: 'CONFLICT_OF_INTEREST',
      extensions: { violations },
    });
  });

  it('marks CONFLICT as a 409 the UI offers to reload', async () => {
    const { fetch } = fakeFetch({
      data: null,
      errors: [
        { message: 'changed', extensions: { code: 'CONFLICT', currentVersion: 5, expectedVersion: 3 } },
      ],
    });
    const error = await providerWith(fetch)
      .transitionCase('case-1', 'close', {}, 3)
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 409,
      isConflict: true,
      message: 'errors.CONFLICT',
      extensions: { currentVersion: 5 },
    });
  });

  it('reports UNAUTHENTICATED as 401 so the auth provider signs the user out', async () => {
    const { fetch } = fakeFetch({
      data: null,
      errors: [{ message: 'Sign in first.', extensions: { code: 'UNAUTHENTICATED' } }],
    });
    await expect(providerWith(fetch).getOne('cases', { id: 'x' })).rejects.toMatchObject({ status: 401 });
  });

  it('reports an unreachable server as NETWORK_ERROR', async () => {
    const request = createGraphQLClient({
      fetch: (async () => {
        throw new TypeError('Failed to fetch');
      }) as typeof fetch,
    });
    await expect(request('query X { me { userId } }')).rejects.toMatchObject({
      code: 'NETWORK_ERROR',
      message: 'errors.NETWORK_ERROR',
    });
  });
});

const COMMISSIONS = [
  { id: 'kpu-ri', level: 'national', name: 'KPU RI', regionCode: null, parentId: null },
  {
    id: 'kpu-35',
    level: 'provincial',
    name: 'KPU Provinsi Jawa Timur',
    regionCode: '35',
    parentId: 'kpu-ri',
  },
  {
    id: 'kpu-35.26',
    level: 'regency',
    name: 'KPU Kabupaten Bangkalan',
    regionCode: '35.26',
    parentId: 'kpu-35',
  },
  { id: 'kip-11', level: 'provincial', name: 'KIP Aceh', regionCode: '11', parentId: 'kpu-ri' },
];

/** Answers Commissions, Regions and Cases queries from fixtures, recording each request. */
function jurisdictionFetch() {
  return fakeFetch((request: Sent) => {
    if (request.operationName === 'Commissions') return { data: { commissions: COMMISSIONS } };
    if (request.operationName === 'Regions') {
      const { level, parentCode } = request.variables as { level?: string; parentCode?: string };
      const regions =
        level === 'province'
          ? [
              { code: '35', level: 'province', name: 'Jawa Timur', parentCode: null },
              { code: '11', level: 'province', name: 'Aceh', parentCode: null },
              { code: '12', level: 'province', name: 'Sumatera Utara', parentCode: null },
            ]
          : parentCode === '35'
            ? [
                { code: '35.26', level: 'regency', name: 'Kabupaten Bangkalan', parentCode: '35' },
                { code: '35.28', level: 'regency', name: 'Kabupaten Pamekasan', parentCode: '35' },
              ]
            : [];
      return { data: { regions } };
    }
    return connection([aCase()], 1);
  });
}

const casesRequests = (sent: readonly Sent[]) => sent.filter((request) => request.operationName === 'Cases');

describe('data provider: the region filter', () => {
  it('offers the provinces and regencies that have a commission in the jurisdiction, by region name', async () => {
    const { fetch } = jurisdictionFetch();
    const choices = await providerWith(fetch).regionChoices();
    expect(choices.provinces).toEqual([
      { code: '11', name: 'Aceh', parentCode: null, commissionId: 'kip-11' },
      { code: '35', name: 'Jawa Timur', parentCode: null, commissionId: 'kpu-35' },
    ]);
    expect(choices.regencies).toEqual([
      { code: '35.26', name: 'Kabupaten Bangkalan', parentCode: '35', commissionId: 'kpu-35.26' },
    ]);
  });

  it('sends the province as regionCode, beside the other filters', async () => {
    const { fetch, sent } = jurisdictionFetch();
    await providerWith(fetch).getList('cases', {
      filter: { provinceCode: '35', statuses: ['received'] },
      sort: { field: 'receivedAt', order: 'DESC' },
      pagination: { page: 1, perPage: 25 },
    });
    expect(sent.map((request) => request.operationName)).toEqual(['Cases']);
    expect(casesRequests(sent)[0]!.variables.filter).toEqual({ statuses: ['received'], regionCode: '35' });
  });

  it('lets the regency win over its province, and keeps a chosen commission', async () => {
    const { fetch, sent } = jurisdictionFetch();
    await providerWith(fetch).getList('cases', {
      filter: { provinceCode: '35', regencyCode: '35.26', commissionId: 'kpu-35' },
      pagination: { page: 1, perPage: 25 },
    });
    expect(casesRequests(sent)[0]!.variables.filter).toEqual({ commissionId: 'kpu-35', regionCode: '35.26' });
  });

  it('reads the commissions once per sign-in, however often the region choices are asked', async () => {
    const { fetch, sent } = jurisdictionFetch();
    const provider = providerWith(fetch);
    for (let times = 0; times < 3; times++) await provider.regionChoices();
    expect(sent.filter((request) => request.operationName === 'Commissions')).toHaveLength(1);
  });

  it('sends region, overdue, outcomes and principles to the server in one page request', async () => {
    const { fetch, sent } = jurisdictionFetch();
    await providerWith(fetch).getList('cases', {
      filter: {
        provinceCode: '35',
        regencyCode: '35.26',
        overdue: true,
        outcome: 'warning',
        principle: 'honest',
      },
      pagination: { page: 1, perPage: 25 },
    });
    expect(sent.map((request) => request.operationName)).toEqual(['Cases']);
    expect(sent[0]!.variables).toMatchObject({
      first: 25,
      filter: { regionCode: '35.26', overdue: true, outcomes: ['warning'], principles: ['honest'] },
    });
  });
});

describe('data provider: a respondent’s earlier outcomes', () => {
  it('asks for the person’s cases as respondent and keeps what was decided for that person before', async () => {
    const earlier = aCase({
      id: 'case-old',
      decision: {
        decidedAt: '2024-03-01T03:00:00.000Z',
        outcomes: [
          { membershipId: 'm-kpps-1', outcome: 'finalStrongWarning' },
          { membershipId: 'm-kpps-2', outcome: 'rehabilitation' },
        ],
      },
    } as never);
    const { fetch, sent } = fakeFetch(connection([earlier, aCase({ id: 'case-now' })], 2));
    const prior = await providerWith(fetch).priorOutcomes(aCase({ id: 'case-now' }));
    expect(sent[0]!.variables.filter).toEqual({ respondentPersonIds: ['person-1'] });
    expect(sent[1]!.variables.filter).toEqual({ respondentPersonIds: ['person-2'] });
    expect(prior).toEqual({ 'm-kpps-1': ['finalStrongWarning'], 'm-kpps-2': ['rehabilitation'] });
  });
});
