// The whole procedure through GraphQL, on both tracks, down to `closed`.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activeMember, command, FILE_CASE, personIdOf, publicComplaint } from './fixtures.js';
import { startTestServer, TEST_NOW, type TestServer } from './test-server.js';

let t: TestServer;
let officer: string;
let commissioner: string;
let examiner: string;
const earlier = (hours: number) => new Date(TEST_NOW.getTime() - hours * 3_600_000).toISOString();

beforeAll(async () => {
  t = await startTestServer();
  officer = await t.login('officer.35.26');
  commissioner = await t.login('commissioner.35.26');
  examiner = await t.login('examiner1.35.26');
});
afterAll(async () => {
  await t?.stop();
});

async function memberStatus(bodyId: string, membershipId: string): Promise<string | undefined> {
  const result = await t.gql<{ memberships: { id: string; status: string }[] }>(
    'query ($b: ID!) { memberships(bodyId: $b) { id status } }',
    { b: bodyId },
    { token: officer },
  );
  return result.data?.memberships.find((m) => m.id === membershipId)?.status;
}

describe('the KPU-internal track', () => {
  it('takes a complaint from receipt through dismissal and replacement to closed', async () => {
    const bodyId = 'ppk-35.26.03';
    const respondent = await activeMember(t, officer, bodyId);
    const filed = await t.gql(
      FILE_CASE,
      { input: publicComplaint(respondent, earlier(48)) },
      { token: officer },
    );
    expect(filed.errors).toBeUndefined();
    let ethicsCase = filed.data!.fileCase.ethicsCase;
    expect(ethicsCase).toMatchObject({ status: 'received', version: 1, track: 'kpuInternal' });
    expect(filed.data!.fileCase.completeness.complete).toBe(true);
    expect(ethicsCase.respondents[0]).toMatchObject({ membershipId: respondent, bodyType: 'ppk' });
    expect(ethicsCase.availableCommands).toContain('startScreening');

    const step = async (
      token: string,
      mutation: string,
      args: Record<string, unknown> = {},
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
      ethicsCase = result.ethicsCase;
      return ethicsCase;
    };

    expect((await step(officer, 'startScreening')).status).toBe('screening');
    const registered = await step(officer, 'registerCase');
    expect(registered.status).toBe('registered');
    expect(registered.registerNumber).toMatch(/^\d{4}\/ETIK\/3526\/2024$/);
    expect((await step(officer, 'startClarification')).status).toBe('clarification');
    const team = await Promise.all(
      ['examiner1.35.26', 'examiner2.35.26', 'examiner3.35.26'].map((u) => personIdOf(t, u)),
    );
    const teamResult = await command(
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
    expect(teamResult.error).toBeUndefined();
    ethicsCase = teamResult.ethicsCase;
    expect(ethicsCase.status).toBe('examination');
    expect(
      (
        await step(
          examiner,
          'submitExaminationReport',
          { summary: 'Terbukti menerima uang.' },
          { summary: 'String!' },
        )
      ).status,
    ).toBe('awaitingPlenary');
    // The catalogue's codes only: the statute's term would be a group of its own in every report.
    const byTerm = await command(
      t,
      commissioner,
      'recordPlenaryDecision',
      {
        caseId: ethicsCase.id,
        expectedVersion: ethicsCase.version,
        plenary: { heldAt: earlier(2), commissionersPresent: 5, commissionSize: 5 },
        outcomes: [
          { membershipId: respondent, finding: 'proven', outcome: 'warning', principlesViolated: ['jujur'] },
        ],
      },
      { plenary: 'PlenaryInput!', outcomes: '[OutcomeInput!]!' },
    );
    expect(byTerm.code).toBe('INVALID_INPUT');
    expect(byTerm.error?.extensions?.field).toBe('outcomes.principlesViolated');
    const decided = await step(
      commissioner,
      'recordPlenaryDecision',
      {
        plenary: { heldAt: earlier(2), commissionersPresent: 5, commissionSize: 5 },
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
    expect(decided.status).toBe('decided');
    expect(await memberStatus(bodyId, respondent)).toBe('temporarilyDismissed');

    const decree = await step(
      commissioner,
      'issueDecree',
      { decreeNumber: 'SK-12/2024', signedAt: earlier(1) },
      {
        decreeNumber: 'String!',
        signedAt: 'DateTimeISO!',
      },
    );
    expect(decree.status).toBe('decreeIssued');
    expect(await memberStatus(bodyId, respondent)).toBe('dismissed');

    for (const recipient of ['respondent', 'complainant', 'provincialCommission']) {
      await step(
        officer,
        'recordDelivery',
        { recipient, deliveredAt: earlier(1), channel: 'Surat tercatat' },
        {
          recipient: 'DeliveryRecipient!',
          deliveredAt: 'DateTimeISO!',
          channel: 'String!',
        },
      );
    }
    expect(ethicsCase.status).toBe('delivered');
    expect((await step(officer, 'startReplacement')).status).toBe('replacementInProgress');

    const reserves = await t.gql<{ memberships: { id: string; status: string }[] }>(
      'query ($b: ID!) { memberships(bodyId: $b) { id status } }',
      { b: bodyId },
      { token: officer },
    );
    const reserve = reserves.data!.memberships.find((m) => m.status === 'candidate')!.id;
    const closed = await step(
      officer,
      'completeReplacement',
      {
        vacatedMembershipId: respondent,
        replacementMembershipId: reserve,
        method: 'nextRank',
        swornAt: earlier(1),
      },
      {
        vacatedMembershipId: 'ID!',
        replacementMembershipId: 'ID',
        method: 'ReplacementMethod!',
        swornAt: 'DateTimeISO!',
      },
    );
    expect(closed.status).toBe('closed');
    expect(await memberStatus(bodyId, reserve)).toBe('active');

    const detail = await t.gql(
      'query ($id: ID!) { case(id: $id) { status timeline { action fromStatus toStatus actorRole } deadlines { key state } } }',
      { id: ethicsCase.id },
      { token: officer },
    );
    const actions = detail.data!.case.timeline.map((entry: { action: string }) => entry.action);
    expect(actions).toEqual([
      'caseReceived',
      'screeningStarted',
      'caseRegistered',
      'clarificationStarted',
      'examinationTeamFormed',
      'examinationReportSubmitted',
      'plenaryDecisionRecorded',
      'decreeIssued',
      'deliveryRecorded',
      'deliveryRecorded',
      'deliveryRecorded',
      'replacementStarted',
      'replacementCompleted',
    ]);
    expect(detail.data!.case.timeline.at(-1)).toMatchObject({
      fromStatus: 'replacementInProgress',
      toStatus: 'closed',
      actorRole: 'officer',
    });
    expect(detail.data!.case.deadlines.length).toBeGreaterThan(0);
  });

  it('refuses a plenary decision before the examination report', async () => {
    const respondent = await activeMember(t, officer, 'ppk-35.26.02');
    const filed = await t.gql(
      FILE_CASE,
      { input: publicComplaint(respondent, earlier(30)) },
      { token: officer },
    );
    const ethicsCase = filed.data!.fileCase.ethicsCase;
    const refused = await command(
      t,
      commissioner,
      'recordPlenaryDecision',
      {
        caseId: ethicsCase.id,
        expectedVersion: ethicsCase.version,
        plenary: { heldAt: earlier(2), commissionersPresent: 5, commissionSize: 5 },
        outcomes: [{ membershipId: respondent, finding: 'proven', outcome: 'warning' }],
      },
      { plenary: 'PlenaryInput!', outcomes: '[OutcomeInput!]!' },
    );
    expect(refused.code).toBe('TRANSITION_NOT_ALLOWED');
    expect(refused.error.extensions).toMatchObject({ from: 'received', command: 'recordPlenaryDecision' });
  });

  it('refuses to register an incomplete complaint with the deficiencies in extensions', async () => {
    const respondent = await activeMember(t, officer, 'ppk-35.26.02', 1);
    const input = publicComplaint(respondent, earlier(30));
    input.complaint.evidence = [];
    const filed = await t.gql(FILE_CASE, { input }, { token: officer });
    expect(filed.data!.fileCase.completeness.complete).toBe(false);
    let ethicsCase = filed.data!.fileCase.ethicsCase;
    ethicsCase = (await command(t, officer, 'startScreening', { caseId: ethicsCase.id, expectedVersion: 1 }))
      .ethicsCase;
    const refused = await command(t, officer, 'registerCase', {
      caseId: ethicsCase.id,
      expectedVersion: ethicsCase.version,
    });
    expect(refused.code).toBe('REQUIREMENTS_NOT_MET');
    expect(refused.error.extensions.deficiencies.map((d: { code: string }) => d.code)).toContain(
      'EVIDENCE_INSUFFICIENT',
    );
  });
});

describe('the DKPP-external track', () => {
  it('records a DKPP verdict, issues and delivers the decree, and closes', async () => {
    const respondent = await activeMember(t, officer, 'ppk-35.26.01');
    const filed = await t.gql(
      FILE_CASE,
      {
        input: {
          receivedAt: earlier(24),
          respondentMembershipIds: [respondent],
          complaint: {
            source: 'dkppVerdict',
            sourceReference: '45-PKE-DKPP/IV/2024',
            eventDate: '2024-03-01T03:00:00.000Z',
            eventPlace: 'Kantor PPK',
            chronology:
              'DKPP memutus teradu melanggar kode etik karena tidak netral dalam rekapitulasi suara.',
            evidence: [
              { kind: 'document', description: 'Salinan putusan DKPP' },
              { kind: 'document', description: 'Berita acara' },
            ],
          },
        },
      },
      { token: officer },
    );
    expect(filed.errors).toBeUndefined();
    let ethicsCase = filed.data!.fileCase.ethicsCase;
    expect(ethicsCase.track).toBe('dkppExternal');
    expect(ethicsCase.availableCommands).toEqual(['recordDkppVerdict']);
    const run = async (
      token: string,
      mutation: string,
      args: Record<string, unknown>,
      types: Record<string, string> = {},
    ) => {
      const result = await command(
        t,
        token,
        mutation,
        { caseId: ethicsCase.id, expectedVersion: ethicsCase.version, ...args },
        types,
      );
      expect(result.error, JSON.stringify(result.error)).toBeUndefined();
      ethicsCase = result.ethicsCase;
    };
    await run(
      officer,
      'recordDkppVerdict',
      {
        dkppCaseNumber: '45-PKE-DKPP/IV/2024',
        readAt: earlier(30),
        outcomes: [{ membershipId: respondent, finding: 'proven', outcome: 'strongWarning' }],
      },
      { dkppCaseNumber: 'String!', readAt: 'DateTimeISO!', outcomes: '[OutcomeInput!]!' },
    );
    expect(ethicsCase.status).toBe('decided');
    await run(
      commissioner,
      'issueDecree',
      { decreeNumber: 'SK-45/2024', signedAt: earlier(2) },
      { decreeNumber: 'String!', signedAt: 'DateTimeISO!' },
    );
    for (const recipient of ['respondent', 'provincialCommission']) {
      await run(
        officer,
        'recordDelivery',
        { recipient, deliveredAt: earlier(1), channel: 'Kurir' },
        {
          recipient: 'DeliveryRecipient!',
          deliveredAt: 'DateTimeISO!',
          channel: 'String!',
        },
      );
    }
    expect(ethicsCase.status).toBe('delivered');
    await run(officer, 'closeCase', {});
    expect(ethicsCase.status).toBe('closed');
    expect(ethicsCase.availableCommands).toEqual([]);
  });
});
