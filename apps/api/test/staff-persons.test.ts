// The commission's own people (issue #11 item 3): an officer gives a commissioner of their commission a
// person record (NIK checked), audited on the commission's chain; the commissioner then appears with it
// among the commission's staff and among the examination-team candidates.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type Json, type TestServer } from './test-server.js';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(async () => {
  await t?.stop();
});

const STAFF = `query ($c: ID!) { staffPersons(commissionId: $c) {
  userId username role version personId name sex } }`;
const GIVE = `mutation ($userId: ID!, $v: Int!, $person: NewStaffPersonInput, $personId: ID) {
  giveUserPerson(userId: $userId, expectedVersion: $v, person: $person, personId: $personId) {
    id personId version } }`;
// Aceh (11), born 12 May 1980, a woman (52 = 12 + 40), serial 0001.
const NIK = '1171025205800001';

async function as(username: string, query: string, variables: Record<string, unknown>) {
  return t.gql(query, variables, { token: await t.login(username) });
}

async function commissionerOf(commissionId: string, viewer: string) {
  const staff = await as(viewer, STAFF, { c: commissionId });
  expect(staff.errors, JSON.stringify(staff.errors)).toBeUndefined();
  return staff.data!.staffPersons.find((row: Json) => row.role === 'commissioner');
}

describe('giving a staff account a person record', () => {
  it('lets an officer give a commissioner of their commission a new person, once', async () => {
    const before = await commissionerOf('kip-11.71', 'officer.11.71');
    expect(before.personId).toBeNull();

    // Signed in before the link: the session learns the person at its next request.
    const commissionerToken = await t.login('commissioner.11.71');
    await t.gql('{ me { personId } }', {}, { token: commissionerToken });

    const badNik = await as('officer.11.71', GIVE, {
      userId: before.userId,
      v: before.version,
      person: { nik: '3.52601E+15', name: 'Cut Nyak Dien' },
    });
    expect(badNik.errors?.[0]?.extensions?.code).toBe('INVALID_NIK');

    const foreign = await as('officer.35.26', GIVE, {
      userId: before.userId,
      v: before.version,
      person: { nik: NIK, name: 'Cut Nyak Dien' },
    });
    expect(foreign.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const given = await as('officer.11.71', GIVE, {
      userId: before.userId,
      v: before.version,
      person: { nik: NIK, name: '  Cut   Nyak Dien ', sex: 'female' },
    });
    expect(given.errors, JSON.stringify(given.errors)).toBeUndefined();
    const personId = given.data!.giveUserPerson.personId;
    expect(personId).toEqual(expect.any(String));

    const me = await t.gql('{ me { personId } }', {}, { token: commissionerToken });
    expect(me.data!.me.personId).toBe(personId);

    const after = await commissionerOf('kip-11.71', 'officer.11.71');
    expect(after).toMatchObject({ personId, name: 'Cut Nyak Dien', sex: 'female' });

    const audit = await t.orm.em
      .fork()
      .getConnection()
      .execute('select action, chain, entity_type from audit_event where entity_id in (?, ?) order by seq', [
        personId,
        before.userId,
      ]);
    expect(audit.map((row: Json) => [row.action, row.chain])).toEqual([
      ['personCreated', 'kip-11.71'],
      ['userPersonLinked', 'kip-11.71'],
    ]);

    const again = await as('officer.11.71', GIVE, {
      userId: before.userId,
      v: after.version,
      person: { nik: '1171020101900002', name: 'Someone Else' },
    });
    expect(again.errors?.[0]?.extensions?.code).toBe('USER_HAS_PERSON');

    // With a person, the commissioner can be proposed for the commission's examination teams.
    const candidates = await as(
      'officer.11.71',
      'query { examinationTeamCandidates(caseId: "case-demo-006") { personId } }',
      {},
    );
    expect(candidates.data!.examinationTeamCandidates.map((c: Json) => c.personId)).toContain(personId);
  });

  it('refuses a NIK already on record, and links the existing person instead when asked', async () => {
    const commissioner = await commissionerOf('kpu-35.26', 'admin.ri');
    const taken = await as('admin.ri', GIVE, {
      userId: commissioner.userId,
      v: commissioner.version,
      person: { nik: NIK, name: 'Cut Nyak Dien' },
    });
    expect(taken.errors?.[0]?.extensions?.code).toBe('NIK_TAKEN');
    const both = await as('admin.ri', GIVE, { userId: commissioner.userId, v: commissioner.version });
    expect(both.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');

    const aceh = await commissionerOf('kip-11.71', 'admin.ri');
    const linked = await as('admin.ri', GIVE, {
      userId: commissioner.userId,
      v: commissioner.version,
      personId: aceh.personId,
    });
    expect(linked.errors, JSON.stringify(linked.errors)).toBeUndefined();
    expect(linked.data!.giveUserPerson.personId).toBe(aceh.personId);
  });

  it('keeps the staff list to the commission’s own users', async () => {
    const other = await as('officer.35.26', STAFF, { c: 'kip-11.71' });
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
