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
