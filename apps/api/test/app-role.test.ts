// PostgreSQL: the API connects as a least-privilege role (db:setup-roles), which may append to the audit
// trail but not change, delete or truncate it, nor switch the triggers off as a superuser could.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/knex';
import { setupAppRole } from '../src/audit/app-role.js';
import { appendAudit, verifyAuditChain } from '../src/audit/audit-trail.js';
import { initOrm, migrate, type Orm } from '../src/db/orm.js';
import { createTestDatabase, TEST_NOW, usesPostgres } from './test-server.js';

const ADMIN_URL = process.env.DATABASE_URL_TEST ?? 'postgres://postgres@127.0.0.1:5432/test';
const KEY = new TextEncoder().encode('audit-key-for-the-role-test-audit-key-for-the');

describe.runIf(usesPostgres)('the API role on PostgreSQL', () => {
  // Roles belong to the cluster, not the test database: one of its own, dropped afterwards.
  const role = `etik_app_${randomBytes(4).toString('hex')}`;
  let owner: Orm;
  let app: Orm;
  let drop: () => Promise<void>;
  const asApp = () => app.em.fork() as unknown as EntityManager;

  beforeAll(async () => {
    const created = await createTestDatabase();
    drop = created.drop;
    if (created.db.driver !== 'postgresql') throw new Error('PostgreSQL expected');
    owner = await initOrm({ ...created.db, auditKey: KEY });
    await migrate(owner);
    await setupAppRole(owner.em.fork() as unknown as EntityManager, { role, password: 'app-password' });
    const url = new URL(created.db.url);
    url.username = role;
    url.password = 'app-password';
    app = await initOrm({ driver: 'postgresql', url: url.toString(), auditKey: KEY });
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    await owner?.close();
    await drop?.();
    const { knex } = await import('@mikro-orm/knex');
    const admin = knex({ client: 'pg', connection: ADMIN_URL, pool: { min: 0, max: 1 } });
    try {
      await admin.raw(`drop role if exists ${role}`);
    } finally {
      await admin.destroy();
    }
  });

  it('runs the server’s start-up migration check and appends to the audit trail', async () => {
    expect(await migrate(app)).toEqual([]);
    await asApp().transactional(async (em) => {
      await appendAudit(em, [{ action: 'probe', entityType: 'test', entityId: '1' }], {
        chain: 'probe',
        at: TEST_NOW,
      });
    });
    expect((await verifyAuditChain(asApp())).ok).toBe(true);
    await asApp().execute(
      `insert into login_attempt (key_hash, attempts, window_start) values ('k', 1, now())`,
    );
    await asApp().execute(`update login_attempt set attempts = attempts + 1 where key_hash = 'k'`);
    await asApp().execute(`delete from login_attempt where key_hash = 'k'`);
  });

  it('refuses UPDATE, DELETE and TRUNCATE on the audit tables', async () => {
    for (const table of ['audit_event', 'audit_checkpoint']) {
      await expect(asApp().execute(`update ${table} set seq = seq`)).rejects.toThrow(/permission denied/);
      await expect(asApp().execute(`delete from ${table}`)).rejects.toThrow(/permission denied/);
      await expect(asApp().execute(`truncate ${table}`)).rejects.toThrow(/permission denied/);
    }
  });

  it('refuses to turn the triggers off with session_replication_role', async () => {
    await expect(asApp().execute('set session_replication_role = replica')).rejects.toThrow(
      /permission denied/,
    );
    await expect(asApp().execute('alter table audit_event disable trigger user')).rejects.toThrow(
      /must be owner/,
    );
  });

  it('refuses a superuser as the app role', async () => {
    await expect(
      setupAppRole(owner.em.fork() as unknown as EntityManager, { role: 'postgres' }),
    ).rejects.toThrow(/superuser/);
  });
});
