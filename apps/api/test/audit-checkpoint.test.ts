// The audit trail against someone who can write the database but lacks the checkpoint key: per-commission
// chains, each with signed checkpoints, so a shortened or re-chained trail and a forged checkpoint are
// reported by verification and by `audit:verify`.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/knex';
import { AuditEvent } from '../src/audit/audit-event.entity.js';
import { appendAudit, verifyAuditChain, type ChainReport } from '../src/audit/audit-trail.js';
import { hashOf } from '../src/audit/audit-chain.js';
import { activeMember, command, FILE_CASE, publicComplaint } from './fixtures.js';
import { startTestServer, TEST_NOW, usesPostgres, type TestServer } from './test-server.js';

const KEY = new TextEncoder().encode('audit-key-for-tests-audit-key-for-tests-0123');

let t: TestServer;
const em = () => t.orm.em.fork() as unknown as EntityManager;

// The seed with cases takes long on a loaded machine.
beforeAll(async () => {
  t = await startTestServer({ auditKey: KEY });
}, 180_000);
afterAll(async () => {
  await t?.stop();
});

/** Runs statements with the append-only guards off, as a superuser or a file owner could. */
async function behindTheGuards(statements: readonly string[], params: unknown[][] = []): Promise<void> {
  await em().transactional(async (tx) => {
    if (usesPostgres) await tx.execute('set local session_replication_role = replica');
    else {
      for (const table of ['audit_event', 'audit_checkpoint']) {
        await tx.execute(`drop trigger if exists ${table}_no_update`);
        await tx.execute(`drop trigger if exists ${table}_no_delete`);
      }
    }
    for (const [index, sql] of statements.entries()) await tx.execute(sql, params[index] ?? []);
    if (!usesPostgres) {
      for (const table of ['audit_event', 'audit_checkpoint']) {
        await tx.execute(
          `create trigger ${table}_no_update before update on ${table} begin select raise(abort, '${table} is append-only'); end`,
        );
        await tx.execute(
          `create trigger ${table}_no_delete before delete on ${table} begin select raise(abort, '${table} is append-only'); end`,
        );
      }
    }
  });
}

/** Five appends of one row each to a chain of its own. */
async function probeChain(chain: string): Promise<void> {
  for (let i = 1; i <= 5; i += 1) {
    await em().transactional(async (tx) => {
      await appendAudit(tx, [{ action: 'probe', entityType: 'test', entityId: `${chain}-${i}` }], {
        chain,
        at: new Date(TEST_NOW.getTime() + i * 1000),
      });
    });
  }
}

const reportOf = async (chain: string): Promise<ChainReport | undefined> =>
  (await verifyAuditChain(em())).chains.find((report) => report.chain === chain);

describe('per-commission chains', () => {
  it('puts writes in two commissions on two chains, each checkpointed, and verifies both', async () => {
    const receivedAt = new Date(TEST_NOW.getTime() - 86_400_000).toISOString();
    const filed: string[] = [];
    for (const [username, body] of [
      ['officer.35.26', 'ppk-35.26.01'],
      ['officer.35.28', 'ppk-35.28.01'],
    ] as const) {
      const officer = await t.login(username);
      const membership = await activeMember(t, officer, body);
      const result = await t.gql(
        FILE_CASE,
        { input: publicComplaint(membership, receivedAt) },
        { token: officer },
      );
      const ethicsCase = result.data!.fileCase.ethicsCase;
      expect(
        (await command(t, officer, 'startScreening', { caseId: ethicsCase.id, expectedVersion: 1 }))
          .ethicsCase,
      ).toBeDefined();
      filed.push(ethicsCase.id);
    }
    const rows = await em().execute<{ chain: string; commission_id: string }[]>(
      `select distinct a.chain, c.commission_id from audit_event a join ethics_case c on c.id = a.entity_id ` +
        `where a.entity_id in (?, ?)`,
      filed,
    );
    expect(rows).toHaveLength(2);
    for (const row of rows) expect(row.chain).toBe(row.commission_id);

    const verification = await verifyAuditChain(em());
    expect(verification.checkpointsChecked).toBe(true);
    expect(verification.ok).toBe(true);
    for (const row of rows) {
      const report = verification.chains.find((chain) => chain.chain === row.chain)!;
      expect(report.problems).toEqual([]);
      expect(report.checkpoints).toBeGreaterThan(0);
    }
  });
});

describe('checkpoints', () => {
  it('reports truncation when the last rows of a chain are deleted', async () => {
    await probeChain('probe-truncate');
    expect((await reportOf('probe-truncate'))!.problems).toEqual([]);
    await behindTheGuards([`delete from audit_event where chain = 'probe-truncate' and seq > 3`]);
    const verification = await verifyAuditChain(em());
    expect(verification.ok).toBe(false);
    expect(verification.chains.find((chain) => chain.chain === 'probe-truncate')!.problems).toEqual([
      { kind: 'truncated', checkpointSeq: 5, headSeq: 3 },
    ]);
  });

  it('reports re-chaining when a row is rewritten and every hash after it recomputed', async () => {
    await probeChain('probe-rechain');
    const rows = await em().find(AuditEvent, { chain: 'probe-rechain' }, { orderBy: { seq: 'asc' } });
    let prevHash = rows[1]!.prevHash;
    const statements: string[] = [];
    const params: unknown[][] = [];
    for (const row of rows.slice(1)) {
      const rewritten = { ...row, action: row.seq === 2 ? 'rewritten' : row.action, prevHash };
      const hash = hashOf(rewritten);
      statements.push(
        'update audit_event set action = ?, prev_hash = ?, hash = ? where chain = ? and seq = ?',
      );
      params.push([rewritten.action, prevHash, hash, 'probe-rechain', row.seq]);
      prevHash = hash;
    }
    // Rewritten from the last row back, so the unique (chain, prev_hash) holds at every step.
    await behindTheGuards(statements.reverse(), params.reverse());
    const report = (await reportOf('probe-rechain'))!;
    expect(report.problems).toEqual([
      { kind: 'rechained', seq: 5, checkpointHash: rows[4]!.hash, hash: prevHash },
    ]);
  });

  it('reports a checkpoint whose MAC does not verify', async () => {
    await probeChain('probe-mac');
    await behindTheGuards([`update audit_checkpoint set seq = 4 where chain = 'probe-mac' and n = 5`]);
    expect((await reportOf('probe-mac'))!.problems).toContainEqual({
      kind: 'badCheckpoint',
      n: 5,
      reason: 'mac',
    });
  });

  it('reports rows no checkpoint covers when the newest checkpoints are deleted', async () => {
    await probeChain('probe-checkpoints');
    await behindTheGuards([`delete from audit_checkpoint where chain = 'probe-checkpoints' and n > 3`]);
    expect((await reportOf('probe-checkpoints'))!.problems).toEqual([
      { kind: 'uncheckpointed', fromSeq: 4, headSeq: 5 },
    ]);
  });

  it('sees a rollback of rows and checkpoints together only against a head noted outside', async () => {
    await probeChain('probe-rollback');
    const noted = (await reportOf('probe-rollback'))!.head!;
    await behindTheGuards([
      `delete from audit_event where chain = 'probe-rollback' and seq > 3`,
      `delete from audit_checkpoint where chain = 'probe-rollback' and n > 3`,
    ]);
    expect((await reportOf('probe-rollback'))!.problems).toEqual([]);
    const verification = await verifyAuditChain(em(), {
      expectHeads: [{ chain: 'probe-rollback', seq: noted.seq, hash: noted.hash }],
    });
    expect(verification.chains.find((chain) => chain.chain === 'probe-rollback')!.problems).toEqual([
      { kind: 'unexpectedHead', seq: 5, hash: null, expected: noted.hash },
    ]);
  });
});
