// Elections and their stages through GraphQL: the national administrator records and changes them, every
// signed-in user reads them; a body is formed for an election with its term; a case names the election and
// the stage of the alleged act, and the list and statistics filter by them; a declaration records its
// election. Refusals come with their codes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/db/seeders/demo-seeder.js';
import { activeMember, FILE_CASE, publicComplaint } from './fixtures.js';
import { startTestServer, TEST_NOW, type Json, type TestServer } from './test-server.js';

const ELECTION_FIELDS =
  'id kind name startsOn endsOn version stages { id electionId name startsOn endsOn ordinal }';
const CREATE = `mutation ($input: CreateElectionInput!) { createElection(input: $input) { ${ELECTION_FIELDS} } }`;
const UPDATE = `mutation ($id: ID!, $v: Int!, $input: UpdateElectionInput!) {
  updateElection(id: $id, expectedVersion: $v, input: $input) { ${ELECTION_FIELDS} } }`;
const CREATE_BODY = `mutation ($input: CreateAdhocBodyInput!) { createAdhocBody(input: $input) {
  id termStartsOn termEndsOn election { id name } } }`;
const CASES = `query ($filter: CaseFilter) { cases(filter: $filter, first: 100) {
  totalCount nodes { id election { id name } stage { id name } } } }`;
const STATISTICS = `query ($filter: CaseFilter) { caseStatistics(groupBy: [status], filter: $filter) { totalCount } }`;
const OVERDUE = `query ($filter: CaseFilter) { overdueCases(filter: $filter, first: 100) { nodes { ethicsCase { id } } } }`;
const DECLARE = `mutation ($input: DeclareConflictInput!) { declareConflict(input: $input) {
  id electionId election { id name } } }`;
const DECLARATIONS = `query ($filter: ConflictDeclarationFilter) { conflictDeclarations(filter: $filter, first: 100) {
  totalCount nodes { id electionId } } }`;

const LUMAJANG = 'kpu-35.08';
const BANGKALAN_PPK = 'ppk-35.26.03';

/** Pemilu 2024's schedule, shortened to the stages the tests need. */
const PEMILU = {
  kind: 'general',
  name: 'Pemilu 2024 (uji)',
  startsOn: '2022-06-14',
  endsOn: '2024-10-20',
  stages: [
    { name: 'Kampanye', startsOn: '2023-11-28', endsOn: '2024-02-10' },
    { name: 'Pemungutan dan penghitungan suara', startsOn: '2024-02-14', endsOn: '2024-02-15' },
    { name: 'Rekapitulasi hasil penghitungan suara', startsOn: '2024-02-15', endsOn: '2024-03-20' },
    { name: 'Penyelesaian sengketa hasil', startsOn: '2024-03-21', endsOn: '2024-06-30' },
  ],
};
const PILKADA = {
  kind: 'regional',
  name: 'Pemilihan Serentak 2024 (uji)',
  startsOn: '2024-01-27',
  endsOn: '2024-12-31',
  stages: [{ name: 'Pemutakhiran data pemilih', startsOn: '2024-05-31', endsOn: '2024-09-20' }],
};

let t: TestServer;
let admin: string;
let officer: string;
let pemilu: Json;
let pilkada: Json;

const codeOf = (result: { errors?: Json[] }) => result.errors?.[0]?.extensions?.code as string | undefined;

async function ok(token: string, query: string, variables: Record<string, unknown>): Promise<Json> {
  const result = await t.gql(query, variables, { token });
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data!;
}

const stageNamed = (election: Json, name: string): Json =>
  election.stages.find((stage: Json) => stage.name === name);

/** A complaint against a member of a Bangkalan PPK, about an act on 10 April 2024. */
async function fileCase(extra: Record<string, unknown>) {
  const membershipId = await activeMember(t, officer, BANGKALAN_PPK);
  return t.gql(
    FILE_CASE.replace('ethicsCase {', 'ethicsCase { election { id name } stage { id name }'),
    { input: { ...publicComplaint(membershipId, '2024-04-14T03:00:00.000Z'), ...extra } },
    { token: officer },
  );
}

beforeAll(async () => {
  t = await startTestServer({ withCases: false });
  admin = await t.login('admin.ri');
  officer = await t.login('officer.35.26');
  pemilu = (await ok(admin, CREATE, { input: PEMILU })).createElection;
  pilkada = (await ok(admin, CREATE, { input: PILKADA })).createElection;
});
afterAll(async () => {
  await t?.stop();
});

describe('elections', () => {
  it('lets the national administrator record an election with its stages, which every user reads', async () => {
    expect(pemilu).toMatchObject({ kind: 'general', name: 'Pemilu 2024 (uji)', version: 1 });
    expect(pemilu.stages.map((stage: Json) => [stage.name, stage.ordinal, stage.electionId])).toEqual(
      PEMILU.stages.map((stage, ordinal) => [stage.name, ordinal, pemilu.id]),
    );
    const read = await ok(officer, `query ($id: ID!) { election(id: $id) { ${ELECTION_FIELDS} } }`, {
      id: pemilu.id,
    });
    expect(read.election).toEqual(pemilu);
    const listed = (await ok(officer, `{ elections { id startsOn } }`, {})).elections as Json[];
    expect(listed.map((election) => election.id)).toEqual(expect.arrayContaining([pemilu.id, pilkada.id]));
    // Newest first: Pemilihan Serentak 2024 started after Pemilu 2024.
    expect(listed.findIndex((e) => e.id === pilkada.id)).toBeLessThan(
      listed.findIndex((e) => e.id === pemilu.id),
    );
    const [audit] = await t.orm.em
      .fork()
      .getConnection()
      .execute<{ action: string; chain: string }[]>(
        "select action, chain from audit_event where entity_type = 'election' and entity_id = ?",
        [pemilu.id],
      );
    expect(audit).toEqual({ action: 'electionCreated', chain: 'national' });
  });

  it('refuses a regency officer who creates or changes an election', async () => {
    expect(codeOf(await t.gql(CREATE, { input: PEMILU }, { token: officer }))).toBe('FORBIDDEN');
    const update = { name: 'Diubah', startsOn: PILKADA.startsOn, endsOn: PILKADA.endsOn };
    expect(codeOf(await t.gql(UPDATE, { id: pilkada.id, v: 1, input: update }, { token: officer }))).toBe(
      'FORBIDDEN',
    );
  });

  it('refuses an invalid draft with every problem and its code', async () => {
    const result = await t.gql(
      CREATE,
      {
        input: {
          ...PEMILU,
          name: '  ',
          stages: [
            { name: 'Kampanye', startsOn: '2023-11-28', endsOn: '2023-11-01' },
            { name: 'Pelantikan', startsOn: '2024-10-01', endsOn: '2024-10-21' },
            { name: 'Masa tenang', startsOn: '2024-02-30', endsOn: '2024-02-13' },
          ],
        },
      },
      { token: admin },
    );
    expect(codeOf(result)).toBe('ELECTION_NAME_REQUIRED');
    expect(result.errors![0]!.extensions!.errors.map((error: Json) => [error.code, error.stage])).toEqual([
      ['ELECTION_NAME_REQUIRED', undefined],
      ['STAGE_ENDS_BEFORE_START', 0],
      ['STAGE_OUTSIDE_ELECTION', 1],
      ['INVALID_STAGE_DATE', 2],
    ]);
    const backwards = await t.gql(
      CREATE,
      { input: { ...PILKADA, startsOn: '2024-12-31', endsOn: '2024-01-27', stages: [] } },
      { token: admin },
    );
    expect(codeOf(backwards)).toBe('ELECTION_ENDS_BEFORE_START');
    const [row] = await t.orm.em
      .fork()
      .getConnection()
      .execute<{ n: number | string }[]>("select count(*) as n from election where name like '%(uji)'");
    expect(Number(row!.n)).toBe(2);
  });
});

describe('a body formed for an election', () => {
  let village: string;

  beforeAll(async () => {
    const district = (await ok(admin, 'query { regions(parentCode: "35.08") { code } }', {})).regions[0].code;
    village = (await ok(admin, 'query ($p: ID) { regions(parentCode: $p) { code } }', { p: district }))
      .regions[0].code;
  });

  it('carries the election and, by default, its dates as the term; the list filters by it', async () => {
    const body = (
      await ok(admin, CREATE_BODY, {
        input: {
          type: 'pps',
          name: 'PPS Uji Pemilu',
          regionCode: village,
          commissionId: LUMAJANG,
          electionId: pemilu.id,
        },
      })
    ).createAdhocBody;
    expect(body).toMatchObject({
      termStartsOn: '2022-06-14',
      termEndsOn: '2024-10-20',
      election: { id: pemilu.id, name: 'Pemilu 2024 (uji)' },
    });
    const kpps = (
      await ok(admin, CREATE_BODY, {
        input: {
          type: 'kpps',
          name: 'KPPS TPS 003 Uji',
          regionCode: village,
          tpsNumber: 3,
          commissionId: LUMAJANG,
          electionId: pemilu.id,
          termStartsOn: '2024-01-25',
          termEndsOn: '2024-02-25',
        },
      })
    ).createAdhocBody;
    expect(kpps).toMatchObject({ termStartsOn: '2024-01-25', termEndsOn: '2024-02-25' });
    const listed = await ok(
      admin,
      'query ($f: BodyFilter) { bodies(filter: $f, first: 100) { totalCount nodes { id } } }',
      { f: { electionId: pemilu.id } },
    );
    expect(listed.bodies.nodes.map((node: Json) => node.id).sort()).toEqual([body.id, kpps.id].sort());
    const old = await ok(admin, 'query ($e: ID) { adhocBodies(electionId: $e) { id } }', { e: pilkada.id });
    expect(old.adhocBodies).toEqual([]);
  });

  it('refuses a term that ends before it starts, and an unknown election', async () => {
    const input = {
      type: 'kpps',
      name: 'KPPS TPS 004 Uji',
      regionCode: village,
      tpsNumber: 4,
      commissionId: LUMAJANG,
    };
    expect(
      codeOf(
        await t.gql(
          CREATE_BODY,
          {
            input: { ...input, electionId: pemilu.id, termStartsOn: '2024-03-01', termEndsOn: '2024-02-01' },
          },
          { token: admin },
        ),
      ),
    ).toBe('TERM_ENDS_BEFORE_START');
    expect(
      codeOf(
        await t.gql(CREATE_BODY, { input: { ...input, electionId: 'no-such-election' } }, { token: admin }),
      ),
    ).toBe('UNKNOWN_ELECTION');
    const badDate = await t.gql(
      CREATE_BODY,
      { input: { ...input, termEndsOn: '2024-02-31' } },
      { token: admin },
    );
    expect(codeOf(badDate)).toBe('BAD_USER_INPUT');
    expect(badDate.errors![0]!.extensions).toMatchObject({ field: 'termEndsOn', reason: 'format' });
  });
});

describe('a case filed with its election and stage', () => {
  let explicit: Json;
  let defaulted: Json;

  beforeAll(async () => {
    const stage = stageNamed(pemilu, 'Rekapitulasi hasil penghitungan suara');
    const filed = await fileCase({ electionId: pemilu.id, stageId: stage.id });
    expect(filed.errors, JSON.stringify(filed.errors)).toBeUndefined();
    explicit = filed.data!.fileCase.ethicsCase;
    // No stage given: the one whose dates include the event date (10 April 2024).
    const byDate = await fileCase({ electionId: pemilu.id });
    expect(byDate.errors, JSON.stringify(byDate.errors)).toBeUndefined();
    defaulted = byDate.data!.fileCase.ethicsCase;
    const without = await fileCase({});
    expect(without.errors, JSON.stringify(without.errors)).toBeUndefined();
  });

  it('shows the election and the stage, the stage by the event date when none is given', async () => {
    expect(explicit.election).toEqual({ id: pemilu.id, name: 'Pemilu 2024 (uji)' });
    expect(explicit.stage.name).toBe('Rekapitulasi hasil penghitungan suara');
    expect(defaulted.stage.name).toBe('Penyelesaian sengketa hasil');
    const read = await ok(
      officer,
      'query ($id: ID!) { case(id: $id) { election { name } stage { id name } } }',
      {
        id: explicit.id,
      },
    );
    expect(read.case).toEqual({ election: { name: 'Pemilu 2024 (uji)' }, stage: explicit.stage });
  });

  it('is found by the list, the statistics and the overdue report filtered by election and by stage', async () => {
    const byElection = (await ok(officer, CASES, { filter: { electionId: pemilu.id } })).cases;
    expect(byElection.nodes.map((node: Json) => node.id).sort()).toEqual([explicit.id, defaulted.id].sort());
    const byStage = (await ok(officer, CASES, { filter: { stageId: explicit.stage.id } })).cases;
    expect(byStage.nodes.map((node: Json) => node.id)).toEqual([explicit.id]);
    expect((await ok(officer, CASES, { filter: { electionId: pilkada.id } })).cases.totalCount).toBe(0);
    expect((await ok(officer, CASES, {})).cases.totalCount).toBe(3);
    const stats = async (filter: Json) =>
      (await ok(officer, STATISTICS, { filter })).caseStatistics.totalCount;
    expect(await stats({ electionId: pemilu.id })).toBe(2);
    expect(await stats({ stageId: explicit.stage.id })).toBe(1);
    expect(await stats({ electionId: pilkada.id })).toBe(0);
    // Months later, with nothing done, their deadlines have passed: the overdue report filters alike.
    t.clock.set(new Date('2024-07-01T03:00:00.000Z'));
    try {
      // Signed in again: the morning's session has expired by then.
      const later = (
        await ok('', 'mutation ($p: String!) { login(username: "officer.35.26", password: $p) { token } }', {
          p: DEMO_PASSWORD,
        })
      ).login.token as string;
      const overdue = async (filter: Json) =>
        (await ok(later, OVERDUE, { filter })).overdueCases.nodes.map((node: Json) => node.ethicsCase.id);
      expect((await overdue({ electionId: pemilu.id })).sort()).toEqual([explicit.id, defaulted.id].sort());
      expect(await overdue({ stageId: explicit.stage.id })).toEqual([explicit.id]);
      expect(await overdue({ electionId: pilkada.id })).toEqual([]);
    } finally {
      t.clock.set(TEST_NOW);
    }
  });

  it('refuses a stage of another election and an unknown election', async () => {
    const other = await fileCase({ electionId: pemilu.id, stageId: pilkada.stages[0].id });
    expect(codeOf(other)).toBe('STAGE_NOT_IN_ELECTION');
    expect(codeOf(await fileCase({ electionId: 'no-such-election' }))).toBe('UNKNOWN_ELECTION');
  });

  it('keeps a stage a case refers to: removing it is STAGE_IN_USE, other stages change and go', async () => {
    const current = (
      await ok(officer, `query ($id: ID!) { election(id: $id) { ${ELECTION_FIELDS} } }`, { id: pemilu.id })
    ).election;
    const withoutUsed = current.stages
      .filter((stage: Json) => stage.id !== explicit.stage.id)
      .map(({ id, name, startsOn, endsOn }: Json) => ({ id, name, startsOn, endsOn }));
    const base = { name: current.name, startsOn: current.startsOn, endsOn: current.endsOn };
    const refused = await t.gql(
      UPDATE,
      { id: pemilu.id, v: current.version, input: { ...base, stages: withoutUsed } },
      { token: admin },
    );
    expect(codeOf(refused)).toBe('STAGE_IN_USE');
    expect(refused.errors![0]!.extensions!.stageId).toBe(explicit.stage.id);

    // Kampanye goes, the used stage is renamed by id, a stage is added; the stages keep their ids.
    const stages = [
      ...current.stages
        .filter((stage: Json) => stage.name !== 'Kampanye')
        .map(({ id, name, startsOn, endsOn }: Json) => ({
          id,
          name: id === explicit.stage.id ? 'Rekapitulasi suara' : name,
          startsOn,
          endsOn,
        })),
      { name: 'Pengucapan sumpah/janji', startsOn: '2024-10-01', endsOn: '2024-10-20' },
    ];
    const updated = (
      await ok(admin, UPDATE, {
        id: pemilu.id,
        v: current.version,
        input: { ...base, name: 'Pemilu 2024 (uji, diubah)', stages },
      })
    ).updateElection;
    expect(updated.version).toBe(current.version + 1);
    expect(updated.name).toBe('Pemilu 2024 (uji, diubah)');
    expect(updated.stages.map((stage: Json) => [stage.name, stage.ordinal])).toEqual([
      ['Pemungutan dan penghitungan suara', 0],
      ['Rekapitulasi suara', 1],
      ['Penyelesaian sengketa hasil', 2],
      ['Pengucapan sumpah/janji', 3],
    ]);
    expect(stageNamed(updated, 'Rekapitulasi suara').id).toBe(explicit.stage.id);
    const read = await ok(officer, 'query ($id: ID!) { case(id: $id) { stage { id name } } }', {
      id: explicit.id,
    });
    expect(read.case.stage).toEqual({ id: explicit.stage.id, name: 'Rekapitulasi suara' });

    // A stale version is refused; so is a stage that lies outside the new dates.
    expect(
      codeOf(await t.gql(UPDATE, { id: pemilu.id, v: current.version, input: base }, { token: admin })),
    ).toBe('CONFLICT');
    const narrowed = await t.gql(
      UPDATE,
      { id: pemilu.id, v: updated.version, input: { ...base, endsOn: '2024-06-30' } },
      { token: admin },
    );
    expect(codeOf(narrowed)).toBe('STAGE_OUTSIDE_ELECTION');
  });
});

describe('a declaration', () => {
  it('records the election it was made for (by default the body’s), and the list filters by it', async () => {
    const membershipId = await activeMember(t, officer, BANGKALAN_PPK, 1);
    const declared = (
      await ok(officer, DECLARE, {
        input: {
          membershipId,
          relativeName: 'H. Abdul Karim',
          relation: 'sibling',
          relativeRole: 'regencyDprdCandidate',
          declaredAt: '2024-01-10T02:00:00.000Z',
          electionId: pilkada.id,
        },
      })
    ).declareConflict;
    expect(declared).toMatchObject({
      electionId: pilkada.id,
      election: { id: pilkada.id, name: PILKADA.name },
    });
    const listed = (await ok(officer, DECLARATIONS, { filter: { electionId: pilkada.id } }))
      .conflictDeclarations;
    expect(listed.nodes.map((node: Json) => node.id)).toEqual([declared.id]);
    const unknown = await t.gql(
      DECLARE,
      {
        input: {
          membershipId,
          relativeName: 'Hj. Siti',
          relation: 'sibling',
          relativeRole: 'regencyDprdCandidate',
          declaredAt: '2024-01-10T02:00:00.000Z',
          electionId: 'no-such-election',
        },
      },
      { token: officer },
    );
    expect(codeOf(unknown)).toBe('UNKNOWN_ELECTION');
    // Without one, the election the declarer's body was formed for (the demo's bodies: the demo's election).
    const byBody = (
      await ok(officer, DECLARE, {
        input: {
          membershipId,
          relativeName: 'Hj. Siti Maryam',
          relation: 'spouse',
          relativeRole: 'campaignTeam',
          declaredAt: '2024-01-11T02:00:00.000Z',
        },
      })
    ).declareConflict;
    expect(byBody).toMatchObject({
      electionId: 'election-demo',
      election: { name: 'Pemilihan Serentak (data demo)' },
    });
  });
});

describe('the demo data', () => {
  it('holds Pemilu 2024 and Pemilihan Serentak 2024, and its own election dated back from the seeding day for its bodies', async () => {
    const listed = (await ok(officer, `{ elections { ${ELECTION_FIELDS} } }`, {})).elections as Json[];
    const demo = listed.filter((election) => election.id.startsWith('election-'));
    // Seeded on TEST_NOW (15 April 2024): the demo's election ran from 300 days before to 60 days after.
    expect(demo.map(({ kind, name, startsOn, endsOn }) => ({ kind, name, startsOn, endsOn }))).toEqual([
      { kind: 'regional', name: 'Pemilihan Serentak 2024', startsOn: '2024-01-27', endsOn: '2024-12-31' },
      {
        kind: 'regional',
        name: 'Pemilihan Serentak (data demo)',
        startsOn: '2023-06-20',
        endsOn: '2024-06-14',
      },
      { kind: 'general', name: 'Pemilu 2024', startsOn: '2022-06-14', endsOn: '2024-10-20' },
    ]);
    expect(demo[2]!.stages.map((stage: Json) => stage.name)).toContain('Pemungutan dan penghitungan suara');
    const body = await ok(
      officer,
      'query ($id: ID!) { adhocBody(id: $id) { election { name } termStartsOn termEndsOn } }',
      {
        id: BANGKALAN_PPK,
      },
    );
    expect(body.adhocBody).toEqual({
      election: { name: 'Pemilihan Serentak (data demo)' },
      termStartsOn: '2023-06-30',
      termEndsOn: '2024-06-14',
    });
  });
});
