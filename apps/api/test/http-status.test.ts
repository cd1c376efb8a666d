// HTTP statuses that clients and proxies rely on: what the README promises for refusals.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activeMember, CASE_FIELDS, FILE_CASE, publicComplaint } from './fixtures.js';
import { startTestServer, TEST_NOW, type TestServer } from './test-server.js';

let t: TestServer;
let officer: string;
const receivedAt = new Date(TEST_NOW.getTime() - 86_400_000).toISOString();

beforeAll(async () => {
  t = await startTestServer({ withCases: false });
  officer = await t.login('officer.35.26');
});
afterAll(async () => {
  await t?.stop();
});

async function newCase(): Promise<{ id: string; version: number }> {
  const membership = await activeMember(t, officer, 'ppk-35.26.01');
  const filed = await t.gql(
    FILE_CASE,
    { input: publicComplaint(membership, receivedAt) },
    { token: officer },
  );
  return filed.data!.fileCase.ethicsCase;
}

describe('a subscription', () => {
  it('is refused with HTTP 400 and a code, since the API offers none', async () => {
    const answer = await t.gql('subscription { cases { id } }', {}, { token: officer });
    expect(answer.status).toBe(400);
    expect(answer.errors?.[0]?.extensions).toMatchObject({
      code: 'GRAPHQL_VALIDATION_FAILED',
      reason: 'SUBSCRIPTIONS_NOT_SUPPORTED',
    });
  });

  it('is refused the same way when it names no field the schema knows', async () => {
    const answer = await t.gql('subscription S { __typename }', {}, { token: officer });
    expect(answer.status).toBe(400);
    expect(answer.errors?.[0]?.extensions).toMatchObject({
      code: 'GRAPHQL_VALIDATION_FAILED',
      reason: 'SUBSCRIPTIONS_NOT_SUPPORTED',
    });
  });
});

describe('parallel twins with one Idempotency-Key', () => {
  const START = `mutation ($caseId: ID!, $v: Int!) { startScreening(caseId: $caseId, expectedVersion: $v) { ${CASE_FIELDS} } }`;

  it('execute once; the others answer 409 IDEMPOTENCY_KEY_IN_PROGRESS or the replay, and the replay stays the success', async () => {
    const ethicsCase = await newCase();
    const headers = { 'idempotency-key': `twins-${ethicsCase.id}` };
    const answers = await Promise.all(
      Array.from({ length: 8 }, () =>
        t.gql(START, { caseId: ethicsCase.id, v: 1 }, { token: officer, headers }),
      ),
    );
    const executed = answers.filter((a) => !a.errors && a.headers.get('idempotent-replayed') === null);
    expect(executed).toHaveLength(1);
    for (const answer of answers) {
      if (!answer.errors) {
        expect(answer.status).toBe(200);
        expect(answer.data).toEqual(executed[0]!.data);
        continue;
      }
      expect(answer.errors[0]?.extensions?.code).toBe('IDEMPOTENCY_KEY_IN_PROGRESS');
      expect(answer.status).toBe(409);
    }
    const replay = await t.gql(START, { caseId: ethicsCase.id, v: 1 }, { token: officer, headers });
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(replay.errors).toBeUndefined();
    expect(replay.data).toEqual(executed[0]!.data);
  });
});
