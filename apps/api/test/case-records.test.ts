// The case's records through GraphQL: allegations, clarification and examination sessions, external
// proceedings; their refusals, the version lock, masking in sessions, the principles filter, the timeline.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  activeMember,
  command,
  FILE_CASE,
  personIdOf,
  publicComplaint,
  RECORD_FIELDS,
  recordAction,
} from './fixtures.js';
import { startTestServer, TEST_NOW, type Json, type TestServer } from './test-server.js';

let t: TestServer;
let officer: string;
let commissioner: string;
let examiner: string;
const DAY = 86_400_000;
const HOUR = 3_600_000;
const at = (offset: number) => new Date(TEST_NOW.getTime() + offset).toISOString();

const read = async (id: string, token: string): Promise<Json> =>
  (await t.gql(`query ($id: ID!) { case(id: $id) { ${RECORD_FIELDS} } }`, { id }, { token })).data!.case;

beforeAll(async () => {
  t = await startTestServer();
  officer = await t.login('officer.35.26');
  commissioner = await t.login('commissioner.35.26');
  examiner = await t.login('examiner1.35.26');
});
afterAll(async () => {
  await t?.stop();
});
afterEach(async () => {
  t.clock.set(TEST_NOW);
  officer = await t.login('officer.35.26');
});

/** A token issued at the clock's time (t.login caches tokens, which expire when the clock moves on). */
async function freshToken(username: string): Promise<string> {
  const result = await t.gql(
    'mutation ($u: String!) { login(username: $u, password: "etik-demo-2024") { token } }',
    {
      u: username,
    },
  );
  return result.data!.login.token;
}

/** A complaint at kpu-35.26 received two days ago, driven to clarification. */
async function caseInClarification(bodyId = 'ppk-35.26.01', skip = 0): Promise<Json> {
  const respondent = await activeMember(t, officer, bodyId, skip);
  const filed = await t.gql(
    FILE_CASE,
    { input: publicComplaint(respondent, at(-2 * DAY)) },
    { token: officer },
  );
  let ethicsCase = filed.data!.fileCase.ethicsCase;
  for (const mutation of ['startScreening', 'registerCase', 'startClarification']) {
    const next = await command(t, officer, mutation, {
      caseId: ethicsCase.id,
      expectedVersion: ethicsCase.version,
    });
    expect(next.error).toBeUndefined();
    ethicsCase = next.ethicsCase;
  }
  return ethicsCase;
}

async function toExamination(ethicsCase: Json): Promise<Json> {
  const team = await Promise.all(
    ['examiner1.35.26', 'examiner2.35.26', 'examiner3.35.26'].map((u) => personIdOf(t, u)),
  );
  const formed = await command(
    t,
    commissioner,
    'formExaminationTeam',
    {
      caseId: ethicsCase.id,
      expectedVersion: ethicsCase.version,
      chairPersonId: team[0],
      memberPersonIds: team.slice(1),
    },
    { chairPersonId: 'ID!', memberPersonIds: '[ID!]!' },
  );
  expect(formed.error).toBeUndefined();
  return formed.ethicsCase;
}

const allegationInput = (membershipId: string, overrides: Record<string, unknown> = {}) => ({
  respondentMembershipId: membershipId,
  principle: 'independent',
  behaviour: 'refuseGiftsFromParticipants',
  description: 'Teradu menerima uang dari tim kampanye.',
  ...overrides,
});

describe('the demo cases’ records', () => {
  it('show allegations found as the decision went, with no guidance to give', async () => {
    const token = await t.login('admin.ri');
    const closed = await read('case-demo-013', token);
    expect(closed.allegations).toEqual([
      expect.objectContaining({
        principle: 'independent',
        behaviour: 'remainNeutral',
        category: 'codeOfEthics',
        finding: 'proven',
        legalReferences: [expect.objectContaining({ citation: 'Peraturan DKPP 2/2017 Pasal 8' })],
      }),
    ]);
    expect(closed.allegationGuidance).toEqual([]);
    const rehabilitated = await read('case-demo-015', token);
    expect(rehabilitated.allegations[0].finding).toBe('notProven');
    expect(rehabilitated.allegationGuidance).toEqual([]);
  });

  it('show a clarification hearing with its summons, attendance and minutes', async () => {
    const ethicsCase = await read('case-demo-006', await t.login('officer.11.71'));
    expect(ethicsCase.status).toBe('clarification');
    const [session] = ethicsCase.sessions;
    expect(session).toMatchObject({ kind: 'clarification', minutes: { reference: expect.any(String) } });
    expect(session.summons.map((s: Json) => s.party.role)).toEqual(['respondent', 'complainant']);
    expect(session.summons[1].party).toMatchObject({ name: expect.any(String), identityMasked: false });
    expect(session.attendance.map((a: Json) => a.status)).toEqual(['present', 'present']);
  });

  it('show proceedings elsewhere: a referral to Bawaslu, a PTUN lawsuit, the DKPP case behind a verdict', async () => {
    const token = await t.login('officer.35.28');
    const forums = async (id: string) =>
      (await read(id, token)).externalProceedings.map((p: Json) => `${p.forum}:${p.kind}:${p.status}`);
    expect(await forums('case-demo-017')).toEqual(['bawaslu:referral:filed']);
    expect(await forums('case-demo-014')).toEqual(['ptun:proceeding:inProgress']);
    expect(await forums('case-demo-020')).toEqual(['dkpp:proceeding:decided']);
  });
});

describe('a confidential complainant named in a session (case-demo-007)', () => {
  const reads = async () => {
    const result = await t.gql(
      '{ case(id: "case-demo-007") { timeline { action } } }',
      {},
      { token: await t.login('admin.ri') },
    );
    return result.data!.case.timeline.filter((entry: Json) => entry.action === 'confidentialIdentityRead')
      .length;
  };
  const SESSIONS =
    '{ case(id: "case-demo-007") { sessions { summons { party { role name identityMasked } } attendance { party { role name identityMasked } } } } }';
  const complainantEntries = (result: Json) =>
    result.data.case.sessions
      .flatMap((s: Json) => [...s.summons, ...s.attendance])
      .filter((e: Json) => e.party.role === 'complainant');

  it.each(['examiner1.35.26', 'analyst.35', 'supervisor.35', 'admin.ri'])(
    'is masked for %s, and the read is not logged',
    async (username) => {
      const before = await reads();
      const result = await t.gql(SESSIONS, {}, { token: await t.login(username) });
      expect(result.errors).toBeUndefined();
      const entries = complainantEntries(result);
      expect(entries.length).toBe(2);
      for (const entry of entries)
        expect(entry.party).toEqual({ role: 'complainant', name: null, identityMasked: true });
      // The other parties keep their names.
      expect(result.data!.case.sessions[0].summons[0].party.name).toEqual(expect.any(String));
      expect(await reads()).toBe(before);
    },
  );

  it.each(['officer.35.26', 'commissioner.35.26'])('is shown to %s, each read logged', async (username) => {
    const before = await reads();
    const result = await t.gql(SESSIONS, {}, { token: await t.login(username) });
    for (const entry of complainantEntries(result)) {
      expect(entry.party).toMatchObject({ name: expect.any(String), identityMasked: false });
    }
    expect(await reads()).toBe(before + 1);
  });
});

describe('allegations', () => {
  it('are added, changed, found and then kept, each bumping the version', async () => {
    let ethicsCase = await caseInClarification();
    const membershipId = ethicsCase.respondents[0].membershipId;

    const added = await recordAction(t, officer, 'addAllegation', {
      caseId: ethicsCase.id,
      expectedVersion: ethicsCase.version,
      allegation: allegationInput(membershipId, {
        extraLegalReferences: [{ instrument: 'PKPU 8/2022', article: '43', paragraph: '4', letter: 'b' }],
      }),
    });
    expect(added.error).toBeUndefined();
    expect(added.ethicsCase).toMatchObject({ status: 'clarification', version: ethicsCase.version + 1 });
    const [allegation] = added.ethicsCase.allegations;
    expect(allegation).toMatchObject({
      category: 'codeOfEthics',
      principle: 'independent',
      behaviour: 'refuseGiftsFromParticipants',
      finding: null,
      legalReferences: [
        {
          instrument: 'Peraturan DKPP 2/2017',
          article: '8',
          letter: null,
          confidence: 'medium',
          citation: 'Peraturan DKPP 2/2017 Pasal 8',
        },
        {
          instrument: 'PKPU 8/2022',
          article: '43',
          letter: 'b',
          confidence: 'high',
          citation: 'PKPU 8/2022 Pasal 43 ayat (4) huruf b',
        },
      ],
    });
    expect(added.ethicsCase.availableRecordActions).toEqual(
      expect.arrayContaining([
        { action: 'updateAllegation', targetId: allegation.id, sessionKind: null },
        { action: 'scheduleSession', targetId: null, sessionKind: 'clarification' },
      ]),
    );
    ethicsCase = added.ethicsCase;

    const changed = await recordAction(t, commissioner, 'updateAllegation', {
      caseId: ethicsCase.id,
      expectedVersion: ethicsCase.version,
      allegationId: allegation.id,
      allegation: allegationInput(membershipId, { behaviour: 'noRewardsFromParticipants' }),
    });
    expect(changed.ethicsCase.allegations[0]).toMatchObject({
      id: allegation.id,
      behaviour: 'noRewardsFromParticipants',
    });
    ethicsCase = changed.ethicsCase;

    const early = await recordAction(t, commissioner, 'recordAllegationFinding', {
      caseId: ethicsCase.id,
      expectedVersion: ethicsCase.version,
      allegationId: allegation.id,
      finding: 'proven',
    });
    expect(early.code).toBe('TRANSITION_NOT_ALLOWED');
    expect(early.error.extensions).toMatchObject({
      from: 'clarification',
      action: 'recordAllegationFinding',
    });

    ethicsCase = await toExamination(ethicsCase);
    const found = await recordAction(t, examiner, 'recordAllegationFinding', {
      caseId: ethicsCase.id,
      expectedVersion: ethicsCase.version,
      allegationId: allegation.id,
      finding: 'proven',
      note: 'Diakui teradu dalam pemeriksaan.',
    });
    expect(found.error).toBeUndefined();
    expect(found.ethicsCase.allegations[0]).toMatchObject({
      finding: 'proven',
      findingNote: 'Diakui teradu dalam pemeriksaan.',
    });
    ethicsCase = found.ethicsCase;

    for (const [mutation, extra] of [
      ['updateAllegation', { allegation: allegationInput(membershipId) }],
      ['removeAllegation', {}],
    ] as const) {
      const refused = await recordAction(t, officer, mutation, {
        caseId: ethicsCase.id,
        expectedVersion: ethicsCase.version,
        allegationId: allegation.id,
        ...extra,
      });
      expect(refused.code).toBe('ALLEGATION_FINDING_RECORDED');
    }
    // Refusals change nothing.
    expect((await read(ethicsCase.id, officer)).version).toBe(ethicsCase.version);
  });

  it('are refused with every problem the domain finds, and removed while nothing was found', async () => {
    const ethicsCase = await caseInClarification('ppk-35.26.02');
    const refused = await recordAction(t, officer, 'addAllegation', {
      caseId: ethicsCase.id,
      expectedVersion: ethicsCase.version,
      allegation: allegationInput('m-someone-else', {
        principle: 'mandiri',
        behaviour: 'remainNeutral',
        description: ' ',
      }),
    });
    expect(refused.code).toBe('ALLEGATION_INVALID');
    expect(refused.error.extensions.problems.map((p: Json) => p.code)).toEqual([
      'UNKNOWN_RESPONDENT',
      'UNKNOWN_PRINCIPLE',
      'DESCRIPTION_REQUIRED',
    ]);
    const membershipId = ethicsCase.respondents[0].membershipId;
    const mismatch = await recordAction(t, officer, 'addAllegation', {
      caseId: ethicsCase.id,
      expectedVersion: ethicsCase.version,
      allegation: allegationInput(membershipId, { principle: 'honest' }),
    });
    expect(mismatch.error.extensions.problems).toEqual([
      { code: 'BEHAVIOUR_NOT_UNDER_PRINCIPLE', field: 'behaviour' },
    ]);

    const added = await recordAction(t, officer, 'addAllegation', {
      caseId: ethicsCase.id,
      expectedVersion: ethicsCase.version,
      allegation: allegationInput(membershipId, {
        behaviour: null,
        principle: 'open',
        category: 'performance',
      }),
    });
    expect(added.ethicsCase.allegations[0]).toMatchObject({
      principle: 'open',
      behaviour: null,
      category: 'performance',
    });
    // The allegation rows follow the case: the principles filter finds it, then no longer does.
    const openCases = async () =>
      (
        await t.gql(
          'query ($f: CaseFilter) { cases(first: 100, filter: $f) { nodes { id } } }',
          { f: { principles: ['open'] } },
          { token: officer },
        )
      ).data!.cases.nodes.map((node: Json) => node.id);
    expect(await openCases()).toContain(ethicsCase.id);
    const removed = await recordAction(t, officer, 'removeAllegation', {
      caseId: ethicsCase.id,
      expectedVersion: added.ethicsCase.version,
      allegationId: added.ethicsCase.allegations[0].id,
    });
    expect(removed.ethicsCase.allegations).toEqual([]);
    expect(await openCases()).not.toContain(ethicsCase.id);
    const gone = await recordAction(t, officer, 'removeAllegation', {
      caseId: ethicsCase.id,
      expectedVersion: removed.ethicsCase.version,
      allegationId: added.ethicsCase.allegations[0].id,
    });
    expect(gone.code).toBe('RECORD_NOT_FOUND');
    expect(gone.error.extensions).toMatchObject({ recordType: 'allegation' });
  });

  it('refuse a stale version with CONFLICT, and a case of another regency as NOT_FOUND', async () => {
    const ethicsCase = await caseInClarification('ppk-35.26.01', 1);
    const input = allegationInput(ethicsCase.respondents[0].membershipId);
    const stale = await recordAction(t, officer, 'addAllegation', {
      caseId: ethicsCase.id,
      expectedVersion: ethicsCase.version - 1,
      allegation: input,
    });
    expect(stale.code).toBe('CONFLICT');
    expect(stale.error.extensions).toMatchObject({ currentVersion: ethicsCase.version });
    const foreign = await recordAction(t, await t.login('officer.35.28'), 'addAllegation', {
      caseId: ethicsCase.id,
      expectedVersion: ethicsCase.version,
      allegation: input,
    });
    expect(foreign.code).toBe('NOT_FOUND');
    expect((await read(ethicsCase.id, officer)).allegations).toEqual([]);
  });
});

describe('two record actions at the same version', () => {
  it('let one through and refuse the other with CONFLICT', async () => {
    const ethicsCase = await caseInClarification('ppk-35.26.03', 2);
    const membershipId = ethicsCase.respondents[0].membershipId;
    const results = await Promise.all(
      ['remainNeutral', 'noPartisanStatements'].map((behaviour) =>
        recordAction(t, officer, 'addAllegation', {
          caseId: ethicsCase.id,
          expectedVersion: ethicsCase.version,
          allegation: allegationInput(membershipId, { behaviour }),
        }),
      ),
    );
    expect(results.map((result) => result.code ?? 'ok').sort()).toEqual(['CONFLICT', 'ok']);
    const stored = await read(ethicsCase.id, officer);
    expect(stored.version).toBe(ethicsCase.version + 1);
    expect(stored.allegations).toHaveLength(1);
  });
});

describe('sessions', () => {
  it('go from schedule to summons, attendance and minutes, refusing each step out of turn', async () => {
    let ethicsCase = await caseInClarification('ppk-35.26.03');
    const membershipId = ethicsCase.respondents[0].membershipId;
    const step = async (token: string, mutation: string, args: Record<string, unknown>) => {
      const result = await recordAction(t, token, mutation, {
        caseId: ethicsCase.id,
        expectedVersion: ethicsCase.version,
        ...args,
      });
      if (result.ethicsCase) ethicsCase = result.ethicsCase;
      return result;
    };

    expect(
      (
        await step(officer, 'scheduleSession', {
          kind: 'examination',
          scheduledAt: at(6 * DAY),
          place: 'KPU',
        })
      ).code,
    ).toBe('TRANSITION_NOT_ALLOWED');
    expect(
      (await step(officer, 'scheduleSession', { kind: 'clarification', scheduledAt: at(6 * DAY) })).error
        .extensions,
    ).toMatchObject({
      code: 'INVALID_INPUT',
      field: 'place',
    });
    expect(
      (
        await step(officer, 'scheduleSession', {
          kind: 'clarification',
          scheduledAt: at(-30 * DAY),
          place: 'KPU',
        })
      ).code,
    ).toBe('DATE_BEFORE_RECEIPT');
    const soon = await step(officer, 'scheduleSession', {
      kind: 'clarification',
      scheduledAt: at(2 * DAY),
      place: 'Kantor KPU Kabupaten Bangkalan',
    });
    expect(soon.ethicsCase.sessions).toHaveLength(1);
    const soonId = soon.ethicsCase.sessions[0].id;
    const respondentParty = { role: 'respondent', membershipId };
    const late = await step(officer, 'recordSummons', {
      sessionId: soonId,
      party: respondentParty,
      sentAt: at(0),
      method: 'letter',
      reference: 'S-1',
    });
    expect(late.code).toBe('SUMMONS_TOO_LATE');
    expect(late.error.extensions).toMatchObject({ leadTime: { amount: 5, unit: 'calendarDays' } });

    const scheduled = await step(commissioner, 'scheduleSession', {
      kind: 'clarification',
      scheduledAt: at(6 * DAY),
      onlineLink: 'https://vicon.example/klarifikasi',
    });
    const sessionId = scheduled.ethicsCase.sessions[1].id;
    expect(scheduled.ethicsCase.sessions[1]).toMatchObject({ kind: 'clarification', place: null });
    expect(
      (
        await step(officer, 'recordSummons', {
          sessionId,
          party: respondentParty,
          sentAt: at(0),
          method: 'letter',
          reference: 'S-2',
        })
      ).error,
    ).toBeUndefined();
    expect(
      (
        await step(officer, 'recordSummons', {
          sessionId,
          party: respondentParty,
          sentAt: at(0),
          method: 'messaging',
          reference: 'S-3',
        })
      ).code,
    ).toBe('ALREADY_SUMMONED');
    expect(
      (
        await step(officer, 'recordSummons', {
          sessionId,
          party: { role: 'respondent', membershipId: 'm-x' },
          sentAt: at(0),
          method: 'letter',
          reference: 'S-4',
        })
      ).code,
    ).toBe('UNKNOWN_RESPONDENT');
    const complainant = await step(officer, 'recordSummons', {
      sessionId,
      party: { role: 'complainant' },
      sentAt: at(-HOUR),
      method: 'electronicMail',
      reference: 'S-5',
    });
    expect(complainant.ethicsCase.sessions[1].summons[1]).toMatchObject({
      party: { role: 'complainant', name: 'Rahmawati Sulistyo', identityMasked: false },
      method: 'electronicMail',
    });

    const present = { sessionId, party: respondentParty, status: 'present' };
    expect((await step(officer, 'recordAttendance', present)).code).toBe('SESSION_NOT_HELD_YET');
    expect(
      (await step(officer, 'recordSessionMinutes', { sessionId, reference: 'BA-1', summary: 'x' })).code,
    ).toBe('SESSION_NOT_HELD_YET');

    t.clock.set(at(6 * DAY + 2 * HOUR));
    officer = await freshToken('officer.35.26');
    expect(
      (await step(officer, 'recordAttendance', { ...present, party: { role: 'witness', name: 'Slamet' } }))
        .code,
    ).toBe('PARTY_NOT_SUMMONED');
    expect((await step(officer, 'recordAttendance', present)).error).toBeUndefined();
    const represented = await step(officer, 'recordAttendance', {
      sessionId,
      party: { role: 'complainant' },
      status: 'represented',
      note: 'Diwakili kuasa',
    });
    expect(represented.ethicsCase.sessions[1].attendance).toEqual([
      expect.objectContaining({ status: 'present', note: null }),
      {
        party: { role: 'complainant', name: 'Rahmawati Sulistyo', identityMasked: false },
        status: 'represented',
        note: 'Diwakili kuasa',
      },
    ]);
    const minuted = await step(officer, 'recordSessionMinutes', {
      sessionId,
      reference: 'BA-03/PP.04/3526/2024',
      summary: 'Teradu hadir dan memberikan keterangan.',
      outcomeNotes: 'Ditemukan indikasi pelanggaran.',
    });
    expect(minuted.ethicsCase.sessions[1]).toMatchObject({
      minutes: { reference: 'BA-03/PP.04/3526/2024', recordedAt: at(6 * DAY + 2 * HOUR) },
      outcomeNotes: 'Ditemukan indikasi pelanggaran.',
    });
    expect(
      (await step(officer, 'recordSessionMinutes', { sessionId, reference: 'BA-2', summary: 'y' })).code,
    ).toBe('MINUTES_ALREADY_RECORDED');
    expect(minuted.ethicsCase.availableRecordActions.filter((a: Json) => a.targetId === sessionId)).toEqual(
      [],
    );
  });

  it('summon no complainant where the case has none', async () => {
    const token = await t.login('officer.35.28');
    const ethicsCase = await read('case-demo-005', token);
    expect(ethicsCase.status).toBe('registered');
    const [session] = ethicsCase.sessions;
    expect(session.summons).toHaveLength(1);
    const refused = await recordAction(t, token, 'recordSummons', {
      caseId: ethicsCase.id,
      expectedVersion: ethicsCase.version,
      sessionId: session.id,
      party: { role: 'complainant' },
      sentAt: at(-HOUR),
      method: 'letter',
      reference: 'S-9',
    });
    expect(refused.code).toBe('UNKNOWN_PARTY');
  });

  it('refuse text longer than its column at the edge', async () => {
    const ethicsCase = await read('case-demo-005', await t.login('officer.35.28'));
    const refused = await recordAction(t, await t.login('officer.35.28'), 'recordSummons', {
      caseId: ethicsCase.id,
      expectedVersion: ethicsCase.version,
      sessionId: ethicsCase.sessions[0].id,
      party: { role: 'witness', name: 'Slamet' },
      sentAt: at(-HOUR),
      method: 'letter',
      reference: 'x'.repeat(129),
    });
    expect(refused.code).toBe('BAD_USER_INPUT');
  });
});

describe('external proceedings', () => {
  it('are recorded by officers on a closed case and updated as they go', async () => {
    const ethicsCase = await read('case-demo-013', officer);
    expect(ethicsCase.status).toBe('closed');
    const byCommissioner = await recordAction(t, commissioner, 'recordExternalProceeding', {
      caseId: ethicsCase.id,
      expectedVersion: ethicsCase.version,
      forum: 'ptun',
      filedAt: at(-DAY),
    });
    expect(byCommissioner.code).toBe('ROLE_NOT_PERMITTED');
    const noReason = await recordAction(t, officer, 'recordExternalProceeding', {
      caseId: ethicsCase.id,
      expectedVersion: ethicsCase.version,
      forum: 'gakkumdu',
      proceedingKind: 'referral',
      filedAt: at(-DAY),
    });
    expect(noReason.error.extensions).toMatchObject({ code: 'INVALID_INPUT', field: 'reason' });
    const filed = await recordAction(t, officer, 'recordExternalProceeding', {
      caseId: ethicsCase.id,
      expectedVersion: ethicsCase.version,
      forum: 'ptun',
      filedAt: at(-DAY),
      externalNumber: '31/G/2024/PTUN.SBY',
    });
    expect(filed.ethicsCase.externalProceedings).toEqual([
      expect.objectContaining({
        forum: 'ptun',
        kind: 'proceeding',
        status: 'filed',
        externalNumber: '31/G/2024/PTUN.SBY',
        result: null,
      }),
    ]);
    const updated = await recordAction(t, officer, 'updateExternalProceeding', {
      caseId: ethicsCase.id,
      expectedVersion: filed.ethicsCase.version,
      proceedingId: filed.ethicsCase.externalProceedings[0].id,
      proceedingStatus: 'decided',
      result: 'Gugatan ditolak.',
    });
    expect(updated.ethicsCase.externalProceedings[0]).toMatchObject({
      status: 'decided',
      result: 'Gugatan ditolak.',
    });
  });
});

describe('the principles filter', () => {
  const CASES = `query ($f: CaseFilter) { cases(first: 100, filter: $f) { totalCount nodes { id status
    allegations { principle } decision { outcomes { principlesViolated } } } } }`;

  it('finds the cases with an allegation under a principle, or a decision that found it violated', async () => {
    const token = await t.login('admin.ri');
    const all = (await t.gql(CASES, {}, { token })).data!.cases.nodes as Json[];
    const expected = (principles: string[]) =>
      all
        .filter(
          (c) =>
            c.allegations.some((a: Json) => principles.includes(a.principle)) ||
            (c.decision?.outcomes ?? []).some((o: Json) =>
              o.principlesViolated.some((p: string) => principles.includes(p)),
            ),
        )
        .map((c) => c.id)
        .sort();
    const found = async (principles: string[], username = 'admin.ri') =>
      (
        (await t.gql(CASES, { f: { principles } }, { token: await t.login(username) })).data!.cases
          .nodes as Json[]
      )
        .map((c) => c.id)
        .sort();
    const independent = await found(['independent']);
    expect(independent.length).toBeGreaterThan(5);
    expect(independent).toEqual(expected(['independent']));
    for (const principles of [['open', 'professional'], ['honest'], ['noSuchPrinciple'], []]) {
      expect(await found(principles)).toEqual(
        principles.length === 0 ? all.map((c) => c.id).sort() : expected(principles),
      );
    }
    // Within the caller's jurisdiction, and together with the other filters.
    const pamekasan = await found(['independent'], 'officer.35.28');
    expect(pamekasan.length).toBeGreaterThan(0);
    expect(pamekasan.every((id) => independent.includes(id))).toBe(true);
    const both = await t.gql(
      'query ($f: CaseFilter) { cases(first: 100, filter: $f) { totalCount } caseStatistics(groupBy: [status], filter: $f) { totalCount } }',
      { f: { principles: ['independent'], statuses: ['closed'] } },
      { token },
    );
    const closed = all.filter((c) => c.status === 'closed' && independent.includes(c.id));
    expect(closed.length).toBeGreaterThan(0);
    expect(both.data!.cases.totalCount).toBe(closed.length);
    expect(both.data!.caseStatistics.totalCount).toBe(closed.length);
  });

  it('matches a decision’s principle where no allegation names it, and the guidance says so', async () => {
    const ethicsCase = await toExamination(await caseInClarification('ppk-35.26.03', 1));
    const membershipId = ethicsCase.respondents[0].membershipId;
    const reported = await command(
      t,
      examiner,
      'submitExaminationReport',
      { caseId: ethicsCase.id, expectedVersion: ethicsCase.version, summary: 'Terbukti.' },
      { summary: 'String!' },
    );
    const decided = await command(
      t,
      commissioner,
      'recordPlenaryDecision',
      {
        caseId: ethicsCase.id,
        expectedVersion: reported.ethicsCase.version,
        plenary: { heldAt: at(-HOUR), commissionersPresent: 5, commissionSize: 5 },
        outcomes: [{ membershipId, finding: 'proven', outcome: 'warning', principlesViolated: ['honest'] }],
      },
      { plenary: 'PlenaryInput!', outcomes: '[OutcomeInput!]!' },
    );
    expect(decided.ethicsCase.status).toBe('decided');
    const token = await t.login('admin.ri');
    const honest = (await t.gql(CASES, { f: { principles: ['honest'] } }, { token })).data!.cases
      .nodes as Json[];
    expect(honest.map((c) => c.id)).toContain(ethicsCase.id);
    expect(honest.find((c) => c.id === ethicsCase.id).allegations).toEqual([]);
    expect((await read(ethicsCase.id, commissioner)).allegationGuidance).toEqual([
      { code: 'PROVEN_WITHOUT_PROVEN_ALLEGATION', membershipId, allegationId: null, principle: null },
      { code: 'PRINCIPLE_WITHOUT_PROVEN_ALLEGATION', membershipId, allegationId: null, principle: 'honest' },
    ]);
  });
});

describe('the timeline', () => {
  it('shows every record action with the domain’s label', async () => {
    const ethicsCase = await caseInClarification('ppk-35.26.02', 1);
    const added = await recordAction(t, officer, 'addAllegation', {
      caseId: ethicsCase.id,
      expectedVersion: ethicsCase.version,
      allegation: allegationInput(ethicsCase.respondents[0].membershipId),
    });
    const scheduled = await recordAction(t, officer, 'scheduleSession', {
      caseId: ethicsCase.id,
      expectedVersion: added.ethicsCase.version,
      kind: 'clarification',
      scheduledAt: at(6 * DAY),
      place: 'KPU',
    });
    expect(scheduled.error).toBeUndefined();
    const detail = await t.gql(
      'query ($id: ID!) { case(id: $id) { timeline { action fromStatus toStatus actorRole } } labels(kind: "caseEvent") { code id en } }',
      { id: ethicsCase.id },
      { token: officer },
    );
    const timeline = detail.data!.case.timeline;
    expect(timeline.map((entry: Json) => entry.action).slice(-3)).toEqual([
      'clarificationStarted',
      'allegationAdded',
      'sessionScheduled',
    ]);
    expect(timeline.at(-1)).toEqual({
      action: 'sessionScheduled',
      fromStatus: null,
      toStatus: null,
      actorRole: 'officer',
    });
    expect(detail.data!.labels).toContainEqual({
      code: 'allegationAdded',
      id: 'Dugaan pelanggaran dicatat',
      en: 'Allegation added',
    });
    expect(detail.data!.labels).toContainEqual(
      expect.objectContaining({ code: 'sessionScheduled', en: 'Session scheduled' }),
    );
  });
});
