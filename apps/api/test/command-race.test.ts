// Ten writers give the same command with the same expectedVersion to one case at once: on either database
// exactly one wins each version, the other nine are refused with CONFLICT, and the case gains one audit row
// per win. (concurrency.test.ts races two different commands on PostgreSQL only; this one runs on both and
// repeats the race over several versions with record actions, as the command bench does.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/knex';
import { verifyAuditChain } from '../src/audit/audit-trail.js';
import { activeMember, FILE_CASE, publicComplaint, recordAction } from './fixtures.js';
import { startTestServer, TEST_NOW, type TestServer } from './test-server.js';

const WRITERS = 10;
const ROUNDS = 4;

describe('ten writers racing on one case', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer({ withCases: false });
  });
  afterAll(async () => {
    await t?.stop();
  });

  it('let exactly one command per version win, with one audit row per win', async () => {
    // Two users of the commission, five logins each: ten writers with their own tokens.
    const tokens = await Promise.all(
      Array.from({ length: WRITERS }, (_, index) =>
        t.login(index % 2 === 0 ? 'officer.35.26' : 'commissioner.35.26'),
      ),
    );
    const membershipId = await activeMember(t, tokens[0]!, 'ppk-35.26.01');
    const receivedAt = new Date(TEST_NOW.getTime() - 86_400_000).toISOString();
    const filed = await t.gql(
      FILE_CASE,
      { input: publicComplaint(membershipId, receivedAt) },
      { token: tokens[0]! },
    );
    const caseId = filed.data!.fileCase.ethicsCase.id as string;
    const em = t.orm.em.fork() as unknown as EntityManager;
    const auditRows = async () =>
      Number(
        (
          await em.execute<{ n: number | string }[]>(
            'select count(*) as n from audit_event where entity_id = ?',
            [caseId],
          )
        )[0]!.n,
      );
    const auditBefore = await auditRows();

    let version = filed.data!.fileCase.ethicsCase.version as number;
    let allegationId: string | undefined;
    for (let round = 0; round < ROUNDS; round += 1) {
      // Adds and removes take turns, so that every round's command is valid at the version it names.
      const attempts = await Promise.all(
        tokens.map((token) =>
          allegationId === undefined
            ? recordAction(t, token, 'addAllegation', {
                caseId,
                expectedVersion: version,
                allegation: {
                  respondentMembershipId: membershipId,
                  principle: 'independent',
                  behaviour: 'refuseGiftsFromParticipants',
                  description: 'Teradu menerima uang dari tim kampanye.',
                },
              })
            : recordAction(t, token, 'removeAllegation', { caseId, expectedVersion: version, allegationId }),
        ),
      );
      const wins = attempts.filter((attempt) => attempt.ethicsCase);
      expect(wins).toHaveLength(1);
      expect(attempts.filter((attempt) => attempt.code).map((attempt) => attempt.code)).toEqual(
        Array(WRITERS - 1).fill('CONFLICT'),
      );
      const winner = wins[0]!.ethicsCase;
      expect(winner.version).toBe(version + 1);
      version = winner.version;
      allegationId = allegationId === undefined ? winner.allegations[0].id : undefined;
      expect(winner.allegations).toHaveLength(allegationId === undefined ? 0 : 1);
    }

    expect((await auditRows()) - auditBefore).toBe(ROUNDS);
    expect((await verifyAuditChain(em)).ok).toBe(true);
  });
});
