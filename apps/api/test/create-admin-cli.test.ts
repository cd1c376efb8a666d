// The operators' command for the first national administrator, as a child process against a fresh database:
// it loads the regions and commissions, refuses a weak password, creates the account (audited, no actor),
// refuses the same username twice; the account then signs in through GraphQL.
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbConfig } from '../src/config.js';
import { initOrm, type Orm } from '../src/db/orm.js';
import { LoginRateLimiter } from '../src/auth/login-rate-limiter.js';
import { createLogger } from '../src/logger.js';
import { createServer, type EtikServer } from '../src/server.js';
import { createTestDatabase, testConfig } from './test-server.js';

let db: DbConfig;
let drop: () => Promise<void>;
let dataDir: string;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'etik-admin-cli-'));
  const created = await createTestDatabase();
  drop = created.drop;
  db = created.db.driver === 'sqlite' ? { driver: 'sqlite', path: join(dataDir, 'etik.db') } : created.db;
});
afterAll(async () => {
  await drop?.();
});

/** Runs the command with `input` on its standard input (a pipe, not a terminal); its exit code and output. */
function createAdmin(
  args: readonly string[],
  options: { input?: string; password?: string } = {},
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/scripts/create-admin.ts', ...args], {
    cwd: join(import.meta.dirname, '..'),
    env: {
      ...process.env,
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      ETIK_DATA_DIR: dataDir,
      ETIK_ADMIN_PASSWORD: options.password ?? '',
      ...(db.driver === 'sqlite' ? { SQLITE_PATH: db.path, DATABASE_URL: '' } : { DATABASE_URL: db.url }),
    },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  child.stdin.end(options.input ?? '');
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, stdout, stderr })));
}

async function withServer<T>(work: (server: EtikServer, orm: Orm) => Promise<T>): Promise<T> {
  const orm = await initOrm(db);
  const server = await createServer(testConfig(db), {
    orm,
    logger: createLogger('silent'),
    loginLimiter: new LoginRateLimiter(1000, 60_000),
  });
  try {
    return await work(server, orm);
  } finally {
    await server.stop();
    await orm.close();
  }
}

const login = async (server: EtikServer, username: string, password: string) => {
  const response = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
      variables: { u: username, p: password },
    }),
  });
  return (await response.json()) as {
    data?: { login: { token: string } };
    errors?: { extensions: { code: string } }[];
  };
};

describe('user:create-admin', () => {
  it('refuses a weak password with its code and reason, and creates nobody', async () => {
    const weak = await createAdmin(['--username', 'admin.kpu'], { input: 'password1234\n' });
    expect(weak.code, weak.stderr).toBe(1);
    expect(weak.stderr).toMatch(/WEAK_PASSWORD.*most commonly used/);
    const named = await createAdmin(['--', '--username', 'admin.kpu'], { password: 'admin.kpu-2024!' });
    expect(named.code).toBe(1);
    expect(named.stderr).toMatch(/WEAK_PASSWORD.*contain the username/);
    await withServer(async (server) => {
      expect((await login(server, 'admin.kpu', 'password1234')).errors?.[0]?.extensions.code).toBe(
        'INVALID_CREDENTIALS',
      );
    });
  }, 240_000);

  it('refuses a call without --username as a usage error', async () => {
    const result = await createAdmin([]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/usage: .*user:create-admin/);
  }, 60_000);

  it('creates the national administrator from standard input, audited; it signs in and manages users', async () => {
    const made = await createAdmin(['--username', 'Admin.KPU', '--display-name', 'Admin KPU RI'], {
      input: 'sawah-hijau-di-bangkalan\n',
    });
    expect(made.code, made.stderr).toBe(0);
    expect(made.stdout).toMatch(/Created the national administrator admin\.kpu/);
    expect(made.stdout + made.stderr).not.toContain('sawah-hijau-di-bangkalan');
    await withServer(async (server, orm) => {
      const signedIn = await login(server, 'admin.kpu', 'sawah-hijau-di-bangkalan');
      expect(signedIn.errors).toBeUndefined();
      const response = await fetch(server.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${signedIn.data!.login.token}`,
        },
        body: JSON.stringify({
          query: '{ me { username role commission { id } } users(first: 5) { totalCount } }',
        }),
      });
      const { data } = (await response.json()) as { data: Record<string, unknown> };
      expect(data).toEqual({
        me: { username: 'admin.kpu', role: 'nationalAdmin', commission: { id: 'kpu-ri' } },
        users: { totalCount: 1 },
      });
      const audit = await orm.em
        .fork()
        .getConnection()
        .execute<{ action: string; actor_user_id: string | null; request_id: string; after: string }[]>(
          "select action, actor_user_id, request_id, after from audit_event where entity_type = 'user' and action <> 'loginFailed'",
        );
      expect(audit).toHaveLength(1);
      expect(audit[0]).toMatchObject({ action: 'userCreated', actor_user_id: null });
      expect(audit[0]!.request_id).toMatch(/^cli:user:create-admin:/);
      expect(audit[0]!.after).toContain('nationalAdmin');
      expect(audit[0]!.after).not.toMatch(/scrypt|sawah/);
    });
  }, 240_000);

  it('refuses a username that is taken', async () => {
    const again = await createAdmin(['--username', 'admin.kpu'], { password: 'another-long-passphrase' });
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/USERNAME_TAKEN/);
  }, 120_000);
});
