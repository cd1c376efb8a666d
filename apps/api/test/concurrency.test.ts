// PostgreSQL runs transactions concurrently: conflicting commands on one case must leave exactly one
// winner, the others refused with CONFLICT, and one audit row per success. (SQLite serialises every
// transaction through one connection, so this race cannot happen there; the stale-version test covers it.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/knex';
import { verifyAuditChain } from '../src/audit/audit-trail.js';
import { activeMember, command, FILE_CASE, publicComplaint } from './fixtures.js';
import { startTestServer, TEST_NOW, usesPostgres, type TestServer } from './test-server.js';

describe.runIf(usesPostgres)('concurrent commands on PostgreSQL', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer({ withCases: false });
  });
  afterAll(async () => {
    await t?.stop();
  });

  it('lets exactly one of ten conflicting commands win, with one audit row per success', async () => {
    const officer = await t.login('officer.35.26');
    const membership = await activeMember(t, officer, 'ppk-35.26.01');
    const receivedAt = new Date(TEST_NOW.getTime() - 86_400_000).toISOString();
    const cases = await Promise.all(
      Array.from(
        { length: 3 },
        async () =>
          (await t.gql(FILE_CASE, { input: publicComplaint(membership, receivedAt) }, { token: officer }))
            .data!.fileCase.ethicsCase,
      ),
    );
    const em = t.orm.em.fork() as unknown as EntityManager;
    const auditRows = async (caseId: string) =>
      Number(
        (
          await em.execute<{ n: number }[]>(
            `select count(*) as n from audit_event where entity_id = ? and action <> 'caseReceived'`,
            [caseId],
          )
        )[0]!.n,
      );

    for (const ethicsCase of cases) {
      const attempts = await Promise.all(
        Array.from({ length: 10 }, (_, index) =>
          index % 2 === 0
            ? command(t, officer, 'startScreening', { caseId: ethicsCase.id, expectedVersion: 1 })
            : command(
                t,
                officer,
                'withdrawCase',
                { caseId: ethicsCase.id, expectedVersion: 1, reason: 'Dicabut' },
                { reason: 'String!' },
              ),
        ),
      );
      const wins = attempts.filter((attempt) => attempt.ethicsCase);
      const refusals = attempts.filter((attempt) => attempt.code);
      expect(wins).toHaveLength(1);
      expect(refusals.map((attempt) => attempt.code)).toEqual(Array(9).fill('CONFLICT'));
      expect(await auditRows(ethicsCase.id)).toBe(wins.length);
      expect(wins[0]!.ethicsCase.version).toBe(2);
    }
    expect((await verifyAuditChain(em)).ok).toBe(true);
  });
});
