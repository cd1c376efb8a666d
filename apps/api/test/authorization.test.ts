// Who sees which case, and who may give which command: role × operation × inside/outside jurisdiction.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BEHAVIOURS, PRINCIPLES } from '@etik/domain';
import { activeMember, command, FILE_CASE, publicComplaint, recordAction } from './fixtures.js';
import { bodiesOf, memberRow, toCsv, uploadCsv } from './member-csv.js';
import { startTestServer, TEST_NOW, type Json, type TestServer } from './test-server.js';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer({ config: { dataDir: mkdtempSync(join(tmpdir(), 'etik-authz-')) } });
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
    // Exactly the code: not masked as an internal error, and no stack trace.
    expect(result.errors?.[0]?.extensions).toEqual({ code: 'UNAUTHENTICATED' });
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

describe('member imports into kpu-35.26', () => {
  let importId: string;
  let serial = 7000;
  const csv = async () => {
    const body = (await bodiesOf(t, 'kpu-35.26'))[0]!;
    serial += 1;
    return toCsv([memberRow(body, serial)]);
  };

  it.each([
    ['officer.35.26', 202, undefined],
    ['admin.ri', 202, undefined],
    ['officer.35.28', 404, 'NOT_FOUND'],
    ['commissioner.35.26', 403, 'FORBIDDEN'],
    ['examiner1.35.26', 403, 'FORBIDDEN'],
    ['supervisor.35', 403, 'FORBIDDEN'],
    ['analyst.35', 403, 'FORBIDDEN'],
    [null, 401, 'UNAUTHENTICATED'],
  ])('upload by %s: HTTP %i %s', async (username, status, code) => {
    const result = await uploadCsv(t, await csv(), { username });
    expect(result.status).toBe(status);
    expect(result.body.errors?.[0]?.extensions?.code).toBe(code);
    if (status === 202) importId ??= result.body.memberImport.id;
  });

  it.each([
    ['officer.35.26', 'sees it'],
    ['commissioner.35.26', 'sees it'],
    ['admin.ri', 'sees it'],
    ['supervisor.35', 'sees it'],
    ['officer.35.28', 'null'],
    ['supervisor.11', 'null'],
    ['analyst.35', 'FORBIDDEN'],
    ['examiner1.35.26', 'FORBIDDEN'],
  ])('memberImport(id) and memberImports for %s: %s', async (username, expected) => {
    const token = await t.login(username);
    const one = await t.gql('query ($id: ID!) { memberImport(id: $id) { id } }', { id: importId }, { token });
    const list = await t.gql('{ memberImports(first: 10) { totalCount nodes { id } } }', {}, { token });
    if (expected === 'FORBIDDEN') {
      expect(one.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(list.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      return;
    }
    expect(one.errors).toBeUndefined();
    expect(one.data!.memberImport).toEqual(expected === 'null' ? null : { id: importId });
    expect(list.data!.memberImports.totalCount).toBe(expected === 'null' ? 0 : 2);
  });

  it.each([
    ['officer.35.28', 'NOT_FOUND'],
    ['supervisor.11', 'FORBIDDEN'],
    ['supervisor.35', 'FORBIDDEN'],
    ['commissioner.35.26', 'FORBIDDEN'],
    ['analyst.35', 'FORBIDDEN'],
    ['examiner1.35.26', 'FORBIDDEN'],
  ])('refuses cancelMemberImport by %s with %s', async (username, code) => {
    const result = await t.gql(
      'mutation ($id: ID!) { cancelMemberImport(id: $id) { status } }',
      { id: importId },
      { token: await t.login(username) },
    );
    expect(result.errors?.[0]?.extensions?.code).toBe(code);
  });

  it('lets the regency officer cancel it', async () => {
    const result = await t.gql(
      'mutation ($id: ID!) { cancelMemberImport(id: $id) { status } }',
      { id: importId },
      { token: await t.login('officer.35.26') },
    );
    expect(result.data!.cancelMemberImport).toEqual({ status: 'cancelled' });
  });
});

describe('the case’s records: role × record action × inside/outside jurisdiction', () => {
  // Inside kpu-35.26: case-demo-007 is in examination (examiner1.35.26 chairs its team), case-demo-013 is
  // closed. Every call gets a fresh target made by the handling officer, so that one success does not
  // change what the next user meets.
  const OFFICER = 'officer.35.26';
  const DAY = 86_400_000;
  const at = (offset: number) => new Date(TEST_NOW.getTime() + offset).toISOString();
  let combination = 0;
  /** A different principle and behaviour each time: the same allegation twice would be refused. */
  const nextAllegation = (membershipId: string) => {
    const combos = [
      ...BEHAVIOURS.filter((b) => b.code !== 'remainNeutral' && b.principles.length > 0).map((b) => ({
        principle: b.principles[0],
        behaviour: b.code,
      })),
      ...PRINCIPLES.map((principle) => ({ principle, category: 'performance' })),
    ];
    return {
      respondentMembershipId: membershipId,
      description: 'Uji kewenangan',
      ...combos[combination++ % combos.length]!,
    };
  };
  const current = async (caseId: string) =>
    (
      await t.gql(
        'query ($id: ID!) { case(id: $id) { version respondents { membershipId } sessions { id } allegations { id } externalProceedings { id } } }',
        { id: caseId },
        { token: await t.login(OFFICER) },
      )
    ).data!.case as Json;
  const asOfficer = async (mutation: string, args: Record<string, unknown>) => {
    const done = await recordAction(t, await t.login(OFFICER), mutation, args);
    if (!done.ethicsCase) throw new Error(`${mutation}: ${JSON.stringify(done.error)}`);
    return done.ethicsCase;
  };
  const newSession = async (scheduledAt: string, summonedAt?: string) => {
    let ethicsCase = await current('case-demo-007');
    ethicsCase = await asOfficer('scheduleSession', {
      caseId: 'case-demo-007',
      expectedVersion: ethicsCase.version,
      kind: 'examination',
      scheduledAt,
      place: 'Ruang sidang',
    });
    const sessionId = ethicsCase.sessions.at(-1).id as string;
    if (summonedAt) {
      await asOfficer('recordSummons', {
        caseId: 'case-demo-007',
        expectedVersion: ethicsCase.version,
        sessionId,
        party: {
          role: 'respondent',
          membershipId: (await current('case-demo-007')).respondents[0].membershipId,
        },
        sentAt: summonedAt,
        method: 'letter',
        reference: 'S-uji',
      });
    }
    return sessionId;
  };
  const newAllegation = async () => {
    const ethicsCase = await current('case-demo-007');
    const after = await asOfficer('addAllegation', {
      caseId: 'case-demo-007',
      expectedVersion: ethicsCase.version,
      allegation: nextAllegation(ethicsCase.respondents[0].membershipId),
    });
    return after.allegations.at(-1).id as string;
  };

  type Setup = () => Promise<{ caseId: string; args: Record<string, unknown> }>;
  const SETUPS: Record<string, Setup> = {
    addAllegation: async () => {
      const { respondents } = await current('case-demo-007');
      return { caseId: 'case-demo-007', args: { allegation: nextAllegation(respondents[0].membershipId) } };
    },
    updateAllegation: async () => {
      const allegationId = await newAllegation();
      const { respondents } = await current('case-demo-007');
      return {
        caseId: 'case-demo-007',
        args: { allegationId, allegation: { ...nextAllegation(respondents[0].membershipId) } },
      };
    },
    removeAllegation: async () => ({
      caseId: 'case-demo-007',
      args: { allegationId: await newAllegation() },
    }),
    recordAllegationFinding: async () => ({
      caseId: 'case-demo-007',
      args: { allegationId: await newAllegation(), finding: 'proven' },
    }),
    scheduleSession: async () => ({
      caseId: 'case-demo-007',
      args: { kind: 'examination', scheduledAt: at(10 * DAY), place: 'Ruang sidang' },
    }),
    recordSummons: async () => {
      const sessionId = await newSession(at(10 * DAY));
      const { respondents } = await current('case-demo-007');
      return {
        caseId: 'case-demo-007',
        args: {
          sessionId,
          party: { role: 'respondent', membershipId: respondents[0].membershipId },
          sentAt: at(0),
          method: 'letter',
          reference: 'S-1',
        },
      };
    },
    recordAttendance: async () => {
      const sessionId = await newSession(at(-DAY), at(-7 * DAY));
      const { respondents } = await current('case-demo-007');
      return {
        caseId: 'case-demo-007',
        args: {
          sessionId,
          party: { role: 'respondent', membershipId: respondents[0].membershipId },
          status: 'present',
        },
      };
    },
    recordSessionMinutes: async () => ({
      caseId: 'case-demo-007',
      args: {
        sessionId: await newSession(at(-3_600_000)),
        reference: 'BA-uji',
        summary: 'Sidang berlangsung.',
      },
    }),
    recordExternalProceeding: async () => ({
      caseId: 'case-demo-013',
      args: { forum: 'dkpp', filedAt: at(-DAY), externalNumber: '07-P/L-DKPP/IV/2024' },
    }),
    updateExternalProceeding: async () => {
      const ethicsCase = await current('case-demo-013');
      const after = await asOfficer('recordExternalProceeding', {
        caseId: 'case-demo-013',
        expectedVersion: ethicsCase.version,
        forum: 'ptun',
        filedAt: at(-DAY),
      });
      return {
        caseId: 'case-demo-013',
        args: { proceedingId: after.externalProceedings.at(-1).id, proceedingStatus: 'inProgress' },
      };
    },
  };

  const OUTSIDE = {
    'analyst.35': 'OUT_OF_JURISDICTION',
    'supervisor.35': 'OUT_OF_JURISDICTION',
    'admin.ri': 'OUT_OF_JURISDICTION',
    'officer.35.28': 'NOT_FOUND',
    'examiner1.35.28': 'NOT_FOUND',
  };
  const handling = (officer: string, commissioner: string, examiner: string) => ({
    'officer.35.26': officer,
    'commissioner.35.26': commissioner,
    'examiner1.35.26': examiner,
    ...OUTSIDE,
  });
  const EXPECTED: Record<string, Record<string, string>> = {
    addAllegation: handling('ok', 'ok', 'ok'),
    updateAllegation: handling('ok', 'ok', 'ok'),
    removeAllegation: handling('ok', 'ok', 'ok'),
    recordAllegationFinding: handling('ROLE_NOT_PERMITTED', 'ok', 'ok'),
    scheduleSession: handling('ok', 'ok', 'ok'),
    recordSummons: handling('ok', 'ok', 'ok'),
    recordAttendance: handling('ok', 'ok', 'ok'),
    recordSessionMinutes: handling('ok', 'ok', 'ok'),
    recordExternalProceeding: handling('ok', 'ROLE_NOT_PERMITTED', 'ROLE_NOT_PERMITTED'),
    updateExternalProceeding: handling('ok', 'ROLE_NOT_PERMITTED', 'ROLE_NOT_PERMITTED'),
  };
  const rows = Object.entries(EXPECTED).flatMap(([mutation, byUser]) =>
    Object.entries(byUser).map(([username, expected]) => [mutation, username, expected] as const),
  );

  it.each(rows)('%s by %s: %s', async (mutation, username, expected) => {
    const { caseId, args } = await SETUPS[mutation]!();
    const { version } = await current(caseId);
    const result = await recordAction(t, await t.login(username), mutation, {
      caseId,
      expectedVersion: version,
      ...args,
    });
    if (expected === 'ok') {
      expect(result.error).toBeUndefined();
      expect(result.ethicsCase.version).toBe(version + 1);
    } else {
      expect(result.code).toBe(expected);
      expect((await current(caseId)).version).toBe(version);
    }
  });

  it('keeps an examiner off the records of a case whose team they do not sit on (NOT_FOUND)', async () => {
    const { version, respondents } = await current('case-demo-001');
    const result = await recordAction(t, await t.login('examiner1.35.26'), 'addAllegation', {
      caseId: 'case-demo-001',
      expectedVersion: version,
      allegation: nextAllegation(respondents[0].membershipId),
    });
    expect(result.code).toBe('NOT_FOUND');
  });
});

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
        'mutation { updateUser(id: "user-officer.35.26", expectedVersion: 1, displayName: "x") { id } }',
        'mutation { resetUserPassword(id: "user-officer.35.26", expectedVersion: 1, newPassword: "a-long-enough-passphrase") { id } }',
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

describe('the catalogue queries', () => {
  const CATALOGUE = `{ ruleSets { code } principles { code } behaviours { code } violationCategories { code }
    typicalViolations(keyword: "uang") { code } outcomes { code allowed } holidays(year: 2024) { year }
    oathAndPact(bodyType: kpps) { oaths { code } } }`;

  it.each([
    [undefined, 'no token'],
    ['admin.ri', 'nationalAdmin'],
    ['analyst.35', 'analyst'],
    ['officer.11.71', 'officer of another province'],
    ['examiner1.35.26', 'examiner'],
  ])('answer the same to %s (%s): they are public', async (username, _who) => {
    const token = username ? await t.login(username) : undefined;
    const result = await t.gql(CATALOGUE, {}, token ? { token } : {});
    expect(result.errors).toBeUndefined();
    const anonymous = await t.gql(CATALOGUE);
    expect(result.data).toEqual(anonymous.data);
  });
});

describe('the case filters inside and outside the jurisdiction', () => {
  const count = async (username: string, filter: Record<string, unknown>) => {
    const result = await t.gql<{ cases: { totalCount: number } }>(
      'query ($f: CaseFilter) { cases(first: 1, filter: $f) { totalCount } }',
      { f: filter },
      { token: await t.login(username) },
    );
    expect(result.errors).toBeUndefined();
    return result.data!.cases.totalCount;
  };

  it.each([
    ['admin.ri', { regionCode: '35.26' }, true],
    ['supervisor.35', { regionCode: '35.26' }, true],
    ['officer.35.26', { regionCode: '35' }, true],
    ['supervisor.11', { regionCode: '35.26' }, false],
    ['officer.35.28', { regionCode: '35.26' }, false],
    ['officer.11.71', { regionCode: '35' }, false],
  ])('%s filtering %j sees Bangkalan’s cases: %s', async (username, filter, sees) => {
    const seen = await count(username, filter);
    expect(seen > 0).toBe(sees);
  });

  it('never widens the jurisdiction: each filter gives at most the unfiltered count', async () => {
    for (const username of ['officer.35.28', 'supervisor.11', 'examiner1.35.26']) {
      const all = await count(username, {});
      for (const filter of [
        { overdue: true },
        { overdue: false },
        { outcomes: ['permanentDismissal', 'warning', 'rehabilitation'] },
        { dueBefore: '9999-01-01T00:00:00Z' },
        { regionCode: '35' },
      ]) {
        expect(await count(username, filter), `${username} ${JSON.stringify(filter)}`).toBeLessThanOrEqual(
          all,
        );
      }
      expect((await count(username, { overdue: true })) + (await count(username, { overdue: false }))).toBe(
        all,
      );
    }
  });
});
