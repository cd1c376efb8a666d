// A regency with no demo data (KPU Kabupaten Lumajang, 35.08) forms its own ad hoc bodies through
// GraphQL: a PPK, a PPS under it and a KPPS for TPS 007; renames one by its version; dissolves one that has
// no members. Jurisdiction, type ↔ region pairing, stale versions and seated members are refused with
// their codes, and every change is audited on the commission's chain.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, TEST_NOW, type Json, type TestServer } from './test-server.js';

const LUMAJANG = 'kpu-35.08';
const PASSWORD = 'a-long-enough-passphrase';
const BODY_FIELDS = `id type name regionCode tpsNumber commissionId seats version formedAt dissolvedAt
  dissolveReason activeMemberCount region { code level }`;
const CREATE = `mutation ($input: CreateAdhocBodyInput!) { createAdhocBody(input: $input) { ${BODY_FIELDS} } }`;
const UPDATE = `mutation ($id: ID!, $v: Int!, $name: String!) {
  updateAdhocBody(id: $id, expectedVersion: $v, name: $name) { ${BODY_FIELDS} } }`;
const DISSOLVE = `mutation ($id: ID!, $v: Int!, $reason: String!, $at: DateTimeISO!) {
  dissolveAdhocBody(id: $id, expectedVersion: $v, reason: $reason, dissolvedAt: $at) { ${BODY_FIELDS} } }`;
const LIST = `query ($filter: BodyFilter) { bodies(filter: $filter, sort: regionAsc, first: 100) {
  totalCount nodes { id type tpsNumber seats } } }`;

let t: TestServer;
let officer: string;
let district: string;
let village: string;

async function as(token: string, query: string, variables: Record<string, unknown>) {
  return t.gql(query, variables, { token });
}

/** The first child region of `parentCode`, as the regions query lists them. */
async function firstChild(token: string, parentCode: string): Promise<string> {
  const result = await as(token, 'query ($p: ID) { regions(parentCode: $p) { code } }', { p: parentCode });
  const code = result.data?.regions?.[0]?.code as string | undefined;
  if (!code) throw new Error(`no region under ${parentCode}: ${JSON.stringify(result)}`);
  return code;
}

async function create(token: string, input: Record<string, unknown>): Promise<Json> {
  const result = await as(token, CREATE, { input });
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data!.createAdhocBody;
}

const codeOf = (result: { errors?: Json[] }) => result.errors?.[0]?.extensions?.code as string | undefined;

interface AuditRow {
  action: string;
  chain: string;
}

const auditOf = async (entityId: string): Promise<AuditRow[]> =>
  (
    await t.orm.em
      .fork()
      .getConnection()
      .execute<AuditRow[]>(
        "select action, chain from audit_event where entity_type = 'adhocBody' and entity_id = ? order by seq",
        [entityId],
      )
  ).map((row: AuditRow) => ({ action: row.action, chain: row.chain }));

beforeAll(async () => {
  t = await startTestServer({ withCases: false });
  const admin = await t.login('admin.ri');
  const created = await as(
    admin,
    `mutation ($input: CreateUserInput!) { createUser(input: $input) { id } }`,
    {
      input: {
        username: 'officer.lumajang',
        displayName: 'Operator KPU Lumajang',
        role: 'officer',
        commissionId: LUMAJANG,
        password: PASSWORD,
      },
    },
  );
  expect(created.errors, JSON.stringify(created.errors)).toBeUndefined();
  officer = await t.login('officer.lumajang', PASSWORD);
  district = await firstChild(officer, '35.08');
  village = await firstChild(officer, district);
});
afterAll(async () => {
  await t?.stop();
});

describe('a regency without demo data sets up its bodies', () => {
  let ppk: Json;
  let kpps: Json;

  it('keeps the TPS of the demo KPPS as a number', async () => {
    const listed = await as(await t.login('officer.35.26'), LIST, {
      filter: { commissionId: 'kpu-35.26', types: ['kpps'] },
    });
    const tps = listed.data!.bodies.nodes.map((body: Json) => body.tpsNumber);
    expect(tps.length).toBeGreaterThan(0);
    expect(new Set(tps)).toEqual(new Set([1]));
  });

  it('starts with no bodies', async () => {
    const listed = await as(officer, LIST, { filter: { commissionId: LUMAJANG } });
    expect(listed.data!.bodies.totalCount).toBe(0);
  });

  it('forms a PPK, a PPS under it and a KPPS for TPS 007, with seats from the rule set', async () => {
    ppk = await create(officer, { type: 'ppk', name: ' PPK Kecamatan Satu ', regionCode: district });
    expect(ppk).toMatchObject({
      id: `ppk-${district}`,
      name: 'PPK Kecamatan Satu',
      regionCode: district,
      tpsNumber: null,
      commissionId: LUMAJANG,
      seats: 5,
      version: 1,
      formedAt: '2024-04-15T03:00:00.000Z',
      dissolvedAt: null,
      activeMemberCount: 0,
      region: { code: district, level: 'district' },
    });
    const pps = await create(officer, { type: 'pps', name: 'PPS Desa Satu', regionCode: village });
    expect(pps).toMatchObject({ id: `pps-${village}`, seats: 3, tpsNumber: null });
    kpps = await create(officer, { type: 'kpps', name: 'KPPS TPS 007', regionCode: village, tpsNumber: 7 });
    expect(kpps).toMatchObject({ id: `kpps-${village}-tps007`, seats: 7, tpsNumber: 7 });
    expect(await auditOf(ppk.id)).toEqual([{ action: 'adhocBodyCreated', chain: LUMAJANG }]);
  });

  it('lists them under the commission', async () => {
    const listed = await as(officer, LIST, { filter: { commissionId: LUMAJANG } });
    expect(listed.data!.bodies).toEqual({
      totalCount: 3,
      nodes: [
        // By region, then id: the kecamatan before its desa.
        { id: `ppk-${district}`, type: 'ppk', tpsNumber: null, seats: 5 },
        { id: `kpps-${village}-tps007`, type: 'kpps', tpsNumber: 7, seats: 7 },
        { id: `pps-${village}`, type: 'pps', tpsNumber: null, seats: 3 },
      ],
    });
  });

  it('refuses a second body of the same type on the same spot', async () => {
    const again = await as(officer, CREATE, {
      input: { type: 'kpps', name: 'KPPS lagi', regionCode: village, tpsNumber: 7 },
    });
    expect(codeOf(again)).toBe('BODY_EXISTS');
    expect(again.errors![0]!.extensions!.bodyId).toBe(kpps.id);
    expect(again.errors![0]!.message).toMatch(/already serves/);
  });

  it('renames a body by its version; a stale version is a CONFLICT', async () => {
    const renamed = await as(officer, UPDATE, { id: ppk.id, v: 1, name: 'PPK Kecamatan Satu (baru)' });
    expect(renamed.errors).toBeUndefined();
    expect(renamed.data!.updateAdhocBody).toMatchObject({ name: 'PPK Kecamatan Satu (baru)', version: 2 });
    const stale = await as(officer, UPDATE, { id: ppk.id, v: 1, name: 'Nama lain' });
    expect(codeOf(stale)).toBe('CONFLICT');
    expect(stale.errors![0]!.extensions).toMatchObject({ expectedVersion: 1, currentVersion: 2 });
    const read = await as(officer, `query ($id: ID!) { adhocBody(id: $id) { name version } }`, {
      id: ppk.id,
    });
    expect(read.data!.adhocBody).toEqual({ name: 'PPK Kecamatan Satu (baru)', version: 2 });
    expect((await auditOf(ppk.id)).map((row) => row.action)).toEqual([
      'adhocBodyCreated',
      'adhocBodyUpdated',
    ]);
  });

  it('dissolves a body without members; it keeps its record, takes no more changes, and frees its spot', async () => {
    const dissolved = await as(officer, DISSOLVE, {
      id: kpps.id,
      v: 1,
      reason: 'TPS digabung (SK 12/2024)',
      at: TEST_NOW.toISOString(),
    });
    expect(dissolved.errors).toBeUndefined();
    expect(dissolved.data!.dissolveAdhocBody).toMatchObject({
      dissolvedAt: TEST_NOW.toISOString(),
      dissolveReason: 'TPS digabung (SK 12/2024)',
      version: 2,
    });
    const rename = await as(officer, UPDATE, { id: kpps.id, v: 2, name: 'KPPS baru' });
    expect(codeOf(rename)).toBe('BODY_DISSOLVED');
    const successor = await create(officer, {
      type: 'kpps',
      name: 'KPPS TPS 007',
      regionCode: village,
      tpsNumber: 7,
    });
    expect(successor.id).toBe(`kpps-${village}-tps007-2`);
    const dissolvedOnes = await as(officer, LIST, { filter: { commissionId: LUMAJANG, dissolved: true } });
    expect(dissolvedOnes.data!.bodies.nodes.map((body: Json) => body.id)).toEqual([kpps.id]);
    const serving = await as(officer, LIST, { filter: { commissionId: LUMAJANG, dissolved: false } });
    expect(serving.data!.bodies.nodes.map((body: Json) => body.id)).not.toContain(kpps.id);
    expect(serving.data!.bodies.totalCount).toBe(3);
    expect((await auditOf(kpps.id)).map((row) => row.action)).toEqual([
      'adhocBodyCreated',
      'adhocBodyDissolved',
    ]);
  });

  it('refuses a dissolution dated before formation or in the future', async () => {
    const pps = `pps-${village}`;
    const early = await as(officer, DISSOLVE, { id: pps, v: 1, reason: 'x', at: '2024-04-01T00:00:00.000Z' });
    expect(codeOf(early)).toBe('DISSOLUTION_BEFORE_FORMATION');
    const ahead = await as(officer, DISSOLVE, { id: pps, v: 1, reason: 'x', at: '2024-05-01T00:00:00.000Z' });
    expect(codeOf(ahead)).toBe('DISSOLUTION_IN_FUTURE');
  });
});

describe('refusals', () => {
  it('pairs the type with its level of region, and asks a TPS number of a KPPS', async () => {
    const ppkOfVillage = await as(officer, CREATE, {
      input: { type: 'ppk', name: 'PPK', regionCode: village },
    });
    expect(codeOf(ppkOfVillage)).toBe('REGION_LEVEL_MISMATCH');
    expect(ppkOfVillage.errors![0]!.extensions).toMatchObject({
      expectedLevel: 'district',
      regionLevel: 'village',
    });
    const noTps = await as(officer, CREATE, { input: { type: 'kpps', name: 'KPPS', regionCode: village } });
    expect(codeOf(noTps)).toBe('TPS_NUMBER_REQUIRED');
    const tooHigh = await as(officer, CREATE, {
      input: { type: 'pantarlih', name: 'Pantarlih', regionCode: village, tpsNumber: 1000 },
    });
    expect(codeOf(tooHigh)).toBe('INVALID_TPS_NUMBER');
  });

  it('keeps a commission to its own regency, and to its own bodies', async () => {
    const outside = await as(officer, CREATE, {
      input: { type: 'ppk', name: 'PPK', regionCode: '35.26.01' },
    });
    expect(codeOf(outside)).toBe('REGION_OUTSIDE_COMMISSION');
    const other = await as(officer, CREATE, {
      input: { type: 'ppk', name: 'PPK', regionCode: '35.26.01', commissionId: 'kpu-35.26' },
    });
    expect(codeOf(other)).toBe('FORBIDDEN');
    const bangkalan = await t.login('officer.35.26');
    const rename = await as(bangkalan, UPDATE, { id: `ppk-${district}`, v: 2, name: 'Bukan milik kami' });
    expect(codeOf(rename)).toBe('NOT_FOUND');
  });

  it('lets only officers, commissioners and the national administrator form bodies', async () => {
    const examiner = await t.login('examiner1.35.26');
    const refused = await as(examiner, CREATE, {
      input: { type: 'ppk', name: 'PPK', regionCode: '35.26.05' },
    });
    expect(codeOf(refused)).toBe('FORBIDDEN');
    const admin = await t.login('admin.ri');
    const district2 = (await as(admin, 'query { regions(parentCode: "35.08") { code } }', {})).data!
      .regions[1].code as string;
    const formed = await create(admin, {
      type: 'ppk',
      name: 'PPK Kecamatan Dua',
      regionCode: district2,
      commissionId: LUMAJANG,
    });
    expect(formed.commissionId).toBe(LUMAJANG);
    const national = await as(admin, CREATE, { input: { type: 'ppk', name: 'PPK', regionCode: district2 } });
    expect(codeOf(national)).toBe('NOT_A_REGENCY_COMMISSION');
  });

  it('lets a commissioner of the forming commission rename its body', async () => {
    const admin = await t.login('admin.ri');
    const created = await as(
      admin,
      `mutation ($input: CreateUserInput!) { createUser(input: $input) { id } }`,
      {
        input: {
          username: 'commissioner.lumajang',
          displayName: 'Komisioner KPU Lumajang',
          role: 'commissioner',
          commissionId: LUMAJANG,
          password: PASSWORD,
        },
      },
    );
    expect(created.errors, JSON.stringify(created.errors)).toBeUndefined();
    const commissioner = await t.login('commissioner.lumajang', PASSWORD);
    const renamed = await as(commissioner, UPDATE, {
      id: `pps-${village}`,
      v: 1,
      name: 'PPS Desa Satu (ganti)',
    });
    expect(renamed.errors).toBeUndefined();
    expect(renamed.data!.updateAdhocBody).toMatchObject({ name: 'PPS Desa Satu (ganti)', version: 2 });
  });

  it('refuses to dissolve a body whose members still hold their seats', async () => {
    const bangkalan = await t.login('officer.35.26');
    const refused = await as(bangkalan, DISSOLVE, {
      id: 'ppk-35.26.02',
      v: 1,
      reason: 'Masa tugas berakhir',
      at: '2024-04-01T00:00:00.000Z',
    });
    expect(codeOf(refused)).toBe('BODY_HAS_ACTIVE_MEMBERS');
    expect(refused.errors![0]!.extensions!.activeMembers).toBeGreaterThan(0);
    const read = await as(bangkalan, `query { adhocBody(id: "ppk-35.26.02") { version dissolvedAt } }`, {});
    expect(read.data!.adhocBody).toEqual({ version: 1, dissolvedAt: null });
  });
});
