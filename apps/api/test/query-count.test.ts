// Listing cases costs a fixed number of SQL statements, however many cases and respondents a page has.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/knex';
import { defaultCalendar } from '@etik/domain';
import { Membership } from '../src/adhoc-bodies/adhoc-body.entity.js';
import { driveCase } from '../src/db/seeders/case-driver.js';
import { startTestServer, TEST_NOW, type Json, type TestServer } from './test-server.js';

let t: TestServer;
const statements: string[] = [];

beforeAll(async () => {
  t = await startTestServer({ withCases: false, onQuery: (sql) => statements.push(sql) });
  const em = t.orm.em.fork() as unknown as EntityManager;
  const members = await em.find(
    Membership,
    { body: { commission: { id: { $in: ['kpu-35.26', 'kpu-35.28'] } } }, status: 'active' },
    { populate: ['person', 'body.commission'], orderBy: { id: 'asc' } },
  );
  for (let index = 0; index < 50; index += 1) {
    const at = (index * 7) % members.length;
    const first = members[at]!;
    const second = members.slice(at + 1).find((m) => m.body.commission.id === first.body.commission.id);
    const respondents = [first, ...(second ? [second] : [])].map((m) => ({
      membershipId: m.id,
      personId: m.person.id,
      name: m.person.name,
      bodyId: m.body.id,
      bodyType: m.body.type,
      position: m.position,
    }));
    const commissionId = first.body.commission.id;
    await driveCase(
      em,
      {
        id: `case-count-${index}`,
        commissionId,
        receivedAt: new Date(TEST_NOW.getTime() - (index + 1) * 3_600_000),
        complaint: { source: 'publicComplaint' },
        respondents,
        parties: [{ role: 'complainant', name: `Pengadu ${index}` }],
      },
      { userId: 'seed', role: 'officer', commissionId },
      // Records on every case, so that listing them has something to load.
      [
        {
          record: {
            type: 'addAllegation',
            allegationId: `case-count-${index}-a`,
            allegation: {
              respondentMembershipId: first.id,
              principle: 'independent',
              behaviour: 'remainNeutral',
              description: 'Tidak netral',
            },
          },
          actor: { userId: 'seed', role: 'officer', commissionId },
          at: new Date(TEST_NOW.getTime() - (index + 1) * 3_600_000 + 60_000),
        },
        {
          record: {
            type: 'recordExternalProceeding',
            proceedingId: `case-count-${index}-p`,
            forum: 'dkpp',
            kind: 'proceeding',
            filedAt: new Date(TEST_NOW.getTime() - 30 * 86_400_000),
            status: 'filed',
          },
          actor: { userId: 'seed', role: 'officer', commissionId },
          at: new Date(TEST_NOW.getTime() - (index + 1) * 3_600_000 + 120_000),
        },
      ],
      defaultCalendar,
    );
  }
});
afterAll(async () => {
  await t?.stop();
});

describe('the case list', () => {
  it('loads 50 cases with their respondents and commissions in 5 SQL statements', async () => {
    const token = await t.login('supervisor.35');
    statements.length = 0;
    const result = await t.gql(
      `{ cases(first: 50) { totalCount edges { cursor node { id status receivedAt registerNumber
          commission { id name } respondents { name bodyType position } } } } }`,
      {},
      { token },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.cases.totalCount).toBe(50);
    expect(result.data!.cases.edges).toHaveLength(50);
    expect(
      result.data!.cases.edges.every(
        (edge: Json) => edge.node.respondents.length >= 1 && edge.node.commission.name,
      ),
    ).toBe(true);
    // the jurisdiction's commission ids, count, the page with its commissions (one projection), respondents
    // (one IN query); and the caller's user row when this instance does not hold the session yet, and the
    // holiday corrections when this instance's calendar is older than HOLIDAY_CALENDAR_MAX_AGE_MS
    expect(statements.filter((sql) => !/from app_user|from [`"]holiday[`"]/.test(sql))).toHaveLength(4);
  });

  it('loads their records and the record actions on offer without a statement more', async () => {
    const token = await t.login('officer.35.26');
    statements.length = 0;
    const result = await t.gql(
      `{ cases(first: 50) { totalCount nodes { id
          allegations { principle legalReferences { citation } } sessions { id summons { party { name } } }
          externalProceedings { forum } availableRecordActions { action targetId } allegationGuidance { code } } } }`,
      {},
      { token },
    );
    expect(result.errors).toBeUndefined();
    const nodes: Json[] = result.data!.cases.nodes;
    expect(nodes.length).toBeGreaterThan(10);
    expect(
      nodes.every((node) => node.allegations.length === 1 && node.externalProceedings.length === 1),
    ).toBe(true);
    expect(nodes[0].availableRecordActions).toContainEqual({ action: 'addAllegation', targetId: null });
    // the jurisdiction's commission ids, count, the page with its commissions, respondents: the records are
    // part of the case document
    expect(statements.filter((sql) => !/from app_user|from [`"]holiday[`"]/.test(sql))).toHaveLength(4);
  });

  it('pages with a cursor without repeating or skipping a case', async () => {
    const token = await t.login('supervisor.35');
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: Json = await t.gql(
        'query ($after: String) { cases(first: 15, after: $after) { pageInfo { hasNextPage endCursor } nodes { id } } }',
        { after },
        { token },
      );
      seen.push(...page.data.cases.nodes.map((node: { id: string }) => node.id));
      after = page.data.cases.pageInfo.hasNextPage ? page.data.cases.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toHaveLength(50);
    expect(new Set(seen).size).toBe(50);
  });

  it('filters by body type, commission, status and respondent name', async () => {
    const token = await t.login('admin.ri');
    const count = async (filter: Record<string, unknown>) =>
      (
        await t.gql(
          'query ($f: CaseFilter) { cases(first: 1, filter: $f) { totalCount } }',
          { f: filter },
          { token },
        )
      ).data!.cases.totalCount as number;
    const bangkalan = await count({ commissionId: 'kpu-35.26' });
    const pamekasan = await count({ commissionId: 'kpu-35.28' });
    expect(bangkalan + pamekasan).toBe(50);
    expect(await count({ commissionId: 'kpu-35' })).toBe(50);
    expect(await count({ statuses: ['received'] })).toBe(50);
    expect(await count({ statuses: ['closed'] })).toBe(0);
    const ppk = await count({ bodyTypes: ['ppk'] });
    const others = await count({ bodyTypes: ['pps', 'kpps'] });
    expect(ppk).toBeGreaterThan(0);
    expect(ppk + others).toBeGreaterThanOrEqual(50);
    const sample = await t.gql<{ case: { respondents: { name: string }[] } }>(
      '{ case(id: "case-count-3") { respondents { name } } }',
      {},
      { token },
    );
    const name = sample.data!.case.respondents[0]!.name;
    expect(await count({ text: name.toUpperCase().slice(0, 6) })).toBeGreaterThanOrEqual(1);
    expect(await count({ text: 'no such name 100%_' })).toBe(0);
    expect(await count({ ids: ['case-count-1', 'case-count-2', 'no-such-case'] })).toBe(2);
    expect(await count({ ids: [] })).toBe(0);
  });
});
