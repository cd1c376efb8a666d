// A production-configured server: no introspection, no field suggestions, login rate-limited. And a real
// production start (main.ts as a child process) without SEED_DEMO: no accounts, no password in its output.
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LoginRateLimiter } from '../src/auth/login-rate-limiter.js';
import { Commission } from '../src/commissions/commission.entity.js';
import { initOrm } from '../src/db/orm.js';
import { DEMO_PASSWORD } from '../src/db/seeders/demo-seeder.js';
import { User } from '../src/users/user.entity.js';
import { createTestDatabase, startTestServer, type TestServer } from './test-server.js';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer({
    withCases: false,
    config: { nodeEnv: 'production', introspection: false },
    loginLimiter: new LoginRateLimiter(3, 60_000),
  });
});
afterAll(async () => {
  await t?.stop();
});

describe('in production', () => {
  it('refuses introspection', async () => {
    const result = await t.gql('{ __schema { types { name } } }');
    expect(result.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('does not suggest field names in errors', async () => {
    const result = await t.gql('{ casez(first: 1) { totalCount } }');
    expect(result.errors?.[0]?.message).not.toMatch(/Did you mean/);
  });

  it('refuses logins from an address after three failures, even with the right password', async () => {
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const failed = await t.gql(
        'mutation { login(username: "officer.35.26", password: "wrong") { token } }',
      );
      expect(failed.errors?.[0]?.extensions?.code).toBe('INVALID_CREDENTIALS');
    }
    const refused = await t.gql(
      'mutation { login(username: "officer.35.26", password: "etik-demo-2024") { token } }',
    );
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'TOO_MANY_REQUESTS',
      retryAfterSeconds: expect.any(Number),
    });
  });
});

describe('a production start without SEED_DEMO', () => {
  it('seeds no account, loads the regions and commissions, and logs no password', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'etik-prod-start-'));
    const created = await createTestDatabase();
    const db =
      created.db.driver === 'sqlite'
        ? { driver: 'sqlite' as const, path: join(dataDir, 'etik.db') }
        : created.db;
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: 'production',
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      ETIK_DATA_DIR: dataDir,
      ADMIN_DIST_DIR: join(dataDir, 'no-admin'),
      IMPORT_WORKER: 'false',
      ...(db.driver === 'sqlite' ? { SQLITE_PATH: db.path, DATABASE_URL: '' } : { DATABASE_URL: db.url }),
    };
    delete env.SEED_DEMO;
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: join(import.meta.dirname, '..'),
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    const url = await new Promise<string>((resolve, reject) => {
      const onData = (chunk: string) => {
        output += chunk;
        const found = /Etik is running: (\S+)/.exec(output);
        if (found) resolve(found[1]!);
      };
      child.stdout.setEncoding('utf8').on('data', onData);
      child.stderr.setEncoding('utf8').on('data', onData);
      void exited.then((code) => reject(new Error(`main.ts exited with ${code}:\n${output}`)));
    });
    try {
      const answer = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: 'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
          variables: { u: 'admin.ri', p: DEMO_PASSWORD },
        }),
      });
      const body = (await answer.json()) as { errors?: { extensions?: { code?: string } }[] };
      expect(body.errors?.[0]?.extensions?.code).toBe('INVALID_CREDENTIALS');
    } finally {
      child.kill('SIGTERM');
      await exited;
    }
    expect(output).not.toContain(DEMO_PASSWORD);
    expect(output).not.toMatch(/admin\.ri|demo logins/i);
    expect(output).toContain('user:create-admin');
    const orm = await initOrm(db);
    try {
      const em = orm.em.fork();
      expect(await em.count(User)).toBe(0);
      expect(await em.count(Commission, { id: 'kpu-ri' })).toBe(1);
      expect(await em.count(Commission)).toBeGreaterThan(500);
    } finally {
      await orm.close();
      await created.drop();
    }
  }, 300_000);
});
