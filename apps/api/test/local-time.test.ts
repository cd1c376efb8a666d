// Each commission counts its deadlines in its own zone: WIB (UTC+7), WITA (UTC+8) or WIT (UTC+9).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FILE_CASE } from './fixtures.js';
import { startTestServer, type Json, type TestServer } from './test-server.js';

let t: TestServer;
let admin: string;

beforeAll(async () => {
  t = await startTestServer({ withCases: false });
  admin = await t.login('admin.ri');
});
afterAll(async () => {
  await t?.stop();
});

/** An officer of the commission, created by the national administrator. */
async function officerOf(commissionId: string): Promise<string> {
  const username = `petugas.${commissionId.replace('kpu-', '')}`;
  const password = 'sungai-martapura-pagi-hari';
  const created = await t.gql(
    `mutation ($input: CreateUserInput!) { createUser(input: $input) { id } }`,
    { input: { username, displayName: `Petugas ${commissionId}`, role: 'officer', commissionId, password } },
    { token: admin },
  );
  expect(created.errors, JSON.stringify(created.errors)).toBeUndefined();
  return t.login(username, password);
}

/** A complaint against a member named only (the region has no ad hoc bodies on record), received at `at`. */
async function fileAt(token: string, receivedAt: string): Promise<{ id: string }> {
  const filed = await t.gql(
    FILE_CASE,
    {
      input: {
        receivedAt,
        complaint: {
          source: 'publicComplaint',
          complainant: { name: 'Siti Aminah', phone: '081234567890', address: 'Jl. Lambung Mangkurat 3' },
          respondents: [{ name: 'Ahmad Fauzi', bodyType: 'pps', position: 'member' }],
          eventDate: '2024-03-01T03:00:00.000Z',
          knownAt: '2024-03-01T03:00:00.000Z',
          eventPlace: 'Kantor PPS',
          chronology: 'Teradu ikut berkampanye untuk salah satu calon di depan warga pada hari kerja.',
        },
      },
    },
    { token },
  );
  expect(filed.errors, JSON.stringify(filed.errors)).toBeUndefined();
  return filed.data!.fileCase.ethicsCase;
}

const deadlinesOf = async (token: string, id: string): Promise<Json[]> =>
  (await t.gql('query ($id: ID!) { case(id: $id) { deadlines { key dueAt } } }', { id }, { token })).data!
    .case.deadlines;

describe('deadlines in the commission’s own zone', () => {
  it('end at 23:59:59 local time: WIB in Bangkalan, WITA in Banjarmasin, WIT in Ambon', async () => {
    // Monday 4 March 2024, 09:00 WIB: the same instant for the three offices.
    const receivedAt = '2024-03-04T02:00:00.000Z';
    const dueOf = async (commissionId: string) => {
      const token = await officerOf(commissionId);
      const { id } = await fileAt(token, receivedAt);
      const [first] = await deadlinesOf(token, id);
      return first.dueAt as string;
    };
    const wib = await dueOf('kpu-35.26');
    const wita = await dueOf('kpu-63.71');
    const wit = await dueOf('kpu-81.71');
    expect(wib).toMatch(/T16:59:59\.999Z$/);
    // The same local day, an hour and two hours earlier in UTC.
    expect(new Date(wib).getTime() - new Date(wita).getTime()).toBe(3_600_000);
    expect(new Date(wib).getTime() - new Date(wit).getTime()).toBe(7_200_000);
    expect(wita).toMatch(/T15:59:59\.999Z$/);
    expect(wit).toMatch(/T14:59:59\.999Z$/);
  });

  it('counts from the local day the case arrived: 23:30 WIB is already Tuesday in Ambon', async () => {
    const receivedAt = '2024-03-04T16:30:00.000Z'; // Monday 23:30 WIB, Tuesday 01:30 WIT
    const wibToken = await t.login('officer.35.26');
    const witToken = await t.login('petugas.81.71', 'sungai-martapura-pagi-hari');
    const [wib] = await deadlinesOf(wibToken, (await fileAt(wibToken, receivedAt)).id);
    const [wit] = await deadlinesOf(witToken, (await fileAt(witToken, receivedAt)).id);
    expect(wib.key).toBe(wit.key);
    // One working day later in Ambon, less the two hours between the zones.
    expect(new Date(wit.dueAt).getTime() - new Date(wib.dueAt).getTime()).toBe(86_400_000 - 7_200_000);
  });

  it('keeps the overdue filter in the commission’s zone', async () => {
    const token = await t.login('petugas.63.71', 'sungai-martapura-pagi-hari');
    const { id } = await fileAt(token, '2024-03-04T02:00:00.000Z');
    const [deadline] = await deadlinesOf(token, id);
    const due = new Date(deadline.dueAt as string);
    const listed = async () =>
      (
        await t.gql('query { cases(first: 50, filter: { overdue: true }) { nodes { id } } }', {}, { token })
      ).data!.cases.nodes.map((node: Json) => node.id);
    t.clock.set(new Date(due.getTime())); // 23:59:59.999 WITA: still due today
    expect(await listed()).not.toContain(id);
    t.clock.set(new Date(due.getTime() + 1)); // midnight WITA (16:00 UTC): overdue
    expect(await listed()).toContain(id);
  });
});

describe('the zone a client shows dates in', () => {
  it('names it on the commission and on the case: WIB, WITA and WIT', async () => {
    const zones = (
      await t.gql('query { commissions { id timeZone } }', {}, { token: admin })
    ).data!.commissions.reduce(
      (found: Record<string, string>, row: Json) => ({ ...found, [row.id]: row.timeZone }),
      {},
    );
    expect([zones['kpu-ri'], zones['kpu-35.26'], zones['kpu-63.71'], zones['kpu-81.71']]).toEqual([
      'WIB',
      'WIB',
      'WITA',
      'WIT',
    ]);
    const token = await t.login('petugas.63.71', 'sungai-martapura-pagi-hari');
    const { id } = await fileAt(token, '2024-03-04T02:00:00.000Z');
    const read = await t.gql(
      'query ($id: ID!) { case(id: $id) { timeZone commission { timeZone } } }',
      { id },
      { token },
    );
    expect(read.errors, JSON.stringify(read.errors)).toBeUndefined();
    expect(read.data!.case).toEqual({ timeZone: 'WITA', commission: { timeZone: 'WITA' } });
  });
});
