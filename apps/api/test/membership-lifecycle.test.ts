// A regency with no demo data (KPU Kabupaten Lumajang, 35.08) keeps its members' life outside a case
// through GraphQL: appointment of a new person (seats from the rule set, a permanent dismissal on record
// confirmed), the oath and the integrity pact recorded later, resignation, death and end of term that free
// the seat, and a transfer that shows in both bodies' histories. Each act is dated, audited on the
// commission's chain and refused with its code when it may not be done.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Membership } from '../src/adhoc-bodies/adhoc-body.entity.js';
import { startTestServer, TEST_NOW, type Json, type TestServer } from './test-server.js';

const LUMAJANG = 'kpu-35.08';
const PASSWORD = 'a-long-enough-passphrase';
const MEMBERSHIP_FIELDS = `id bodyId position status oathTakenAt integrityPactSignedAt person { id name nik }
  statusHistory { at reason fromStatus toStatus reference counterpartMembershipId confirmedDismissals }`;
const APPOINT = `mutation ($input: AppointMemberInput!) { appointMember(input: $input) { ${MEMBERSHIP_FIELDS} } }`;
const END = `mutation ($id: ID!, $reason: MembershipEndReason!, $at: DateTimeISO!, $ref: String) {
  endMembership(membershipId: $id, reason: $reason, at: $at, reference: $ref) { ${MEMBERSHIP_FIELDS} } }`;
const OATH = `mutation ($id: ID!, $at: DateTimeISO!, $ref: String) {
  recordOath(membershipId: $id, takenAt: $at, reference: $ref) { ${MEMBERSHIP_FIELDS} } }`;
const PACT = `mutation ($id: ID!, $at: DateTimeISO!, $ref: String) {
  recordIntegrityPact(membershipId: $id, signedAt: $at, reference: $ref) { ${MEMBERSHIP_FIELDS} } }`;
const TRANSFER = `mutation ($id: ID!, $to: ID!, $at: DateTimeISO!, $ref: String) {
  transferMember(membershipId: $id, toBodyId: $to, at: $at, reference: $ref) { ${MEMBERSHIP_FIELDS} } }`;
const READ = `query ($id: ID!) { membership(id: $id) { ${MEMBERSHIP_FIELDS} } }`;
const CREATE_BODY = `mutation ($input: CreateAdhocBodyInput!) { createAdhocBody(input: $input) {
  id seats activeMemberCount } }`;

const SWORN = '2024-03-01T01:00:00.000Z';
const APPOINTED = '2024-03-01T02:00:00.000Z';
const ENDED = '2024-04-01T02:00:00.000Z';

let t: TestServer;
let officer: string;
let pps: { id: string; seats: number };
let ppk: { id: string; seats: number };
let kpps: { id: string; seats: number };

async function as(token: string, query: string, variables: Record<string, unknown>) {
  return t.gql(query, variables, { token });
}

const codeOf = (result: { errors?: Json[] }) => result.errors?.[0]?.extensions?.code as string | undefined;

/** A NIK shaped as Dukcapil issues them in Lumajang, one per serial. */
let serial = 0;
const nextNik = () => `35080112039${String(++serial).padStart(5, '0')}`;

const newPerson = (name: string) => ({ nik: nextNik(), name, sex: 'female' });

/** Appoints a new person into the body, sworn and bound by the pact before; returns the membership. */
async function appointNew(bodyId: string, name: string, extra: Record<string, unknown> = {}): Promise<Json> {
  const result = await as(officer, APPOINT, {
    input: {
      bodyId,
      person: newPerson(name),
      position: 'member',
      appointedAt: APPOINTED,
      oathTakenAt: SWORN,
      integrityPactSignedAt: SWORN,
      reference: 'SK-17/PP.04/3508/2024',
      ...extra,
    },
  });
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data!.appointMember;
}

async function read(id: string): Promise<Json> {
  const result = await as(officer, READ, { id });
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data!.membership;
}

async function activeCount(bodyId: string): Promise<number> {
  const result = await as(officer, 'query ($id: ID!) { adhocBody(id: $id) { activeMemberCount } }', {
    id: bodyId,
  });
  return result.data!.adhocBody.activeMemberCount;
}

async function activeMembersOf(bodyId: string): Promise<string[]> {
  const result = await as(officer, 'query ($id: ID!) { memberships(bodyId: $id) { id status } }', {
    id: bodyId,
  });
  return result
    .data!.memberships.filter((membership: Json) => membership.status === 'active')
    .map((membership: Json) => membership.id);
}

/** Fills the body's free seats with new people; returns their memberships. */
async function fill(body: { id: string; seats: number }, prefix: string): Promise<Json[]> {
  const free = body.seats - (await activeCount(body.id));
  const members: Json[] = [];
  for (let seat = 0; seat < free; seat += 1) members.push(await appointNew(body.id, `${prefix} ${seat + 1}`));
  return members;
}

interface AuditRow {
  action: string;
  chain: string;
  after: Json;
}

const auditOf = async (entityId: string): Promise<AuditRow[]> =>
  (
    await t.orm.em
      .fork()
      .getConnection()
      .execute<{ action: string; chain: string; after: unknown }[]>(
        'select action, chain, after from audit_event where entity_id = ? order by seq',
        [entityId],
      )
  ).map((row: { action: string; chain: string; after: unknown }) => ({
    action: row.action,
    chain: row.chain,
    after: typeof row.after === 'string' ? JSON.parse(row.after) : row.after,
  }));

async function firstChild(token: string, parentCode: string): Promise<string> {
  const result = await as(token, 'query ($p: ID) { regions(parentCode: $p) { code } }', { p: parentCode });
  const code = result.data?.regions?.[0]?.code as string | undefined;
  if (!code) throw new Error(`no region under ${parentCode}: ${JSON.stringify(result)}`);
  return code;
}

async function createBody(input: Record<string, unknown>) {
  const result = await as(officer, CREATE_BODY, { input });
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data!.createAdhocBody as { id: string; seats: number };
}

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
  const district = await firstChild(officer, '35.08');
  const village = await firstChild(officer, district);
  ppk = await createBody({ type: 'ppk', name: 'PPK Kecamatan Satu', regionCode: district });
  pps = await createBody({ type: 'pps', name: 'PPS Desa Satu', regionCode: village });
  kpps = await createBody({ type: 'kpps', name: 'KPPS TPS 001', regionCode: village, tpsNumber: 1 });
});
afterAll(async () => {
  await t?.stop();
});

describe('appointment', () => {
  it('appoints a new person into a body and shows it in the history, audited', async () => {
    const member = await appointNew(pps.id, ' Siti  Rahmawati ');
    expect(member).toMatchObject({
      bodyId: pps.id,
      position: 'member',
      status: 'active',
      oathTakenAt: SWORN,
      integrityPactSignedAt: SWORN,
      person: { name: 'Siti Rahmawati' },
    });
    expect((await read(member.id)).statusHistory).toEqual([
      {
        at: APPOINTED,
        reason: 'appoint',
        fromStatus: 'candidate',
        toStatus: 'active',
        reference: 'SK-17/PP.04/3508/2024',
        counterpartMembershipId: null,
        confirmedDismissals: null,
      },
    ]);
    expect(await auditOf(member.id)).toEqual([
      expect.objectContaining({ action: 'membershipChanged', chain: LUMAJANG }),
    ]);
    expect(await auditOf(member.person.id)).toEqual([
      expect.objectContaining({ action: 'personCreated', chain: LUMAJANG }),
    ]);
  });

  it('refuses a new person whose NIK is on record, and a person already in the body', async () => {
    const member = await appointNew(ppk.id, 'Budi Santoso');
    const again = await as(officer, APPOINT, {
      input: {
        bodyId: kpps.id,
        person: { nik: member.person.nik, name: 'Budi Santoso' },
        position: 'member',
        appointedAt: APPOINTED,
        oathTakenAt: SWORN,
        integrityPactSignedAt: SWORN,
      },
    });
    expect(codeOf(again)).toBe('NIK_TAKEN');
    const twice = await as(officer, APPOINT, {
      input: {
        bodyId: ppk.id,
        personId: member.person.id,
        position: 'member',
        appointedAt: APPOINTED,
        oathTakenAt: SWORN,
        integrityPactSignedAt: SWORN,
      },
    });
    expect(codeOf(twice)).toBe('ALREADY_MEMBER');
  });

  it('refuses a new person with a malformed NIK or phone', async () => {
    const appoint = (person: Record<string, unknown>) =>
      as(officer, APPOINT, {
        input: {
          bodyId: kpps.id,
          person,
          position: 'member',
          appointedAt: APPOINTED,
          oathTakenAt: SWORN,
          integrityPactSignedAt: SWORN,
        },
      });
    expect(codeOf(await appoint({ nik: '1234', name: 'NIK Pendek' }))).toBe('INVALID_NIK');
    expect(codeOf(await appoint({ ...newPerson('Telepon Salah'), phone: 'bukan nomor' }))).toBe(
      'INVALID_PHONE',
    );
  });

  it('refuses to seat a member without the oath and the integrity pact on record', async () => {
    const result = await as(officer, APPOINT, {
      input: {
        bodyId: kpps.id,
        person: newPerson('Tanpa Sumpah'),
        position: 'member',
        appointedAt: APPOINTED,
      },
    });
    expect(codeOf(result)).toBe('APPOINTMENT_REQUIREMENTS_MISSING');
    expect(result.errors?.[0]?.extensions?.missing).toEqual(['oathTakenAt', 'integrityPactSignedAt']);
  });

  it('refuses an appointment beyond the body’s seats, naming the seats and how many are taken', async () => {
    expect(pps.seats).toBeGreaterThan(0);
    await fill(pps, 'Anggota PPS');
    expect(await activeCount(pps.id)).toBe(pps.seats);
    const result = await as(officer, APPOINT, {
      input: {
        bodyId: pps.id,
        person: newPerson('Satu Kursi Terlalu Banyak'),
        position: 'member',
        appointedAt: APPOINTED,
        oathTakenAt: SWORN,
        integrityPactSignedAt: SWORN,
      },
    });
    expect(codeOf(result)).toBe('SEATS_FULL');
    expect(result.errors?.[0]?.extensions).toMatchObject({ seats: pps.seats, taken: pps.seats });
    expect(await activeCount(pps.id)).toBe(pps.seats);
  });
});

describe('the end of a seat', () => {
  it.each([
    ['resignation', 'ceased', 'cease'],
    ['death', 'ceased', 'cease'],
    ['endOfTerm', 'termEnded', 'endTerm'],
  ])('ends the seat on %s, after which the seat can be filled again', async (reason, status, event) => {
    expect(await activeCount(pps.id)).toBe(pps.seats);
    const [seated] = await activeMembersOf(pps.id);
    const ended = await as(officer, END, { id: seated!, reason, at: ENDED, ref: `SK-BERHENTI/${reason}` });
    expect(ended.errors, JSON.stringify(ended.errors)).toBeUndefined();
    expect(ended.data!.endMembership.status).toBe(status);
    expect(ended.data!.endMembership.statusHistory.at(-1)).toMatchObject({
      at: ENDED,
      reason: event,
      fromStatus: 'active',
      toStatus: status,
      reference: `SK-BERHENTI/${reason}`,
    });
    expect(await activeCount(pps.id)).toBe(pps.seats - 1);
    expect((await auditOf(seated!)).at(-1)).toMatchObject({
      action: 'membershipChanged',
      chain: LUMAJANG,
      after: { event, endReason: reason, status, at: ENDED },
    });
    const replacement = await appointNew(pps.id, `Pengganti ${reason}`);
    expect(replacement.status).toBe('active');
    expect(await activeCount(pps.id)).toBe(pps.seats);
  });
});

describe('oath and integrity pact', () => {
  it('records the oath and the pact of a seated member with their dates and references', async () => {
    const member = await appointNew(kpps.id, 'Dewi Lestari');
    const oath = await as(officer, OATH, { id: member.id, at: '2024-02-28T03:00:00.000Z', ref: 'BA-7' });
    expect(oath.errors, JSON.stringify(oath.errors)).toBeUndefined();
    expect(oath.data!.recordOath).toMatchObject({
      status: 'active',
      oathTakenAt: '2024-02-28T03:00:00.000Z',
    });
    const pact = await as(officer, PACT, { id: member.id, at: '2024-02-29T03:00:00.000Z', ref: 'PI-7' });
    expect(pact.errors, JSON.stringify(pact.errors)).toBeUndefined();
    const read = pact.data!.recordIntegrityPact;
    expect(read).toMatchObject({
      oathTakenAt: '2024-02-28T03:00:00.000Z',
      integrityPactSignedAt: '2024-02-29T03:00:00.000Z',
    });
    expect(read.statusHistory.map((entry: Json) => [entry.reason, entry.reference, entry.at])).toEqual([
      ['recordOath', 'BA-7', '2024-02-28T03:00:00.000Z'],
      ['recordIntegrityPact', 'PI-7', '2024-02-29T03:00:00.000Z'],
      ['appoint', 'SK-17/PP.04/3508/2024', APPOINTED],
    ]);
  });
});

describe('a person dismissed permanently before', () => {
  it('asks for a confirmation, and records it in the history and the audit', async () => {
    const earlier = await appointNew(kpps.id, 'Pernah Diberhentikan');
    // As a case's decree would leave it (the case workflow is tested elsewhere).
    const em = t.orm.em.fork();
    const row = await em.findOneOrFail(Membership, { id: earlier.id });
    row.status = 'dismissed';
    row.statusHistory = [
      ...row.statusHistory,
      { status: 'dismissed', at: '2024-03-20T02:00:00.000Z', reason: 'dismiss', reference: 'case:x' },
    ];
    await em.flush();

    const input = {
      bodyId: ppk.id,
      personId: earlier.person.id,
      position: 'member',
      appointedAt: ENDED,
      oathTakenAt: ENDED,
      integrityPactSignedAt: ENDED,
      reference: 'SK-30/2024',
    };
    const unconfirmed = await as(officer, APPOINT, { input });
    expect(codeOf(unconfirmed)).toBe('PREVIOUSLY_DISMISSED');
    expect(unconfirmed.errors?.[0]?.extensions?.dismissedMembershipIds).toEqual([earlier.id]);

    const confirmed = await as(officer, APPOINT, { input: { ...input, confirmPreviousDismissal: true } });
    expect(confirmed.errors, JSON.stringify(confirmed.errors)).toBeUndefined();
    const member = confirmed.data!.appointMember;
    expect(member.status).toBe('active');
    expect(member.statusHistory).toEqual([
      expect.objectContaining({ reason: 'appoint', confirmedDismissals: [earlier.id] }),
    ]);
    expect(await auditOf(member.id)).toEqual([
      expect.objectContaining({
        action: 'membershipChanged',
        after: expect.objectContaining({ confirmedDismissals: [earlier.id] }),
      }),
    ]);
  });
});

describe('transfer', () => {
  it('ends the old seat and takes the new one, each history naming the other', async () => {
    const member = await appointNew(kpps.id, 'Rina Pindahan');
    await fill(ppk, 'Anggota PPK');
    const result = await as(officer, TRANSFER, {
      id: member.id,
      to: ppk.id,
      at: '2024-04-05T02:00:00.000Z',
      ref: 'SK-MUTASI/1',
    });
    // The PPK is full: the transfer is refused like an appointment, and nothing changes.
    expect(codeOf(result)).toBe('SEATS_FULL');
    expect((await read(member.id)).status).toBe('active');

    const [leaving] = await activeMembersOf(ppk.id);
    await as(officer, END, { id: leaving!, reason: 'resignation', at: ENDED });
    const moved = await as(officer, TRANSFER, {
      id: member.id,
      to: ppk.id,
      at: '2024-04-05T02:00:00.000Z',
      ref: 'SK-MUTASI/1',
    });
    expect(moved.errors, JSON.stringify(moved.errors)).toBeUndefined();
    const now = moved.data!.transferMember;
    expect(now).toMatchObject({
      bodyId: ppk.id,
      status: 'active',
      person: { id: member.person.id },
      oathTakenAt: SWORN,
      integrityPactSignedAt: SWORN,
    });
    expect(now.statusHistory).toEqual([
      expect.objectContaining({
        reason: 'transferIn',
        fromStatus: 'candidate',
        toStatus: 'active',
        reference: 'SK-MUTASI/1',
        counterpartMembershipId: member.id,
      }),
    ]);
    const old = await read(member.id);
    expect(old.status).toBe('ceased');
    expect(old.statusHistory.at(-1)).toMatchObject({
      reason: 'transferOut',
      fromStatus: 'active',
      toStatus: 'ceased',
      reference: 'SK-MUTASI/1',
      counterpartMembershipId: now.id,
    });
    expect((await auditOf(now.id)).map((row) => row.after.fromBodyId)).toEqual([kpps.id]);
    expect((await auditOf(member.id)).at(-1)?.after.toBodyId).toBe(ppk.id);
  });
});

describe('refusals', () => {
  it('refuses acts dated in the future or before the membership’s last change', async () => {
    const future = new Date(TEST_NOW.getTime() + 60_000).toISOString();
    const appoint = await as(officer, APPOINT, {
      input: {
        bodyId: kpps.id,
        person: newPerson('Dari Masa Depan'),
        position: 'member',
        appointedAt: future,
        oathTakenAt: SWORN,
        integrityPactSignedAt: SWORN,
      },
    });
    expect(codeOf(appoint)).toBe('OCCURRED_IN_FUTURE');
    const member = await appointNew(kpps.id, 'Tanggal Diuji');
    expect(codeOf(await as(officer, END, { id: member.id, reason: 'death', at: future }))).toBe(
      'OCCURRED_IN_FUTURE',
    );
    expect(codeOf(await as(officer, OATH, { id: member.id, at: future }))).toBe('OCCURRED_IN_FUTURE');
    expect(codeOf(await as(officer, PACT, { id: member.id, at: future }))).toBe('OCCURRED_IN_FUTURE');
    expect(codeOf(await as(officer, TRANSFER, { id: member.id, to: pps.id, at: future }))).toBe(
      'OCCURRED_IN_FUTURE',
    );
    const beforeAppointment = await as(officer, END, {
      id: member.id,
      reason: 'resignation',
      at: '2024-02-01T00:00:00.000Z',
    });
    expect(codeOf(beforeAppointment)).toBe('OCCURRED_BEFORE_PREVIOUS_STEP');
    expect((await read(member.id)).status).toBe('active');
  });

  it('does not know a body or member of another regency, and refuses a role that does not keep bodies', async () => {
    const member = await appointNew(kpps.id, 'Dijaga Lumajang');
    const bangkalan = await t.login('officer.35.26');
    const appoint = await as(bangkalan, APPOINT, {
      input: {
        bodyId: kpps.id,
        person: newPerson('Bukan Urusan Bangkalan'),
        position: 'member',
        appointedAt: APPOINTED,
        oathTakenAt: SWORN,
        integrityPactSignedAt: SWORN,
      },
    });
    expect(codeOf(appoint)).toBe('NOT_FOUND');
    expect(codeOf(await as(bangkalan, END, { id: member.id, reason: 'death', at: ENDED }))).toBe('NOT_FOUND');
    expect(codeOf(await as(bangkalan, OATH, { id: member.id, at: SWORN }))).toBe('NOT_FOUND');
    expect(codeOf(await as(bangkalan, TRANSFER, { id: member.id, to: pps.id, at: ENDED }))).toBe('NOT_FOUND');
    const examiner = await t.login('examiner1.35.26');
    expect(codeOf(await as(examiner, END, { id: member.id, reason: 'death', at: ENDED }))).toBe('FORBIDDEN');
    expect((await read(member.id)).status).toBe('active');
  });
});
