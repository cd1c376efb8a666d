// A real installation, no demo: the first national administrator (as the CLI creates it) records the
// election, gives KPU Kabupaten Lumajang its staff, the regency forms its bodies and seats its members by
// CSV, and files and decides a case down to the replacement of the dismissed member — all through the API,
// nobody touching the database (issue #11).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAdminFromCommandLine } from '../src/users/user.service.js';
import { command, FILE_CASE, publicComplaint } from './fixtures.js';
import { memberRow, nikFor, toCsv, uploadCsv, type DemoBody, type Row } from './member-csv.js';
import { startTestServer, TEST_NOW, type Json, type TestServer } from './test-server.js';

const LUMAJANG = 'kpu-35.08';
const PASSWORD = 'Semeru-Lumajang-Etik-2024';
const ADMIN = 'admin.nasional';
const STAFF = [
  { username: 'operator.lumajang', role: 'officer', displayName: 'Operator KPU Lumajang' },
  { username: 'ketua.lumajang', role: 'commissioner', displayName: 'Ketua KPU Lumajang' },
  { username: 'pemeriksa1.lumajang', role: 'examiner', displayName: 'Pemeriksa Satu' },
  { username: 'pemeriksa2.lumajang', role: 'examiner', displayName: 'Pemeriksa Dua' },
  { username: 'pemeriksa3.lumajang', role: 'examiner', displayName: 'Pemeriksa Tiga' },
] as const;
const earlier = (hours: number) => new Date(TEST_NOW.getTime() - hours * 3_600_000).toISOString();

let t: TestServer;
const token = (username: string) => t.login(username, PASSWORD);

/** Runs a query or mutation as `username`; fails the test on any error. */
async function ok(username: string, query: string, variables: Json = {}): Promise<Json> {
  const result = await t.gql(query, variables, { token: await token(username) });
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data!;
}

beforeAll(async () => {
  t = await startTestServer({ demo: false });
}, 180_000);
afterAll(async () => {
  await t?.stop();
});

describe('KPU Kabupaten Lumajang set up from nothing', () => {
  let electionId: string;
  let stageId: string;
  let district: string;
  let village: string;
  const personIds = new Map<string, string>();

  it('starts with regions and commissions and no account; the CLI creates the first administrator', async () => {
    const noLogin = await t.gql(
      'mutation { login(username: "admin.ri", password: "etik-demo-2024") { token } }',
    );
    expect(noLogin.errors?.[0]?.extensions?.code).toBe('INVALID_CREDENTIALS');
    const created = await createAdminFromCommandLine(
      t.orm,
      { username: ADMIN, displayName: 'Administrator KPU RI', password: PASSWORD },
      TEST_NOW,
    );
    expect(created.ok).toBe(true);
    const me = await ok(ADMIN, '{ me { role commission { id } } }');
    expect(me.me).toMatchObject({ role: 'nationalAdmin', commission: { id: 'kpu-ri' } });
  });

  it('records the election and its stages', async () => {
    const data = await ok(
      ADMIN,
      `mutation ($input: CreateElectionInput!) { createElection(input: $input) { id stages { id name } } }`,
      {
        input: {
          kind: 'general',
          name: 'Pemilu 2024',
          startsOn: '2022-06-14',
          endsOn: '2024-10-20',
          stages: [
            { name: 'Pemungutan dan penghitungan suara', startsOn: '2024-02-14', endsOn: '2024-02-15' },
            { name: 'Rekapitulasi hasil penghitungan suara', startsOn: '2024-02-15', endsOn: '2024-03-20' },
            { name: 'Penetapan hasil pemilu', startsOn: '2024-03-21', endsOn: '2024-09-30' },
          ],
        },
      },
    );
    electionId = data.createElection.id;
    stageId = data.createElection.stages.find((s: Json) => s.name === 'Penetapan hasil pemilu').id;
  });

  it('gives the regency its officer, chair and examiners, each examiner and the chair a person', async () => {
    const regions = await ok(ADMIN, '{ regions(parentCode: "35.08") { code } }');
    district = regions.regions[0].code;
    const villages = await ok(ADMIN, `{ regions(parentCode: "${district}") { code } }`);
    village = villages.regions[0].code;
    for (const [index, staff] of STAFF.entries()) {
      const created = await ok(
        ADMIN,
        `mutation ($input: CreateUserInput!) { createUser(input: $input) { id version } }`,
        { input: { ...staff, commissionId: LUMAJANG, password: PASSWORD } },
      );
      if (staff.role === 'officer') continue;
      const given = await ok(
        ADMIN,
        `mutation ($userId: ID!, $v: Int!, $person: NewStaffPersonInput) {
          giveUserPerson(userId: $userId, expectedVersion: $v, person: $person) { personId } }`,
        {
          userId: created.createUser.id,
          v: created.createUser.version,
          person: { nik: nikFor(district, 900 + index), name: staff.displayName },
        },
      );
      personIds.set(staff.username, given.giveUserPerson.personId);
    }
    const staff = await ok('operator.lumajang', `{ staffPersons(commissionId: "${LUMAJANG}") { personId } }`);
    expect(staff.staffPersons.filter((entry: Json) => entry.personId).length).toBe(4);
  });

  it('forms its PPK, PPS and KPPS for the election from a CSV', async () => {
    const header = ['jenis_badan', 'kode_wilayah', 'nomor_tps', 'nama', 'kode_pemilu'];
    const lines = [
      { jenis_badan: 'PPK', kode_wilayah: district, nama: `PPK ${district}` },
      { jenis_badan: 'PPS', kode_wilayah: village, nama: `PPS ${village}` },
      { jenis_badan: 'KPPS', kode_wilayah: village, nomor_tps: '1', nama: 'KPPS TPS 001' },
    ].map((line) => ({ ...line, kode_pemilu: electionId }));
    const { status, body } = await uploadCsv(t, toCsv(lines as unknown as Row[], { header }), {
      route: 'body-imports',
      username: 'operator.lumajang',
      password: PASSWORD,
      commissionId: LUMAJANG,
      fileName: 'badan-lumajang.csv',
    });
    expect(status, JSON.stringify(body)).toBe(202);
    expect(await t.server.memberImports.drain()).toEqual(['completed']);
    const bodies = await ok(
      'operator.lumajang',
      `{ bodies(first: 10, filter: { commissionId: "${LUMAJANG}" }) { nodes { id type election { id } } } }`,
    );
    expect(bodies.bodies.nodes.map((node: Json) => node.type).sort()).toEqual(['kpps', 'ppk', 'pps']);
    expect(bodies.bodies.nodes.every((node: Json) => node.election?.id === electionId)).toBe(true);
  });

  it('seats the KPPS members and ranks its reserves from a member CSV', async () => {
    const kpps: DemoBody = { id: `kpps-${village}-tps001`, type: 'kpps', regionCode: village, tps: '1' };
    const rows = [
      ...Array.from({ length: 7 }, (_, index) =>
        memberRow(kpps, index + 1, { jabatan: index === 0 ? 'KETUA' : 'ANGGOTA' }, true),
      ),
      memberRow(kpps, 8, { peringkat: '1' }),
      memberRow(kpps, 9, { peringkat: '2' }),
    ];
    const { status, body } = await uploadCsv(t, toCsv(rows), {
      username: 'operator.lumajang',
      password: PASSWORD,
      commissionId: LUMAJANG,
    });
    expect(status, JSON.stringify(body)).toBe(202);
    expect(await t.server.memberImports.drain()).toEqual(['completed']);
    const members = await ok('operator.lumajang', `{ memberships(bodyId: "${kpps.id}") { status } }`);
    const statuses = members.memberships.map((m: Json) => m.status);
    expect(statuses.filter((s: string) => s === 'active')).toHaveLength(7);
    expect(statuses.filter((s: string) => s === 'candidate')).toHaveLength(2);
  });

  it('files a case in the election’s stage and takes it to the replacement of the dismissed member', async () => {
    const bodyId = `kpps-${village}-tps001`;
    const memberships = async () =>
      (
        await ok(
          'operator.lumajang',
          `{ memberships(bodyId: "${bodyId}") { id status position selectionRank } }`,
        )
      ).memberships as Json[];
    const seated = await memberships();
    const respondent = seated.find((m) => m.status === 'active' && m.position === 'member')!.id;
    const firstReserve = seated.find((m) => m.selectionRank === 1 && m.status === 'candidate')!.id;

    const filed = await ok('operator.lumajang', FILE_CASE, {
      input: { ...publicComplaint(respondent, earlier(72)), electionId, stageId },
    });
    let ethicsCase = filed.fileCase.ethicsCase;
    const officer = await token('operator.lumajang');
    const chair = await token('ketua.lumajang');
    const step = async (
      who: string,
      mutation: string,
      args: Json = {},
      types: Record<string, string> = {},
    ) => {
      const result = await command(
        t,
        who,
        mutation,
        { caseId: ethicsCase.id, expectedVersion: ethicsCase.version, ...args },
        types,
      );
      expect(result.error, `${mutation}: ${JSON.stringify(result.error)}`).toBeUndefined();
      ethicsCase = result.ethicsCase;
      return ethicsCase;
    };
    await step(officer, 'startScreening');
    expect((await step(officer, 'registerCase')).registerNumber).toMatch(/^\d{4}\/ETIK\/3508\/2024$/);
    await step(officer, 'startClarification');
    const examiners = ['pemeriksa1.lumajang', 'pemeriksa2.lumajang', 'pemeriksa3.lumajang'].map((username) =>
      personIds.get(username)!,
    );
    await step(
      chair,
      'formExaminationTeam',
      { chairPersonId: examiners[0], memberPersonIds: examiners.slice(1) },
      { chairPersonId: 'ID!', memberPersonIds: '[ID!]!' },
    );
    await step(
      await token('pemeriksa1.lumajang'),
      'submitExaminationReport',
      { summary: 'Teradu terbukti menerima uang untuk mengubah hasil.' },
      { summary: 'String!' },
    );
    await step(
      chair,
      'recordPlenaryDecision',
      {
        plenary: { heldAt: earlier(30), commissionersPresent: 5, commissionSize: 5 },
        outcomes: [
          {
            membershipId: respondent,
            finding: 'proven',
            outcome: 'permanentDismissal',
            principlesViolated: ['honest'],
          },
        ],
      },
      { plenary: 'PlenaryInput!', outcomes: '[OutcomeInput!]!' },
    );
    await step(
      chair,
      'issueDecree',
      { decreeNumber: '12/PP.04.2-Kpt/3508/2024', signedAt: earlier(26) },
      { decreeNumber: 'String!', signedAt: 'DateTimeISO!' },
    );
    // A KPPS member's decree also goes to the PPS above the KPPS.
    for (const recipient of ['respondent', 'complainant', 'superiorBody', 'provincialCommission'])
      await step(
        officer,
        'recordDelivery',
        { recipient, deliveredAt: earlier(24), channel: 'Surat tercatat' },
        { recipient: 'DeliveryRecipient!', deliveredAt: 'DateTimeISO!', channel: 'String!' },
      );
    await step(officer, 'startReplacement');
    const closed = await step(
      officer,
      'completeReplacement',
      {
        vacatedMembershipId: respondent,
        replacementMembershipId: firstReserve,
        method: 'nextRank',
        swornAt: earlier(2),
      },
      {
        vacatedMembershipId: 'ID!',
        replacementMembershipId: 'ID',
        method: 'ReplacementMethod!',
        swornAt: 'DateTimeISO!',
      },
    );
    expect(closed.status).toBe('closed');

    const after = await memberships();
    expect(after.find((m) => m.id === respondent)!.status).toBe('dismissed');
    expect(after.find((m) => m.id === firstReserve)!.status).toBe('active');
    expect(after.filter((m) => m.status === 'active')).toHaveLength(7);
    const read = await ok(
      'operator.lumajang',
      `{ case(id: "${ethicsCase.id}") { election { id } stage { id } } }`,
    );
    expect(read.case).toEqual({ election: { id: electionId }, stage: { id: stageId } });
  });
});
