// The case document keeps any text as sent, on both databases (jsonb on PostgreSQL).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activeMember, command, FILE_CASE, publicComplaint } from './fixtures.js';
import { startTestServer, TEST_NOW, type TestServer } from './test-server.js';

let t: TestServer;
let officer: string;

beforeAll(async () => {
  t = await startTestServer({ withCases: false });
  officer = await t.login('officer.35.26');
});
afterAll(async () => {
  await t?.stop();
});

describe('the case document', () => {
  it.each([
    ['a question mark', 'O)=~?q', 'Kantor PPK'],
    [
      'question marks, backslashes, quotes and dollars',
      'Siti "Ani" O\'Neil ?',
      'Apakah teradu menerima uang?? Saksi: "ya" \\ $1 :name ?| ?& ?',
    ],
  ])('keeps %s through filing and a command', async (_what, name, chronology) => {
    const membership = await activeMember(t, officer, 'ppk-35.26.01');
    const input = publicComplaint(membership, new Date(TEST_NOW.getTime() - 86_400_000).toISOString());
    input.complaint.chronology = chronology;
    input.parties[0]!.name = name;
    const filed = await t.gql(FILE_CASE, { input }, { token: officer });
    expect(filed.errors, JSON.stringify(filed.errors)).toBeUndefined();
    const id = filed.data!.fileCase.ethicsCase.id;
    const screened = await command(t, officer, 'startScreening', { caseId: id, expectedVersion: 1 });
    expect(screened.ethicsCase.status).toBe('screening');
    const read = await t.gql(
      'query ($id: ID!) { case(id: $id) { complaint { chronology complainant { name } } } }',
      { id },
      { token: officer },
    );
    expect(read.data!.case.complaint.chronology).toBe(chronology);
    const parties = await t.gql(
      'query ($id: ID!) { case(id: $id) { parties { name } } }',
      { id },
      { token: officer },
    );
    expect(parties.data!.case.parties[0].name).toBe(name);
  });
});
