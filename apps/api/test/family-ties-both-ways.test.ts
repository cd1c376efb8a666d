// The examination-team check looks both ways (issue #11): a family tie a respondent declared to an
// examiner keeps the examiner off the team as much as one the examiner declared, in
// `formExaminationTeam` and in the candidates the back office offers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activeMember, command, personIdOf } from './fixtures.js';
import { startTestServer, type Json, type TestServer } from './test-server.js';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(async () => {
  await t?.stop();
});

const DECLARE = `mutation ($input: DeclareConflictInput!) { declareConflict(input: $input) { id version } }`;
const WITHDRAW = `mutation ($id: ID!, $v: Int!, $reason: String!) {
  withdrawConflictDeclaration(id: $id, expectedVersion: $v, reason: $reason) { id withdrawn } }`;
const CANDIDATES = `query ($caseId: ID!) {
  examinationTeamCandidates(caseId: $caseId) { personId conflicts { code partyName relation } } }`;

describe('a tie declared by a respondent', () => {
  it('refuses an examiner the respondent named as a relative, and lets the team form once it is withdrawn', async () => {
    // case-demo-006 is in clarification at kip-11.71.
    const officer = await t.login('officer.11.71');
    const commissioner = await t.login('commissioner.11.71');
    const read = await t.gql(
      '{ case(id: "case-demo-006") { status version respondents { name bodyId membershipId } } }',
      {},
      { token: officer },
    );
    const ethicsCase = read.data!.case;
    expect(ethicsCase.status).toBe('clarification');
    const respondent = ethicsCase.respondents[0];

    // A chair from another body of the commission, clear of any conflict, and two examiners.
    const bodies = await t.gql(
      '{ bodies(first: 100, filter: { types: [ppk] }) { nodes { id } } }',
      {},
      { token: officer },
    );
    const otherBody = bodies
      .data!.bodies.nodes.map((node: Json) => node.id)
      .find((id: string) => id !== respondent.bodyId);
    const chairMembership = await activeMember(t, officer, otherBody);
    const chair = await t.gql(
      'query ($id: ID!) { membership(id: $id) { person { id } } }',
      { id: chairMembership },
      { token: officer },
    );
    const chairPersonId = chair.data!.membership.person.id;
    const memberPersonIds = await Promise.all(
      ['examiner2.11.71', 'examiner3.11.71'].map((u) => personIdOf(t, u)),
    );
    const named = memberPersonIds[0]!;

    // The respondent, not the examiner, declares the tie.
    const declared = await t.gql(
      DECLARE,
      {
        input: {
          membershipId: respondent.membershipId,
          relativeName: 'Examiner as the respondent wrote it',
          relativePersonId: named,
          relation: 'spouse',
          relativeRole: 'campaignTeam',
          declaredAt: '2024-01-10T02:00:00.000Z',
        },
      },
      { token: officer },
    );
    expect(declared.errors, JSON.stringify(declared.errors)).toBeUndefined();

    const candidates = await t.gql(CANDIDATES, { caseId: 'case-demo-006' }, { token: officer });
    expect(candidates.errors).toBeUndefined();
    const flagged = candidates.data!.examinationTeamCandidates.find((c: Json) => c.personId === named);
    expect(flagged.conflicts).toEqual([
      { code: 'TEAM_MEMBER_RELATED_TO_PARTY', partyName: respondent.name, relation: 'spouse' },
    ]);

    const form = () =>
      command(
        t,
        commissioner,
        'formExaminationTeam',
        { caseId: 'case-demo-006', expectedVersion: ethicsCase.version, chairPersonId, memberPersonIds },
        { chairPersonId: 'ID!', memberPersonIds: '[ID!]!' },
      );
    const refused = await form();
    expect(refused.code).toBe('CONFLICT_OF_INTEREST');
    expect(refused.error.extensions.violations).toEqual([
      {
        code: 'TEAM_MEMBER_RELATED_TO_PARTY',
        personId: named,
        partyName: respondent.name,
        relation: 'spouse',
      },
    ]);

    const withdrawn = await t.gql(
      WITHDRAW,
      { id: declared.data!.declareConflict.id, v: 1, reason: 'Salah orang' },
      { token: officer },
    );
    expect(withdrawn.errors).toBeUndefined();
    const formed = await form();
    expect(formed.error).toBeUndefined();
    expect(formed.ethicsCase.status).toBe('examination');
  });
});
