// Optimistic locking, idempotency, the append-only hash-chained audit trail, error masking and limits.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/knex';
import { verifyAuditChain } from '../src/audit/audit-trail.js';
import { activeMember, CASE_FIELDS, command, FILE_CASE, publicComplaint } from './fixtures.js';
import { startTestServer, TEST_NOW, usesPostgres, type TestServer } from './test-server.js';

let t: TestServer;
let officer: string;
const em = () => t.orm.em.fork() as unknown as EntityManager;
const receivedAt = new Date(TEST_NOW.getTime() - 86_400_000).toISOString();

beforeAll(async () => {
  t = await startTestServer();
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

const auditCount = async () =>
  Number((await em().execute<{ n: number }[]>('select count(*) as n from audit_event'))[0]!.n);

describe('optimistic locking', () => {
  it('refuses a command sent with a stale version as CONFLICT and changes nothing', async () => {
    const ethicsCase = await newCase();
    const first = await command(t, officer, 'startScreening', { caseId: ethicsCase.id, expectedVersion: 1 });
    expect(first.ethicsCase.version).toBe(2);
    const audits = await auditCount();
    const stale = await command(
      t,
      officer,
      'rejectCase',
      { caseId: ethicsCase.id, expectedVersion: 1, reason: 'x' },
      { reason: 'String!' },
    );
    expect(stale.code).toBe('CONFLICT');
    expect(stale.error.extensions).toMatchObject({ expectedVersion: 1, currentVersion: 2 });
    expect(await auditCount()).toBe(audits);
  });
});

describe('Idempotency-Key', () => {
  const START = `mutation ($caseId: ID!, $v: Int!) { startScreening(caseId: $caseId, expectedVersion: $v) { ${CASE_FIELDS} } }`;

  it('replays the first response for the same key and payload, executing once', async () => {
    const ethicsCase = await newCase();
    const headers = { 'idempotency-key': `key-${ethicsCase.id}` };
    const audits = await auditCount();
    const first = await t.gql(START, { caseId: ethicsCase.id, v: 1 }, { token: officer, headers });
    const replay = await t.gql(START, { caseId: ethicsCase.id, v: 1 }, { token: officer, headers });
    expect(first.errors).toBeUndefined();
    expect(replay.data).toEqual(first.data);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(await auditCount()).toBe(audits + 1);
  });

  it('refuses the same key with a different payload as IDEMPOTENCY_KEY_REUSED', async () => {
    const ethicsCase = await newCase();
    const headers = { 'idempotency-key': `reuse-${ethicsCase.id}` };
    await t.gql(START, { caseId: ethicsCase.id, v: 1 }, { token: officer, headers });
    const other = await newCase();
    const reused = await t.gql(START, { caseId: other.id, v: 1 }, { token: officer, headers });
    expect(reused.errors?.[0]?.extensions?.code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(reused.status).toBe(422);
  });

  it('keeps keys per user: another user’s identical key executes on its own', async () => {
    const ethicsCase = await newCase();
    const headers = { 'idempotency-key': 'shared-key' };
    const first = await t.gql(START, { caseId: ethicsCase.id, v: 1 }, { token: officer, headers });
    expect(first.errors).toBeUndefined();
    const commissioner = await t.login('commissioner.35.26');
    const second = await t.gql(START, { caseId: ethicsCase.id, v: 1 }, { token: commissioner, headers });
    expect(second.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });
});

describe('the audit trail', () => {
  it('verifies intact after the seed and the requests above', async () => {
    const verification = await verifyAuditChain(em());
    expect(verification.ok).toBe(true);
    expect(verification.rows).toBe(await auditCount());
  });

  it('refuses UPDATE and DELETE in the database itself', async () => {
    await expect(em().execute(`update audit_event set action = 'tampered' where seq = 1`)).rejects.toThrow(
      /append-only/,
    );
    await expect(em().execute('delete from audit_event where seq = 1')).rejects.toThrow(/append-only/);
  });

  it('detects a row changed behind the triggers’ back', async () => {
    // Someone with DDL rights: disable the guard, edit a row, restore the guard.
    if (usesPostgres) {
      await em().execute('alter table audit_event disable trigger audit_event_no_update_delete');
      await em().execute(`update audit_event set action = 'tampered' where seq = 5`);
      await em().execute('alter table audit_event enable trigger audit_event_no_update_delete');
    } else {
      await em().execute('drop trigger audit_event_no_update');
      await em().execute(`update audit_event set action = 'tampered' where seq = 5`);
      await em().execute(
        "create trigger `audit_event_no_update` before update on `audit_event` begin select raise(abort, 'audit_event is append-only'); end;",
      );
    }
    const verification = await verifyAuditChain(em());
    expect(verification).toMatchObject({ ok: false, break: { seq: 5, reason: 'hashMismatch' } });
  });
});

describe('errors and limits', () => {
  it('masks an unexpected error as INTERNAL_SERVER_ERROR with a correlation id', async () => {
    const ethicsCase = await newCase();
    // JSON (a jsonb column on PostgreSQL takes nothing else), but no case document.
    await em().execute(`update ethics_case set data = 'null' where id = ?`, [ethicsCase.id]);
    const result = await t.gql(
      'query ($id: ID!) { case(id: $id) { complaint { chronology } } }',
      { id: ethicsCase.id },
      { token: officer },
    );
    expect(result.errors?.[0]?.message).toBe('Internal server error');
    expect(result.errors?.[0]?.extensions).toEqual({
      code: 'INTERNAL_SERVER_ERROR',
      correlationId: expect.any(String),
    });
  });

  it('refuses a page larger than 100', async () => {
    const result = await t.gql('{ cases(first: 101) { totalCount } }', {}, { token: officer });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('refuses a request body over the limit with 413', async () => {
    const response = await fetch(t.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ labels { code } }', variables: { padding: 'x'.repeat(1_100_000) } }),
    });
    expect(response.status).toBe(413);
  });

  it('answers /healthz and /readyz', async () => {
    const base = t.url.replace(/\/graphql$/, '');
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
  });
});
