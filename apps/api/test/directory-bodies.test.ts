// Ad hoc bodies as a connection, one body with its counts, and the region tree — each answered in a
// fixed number of SQL statements however many rows the response lists.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type Json, type TestServer } from './test-server.js';

let t: TestServer;
const statements: string[] = [];
beforeAll(async () => {
  t = await startTestServer({ onQuery: (sql) => statements.push(sql) });
});
afterAll(async () => {
  await t?.stop();
});

const countOf = async (sql: string): Promise<number> => {
  const [row] = await t.orm.em.fork().getConnection().execute<{ n: number | string }[]>(sql);
  return Number(row!.n);
};

/**
 * Runs a query as `username`; returns its data and the SQL statements it took, less the caller's user row
 * (read only when this instance does not hold the session yet).
 */
async function measured(username: string, query: string, variables: Record<string, unknown> = {}) {
  const token = await t.login(username);
  statements.length = 0;
  const result = await t.gql(query, variables, { token });
  expect(result.errors).toBeUndefined();
  return {
    data: result.data!,
    statements: statements.filter((sql) => !/from app_user|from [`"]holiday[`"]/.test(sql)).length,
  };
}

const BODIES = `query ($filter: BodyFilter, $sort: BodySort, $first: Int, $after: String) {
  bodies(filter: $filter, sort: $sort, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { id type name regionCode commissionId }
  }
}`;

const bodies = async (username: string, variables: Record<string, unknown> = {}) =>
  (await measured(username, BODIES, { first: 100, ...variables })).data.bodies;

describe('bodies', () => {
  it('counts and pages the bodies of the caller’s jurisdiction', async () => {
    const expected = await countOf(
      "select count(*) as n from adhoc_body where commission_id like 'kpu-35.%'",
    );
    const seen: string[] = [];
    let after: string | undefined;
    do {
      const page = await bodies('supervisor.35', {
        first: 4,
        sort: 'regionAsc',
        ...(after ? { after } : {}),
      });
      expect(page.totalCount).toBe(expected);
      seen.push(...page.nodes.map((node: Json) => node.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : undefined;
    } while (after);
    expect(seen).toHaveLength(expected);
    expect(new Set(seen).size).toBe(expected);
    const codes = (await bodies('supervisor.35', { sort: 'regionAsc' })).nodes.map(
      (node: Json) => node.regionCode,
    );
    expect(codes).toEqual([...codes].sort());
  });

  it('filters by type, commission and region (with everything under them) and by name or id', async () => {
    const total = async (username: string, filter: Record<string, unknown>) =>
      (await bodies(username, { filter, first: 1 })).totalCount as number;
    expect(await total('admin.ri', { types: ['ppk'] })).toBe(
      await countOf("select count(*) as n from adhoc_body where type = 'ppk'"),
    );
    expect(await total('admin.ri', { types: ['pps', 'kpps'], commissionId: 'kpu-35.26' })).toBe(
      await countOf(
        "select count(*) as n from adhoc_body where type in ('pps', 'kpps') and commission_id = 'kpu-35.26'",
      ),
    );
    expect(await total('admin.ri', { commissionId: 'kpu-35' })).toBe(
      (await total('admin.ri', { commissionId: 'kpu-35.26' })) +
        (await total('admin.ri', { commissionId: 'kpu-35.28' })),
    );
    // A district: its PPK, and the PPS and KPPS of its first two villages.
    expect(await total('admin.ri', { regionCode: '35.26.01' })).toBe(5);
    expect(await total('admin.ri', { regionCode: '35.26' })).toBe(
      await total('admin.ri', { commissionId: 'kpu-35.26' }),
    );
    expect(await total('admin.ri', { regionCode: 'no-such-region' })).toBe(0);
    const named = await bodies('admin.ri', { filter: { text: 'kecamatan BANGKALAN' } });
    expect(named.nodes.map((node: Json) => node.id)).toEqual(['ppk-35.26.01']);
    expect((await bodies('admin.ri', { filter: { text: 'kpps-35.26.01' } })).totalCount).toBe(2);
    expect(await total('officer.35.28', { commissionId: 'kpu-35.26' })).toBe(0);
  });

  it('keeps the old adhocBodies list working as the admin queries it', async () => {
    const result = await t.gql(
      'query ($commissionId: ID, $type: BodyType, $first: Int) { adhocBodies(commissionId: $commissionId, type: $type, first: $first) { id type name regionCode commissionId } }',
      { commissionId: 'kpu-35.26', type: 'ppk', first: 100 },
      { token: await t.login('officer.35.26') },
    );
    expect(result.data!.adhocBodies.map((body: Json) => body.id)).toEqual([
      'ppk-35.26.01',
      'ppk-35.26.02',
      'ppk-35.26.03',
    ]);
  });

  it('shows one body with its region, commission, members by status and vacancies, and null outside the jurisdiction', async () => {
    const query = `query ($id: ID!) { adhocBody(id: $id) { id name region { code name parent { code } }
      commission { id level } memberCounts { status count } activeMemberCount vacancies } }`;
    const own = await measured('officer.35.26', query, { id: 'ppk-35.26.01' });
    expect(own.data.adhocBody).toEqual({
      id: 'ppk-35.26.01',
      name: 'PPK Kecamatan Bangkalan',
      region: { code: '35.26.01', name: 'Bangkalan', parent: { code: '35.26' } },
      commission: { id: 'kpu-35.26', level: 'regency' },
      memberCounts: [
        { status: 'active', count: 5 },
        { status: 'candidate', count: 2 },
      ],
      activeMemberCount: 5,
      vacancies: 0,
    });
    const other = await measured('officer.35.28', query, { id: 'ppk-35.26.01' });
    expect(other.data.adhocBody).toBeNull();
  });

  it('lists 100 bodies with their regions, commissions and counts in a fixed number of statements', async () => {
    const query = `{ bodies(first: 100) { totalCount nodes { id region { code parent { code } } commission { id }
      memberCounts { status count } vacancies } } }`;
    const national = await measured('admin.ri', query);
    expect(national.data.bodies.nodes.length).toBe(Math.min(100, national.data.bodies.totalCount));
    expect(national.data.bodies.nodes.length).toBeGreaterThan(30);
    const regency = await measured('officer.35.26', query);
    expect(regency.data.bodies.nodes.length).toBeLessThan(national.data.bodies.nodes.length);
    // count, page, bodies, regions, parents, commissions, counts, vacancies
    expect(national.statements).toBe(8);
    expect(regency.statements).toBe(national.statements);
  });
});

describe('members in bulk', () => {
  it('lists 100 members with their bodies, regions, histories, declarations and replacement links in a fixed number of statements', async () => {
    const query = `query ($filter: MemberFilter) { members(first: 100, sort: bodyAsc, filter: $filter) { totalCount nodes {
      id person { name } body { id region { code } } statusHistory { reason } declarations { id }
      replaces { id } replacedBy { id } } } }`;
    const national = await measured('admin.ri', query, { filter: { bodyTypes: ['kpps'] } });
    const regency = await measured('officer.35.28', query, { filter: { statuses: ['active'] } });
    expect(national.data.members.nodes).toHaveLength(100);
    expect(regency.data.members.nodes.length).toBeGreaterThan(30);
    // count, page, memberships with people and bodies, regions, histories, declarations, replacedBy, and
    // replaces when a node on the page filled a seat (one in Pamekasan does)
    expect(national.statements).toBe(7);
    expect(regency.statements).toBe(8);
  });
});

describe('the region tree', () => {
  const REGION = `query ($code: ID!) { region(code: $code) {
    code level name childCount bodyCount
    parent { code level }
    ancestors { code level }
    children { code level childCount bodyCount children { code } }
  } }`;

  it('gives a region its parent, ancestors from the province down, children and counts', async () => {
    const { data } = await measured('admin.ri', REGION, { code: '35.26.01' });
    const region = data.region;
    expect(region).toMatchObject({
      code: '35.26.01',
      level: 'district',
      parent: { code: '35.26', level: 'regency' },
    });
    expect(region.ancestors).toEqual([
      { code: '35', level: 'province' },
      { code: '35.26', level: 'regency' },
    ]);
    expect(region.childCount).toBe(
      await countOf("select count(*) as n from region where parent_code = '35.26.01'"),
    );
    expect(region.children).toHaveLength(region.childCount);
    expect(
      region.children.every((child: Json) => child.level === 'village' && child.children.length === 0),
    ).toBe(true);
    expect(region.bodyCount).toBe(5);
    const withBodies = region.children.filter((child: Json) => child.bodyCount > 0);
    expect(withBodies.map((child: Json) => child.bodyCount)).toEqual([2, 2]);
  });

  it('counts only the bodies the caller’s jurisdiction formed', async () => {
    const query = 'query ($code: ID!) { region(code: $code) { bodyCount } }';
    const count = async (username: string, code: string) =>
      (await measured(username, query, { code })).data.region.bodyCount as number;
    expect(await count('admin.ri', '35')).toBe(30);
    expect(await count('officer.35.26', '35')).toBe(15);
    expect(await count('officer.35.28', '35.26')).toBe(0);
    expect(await count('analyst.11', '11')).toBe(15);
  });

  it('answers a province and a district with the same number of statements, however many regions they list', async () => {
    const province = await measured('admin.ri', REGION, { code: '35' });
    const district = await measured('admin.ri', REGION, { code: '35.26.01' });
    expect(province.data.region.ancestors).toEqual([]);
    expect(province.data.region.parent).toBeNull();
    expect(province.data.region.children.length).toBeGreaterThan(1);
    expect(province.data.region.children.flatMap((child: Json) => child.children).length).toBeGreaterThan(20);
    // the region, then per level of the response one query each for children, child counts and body
    // counts (two levels): 7. A district adds its parent (shared with the first ancestor) and the
    // province above it: 9.
    expect(province.statements).toBe(7);
    expect(district.statements).toBe(9);
  });

  it('answers an unknown code with null', async () => {
    expect((await measured('officer.35.26', REGION, { code: '99.99' })).data.region).toBeNull();
  });
});
