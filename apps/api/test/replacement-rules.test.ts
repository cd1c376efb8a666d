// Replacement (PAW) follows the rules (issue #12 item 1): the next waiting reserve of the vacated body by
// rank, better-ranked reserves passed over only with a reason, and a PPS appointment only for a KPPS seat
// with no reserve left; on both tracks, through GraphQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activeMember, command, FILE_CASE, personIdOf, publicComplaint } from './fixtures.js';
import { startTestServer, TEST_NOW, type Json, type TestServer } from './test-server.js';

let t: TestServer;
let officer: string;
let commissioner: string;
let examiner: string;
let team: string[];
const earlier = (hours: number) => new Date(TEST_NOW.getTime() - hours * 3_600_000).toISOString();

beforeAll(async () => {
  t = await startTestServer();
  officer = await t.login('officer.35.26');
  commissioner = await t.login('commissioner.35.26');
  examiner = await t.login('examiner1.35.26');
  team = await Promise.all(
    ['examiner1.35.26', 'examiner2.35.26', 'examiner3.35.26'].map((u) => personIdOf(t, u)),
  );
});
afterAll(async () => {
  await t?.stop();
});

interface Member {
  id: string;
  status: string;
  selectionRank: number | null;
  replacesMembershipId: string | null;
  person: { id: string; name: string };
  statusHistory: { reason: string; skipReason: string | null; counterpartMembershipId: string | null }[];
}

const MEMBERS = `query ($b: ID!) { memberships(bodyId: $b) {
  id status selectionRank replacesMembershipId person { id name }
  statusHistory { reason skipReason counterpartMembershipId }
} }`;

async function membersOf(bodyId: string): Promise<Member[]> {
  const result = await t.gql<{ memberships: Member[] }>(MEMBERS, { b: bodyId }, { token: officer });
  return result.data!.memberships;
}

async function bodyCounts(bodyId: string): Promise<{ seats: number; vacancies: number }> {
  const result = await t.gql<{ adhocBody: { seats: number; vacancies: number } }>(
    'query ($id: ID!) { adhocBody(id: $id) { seats vacancies } }',
    { id: bodyId },
    { token: officer },
  );
  return result.data!.adhocBody;
}

const used = new Set<string>();
/** Bodies whose reserves a test left waiting (the demo has few KPPS): reused by a later test. */
const stillWaiting: { bodyId: string; reserves: Member[] }[] = [];
/** A KPPS of the demo no case touched: every seat taken, two reserves (ranks 8 and 9). */
async function freshKpps(): Promise<{ bodyId: string; reserves: Member[] }> {
  const result = await t.gql<{ adhocBodies: { id: string; vacancies: number }[] }>(
    'query { adhocBodies(type: kpps) { id vacancies } }',
    {},
    { token: officer },
  );
  for (const body of result.data!.adhocBodies) {
    if (used.has(body.id) || body.vacancies > 0) continue;
    const members = await membersOf(body.id);
    const reserves = members
      .filter((m) => m.status === 'candidate' && m.selectionRank !== null)
      .sort((a, b) => a.selectionRank! - b.selectionRank!);
    if (reserves.length < 2 || members.some((m) => m.status !== 'active' && m.status !== 'candidate'))
      continue;
    used.add(body.id);
    return { bodyId: body.id, reserves };
  }
  throw new Error('no fresh KPPS in the demo');
}

const COMPLETE_TYPES = {
  vacatedMembershipId: 'ID!',
  replacementMembershipId: 'ID',
  method: 'ReplacementMethod!',
  swornAt: 'DateTimeISO!',
  skippedReserves: '[SkippedReserveInput!]',
  appointee: 'ReplacementAppointeeInput',
};

/** A case against one member of `bodyId`, taken to replacementInProgress on the chosen track. */
async function caseInReplacement(bodyId: string, track: 'kpuInternal' | 'dkppExternal' = 'kpuInternal') {
  const respondent = await activeMember(t, officer, bodyId);
  const input =
    track === 'kpuInternal'
      ? publicComplaint(respondent, earlier(48))
      : {
          receivedAt: earlier(48),
          respondentMembershipIds: [respondent],
          complaint: {
            source: 'dkppVerdict',
            sourceReference: '46-PKE-DKPP/IV/2024',
            eventDate: '2024-03-01T03:00:00.000Z',
            eventPlace: 'TPS 001',
            chronology:
              'DKPP memutus teradu melanggar kode etik karena mengubah hasil penghitungan suara di TPS.',
            evidence: [
              { kind: 'document', description: 'Salinan putusan DKPP' },
              { kind: 'document', description: 'Berita acara' },
            ],
          },
        };
  const filed = await t.gql(FILE_CASE, { input }, { token: officer });
  expect(filed.errors).toBeUndefined();
  let ethicsCase: Json = filed.data!.fileCase.ethicsCase;
  const step = async (
    token: string,
    mutation: string,
    args: Json = {},
    types: Record<string, string> = {},
  ) => {
    const result = await command(
      t,
      token,
      mutation,
      { caseId: ethicsCase.id, expectedVersion: ethicsCase.version, ...args },
      types,
    );
    expect(result.error, `${mutation}: ${JSON.stringify(result.error)}`).toBeUndefined();
    ethicsCase = result.ethicsCase!;
  };
  const dismissal = [
    {
      membershipId: respondent,
      finding: 'proven',
      outcome: 'permanentDismissal',
      principlesViolated: ['honest'],
    },
  ];
  if (track === 'kpuInternal') {
    await step(officer, 'startScreening');
    await step(officer, 'registerCase');
    await step(officer, 'startClarification');
    await step(
      commissioner,
      'formExaminationTeam',
      { chairPersonId: team[0], memberPersonIds: team.slice(1) },
      { chairPersonId: 'ID!', memberPersonIds: '[ID!]!' },
    );
    await step(examiner, 'submitExaminationReport', { summary: 'Terbukti.' }, { summary: 'String!' });
    await step(
      commissioner,
      'recordPlenaryDecision',
      { plenary: { heldAt: earlier(4), commissionersPresent: 5, commissionSize: 5 }, outcomes: dismissal },
      { plenary: 'PlenaryInput!', outcomes: '[OutcomeInput!]!' },
    );
  } else {
    await step(
      officer,
      'recordDkppVerdict',
      { dkppCaseNumber: '46-PKE-DKPP/IV/2024', readAt: earlier(30), outcomes: dismissal },
      { dkppCaseNumber: 'String!', readAt: 'DateTimeISO!', outcomes: '[OutcomeInput!]!' },
    );
  }
  await step(
    commissioner,
    'issueDecree',
    { decreeNumber: 'SK-PAW/2024', signedAt: earlier(3) },
    { decreeNumber: 'String!', signedAt: 'DateTimeISO!' },
  );
  for (const recipient of ['respondent', 'complainant', 'provincialCommission', 'superiorBody']) {
    if (ethicsCase.status !== 'decreeIssued') break;
    const result = await command(
      t,
      officer,
      'recordDelivery',
      {
        caseId: ethicsCase.id,
        expectedVersion: ethicsCase.version,
        recipient,
        deliveredAt: earlier(2),
        channel: 'Kurir',
      },
      { recipient: 'DeliveryRecipient!', deliveredAt: 'DateTimeISO!', channel: 'String!' },
    );
    if (result.ethicsCase) ethicsCase = result.ethicsCase;
    else expect(result.code).toBe('RECIPIENT_NOT_REQUIRED');
  }
  expect(ethicsCase.status).toBe('delivered');
  await step(officer, 'startReplacement');
  expect(ethicsCase.status).toBe('replacementInProgress');
  const complete = (args: Json) =>
    command(
      t,
      officer,
      'completeReplacement',
      {
        caseId: ethicsCase.id,
        expectedVersion: ethicsCase.version,
        vacatedMembershipId: respondent,
        swornAt: earlier(1),
        ...args,
      },
      COMPLETE_TYPES,
    );
  return { caseId: ethicsCase.id as string, respondent, complete };
}

const CANDIDATES = `query ($c: ID!, $m: ID!) { replacementCandidates(caseId: $c, membershipId: $m) {
  vacatedMembershipId bodyId seatStillOpen nextCandidateId ppsAppointmentAllowed candidates { id selectionRank }
} }`;

describe('completeReplacement follows the rules of PAW', () => {
  it('lists the reserves in rank order and refuses every wrong choice with its own code', async () => {
    const { bodyId, reserves } = await freshKpps();
    const { caseId, respondent, complete } = await caseInReplacement(bodyId);
    const [rank8, rank9] = reserves;

    const listed = await t.gql(CANDIDATES, { c: caseId, m: respondent }, { token: officer });
    expect(listed.errors).toBeUndefined();
    expect(listed.data!.replacementCandidates).toMatchObject({
      vacatedMembershipId: respondent,
      bodyId,
      seatStillOpen: true,
      nextCandidateId: rank8!.id,
      ppsAppointmentAllowed: false,
    });
    expect(listed.data!.replacementCandidates.candidates.map((c: Json) => c.id)).toEqual(
      reserves.map((r) => r.id),
    );

    const other = (await membersOf('ppk-35.26.01')).find((m) => m.status === 'candidate')!.id;
    const seated = (await membersOf(bodyId)).find((m) => m.status === 'active')!.id;
    const refusals: [Json, string][] = [
      [{ method: 'nextRank', replacementMembershipId: 'membership-none' }, 'REPLACEMENT_NOT_FOUND'],
      [{ method: 'nextRank', replacementMembershipId: other }, 'REPLACEMENT_OTHER_BODY'],
      [{ method: 'nextRank', replacementMembershipId: seated }, 'REPLACEMENT_NOT_A_RESERVE'],
      [{ method: 'nextRank', replacementMembershipId: rank9!.id }, 'REPLACEMENT_OUT_OF_RANK'],
      [
        {
          method: 'nextRank',
          replacementMembershipId: rank9!.id,
          skippedReserves: [{ membershipId: rank8!.id }],
        },
        'SKIP_REASON_REQUIRED',
      ],
      [{ method: 'appointmentByPps', appointee: { personId: team[0] } }, 'PPS_APPOINTMENT_NOT_ALLOWED'],
    ];
    for (const [args, code] of refusals) {
      const refused = await complete(args);
      expect(refused.code, JSON.stringify(args)).toBe(code);
    }
    const outOfRank = await complete({ method: 'nextRank', replacementMembershipId: rank9!.id });
    expect(outOfRank.error!.extensions).toMatchObject({
      waitingMembershipId: rank8!.id,
      waitingRank: rank8!.selectionRank,
    });
    const wrongSeat = await complete({
      vacatedMembershipId: seated,
      method: 'nextRank',
      replacementMembershipId: rank8!.id,
    });
    expect(wrongSeat.code).toBe('REPLACEMENT_NOT_NEEDED');

    // Nothing changed: the case still waits, the seat is still vacant, the reserves still wait.
    expect(await bodyCounts(bodyId)).toMatchObject({ vacancies: 1 });
    const after = await membersOf(bodyId);
    expect(after.filter((m) => reserves.some((r) => r.id === m.id)).map((m) => m.status)).toEqual([
      'candidate',
      'candidate',
    ]);
    stillWaiting.push({ bodyId, reserves });
  });

  it('appoints the next rank, fills the seat and shows the replacement in both histories', async () => {
    const { bodyId, reserves } = await freshKpps();
    const { caseId, respondent, complete } = await caseInReplacement(bodyId);
    expect(await bodyCounts(bodyId)).toMatchObject({ vacancies: 1 });
    const done = await complete({ method: 'nextRank', replacementMembershipId: reserves[0]!.id });
    expect(done.error).toBeUndefined();
    expect(done.ethicsCase!.status).toBe('closed');
    expect(await bodyCounts(bodyId)).toMatchObject({ vacancies: 0 });
    const members = await membersOf(bodyId);
    const seated = members.find((m) => m.id === reserves[0]!.id)!;
    expect(seated).toMatchObject({ status: 'active', replacesMembershipId: respondent });
    expect(seated.statusHistory.at(-1)).toMatchObject({
      reason: 'appoint',
      counterpartMembershipId: respondent,
    });
    const vacated = members.find((m) => m.id === respondent)!;
    expect(vacated.status).toBe('dismissed');
    expect(vacated.statusHistory.at(-1)).toMatchObject({
      reason: 'replaced',
      counterpartMembershipId: seated.id,
    });
    const listed = await t.gql(CANDIDATES, { c: caseId, m: respondent }, { token: officer });
    expect(listed.data!.replacementCandidates).toMatchObject({
      seatStillOpen: false,
      nextCandidateId: reserves[1]!.id,
    });
  });

  it('passes over rank 8 with a reason and appoints rank 9; the reason is in rank 8’s history', async () => {
    const { bodyId, reserves } = await freshKpps();
    const { respondent, complete } = await caseInReplacement(bodyId);
    const done = await complete({
      method: 'nextRank',
      replacementMembershipId: reserves[1]!.id,
      skippedReserves: [{ membershipId: reserves[0]!.id, reason: 'declined' }],
    });
    expect(done.error).toBeUndefined();
    expect(done.ethicsCase!.status).toBe('closed');
    const members = await membersOf(bodyId);
    const passedOver = members.find((m) => m.id === reserves[0]!.id)!;
    // One who declined stays on the list for a later seat.
    expect(passedOver.status).toBe('candidate');
    expect(passedOver.statusHistory.at(-1)).toMatchObject({
      reason: 'passOver',
      skipReason: 'declined',
      counterpartMembershipId: respondent,
    });
    expect(members.find((m) => m.id === reserves[1]!.id)).toMatchObject({
      status: 'active',
      replacesMembershipId: respondent,
    });
  });

  it('lets the PPS appoint a new person to a KPPS seat with no reserve left', async () => {
    const { bodyId, reserves } = await freshKpps();
    const { caseId, respondent, complete } = await caseInReplacement(bodyId);
    const gone = [
      { membershipId: reserves[0]!.id, reason: 'deceased' },
      { membershipId: reserves[1]!.id, reason: 'noLongerEligible' },
    ];
    const noAppointee = await complete({ method: 'appointmentByPps', skippedReserves: gone });
    expect(noAppointee.code).toBe('BAD_USER_INPUT');
    const done = await complete({
      method: 'appointmentByPps',
      skippedReserves: gone,
      appointee: { person: { nik: '3526014506900002', name: 'Siti Aminah', sex: 'female' } },
    });
    expect(done.error, JSON.stringify(done.error)).toBeUndefined();
    expect(done.ethicsCase!.status).toBe('closed');
    expect(await bodyCounts(bodyId)).toMatchObject({ vacancies: 0 });
    const members = await membersOf(bodyId);
    const appointed = members.find((m) => m.person.name === 'Siti Aminah')!;
    expect(appointed).toMatchObject({
      status: 'active',
      selectionRank: null,
      replacesMembershipId: respondent,
    });
    expect(members.find((m) => m.id === respondent)!.statusHistory.at(-1)).toMatchObject({
      reason: 'replaced',
      counterpartMembershipId: appointed.id,
    });
    // Passed over as deceased or no longer eligible: off the list for good.
    const listed = await t.gql(CANDIDATES, { c: caseId, m: respondent }, { token: officer });
    expect(listed.data!.replacementCandidates).toMatchObject({ candidates: [], ppsAppointmentAllowed: true });
  });

  it('lets the PPS appoint at once where the KPPS has no reserve left, never a member of the body', async () => {
    const { bodyId, reserves } = await freshKpps();
    const first = await caseInReplacement(bodyId);
    const gone = reserves.map((r) => ({ membershipId: r.id, reason: 'noLongerEligible' }));
    const person = { nik: '3526014506900003', name: 'Nur Hidayah' };
    const filled = await first.complete({
      method: 'appointmentByPps',
      skippedReserves: gone,
      appointee: { person },
    });
    expect(filled.error, JSON.stringify(filled.error)).toBeUndefined();

    const second = await caseInReplacement(bodyId);
    const listed = await t.gql(CANDIDATES, { c: second.caseId, m: second.respondent }, { token: officer });
    expect(listed.data!.replacementCandidates).toMatchObject({ candidates: [], ppsAppointmentAllowed: true });
    const member = (await membersOf(bodyId)).find((m) => m.person.name === 'Nur Hidayah')!;
    const already = await second.complete({
      method: 'appointmentByPps',
      appointee: { personId: member.person.id },
    });
    expect(already.code).toBe('ALREADY_MEMBER');
    const taken = await second.complete({ method: 'appointmentByPps', appointee: { person } });
    expect(taken.code).toBe('NIK_TAKEN');
    const done = await second.complete({
      method: 'appointmentByPps',
      appointee: { person: { nik: '3526014506900004', name: 'Rina Marlina' } },
    });
    expect(done.error, JSON.stringify(done.error)).toBeUndefined();
    expect(done.ethicsCase!.status).toBe('closed');
    expect(await bodyCounts(bodyId)).toMatchObject({ vacancies: 0 });
    expect((await membersOf(bodyId)).find((m) => m.person.name === 'Rina Marlina')).toMatchObject({
      status: 'active',
      replacesMembershipId: second.respondent,
    });
  });

  it('refuses a PPS appointment for a seat that is not a KPPS', async () => {
    const bodyId = 'ppk-35.26.02';
    const { complete } = await caseInReplacement(bodyId);
    const refused = await complete({ method: 'appointmentByPps', appointee: { personId: team[0] } });
    expect(refused.code).toBe('PPS_APPOINTMENT_NOT_ALLOWED');
    expect(refused.error!.extensions).toMatchObject({ reason: 'notKpps' });
  });

  it('holds the DKPP track’s replacements to the same rules', async () => {
    const { bodyId, reserves } = stillWaiting.pop() ?? (await freshKpps());
    const { complete } = await caseInReplacement(bodyId, 'dkppExternal');
    const before = (await bodyCounts(bodyId)).vacancies;
    const refused = await complete({ method: 'nextRank', replacementMembershipId: reserves[1]!.id });
    expect(refused.code).toBe('REPLACEMENT_OUT_OF_RANK');
    const done = await complete({ method: 'nextRank', replacementMembershipId: reserves[0]!.id });
    expect(done.error).toBeUndefined();
    expect(done.ethicsCase!.status).toBe('closed');
    expect((await bodyCounts(bodyId)).vacancies).toBe(before - 1);
  });
});
