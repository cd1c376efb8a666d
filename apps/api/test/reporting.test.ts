// Reports: counts per group (grouped by the database), stage durations and overdue cases, checked against
// an oracle computed here from what the case queries return, and scoped to the caller's jurisdiction. The
// same file runs on SQLite and PostgreSQL, so both dialects must give these very numbers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/knex';
import { defaultCalendar, nextRegisterNumber, type CaseActor } from '@etik/domain';
import { Membership, Person } from '../src/adhoc-bodies/adhoc-body.entity.js';
import { driveCase } from '../src/db/seeders/case-driver.js';
import { stepsTo } from '../src/db/seeders/demo-seeder.js';
import { percentile } from '../src/reporting/reporting.service.js';
import { REPORT_STAGES } from '../src/reporting/stages.js';
import { personIdOf } from './fixtures.js';
import { startTestServer, type Json, type TestServer } from './test-server.js';

let t: TestServer;
const statements: string[] = [];
const DAY = 86_400_000;

/** A decided case with two respondents of different bodies, outcomes and principles. */
async function seedMixedDecision(): Promise<void> {
  const em = t.orm.em.fork() as unknown as EntityManager;
  const member = async (bodyType: 'ppk' | 'kpps') =>
    em.findOneOrFail(
      Membership,
      { body: { commission: { id: 'kpu-35.26' }, type: bodyType }, status: 'active', position: 'member' },
      { populate: ['person', 'body'], orderBy: { id: 'desc' } },
    );
  const [ppk, kpps] = [await member('ppk'), await member('kpps')];
  const respondents = [ppk, kpps].map((m) => ({
    membershipId: m.id,
    personId: m.person.id,
    name: m.person.name,
    bodyId: m.body.id,
    bodyType: m.body.type,
    position: m.position,
  }));
  const examinerIds = await Promise.all(
    ['examiner1.35.26', 'examiner2.35.26', 'examiner3.35.26'].map((username) => personIdOf(t, username)),
  );
  const examiners = await em.find(Person, { id: { $in: examinerIds } }, { orderBy: { id: 'asc' } });
  const receivedAt = new Date('2024-03-25T02:00:00.000Z');
  const steps = stepsTo(
    'decided',
    { commissionId: 'kpu-35.26', respondents, receivedAt, source: 'publicComplaint' },
    { examiners: examiners.map((person) => ({ personId: person.id, name: person.name })) },
    { registerNumber: nextRegisterNumber('3526', 2024, 50) },
  ).map((step) =>
    step.command.type === 'recordPlenaryDecision'
      ? {
          ...step,
          command: {
            ...step.command,
            outcomes: [
              {
                membershipId: ppk.id,
                finding: 'proven' as const,
                outcome: 'warning' as const,
                principlesViolated: ['honest', 'independent'],
              },
              {
                membershipId: kpps.id,
                finding: 'proven' as const,
                outcome: 'strongWarning' as const,
                principlesViolated: ['professional'],
              },
            ],
          },
        }
      : step,
  );
  const filer: CaseActor = { userId: 'user-officer', role: 'officer', commissionId: 'kpu-35.26' };
  await driveCase(
    em,
    {
      id: 'case-report-mixed',
      commissionId: 'kpu-35.26',
      receivedAt,
      complaint: {
        source: 'publicComplaint',
        complainant: { name: 'Pengadu Laporan', idNumber: '3526014101900002', phone: '081234567891' },
        respondents: [ppk, kpps].map((m) => ({
          name: m.person.name,
          membershipId: m.id,
          bodyType: m.body.type,
          position: m.position,
          bodyName: m.body.name,
        })),
        eventDate: new Date(receivedAt.getTime() - 2 * DAY),
        knownAt: new Date(receivedAt.getTime() - 2 * DAY),
        eventPlace: ppk.body.name,
        chronology: 'Teradu menerima uang untuk mengubah hasil rekapitulasi dan tidak netral.',
        evidence: [
          { kind: 'document', description: 'Foto kuitansi' },
          { kind: 'witnessStatement', description: 'Keterangan saksi' },
        ],
      },
      respondents,
      parties: [{ role: 'complainant', name: 'Pengadu Laporan' }],
    },
    filer,
    steps,
    defaultCalendar,
  );
}

beforeAll(async () => {
  t = await startTestServer({ onQuery: (sql) => statements.push(sql) });
  await seedMixedDecision();
});
afterAll(async () => {
  await t?.stop();
});

const ALL_CASES = `{ cases(first: 100) { totalCount nodes {
  id status receivedAt commission { regionCode }
  respondents { membershipId bodyType }
  decision { outcomes { membershipId outcome principlesViolated } }
  milestones { milestone at }
  deadlines { key state dueAt }
} } }`;

async function casesOf(username: string): Promise<Json[]> {
  const result = await t.gql(ALL_CASES, {}, { token: await t.login(username) });
  expect(result.errors).toBeUndefined();
  return result.data!.cases.nodes;
}

type Dimension = 'status' | 'province' | 'regency' | 'month' | 'principle' | 'outcome' | 'bodyType';

type Unit = 'case' | 'respondent';

/** What caseStatistics should answer, computed from the cases themselves. */
function oracle(cases: Json[], dimensions: Dimension[], unit: Unit = 'case'): [string, number][] {
  const members = new Map<string, Set<string>>();
  for (const item of cases) {
    const regency = item.commission.regionCode as string;
    const wib = new Date(new Date(item.receivedAt).getTime() + 7 * 3_600_000);
    const caseLevel: Record<string, string> = {
      status: item.status,
      regency,
      province: regency.split('.')[0]!,
      month: wib.toISOString().slice(0, 7),
    };
    const bodyOf = (membershipId: string) =>
      item.respondents.find((r: Json) => r.membershipId === membershipId)?.bodyType;
    const outcomes: Json[] = item.decision?.outcomes ?? [];
    let rows: Record<string, string>[];
    if (dimensions.includes('outcome') || dimensions.includes('principle')) {
      rows = outcomes.flatMap((o) =>
        (dimensions.includes('principle') ? (o.principlesViolated as string[]) : [undefined]).map(
          (principle) => ({
            outcome: o.outcome,
            bodyType: bodyOf(o.membershipId),
            membershipId: o.membershipId,
            ...(principle ? { principle } : {}),
          }),
        ),
      );
    } else if (dimensions.includes('bodyType') || unit === 'respondent') {
      rows = item.respondents.map((r: Json) => ({ bodyType: r.bodyType, membershipId: r.membershipId }));
    } else {
      rows = [{}];
    }
    for (const row of rows) {
      const values: Record<string, string> = { ...caseLevel, ...row };
      const key = JSON.stringify(dimensions.map((dimension) => values[dimension] ?? null));
      if (!members.has(key)) members.set(key, new Set());
      members.get(key)!.add(unit === 'respondent' ? `${item.id}|${row.membershipId}` : item.id);
    }
  }
  return [...members].map(([key, ids]) => [key, ids.size] as [string, number]).sort();
}

async function statistics(username: string, dimensions: Dimension[], filter?: Json, unit: Unit = 'case') {
  const result = await t.gql(
    `query ($groupBy: [StatisticsDimension!]!, $filter: CaseFilter, $unit: StatisticsUnit) {
      caseStatistics(groupBy: $groupBy, filter: $filter, unit: $unit) {
        totalCount
        groups { count status month principle outcome bodyType province { code name } regency { code name parentCode } }
      } }`,
    { groupBy: dimensions, filter, unit },
    { token: await t.login(username) },
  );
  expect(result.errors).toBeUndefined();
  return result.data!.caseStatistics;
}

const asKeys = (groups: Json[], dimensions: Dimension[]): [string, number][] =>
  groups
    .map((group) => {
      const values: Record<string, unknown> = {
        ...group,
        province: group.province?.code ?? null,
        regency: group.regency?.code ?? null,
      };
      return [JSON.stringify(dimensions.map((d) => values[d] ?? null)), group.count] as [string, number];
    })
    .sort();

describe('caseStatistics', () => {
  it.each<[string, Dimension[]]>([
    ['status', ['status']],
    ['province and regency', ['province', 'regency']],
    ['month and status', ['month', 'status']],
    ['outcome', ['outcome']],
    ['principle', ['principle']],
    ['body type', ['bodyType']],
    ['outcome and body type (per respondent)', ['outcome', 'bodyType']],
    ['principle, outcome and province', ['principle', 'outcome', 'province']],
  ])('counts by %s as the cases themselves say', async (_label, dimensions) => {
    const cases = await casesOf('admin.ri');
    const answer = await statistics('admin.ri', dimensions);
    expect(answer.totalCount).toBe(cases.length);
    expect(asKeys(answer.groups, dimensions)).toEqual(oracle(cases, dimensions));
  });

  it('gives these exact numbers on both databases', async () => {
    const byStatus = await statistics('admin.ri', ['status']);
    expect(byStatus.totalCount).toBe(22);
    expect(byStatus.groups[0]).toMatchObject({ status: 'closed', count: 4 });
    expect(byStatus.groups[1]).toMatchObject({ status: 'decided', count: 2 });
    const byPrinciple = await statistics('admin.ri', ['principle']);
    expect(byPrinciple.groups).toEqual([
      expect.objectContaining({ principle: 'independent', count: 9 }),
      expect.objectContaining({ principle: 'honest', count: 1 }),
      expect.objectContaining({ principle: 'professional', count: 1 }),
    ]);
    const mixed = await statistics('officer.35.26', ['outcome', 'bodyType'], { statuses: ['decided'] });
    expect(mixed.groups.map((g: Json) => [g.outcome, g.bodyType, g.count])).toEqual([
      ['strongWarning', 'kpps', 1],
      ['warning', 'ppk', 1],
    ]);
    const regions = await statistics('admin.ri', ['province', 'regency']);
    expect(regions.groups).toContainEqual({
      count: 8,
      status: null,
      month: null,
      principle: null,
      outcome: null,
      bodyType: null,
      province: { code: '35', name: 'Jawa Timur' },
      regency: { code: '35.26', name: 'Kabupaten Bangkalan', parentCode: '35' },
    });
  });

  it.each<[string, Dimension[]]>([
    ['outcome', ['outcome']],
    ['principle', ['principle']],
    ['body type', ['bodyType']],
    ['regency', ['regency']],
    ['status and outcome', ['status', 'outcome']],
  ])('counts respondents by %s: each respondent of a case counts', async (_label, dimensions) => {
    const cases = await casesOf('admin.ri');
    const answer = await statistics('admin.ri', dimensions, undefined, 'respondent');
    const respondents = cases.reduce((sum, item) => sum + item.respondents.length, 0);
    expect(answer.totalCount).toBe(respondents);
    expect(asKeys(answer.groups, dimensions)).toEqual(oracle(cases, dimensions, 'respondent'));
  });

  it('counts a decision against two members as one case and two respondents', async () => {
    const filter = { commissionId: 'kpu-35.26', statuses: ['decided'] };
    const byCase = await statistics('admin.ri', ['outcome'], filter);
    const byRespondent = await statistics('admin.ri', ['outcome'], filter, 'respondent');
    const countOf = (answer: Json, outcome: string) =>
      answer.groups.find((group: Json) => group.outcome === outcome)?.count ?? 0;
    // Only case-report-mixed is decided at kpu-35.26: a warning and a strong warning in one case.
    expect(byCase.totalCount).toBe(1);
    expect(byRespondent.totalCount).toBe(2);
    expect([countOf(byCase, 'warning'), countOf(byCase, 'strongWarning')]).toEqual([1, 1]);
    expect([countOf(byRespondent, 'warning'), countOf(byRespondent, 'strongWarning')]).toEqual([1, 1]);
  });

  it('counts only the caller’s jurisdiction', async () => {
    const regency = await statistics('officer.35.26', ['regency']);
    expect(regency.groups.map((g: Json) => g.regency.code)).toEqual(['35.26']);
    expect(regency.totalCount).toBe((await casesOf('officer.35.26')).length);
    const province = await statistics('supervisor.35', ['regency']);
    expect(province.groups.map((g: Json) => g.regency.code).sort()).toEqual(['35.26', '35.28']);
    const examiner = await statistics('examiner1.35.26', ['status']);
    expect(examiner.totalCount).toBe((await casesOf('examiner1.35.26')).length);
    expect(examiner.totalCount).toBeLessThan(regency.totalCount);
  });

  it('applies the case filter', async () => {
    const cases = (await casesOf('admin.ri')).filter((c) => ['closed', 'decided'].includes(c.status));
    const answer = await statistics('admin.ri', ['status', 'bodyType'], { statuses: ['closed', 'decided'] });
    expect(answer.totalCount).toBe(cases.length);
    expect(asKeys(answer.groups, ['status', 'bodyType'])).toEqual(oracle(cases, ['status', 'bodyType']));
    const none = await statistics('admin.ri', ['status'], { commissionId: 'no-such-commission' });
    expect(none).toEqual({ totalCount: 0, groups: [] });
  });

  it('groups in the database: one grouped statement and one count, however many cases', async () => {
    const token = await t.login('admin.ri');
    statements.length = 0;
    const result = await t.gql(
      '{ caseStatistics(groupBy: [province, status, principle]) { totalCount groups { count } } }',
      {},
      { token },
    );
    expect(result.errors).toBeUndefined();
    // Besides the caller's user row, read only when this instance does not hold the session yet (auth/session.ts).
    const report = statements.filter((sql) => !/from app_user|from [`"]holiday[`"]/.test(sql));
    expect(report).toHaveLength(2);
    expect(report.filter((sql) => /group by/i.test(sql))).toHaveLength(1);
  });

  it('reads no case document: every dimension and the principles filter come from columns and rows', async () => {
    const token = await t.login('admin.ri');
    statements.length = 0;
    const result = await t.gql(
      `{ caseStatistics(groupBy: [status, regency, month, principle, outcome, bodyType],
           filter: { principles: ["independent"] }) { totalCount }
         stageDurations { cases } }`,
      {},
      { token },
    );
    expect(result.errors).toBeUndefined();
    const report = statements.filter((sql) => !/from app_user|from [`"]holiday[`"]/.test(sql));
    expect(report.length).toBeGreaterThan(2);
    expect(report.filter((sql) => /json|\.data\b|"data"|`data`/i.test(sql))).toEqual([]);
  });

  it('answers no groups, only the total, for an empty groupBy', async () => {
    const answer = await statistics('admin.ri', []);
    expect(answer.groups).toEqual([expect.objectContaining({ count: answer.totalCount })]);
  });
});

describe('stageDurations', () => {
  it('gives the median and 90th percentile days of every stage, as the milestones say', async () => {
    const cases = await casesOf('supervisor.35');
    const result = await t.gql(
      '{ stageDurations { stage from to cases medianDays p90Days maxDays } }',
      {},
      { token: await t.login('supervisor.35') },
    );
    expect(result.errors).toBeUndefined();
    const stages: Json[] = result.data!.stageDurations;
    expect(stages.map((s) => s.stage)).toEqual(REPORT_STAGES.map((s) => s.stage));
    const round = (value: number | null) => (value === null ? null : Math.round(value * 100) / 100);
    for (const { stage, from, to } of REPORT_STAGES) {
      const days = cases
        .map((c) => Object.fromEntries(c.milestones.map((m: Json) => [m.milestone, Date.parse(m.at)])))
        .filter((m) => m[from] !== undefined && m[to] !== undefined && m[to] >= m[from])
        .map((m) => (m[to] - m[from]) / DAY)
        .sort((a, b) => a - b);
      expect(stages.find((s) => s.stage === stage)).toEqual({
        stage,
        from,
        to,
        cases: days.length,
        medianDays: round(percentile(days, 0.5)),
        p90Days: round(percentile(days, 0.9)),
        maxDays: round(days.at(-1) ?? null),
      });
    }
    expect(stages.find((s) => s.stage === 'wholeCase').cases).toBeGreaterThan(0);
  });

  it('interpolates percentiles between closest ranks', () => {
    expect(percentile([], 0.5)).toBeNull();
    expect(percentile([4], 0.9)).toBe(4);
    expect(percentile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9)).toBeCloseTo(9.1);
  });
});

describe('overdueCases', () => {
  const OVERDUE = `query ($first: Int, $after: String, $filter: CaseFilter) {
    overdueCases(first: $first, after: $after, filter: $filter) {
      totalCount pageInfo { hasNextPage endCursor }
      nodes { dueAt daysOverdue ethicsCase { id } overdueDeadlines { key state dueAt } }
    } }`;

  it('lists open cases with an overdue deadline, most overdue first, over pages', async () => {
    const token = await t.login('admin.ri');
    const expected = (await casesOf('admin.ri'))
      .map((c) => ({
        id: c.id as string,
        overdue: (c.deadlines as Json[])
          .filter((d) => d.state === 'overdue')
          .map((d) => Date.parse(d.dueAt))
          .sort((a, b) => a - b),
      }))
      .filter((c) => c.overdue.length > 0)
      .sort((a, b) => a.overdue[0]! - b.overdue[0]! || (a.id < b.id ? -1 : 1));
    expect(expected.length).toBeGreaterThan(3);
    const seen: Json[] = [];
    let after: string | null = null;
    do {
      const page: Json = await t.gql(OVERDUE, { first: 3, after }, { token });
      expect(page.errors).toBeUndefined();
      expect(page.data.overdueCases.totalCount).toBe(expected.length);
      seen.push(...page.data.overdueCases.nodes);
      after = page.data.overdueCases.pageInfo.hasNextPage ? page.data.overdueCases.pageInfo.endCursor : null;
    } while (after);
    expect(seen.map((node) => node.ethicsCase.id)).toEqual(expected.map((c) => c.id));
    for (const node of seen) {
      expect(node.overdueDeadlines.length).toBeGreaterThan(0);
      expect(node.overdueDeadlines.every((d: Json) => d.state === 'overdue')).toBe(true);
      expect(node.dueAt).toBe(node.overdueDeadlines[0].dueAt);
      expect(node.daysOverdue).toBeGreaterThan(0);
    }
  });

  it('shows each caller only their jurisdiction, and applies the filter', async () => {
    const ids = async (username: string, filter?: Json) =>
      (
        await t.gql(OVERDUE, { first: 100, filter }, { token: await t.login(username) })
      ).data!.overdueCases.nodes.map((node: Json) => node.ethicsCase.id as string);
    const pamekasan = await ids('officer.35.28');
    const bangkalan = await ids('officer.35.26');
    const jatim = await ids('supervisor.35');
    expect([...bangkalan, ...pamekasan].sort()).toEqual([...jatim].sort());
    expect(bangkalan.some((id: string) => pamekasan.includes(id))).toBe(false);
    const statusOf = new Map((await casesOf('supervisor.35')).map((c) => [c.id as string, c.status]));
    const received = await ids('supervisor.35', { statuses: ['received'] });
    expect(received.length).toBeGreaterThan(0);
    expect(received).toEqual(jatim.filter((id: string) => statusOf.get(id) === 'received'));
  });

  it('refuses a page size outside 1–100 and a forged cursor', async () => {
    const token = await t.login('admin.ri');
    for (const first of [0, 101, -5]) {
      const result = await t.gql(OVERDUE, { first }, { token });
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    }
    const forged = await t.gql(OVERDUE, { after: 'not-a-cursor' }, { token });
    expect(forged.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });
});
