// Who sees which case, and who may give which command: role × operation × inside/outside jurisdiction.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activeMember, command, FILE_CASE, publicComplaint } from './fixtures.js';
import { startTestServer, TEST_NOW, type TestServer } from './test-server.js';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(async () => {
  await t?.stop();
});

const caseById = async (username: string, id: string) => {
  const token = await t.login(username);
  return t.gql<{ case: { id: string } | null }>(
    'query ($id: ID!) { case(id: $id) { id } }',
    { id },
    { token },
  );
};

describe('reading a case handled by KPU Kabupaten Bangkalan (kpu-35.26)', () => {
  it.each([
    ['admin.ri', 'nationalAdmin at KPU RI', true],
    ['supervisor.35', 'provincialSupervisor of its province', true],
    ['analyst.35', 'analyst of its province', true],
    ['officer.35.26', 'officer of the handling regency', true],
    ['commissioner.35.26', 'commissioner of the handling regency', true],
    ['supervisor.11', 'provincialSupervisor of another province', false],
    ['analyst.11', 'analyst of another province', false],
    ['officer.35.28', 'officer of a neighbouring regency', false],
    ['examiner1.35.26', 'examiner not on the case’s team', false],
  ])('%s (%s) sees it: %s', async (username, _who, visible) => {
    const result = await caseById(username, 'case-demo-001');
    expect(result.errors).toBeUndefined();
    expect(result.data!.case !== null).toBe(visible);
  });

  it('shows an examiner the cases whose examination team they sit on', async () => {
    expect((await caseById('examiner1.35.26', 'case-demo-007')).data!.case).toEqual({ id: 'case-demo-007' });
  });

  it('counts only the cases in the caller’s jurisdiction', async () => {
    const count = async (username: string) => {
      const result = await t.gql<{ cases: { totalCount: number } }>(
        '{ cases(first: 1) { totalCount } }',
        {},
        { token: await t.login(username) },
      );
      return result.data!.cases.totalCount;
    };
    const national = await count('admin.ri');
    const jatim = await count('supervisor.35');
    const bangkalan = await count('officer.35.26');
    const pamekasan = await count('officer.35.28');
    const bandaAceh = await count('officer.11.71');
    expect(national).toBe(21);
    expect(jatim).toBe(bangkalan + pamekasan);
    expect(bangkalan + pamekasan + bandaAceh).toBe(national);
  });

  it('refuses every query without a token as UNAUTHENTICATED', async () => {
    const result = await t.gql('{ cases(first: 1) { totalCount } }');
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a forged token as UNAUTHENTICATED', async () => {
    const token = `${(await t.login('admin.ri')).slice(0, -4)}AAAA`;
    const result = await t.gql('{ cases(first: 1) { totalCount } }', {}, { token });
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('starting the screening of a received case at kpu-35.26', () => {
  it.each([
    ['officer.35.28', 'NOT_FOUND'],
    ['supervisor.35', 'OUT_OF_JURISDICTION'],
    ['admin.ri', 'OUT_OF_JURISDICTION'],
    ['analyst.35', 'OUT_OF_JURISDICTION'],
    ['commissioner.35.26', 'ROLE_NOT_PERMITTED'],
    ['examiner1.35.26', 'NOT_FOUND'],
  ])('refuses %s with %s', async (username, code) => {
    const result = await command(t, await t.login(username), 'startScreening', {
      caseId: 'case-demo-001',
      expectedVersion: 1,
    });
    expect(result.code).toBe(code);
  });

  it('lets the handling officer do it', async () => {
    const result = await command(t, await t.login('officer.35.26'), 'startScreening', {
      caseId: 'case-demo-001',
      expectedVersion: 1,
    });
    expect(result.ethicsCase).toMatchObject({ status: 'screening', version: 2 });
  });
});

describe('filing a case', () => {
  const receivedAt = new Date(TEST_NOW.getTime() - 86_400_000).toISOString();

  it('refuses a commissioner: filing is the officers’ intake', async () => {
    const officer = await t.login('officer.35.26');
    const membership = await activeMember(t, officer, 'ppk-35.26.01');
    const result = await t.gql(
      FILE_CASE,
      { input: publicComplaint(membership, receivedAt) },
      { token: await t.login('commissioner.35.26') },
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses a respondent from a body another commission formed', async () => {
    const foreign = await activeMember(t, await t.login('officer.35.28'), (await firstPpk('officer.35.28'))!);
    const result = await t.gql(
      FILE_CASE,
      { input: publicComplaint(foreign, receivedAt) },
      { token: await t.login('officer.35.26') },
    );
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'OUT_OF_JURISDICTION',
      commissionId: 'kpu-35.28',
    });
  });

  it('refuses a receipt date in the future with RECEIVED_IN_FUTURE', async () => {
    const officer = await t.login('officer.35.26');
    const membership = await activeMember(t, officer, 'ppk-35.26.01');
    const future = new Date(TEST_NOW.getTime() + 86_400_000).toISOString();
    const result = await t.gql(FILE_CASE, { input: publicComplaint(membership, future) }, { token: officer });
    expect(result.errors?.[0]?.extensions?.code).toBe('RECEIVED_IN_FUTURE');
  });
});

async function firstPpk(username: string): Promise<string | undefined> {
  const result = await t.gql<{ adhocBodies: { id: string }[] }>(
    '{ adhocBodies(type: ppk, first: 1) { id } }',
    {},
    { token: await t.login(username) },
  );
  return result.data?.adhocBodies[0]?.id;
}

describe('the directory, for a kpu-35.26 body, member and declaration', () => {
  const INSIDE = [
    'admin.ri',
    'supervisor.35',
    'analyst.35',
    'officer.35.26',
    'commissioner.35.26',
    'examiner1.35.26',
  ];
  const OUTSIDE = ['supervisor.11', 'analyst.11', 'officer.35.28', 'officer.11.71', 'examiner1.35.28'];
  let membershipId: string;
  let personId: string;
  let declarationId: string;

  beforeAll(async () => {
    const officer = await t.login('officer.35.26');
    membershipId = await activeMember(t, officer, 'ppk-35.26.01');
    const read = await t.gql(
      'query ($id: ID!) { membership(id: $id) { person { id } } }',
      { id: membershipId },
      { token: officer },
    );
    personId = read.data!.membership.person.id;
    const declared = await t.gql(
      'mutation ($input: DeclareConflictInput!) { declareConflict(input: $input) { id } }',
      {
        input: {
          membershipId,
          relativeName: 'Siti',
          relation: 'spouse',
          relativeRole: 'campaignTeam',
          declaredAt: '2024-01-02T00:00:00Z',
        },
      },
      { token: officer },
    );
    declarationId = declared.data!.declareConflict.id;
  });

  const READ = `query ($m: ID!, $p: ID!, $d: ID!) {
    members(first: 1, filter: { bodyId: "ppk-35.26.01" }) { totalCount }
    membership(id: $m) { id }
    person(id: $p) { id }
    bodies(first: 1, filter: { commissionId: "kpu-35.26" }) { totalCount }
    adhocBody(id: "ppk-35.26.01") { id }
    conflictDeclarations(first: 1, filter: { bodyId: "ppk-35.26.01" }) { totalCount }
    conflictDeclaration(id: $d) { id }
    region(code: "35.26") { code bodyCount }
  }`;

  it.each([...INSIDE.map((u) => [u, true] as const), ...OUTSIDE.map((u) => [u, false] as const)])(
    '%s reads every directory query (inside: %s)',
    async (username, inside) => {
      const result = await t.gql(
        READ,
        { m: membershipId, p: personId, d: declarationId },
        { token: await t.login(username) },
      );
      expect(result.errors).toBeUndefined();
      const data = result.data!;
      expect(data.members.totalCount > 0).toBe(inside);
      expect(data.membership !== null).toBe(inside);
      expect(data.person !== null).toBe(inside);
      expect(data.bodies.totalCount > 0).toBe(inside);
      expect(data.adhocBody !== null).toBe(inside);
      expect(data.conflictDeclarations.totalCount > 0).toBe(inside);
      expect(data.conflictDeclaration !== null).toBe(inside);
      // Regions are geography: everyone sees them; their body counts follow the jurisdiction.
      expect(data.region.code).toBe('35.26');
      expect(data.region.bodyCount > 0).toBe(inside);
    },
  );

  it.each([
    ['admin.ri', null],
    ['officer.35.26', null],
    ['supervisor.35', 'FORBIDDEN'],
    ['analyst.35', 'FORBIDDEN'],
    ['commissioner.35.26', 'FORBIDDEN'],
    ['examiner1.35.26', 'FORBIDDEN'],
    ['supervisor.11', 'FORBIDDEN'],
    ['analyst.11', 'FORBIDDEN'],
    ['officer.35.28', 'NOT_FOUND'],
    ['officer.11.71', 'NOT_FOUND'],
  ])('%s changing declarations: %s', async (username, code) => {
    const token = await t.login(username);
    const current = await t.gql(
      'query ($d: ID!) { conflictDeclaration(id: $d) { version } }',
      { d: declarationId },
      { token: await t.login('admin.ri') },
    );
    const version = current.data!.conflictDeclaration.version as number;
    const results = [
      await t.gql(
        'mutation ($input: DeclareConflictInput!) { declareConflict(input: $input) { id } }',
        {
          input: {
            membershipId,
            relativeName: 'Ahmad',
            relation: 'child',
            relativeRole: 'dpdCandidate',
            declaredAt: '2024-01-03T00:00:00Z',
          },
        },
        { token },
      ),
      await t.gql(
        'mutation ($d: ID!, $v: Int!) { updateConflictDeclaration(id: $d, expectedVersion: $v, changes: { relation: parent }) { id } }',
        { d: declarationId, v: version },
        { token },
      ),
      await t.gql(
        'mutation ($d: ID!, $v: Int!) { publishConflictDeclaration(id: $d, expectedVersion: $v, published: false) { id } }',
        { d: declarationId, v: code ? version : version + 1 },
        { token },
      ),
    ];
    for (const result of results) expect(result.errors?.[0]?.extensions?.code ?? null).toBe(code);
  });

  it.each([...INSIDE.slice(1), ...OUTSIDE])(
    'refuses %s the user accounts with FORBIDDEN',
    async (username) => {
      const token = await t.login(username);
      for (const document of [
        '{ users(first: 1) { totalCount } }',
        '{ user(id: "user-admin.ri") { id } }',
        'mutation { updateUser(id: "user-officer.35.26", displayName: "x") { id } }',
        'mutation { resetUserPassword(id: "user-officer.35.26", newPassword: "a-long-enough-passphrase") { id } }',
        'mutation { createUser(input: { username: "x.y.z", displayName: "x", role: analyst, commissionId: "kpu-35", password: "a-long-enough-passphrase" }) { id } }',
      ]) {
        expect((await t.gql(document, {}, { token })).errors?.[0]?.extensions?.code, document).toBe(
          'FORBIDDEN',
        );
      }
    },
  );

  it('lets the national administrator read the user accounts', async () => {
    const result = await t.gql(
      '{ users(first: 1) { totalCount } user(id: "user-officer.35.26") { username } }',
      {},
      { token: await t.login('admin.ri') },
    );
    expect(result.data).toEqual({ users: { totalCount: 20 }, user: { username: 'officer.35.26' } });
  });
});
