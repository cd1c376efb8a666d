// Who may sit on a case's examination team and what conflict each would bring, asked before the team is
// proposed; and a person's cases as respondent (`CaseFilter.respondentPersonIds`).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activeMember, FILE_CASE, personIdOf, publicComplaint } from './fixtures.js';
import { startTestServer, TEST_NOW, type Json, type TestServer } from './test-server.js';

let t: TestServer;
let admin: string;
let officer: string;
let caseId: string;
let respondentPersonId: string;

const CANDIDATES = `query ($id: ID!) { examinationTeamCandidates(caseId: $id) {
  personId name role commissionName conflicts { code role partyName relation bodyId } } }`;
interface Candidate {
  personId: string;
  name: string;
  role: string;
  commissionName: string;
  conflicts: { code: string; role: string | null; bodyId: string | null }[];
}
const candidates = async (token: string, id = caseId): Promise<Candidate[]> => {
  const result = await t.gql<{ examinationTeamCandidates: Candidate[] }>(CANDIDATES, { id }, { token });
  expect(result.errors).toBeUndefined();
  return result.data!.examinationTeamCandidates;
};

beforeAll(async () => {
  t = await startTestServer();
  admin = await t.login('admin.ri');
  officer = await t.login('officer.35.26');
  const membershipId = await activeMember(t, officer, 'ppk-35.26.01');
  const filed = await t.gql<Json>(
    FILE_CASE,
    { input: publicComplaint(membershipId, new Date(TEST_NOW.getTime() - 86_400_000).toISOString()) },
    { token: officer },
  );
  expect(filed.errors).toBeUndefined();
  caseId = filed.data!.fileCase.ethicsCase.id;
  const read = await t.gql<Json>(
    'query ($id: ID!) { case(id: $id) { respondents { personId } } }',
    {
      id: caseId,
    },
    { token: officer },
  );
  respondentPersonId = read.data!.case.respondents[0].personId;
});
afterAll(async () => {
  await t?.stop();
});

describe('examinationTeamCandidates', () => {
  it('lists the examiners of the case’s commission, clear of conflicts', async () => {
    const examiner = await personIdOf(t, 'examiner1.35.26');
    const found = await candidates(await t.login('commissioner.35.26'));
    const first = found.find((candidate) => candidate.personId === examiner);
    expect(first).toMatchObject({ role: 'examiner', conflicts: [] });
    expect(first!.commissionName).toMatch(/Bangkalan/);
    expect(found.every((candidate) => ['examiner', 'commissioner'].includes(candidate.role))).toBe(true);
  });

  it('flags an account of the respondent: a party, and a member of the respondent’s body', async () => {
    const created = await t.gql<Json>(
      `mutation ($input: CreateUserInput!) { createUser(input: $input) { id } }`,
      {
        input: {
          username: 'examiner.respondent',
          displayName: 'Pemeriksa Teradu',
          role: 'examiner',
          commissionId: 'kpu-35.26',
          password: 'a-long-enough-password-1',
          personId: respondentPersonId,
        },
      },
      { token: admin },
    );
    expect(created.errors).toBeUndefined();
    const flagged = (await candidates(officer)).find(
      (candidate) => candidate.personId === respondentPersonId,
    );
    expect(flagged?.conflicts).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: 'TEAM_MEMBER_IS_PARTY', role: 'respondent' }),
        expect.objectContaining({ code: 'TEAM_MEMBER_IN_RESPONDENT_BODY', bodyId: 'ppk-35.26.01' }),
      ]),
    );
  });

  it('gives nothing for a case outside the caller’s jurisdiction', async () => {
    expect(await candidates(await t.login('officer.35.28'))).toEqual([]);
  });

  it('gives nothing for an unknown case', async () => {
    expect(await candidates(officer, 'no-such-case')).toEqual([]);
  });
});

describe('CaseFilter.respondentPersonIds', () => {
  const QUERY = `query ($filter: CaseFilter) { cases(filter: $filter, first: 100) { totalCount nodes { id respondents { personId } } } }`;

  it('finds the cases where the person is a respondent, and only those', async () => {
    const result = await t.gql<Json>(
      QUERY,
      { filter: { respondentPersonIds: [respondentPersonId] } },
      {
        token: officer,
      },
    );
    expect(result.errors).toBeUndefined();
    const nodes = result.data!.cases.nodes as { id: string; respondents: { personId: string }[] }[];
    expect(nodes.map((node) => node.id)).toContain(caseId);
    for (const node of nodes)
      expect(node.respondents.map((respondent) => respondent.personId)).toContain(respondentPersonId);
  });

  it('finds nothing for a person who is no respondent, and stays inside the jurisdiction', async () => {
    const none = await t.gql<Json>(
      QUERY,
      { filter: { respondentPersonIds: ['no-such-person'] } },
      {
        token: officer,
      },
    );
    expect(none.data!.cases.totalCount).toBe(0);
    const outside = await t.gql<Json>(
      QUERY,
      { filter: { respondentPersonIds: [respondentPersonId] } },
      {
        token: await t.login('officer.35.28'),
      },
    );
    expect(outside.data!.cases.totalCount).toBe(0);
  });
});
