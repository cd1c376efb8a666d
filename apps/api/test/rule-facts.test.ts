// Facts the rules derive, served by the API so clients do not re-implement them (issue #12 item 4): the
// mutation to call for each command, and who must still receive the decree.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { command } from './fixtures.js';
import { startTestServer, TEST_NOW, type Json, type TestServer } from './test-server.js';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(async () => {
  await t?.stop();
});

const schema = readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8');
const mutationType = schema.slice(schema.indexOf('type Mutation {'));

describe('the mutation to call', () => {
  it('is named for every command, available or not, and exists in the schema', async () => {
    // case-demo-003 is in screening at kip-11.71.
    const read = await t.gql(
      '{ case(id: "case-demo-003") { status availableCommands availableMutations commandAvailability { command mutation available } } }',
      {},
      { token: await t.login('officer.11.71') },
    );
    expect(read.errors).toBeUndefined();
    const ethicsCase = read.data!.case;
    expect(ethicsCase.status).toBe('screening');
    expect(ethicsCase.availableCommands).toContain('register');
    expect(ethicsCase.availableMutations).toContain('registerCase');
    expect(ethicsCase.availableMutations).toHaveLength(ethicsCase.availableCommands.length);
    for (const item of ethicsCase.commandAvailability as Json[])
      expect(mutationType, item.mutation).toMatch(new RegExp(`\\n  ${item.mutation}\\(`));
    expect(ethicsCase.commandAvailability).toContainEqual({
      command: 'withdraw',
      mutation: 'withdrawCase',
      available: true,
    });
  });
});

describe('the decree’s recipients still owed', () => {
  it('lists them once the decree is issued, and drops each as its delivery is recorded', async () => {
    // case-demo-010 has its decree issued at kpu-35.26, nothing delivered yet.
    const officer = await t.login('officer.35.26');
    const read = async () =>
      (
        await t.gql(
          '{ case(id: "case-demo-010") { version status decreeRecipientsOwed } }',
          {},
          { token: officer },
        )
      ).data!.case;
    const before = await read();
    expect(before.status).toBe('decreeIssued');
    expect(before.decreeRecipientsOwed).toEqual(
      expect.arrayContaining(['respondent', 'provincialCommission']),
    );
    const [first, ...rest] = before.decreeRecipientsOwed as string[];
    const delivered = await command(
      t,
      officer,
      'recordDelivery',
      {
        caseId: 'case-demo-010',
        expectedVersion: before.version,
        recipient: first,
        deliveredAt: new Date(TEST_NOW.getTime() - 3_600_000).toISOString(),
        channel: 'Surat tercatat',
      },
      { recipient: 'DeliveryRecipient!', deliveredAt: 'DateTimeISO!', channel: 'String!' },
    );
    expect(delivered.error).toBeUndefined();
    expect((await read()).decreeRecipientsOwed).toEqual(rest);
  });

  it('is empty before the decree', async () => {
    const read = await t.gql(
      '{ case(id: "case-demo-003") { decreeRecipientsOwed } }',
      {},
      {
        token: await t.login('officer.11.71'),
      },
    );
    expect(read.data!.case.decreeRecipientsOwed).toEqual([]);
  });
});

describe('the seats still open', () => {
  it('names the dismissed respondent whose seat waits for a replacement, and nothing elsewhere', async () => {
    // case-demo-012 waits in replacement after a permanent dismissal; case-demo-003 is in screening.
    const admin = await t.login('admin.ri');
    const read = async (id: string) =>
      (
        await t.gql(
          `{ case(id: "${id}") { status respondents { membershipId } seatsStillOpen decreeRecipientsRequired } }`,
          {},
          { token: admin },
        )
      ).data!.case;
    const waiting = await read('case-demo-012');
    expect(waiting.status).toBe('replacementInProgress');
    expect(waiting.seatsStillOpen).toEqual([waiting.respondents[0].membershipId]);
    expect(waiting.decreeRecipientsRequired).toEqual(
      expect.arrayContaining(['respondent', 'provincialCommission']),
    );
    expect((await read('case-demo-003')).seatsStillOpen).toEqual([]);
  });
});
