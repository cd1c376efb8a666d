// The case's reporting projection (respondent_principle_violated, case_milestone): rewritten with every
// command from the domain case, and filled by its migration from the documents stored before it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/knex';
import { defaultCalendar, nextRegisterNumber, type CaseActor } from '@etik/domain';
import { Membership, Person } from '../src/adhoc-bodies/adhoc-body.entity.js';
import { isPostgres } from '../src/db/dialect.js';
import { driveCase } from '../src/db/seeders/case-driver.js';
import { stepsTo } from '../src/db/seeders/demo-seeder.js';
import { command, personIdOf, recordAction } from './fixtures.js';
import { startTestServer, TEST_NOW, type Json, type TestServer } from './test-server.js';

let t: TestServer;
let officer: string;
let commissioner: string;
let analyst: string;
const DAY = 86_400_000;
const MINUTE = 60_000;
const CASE_ID = 'case-projection-2019';
const RECEIVED_AT = new Date('2019-11-04T02:00:00.000Z');
let respondent: string;
const statements: string[] = [];
const PROJECTION_TABLES = /respondent_principle_violated|case_milestone/;

/** A case under the 2019 rule set (DKPP decides a temporary dismissal), awaiting the plenary. */
async function seedAwaitingPlenary(): Promise<void> {
  const em = t.orm.em.fork() as unknown as EntityManager;
  const member = await em.findOneOrFail(
    Membership,
    { body: { commission: { id: 'kpu-35.26' }, type: 'ppk' }, status: 'active', position: 'member' },
    { populate: ['person', 'body'], orderBy: { id: 'asc' } },
  );
  respondent = member.id;
  const respondents = [
    {
      membershipId: member.id,
      personId: member.person.id,
      name: member.person.name,
      bodyId: member.body.id,
      bodyType: member.body.type,
      position: member.position,
    },
  ];
  const examinerIds = await Promise.all(
    ['examiner1.35.26', 'examiner2.35.26', 'examiner3.35.26'].map((username) => personIdOf(t, username)),
  );
  const examiners = await em.find(Person, { id: { $in: examinerIds } }, { orderBy: { id: 'asc' } });
  const steps = stepsTo(
    'awaitingPlenary',
    { commissionId: 'kpu-35.26', respondents, receivedAt: RECEIVED_AT, source: 'publicComplaint' },
    { examiners: examiners.map((person) => ({ personId: person.id, name: person.name })) },
    { ruleSetCode: 'PKPU-8-2019', registerNumber: nextRegisterNumber('3526', 2019, 90) },
  );
  const filer: CaseActor = { userId: 'user-officer', role: 'officer', commissionId: 'kpu-35.26' };
  await driveCase(
    em,
    {
      id: CASE_ID,
      commissionId: 'kpu-35.26',
      receivedAt: RECEIVED_AT,
      complaint: {
        source: 'publicComplaint',
        complainant: { name: 'Pengadu Proyeksi', idNumber: '3526014101900003', phone: '081234567892' },
        respondents: [
          {
            name: member.person.name,
            membershipId: member.id,
            bodyType: member.body.type,
            position: member.position,
            bodyName: member.body.name,
          },
        ],
        eventDate: new Date(RECEIVED_AT.getTime() - 2 * DAY),
        knownAt: new Date(RECEIVED_AT.getTime() - 2 * DAY),
        eventPlace: member.body.name,
        chronology: 'Teradu tidak netral dalam rekapitulasi suara dan menerima uang.',
        evidence: [
          { kind: 'document', description: 'Foto kuitansi' },
          { kind: 'witnessStatement', description: 'Keterangan saksi' },
        ],
      },
      respondents,
      parties: [{ role: 'complainant', name: 'Pengadu Proyeksi' }],
    },
    filer,
    steps,
    defaultCalendar,
  );
}

beforeAll(async () => {
  t = await startTestServer({ onQuery: (sql) => statements.push(sql) });
  officer = await t.login('officer.35.26');
  commissioner = await t.login('commissioner.35.26');
  analyst = await t.login('analyst.35');
  await seedAwaitingPlenary();
  // The demo world, then a case driven to the plenary: over a minute on a loaded 2-core machine.
}, 180_000);
afterAll(async () => {
  await t?.stop();
});

interface Violation {
  readonly caseId: string;
  readonly membershipId: string;
  readonly principle: string;
  readonly decidedBy: string;
}

/** Every projection row, or a case's, in a stable order; instants as ISO text. */
interface MilestoneRow {
  readonly caseId: string;
  readonly kind: string;
  readonly at: string;
}

async function projectionRows(
  caseId?: string,
): Promise<{ violations: Violation[]; milestones: MilestoneRow[] }> {
  const connection = t.orm.em.getConnection();
  const where = caseId ? 'where ethics_case_id = ?' : '';
  const params = caseId ? [caseId] : [];
  const violations = await connection.execute<Record<string, string>[]>(
    `select ethics_case_id, membership_id, principle, decided_by from respondent_principle_violated ${where}
      order by ethics_case_id, membership_id, principle`,
    params,
  );
  const milestones = await connection.execute<{ ethics_case_id: string; kind: string; at: unknown }[]>(
    `select ethics_case_id, kind, at from case_milestone ${where} order by ethics_case_id, kind`,
    params,
  );
  return {
    violations: violations.map((row: Record<string, string>): Violation => ({
      caseId: row.ethics_case_id!,
      membershipId: row.membership_id!,
      principle: row.principle!,
      decidedBy: row.decided_by!,
    })),
    milestones: milestones.map((row: { ethics_case_id: string; kind: string; at: unknown }) => ({
      caseId: row.ethics_case_id,
      kind: row.kind,
      at: new Date(row.at as string | number | Date).toISOString(),
    })),
  };
}

/** The case's milestones as the API shows them (from the document), by kind. */
async function milestonesOf(caseId: string): Promise<Record<string, string>> {
  const result = await t.gql(
    'query ($id: ID!) { case(id: $id) { milestones { milestone at } } }',
    { id: caseId },
    { token: officer },
  );
  expect(result.errors).toBeUndefined();
  return Object.fromEntries(
    result.data!.case.milestones.map((m: Json) => [m.milestone as string, m.at as string]),
  );
}

async function expectMilestoneRowsRight(caseId: string): Promise<Record<string, string>> {
  const shown = await milestonesOf(caseId);
  const { milestones } = await projectionRows(caseId);
  expect(Object.fromEntries(milestones.map((row) => [row.kind, row.at]))).toEqual(shown);
  return shown;
}

async function principleCounts(): Promise<Json[]> {
  const result = await t.gql(
    'query ($f: CaseFilter) { caseStatistics(groupBy: [principle], filter: $f) { totalCount groups { count principle } } }',
    { f: { ids: [CASE_ID] } },
    { token: analyst },
  );
  expect(result.errors).toBeUndefined();
  return result.data!.caseStatistics.groups;
}

async function matchesPrinciple(principle: string): Promise<boolean> {
  const result = await t.gql(
    'query ($f: CaseFilter) { cases(first: 5, filter: $f) { nodes { id } } }',
    { f: { ids: [CASE_ID], principles: [principle] } },
    { token: analyst },
  );
  expect(result.errors).toBeUndefined();
  return result.data!.cases.nodes.length === 1;
}

describe('the reporting projection', () => {
  let version: number;
  const give = async (token: string, mutation: string, args: object, types: Record<string, string>) => {
    const result = await command(
      t,
      token,
      mutation,
      { caseId: CASE_ID, expectedVersion: version, ...args },
      types,
    );
    expect(result.error, `${mutation}: ${JSON.stringify(result.error)}`).toBeUndefined();
    version = result.ethicsCase!.version;
  };

  it('holds the milestones of a case written by the seeder, and no principle before a decision', async () => {
    const shown = await expectMilestoneRowsRight(CASE_ID);
    expect(Object.keys(shown)).toEqual(
      expect.arrayContaining(['received', 'registered', 'examinationReported']),
    );
    expect((await projectionRows(CASE_ID)).violations).toEqual([]);
    const found = await t.gql(
      'query ($id: ID!) { case(id: $id) { version } }',
      { id: CASE_ID },
      { token: officer },
    );
    version = found.data!.case.version;
  });

  it('takes the principles of the plenary decision, decided by the commission', async () => {
    await give(
      commissioner,
      'recordPlenaryDecision',
      {
        plenary: {
          heldAt: new Date(RECEIVED_AT.getTime() + 40 * DAY).toISOString(),
          commissionersPresent: 5,
          commissionSize: 5,
        },
        outcomes: [
          {
            membershipId: respondent,
            finding: 'proven',
            outcome: 'temporaryDismissal',
            principlesViolated: ['independent', 'honest'],
          },
        ],
      },
      { plenary: 'PlenaryInput!', outcomes: '[OutcomeInput!]!' },
    );
    expect((await projectionRows(CASE_ID)).violations).toEqual([
      { caseId: CASE_ID, membershipId: respondent, principle: 'honest', decidedBy: 'commission' },
      { caseId: CASE_ID, membershipId: respondent, principle: 'independent', decidedBy: 'commission' },
    ]);
    expect((await expectMilestoneRowsRight(CASE_ID)).decided).toBe(TEST_NOW.toISOString());
    expect(await principleCounts()).toEqual([
      { count: 1, principle: 'honest' },
      { count: 1, principle: 'independent' },
    ]);
    expect(await matchesPrinciple('honest')).toBe(true);
  });

  it('is not read or written by a record action, which changes neither decision nor milestones', async () => {
    statements.length = 0;
    const filed = await recordAction(t, officer, 'recordExternalProceeding', {
      caseId: CASE_ID,
      expectedVersion: version,
      forum: 'ptun',
      filedAt: new Date(RECEIVED_AT.getTime() + 45 * DAY).toISOString(),
    });
    expect(filed.error).toBeUndefined();
    version = filed.ethicsCase!.version;
    expect(statements.filter((sql) => PROJECTION_TABLES.test(sql))).toEqual([]);
    await expectMilestoneRowsRight(CASE_ID);
  });

  it("replaces them with DKPP's verdict, which moves the decision's milestone", async () => {
    // Minutes: the tokens expire after an hour of the clock.
    t.clock.set(new Date(TEST_NOW.getTime() + 10 * MINUTE));
    statements.length = 0;
    await give(commissioner, 'forwardToDkpp', {}, {});
    expect(statements.some((sql) => /insert into .?case_milestone/.test(sql))).toBe(true);
    expect((await expectMilestoneRowsRight(CASE_ID)).forwardedToDkpp).toBe(
      new Date(TEST_NOW.getTime() + 10 * MINUTE).toISOString(),
    );
    t.clock.set(new Date(TEST_NOW.getTime() + 25 * MINUTE));
    const readAt = new Date(RECEIVED_AT.getTime() + 70 * DAY).toISOString();
    await give(
      officer,
      'recordDkppVerdict',
      {
        dkppCaseNumber: '07-PKE-DKPP/I/2020',
        readAt,
        outcomes: [
          {
            membershipId: respondent,
            finding: 'proven',
            outcome: 'strongWarning',
            principlesViolated: ['professional'],
          },
        ],
      },
      { dkppCaseNumber: 'String!', readAt: 'DateTimeISO!', outcomes: '[OutcomeInput!]!' },
    );
    expect((await projectionRows(CASE_ID)).violations).toEqual([
      { caseId: CASE_ID, membershipId: respondent, principle: 'professional', decidedBy: 'dkpp' },
    ]);
    const milestones = await expectMilestoneRowsRight(CASE_ID);
    expect(milestones.decided).toBe(new Date(TEST_NOW.getTime() + 25 * MINUTE).toISOString());
    expect(milestones.dkppVerdictRead).toBe(readAt);
    // The reports and the filter follow DKPP, not the commission's forwarded decision.
    expect(await principleCounts()).toEqual([{ count: 1, principle: 'professional' }]);
    expect(await matchesPrinciple('honest')).toBe(false);
    expect(await matchesPrinciple('professional')).toBe(true);
  });

  it('is filled by its migration from the documents stored before it, version 1 included', async () => {
    const before = await projectionRows();
    expect(before.violations).toContainEqual(
      expect.objectContaining({ caseId: CASE_ID, principle: 'professional', decidedBy: 'dkpp' }),
    );
    expect(new Set(before.violations.map((row) => row.caseId)).size).toBeGreaterThan(3);
    // Documents as stored before the schemaVersion: the backfill reads them through the upcasters.
    const em = t.orm.em.fork() as unknown as EntityManager;
    await t.orm.em
      .getConnection()
      .execute(
        isPostgres(em)
          ? `update ethics_case set data = data - 'schemaVersion'`
          : `update ethics_case set data = json_remove(data, '$.schemaVersion')`,
      );
    const migrator = t.orm.getMigrator();
    await migrator.down({ to: 'Migration20261207210000CaseProjection' });
    const tables = await t.orm.em
      .getConnection()
      .execute<{ n: number | string }[]>(
        isPostgres(em)
          ? `select count(*) as n from information_schema.tables where table_name = 'case_milestone' and table_schema = current_schema()`
          : `select count(*) as n from sqlite_master where type = 'table' and name = 'case_milestone'`,
      );
    expect(Number(tables[0]!.n)).toBe(0);
    await migrator.up();
    expect(await projectionRows()).toEqual(before);
  });
});
