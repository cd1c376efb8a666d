// Commissioners and secretariat staff declare family ties like ad hoc members (issue #11): a declaration
// names its declarer and the commission whose register holds it, and a membership only for a member. Their
// own declarations count in the examination-team check; the existing declarations keep their declarer.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initOrm, type Orm } from '../src/db/orm.js';
import { personIdOf } from './fixtures.js';
import {
  createTestDatabase,
  startTestServer,
  usesPostgres,
  type Json,
  type TestServer,
} from './test-server.js';

const DECLARE = `mutation ($input: DeclareConflictInput!) {
  declareConflict(input: $input) { id version membershipId membership { id } person { id } commissionId } }`;
const LIST = `query ($filter: ConflictDeclarationFilter) {
  conflictDeclarations(filter: $filter, first: 50) { totalCount nodes { id membershipId commissionId person { id } } } }`;
const CANDIDATES = `query ($caseId: ID!) {
  examinationTeamCandidates(caseId: $caseId) { personId conflicts { code partyName relation } } }`;

const tie = (extra: Json) => ({
  relativeName: 'Saudara kandung',
  relation: 'sibling',
  relativeRole: 'regencyDprdCandidate',
  declaredAt: '2024-01-10T02:00:00.000Z',
  ...extra,
});

describe('declarations by the commission’s own people', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer();
  });
  afterAll(async () => {
    await t?.stop();
  });

  it('lets an examiner declare their own tie, held by their commission with no membership', async () => {
    const examiner = await t.login('examiner1.35.26');
    const personId = await personIdOf(t, 'examiner1.35.26');
    const declared = await t.gql(DECLARE, { input: tie({ personId }) }, { token: examiner });
    expect(declared.errors, JSON.stringify(declared.errors)).toBeUndefined();
    expect(declared.data!.declareConflict).toMatchObject({
      membershipId: null,
      membership: null,
      person: { id: personId },
      commissionId: 'kpu-35.26',
    });
    const officer = await t.login('officer.35.26');
    const listed = await t.gql(LIST, { filter: { byStaff: true } }, { token: officer });
    expect(listed.errors).toBeUndefined();
    expect(listed.data!.conflictDeclarations.nodes.map((node: Json) => node.id)).toContain(
      declared.data!.declareConflict.id,
    );
    const members = await t.gql(LIST, { filter: { byStaff: false } }, { token: officer });
    expect(members.data!.conflictDeclarations.nodes.every((node: Json) => node.membershipId != null)).toBe(
      true,
    );
  });

  it('lets the officer declare for a commissioner or staff member of their commission, not of another', async () => {
    const personId = await personIdOf(t, 'examiner2.35.26');
    const own = await t.gql(DECLARE, { input: tie({ personId }) }, { token: await t.login('officer.35.26') });
    expect(own.errors, JSON.stringify(own.errors)).toBeUndefined();
    expect(own.data!.declareConflict.commissionId).toBe('kpu-35.26');
    const other = await t.gql(
      DECLARE,
      { input: tie({ personId }) },
      { token: await t.login('officer.35.28') },
    );
    expect(other.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('refuses someone else’s declaration from a role that does not keep the register', async () => {
    const personId = await personIdOf(t, 'examiner3.35.26');
    const refused = await t.gql(
      DECLARE,
      { input: tie({ personId }) },
      { token: await t.login('examiner1.35.26') },
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('asks for exactly one declarer: a membership or a person', async () => {
    const officer = await t.login('officer.35.26');
    const neither = await t.gql(DECLARE, { input: tie({}) }, { token: officer });
    expect(neither.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'membershipId' });
  });

  it('keeps an examiner whose own declaration names a respondent off the team', async () => {
    // case-demo-006 is in clarification at kip-11.71.
    const officer = await t.login('officer.11.71');
    const read = await t.gql(
      '{ case(id: "case-demo-006") { respondents { name personId } } }',
      {},
      {
        token: officer,
      },
    );
    const respondent = read.data!.case.respondents[0];
    const examiner = 'examiner3.11.71';
    const personId = await personIdOf(t, examiner);
    const declared = await t.gql(
      DECLARE,
      { input: tie({ personId, relativeName: respondent.name, relativePersonId: respondent.personId }) },
      { token: await t.login(examiner) },
    );
    expect(declared.errors, JSON.stringify(declared.errors)).toBeUndefined();
    const candidates = await t.gql(CANDIDATES, { caseId: 'case-demo-006' }, { token: officer });
    expect(candidates.errors).toBeUndefined();
    const flagged = candidates.data!.examinationTeamCandidates.find((c: Json) => c.personId === personId);
    expect(flagged.conflicts).toEqual([
      { code: 'TEAM_MEMBER_RELATED_TO_PARTY', partyName: respondent.name, relation: 'sibling' },
    ]);
  });
});

describe(`the StaffDeclarations migration (${usesPostgres ? 'postgresql' : 'sqlite'})`, () => {
  let orm: Orm;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    const created = await createTestDatabase();
    drop = created.drop;
    orm = await initOrm(created.db);
    await orm.getMigrator().up({ to: 'Migration20261208020000HolidayOverrides' });
    const sql = orm.em.getConnection();
    const at = usesPostgres ? new Date('2024-01-10T02:00:00Z') : Date.parse('2024-01-10T02:00:00Z');
    await sql.execute(
      `insert into commission (id, level, name, path) values ('kpu-35.26', 'regency', 'KPU Bangkalan', '/kpu-ri/kpu-35/kpu-35.26/')`,
    );
    await sql.execute(`insert into region (code, level, name) values ('35.26.01', 'district', 'Kamal')`);
    await sql.execute(
      `insert into adhoc_body (id, type, name, region_code, commission_id) values ('ppk-35.26.01', 'ppk', 'PPK Kamal', '35.26.01', 'kpu-35.26')`,
    );
    await sql.execute(`insert into person (id, nik, name) values ('p-1', '3526010101900001', 'Siti Aminah')`);
    await sql.execute(
      `insert into membership (id, person_id, body_id, position, status, status_history) values ('m-1', 'p-1', 'ppk-35.26.01', 'member', 'active', '[]')`,
    );
    await sql.execute(
      `insert into conflict_declaration (id, membership_id, relative_name, relation, relative_role, declared_at, published) values ('d-1', 'm-1', 'Ahmad', 'sibling', 'dprCandidate', ?, ?)`,
      [at, usesPostgres ? false : 0],
    );
    await orm.getMigrator().up();
  });
  afterAll(async () => {
    await orm?.close();
    await drop?.();
  });

  it('gives every existing declaration its member as declarer and the body’s commission as holder', async () => {
    const rows = await orm.em
      .getConnection()
      .execute('select id, person_id, commission_id, membership_id, relative_name from conflict_declaration');
    expect(rows).toEqual([
      {
        id: 'd-1',
        person_id: 'p-1',
        commission_id: 'kpu-35.26',
        membership_id: 'm-1',
        relative_name: 'Ahmad',
      },
    ]);
  });
});
