// `audit:verify` as operators run it: exit 0 and the heads to note when intact, exit 1 with the problem
// in words when the trail was shortened, and no silent pass without the checkpoint key in production.
import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/knex';
import { appendAudit } from '../src/audit/audit-trail.js';
import type { DbConfig } from '../src/config.js';
import { initOrm, migrate, type Orm } from '../src/db/orm.js';
import { createTestDatabase, TEST_NOW, usesPostgres } from './test-server.js';

const KEY = 'audit-key-for-the-cli-test-audit-key-for-the-cli';
const API_DIR = fileURLToPath(new URL('..', import.meta.url));
const dataDir = mkdtempSync(join(tmpdir(), 'etik-audit-verify-'));
let db: DbConfig;
let drop: () => Promise<void>;
let orm: Orm;

beforeAll(async () => {
  const created = await createTestDatabase();
  drop = created.drop;
  db = usesPostgres ? created.db : { driver: 'sqlite', path: join(dataDir, 'etik.db') };
  orm = await initOrm({ ...db, auditKey: new TextEncoder().encode(KEY) });
  await migrate(orm);
  for (let i = 1; i <= 3; i += 1) {
    await orm.em.fork().transactional(async (em) => {
      await appendAudit(
        em as unknown as EntityManager,
        [{ action: 'probe', entityType: 'test', entityId: `${i}` }],
        {
          chain: 'probe',
          at: new Date(TEST_NOW.getTime() + i * 1000),
        },
      );
    });
  }
}, 120_000);
afterAll(async () => {
  await orm?.close();
  await drop?.();
});

async function verify(
  env: Record<string, string>,
  args: string[] = [],
): Promise<{ code: number; stdout: string; stderr: string }> {
  const location = db.driver === 'postgresql' ? { DATABASE_URL: db.url } : { SQLITE_PATH: db.path };
  try {
    const { stdout, stderr } = await promisify(execFile)(
      join(API_DIR, 'node_modules/.bin/tsx'),
      ['src/scripts/audit-verify.ts', ...args],
      { cwd: API_DIR, env: { PATH: process.env.PATH, ETIK_DATA_DIR: dataDir, ...location, ...env } },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('audit:verify', { timeout: 120_000 }, () => {
  it('says intact, exits 0 and prints the heads to note', async () => {
    const result = await verify({ ETIK_AUDIT_KEY: KEY, NODE_ENV: 'production' });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/chain probe: 3 rows, head 3 [0-9a-f]{64}, 3 checkpoints: intact/);
    expect(result.stdout).toMatch(/--expect-head probe:3:[0-9a-f]{64}/);
  });

  it('refuses to pass in production without the key, unless told to skip the checkpoints', async () => {
    const without = await verify({ NODE_ENV: 'production' });
    expect(without.code).toBe(1);
    expect(without.stderr).toMatch(/checkpoints could not be checked/);
    expect((await verify({ NODE_ENV: 'production' }, ['--without-checkpoints'])).code).toBe(0);
  });

  it('exits 1 and says TRUNCATED when the last rows are deleted', async () => {
    const em = orm.em.fork() as unknown as EntityManager;
    if (usesPostgres) {
      await em.transactional(async (tx) => {
        await tx.execute('set local session_replication_role = replica');
        await tx.execute(`delete from audit_event where chain = 'probe' and seq = 3`);
      });
    } else {
      await em.execute('drop trigger audit_event_no_delete');
      await em.execute(`delete from audit_event where chain = 'probe' and seq = 3`);
    }
    const result = await verify({ ETIK_AUDIT_KEY: KEY });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /TRUNCATED: the last checkpoint covers rows up to seq 3, but the chain ends at 2/,
    );
  });
});
