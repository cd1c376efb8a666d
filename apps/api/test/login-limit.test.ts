// Holding under attack: parallel password guesses against one username, across two API instances on one
// database, and the audit of failed logins.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LoginRateLimiter } from '../src/auth/login-rate-limiter.js';
import type { DbConfig } from '../src/config.js';
import { initOrm, migrate } from '../src/db/orm.js';
import { DEMO_PASSWORD, seedDemo } from '../src/db/seeders/demo-seeder.js';
import { createLogger } from '../src/logger.js';
import { createServer, type EtikServer } from '../src/server.js';
import {
  createTestDatabase,
  startTestServer,
  TEST_NOW,
  TestClock,
  testConfig,
  usesPostgres,
  type TestServer,
} from './test-server.js';
import { send } from './loopback-client.js';

const LOGIN = 'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { token } }';

const login = (url: string, username: string, password: string, from?: string) =>
  send(url, { body: { query: LOGIN, variables: { u: username, p: password } }, ...(from ? { from } : {}) });

/** 30 parallel logins for one username, all wrong but the 26th, spread over the given instances. */
async function guessInParallel(urls: readonly string[], username: string, from?: string) {
  const answers = await Promise.all(
    Array.from({ length: 30 }, (_, index) =>
      login(urls[index % urls.length]!, username, index === 25 ? DEMO_PASSWORD : `wrong-${index}`, from),
    ),
  );
  return answers.map((answer) => ({
    token: answer.body.data?.login?.token as string | undefined,
    code: answer.body.errors?.[0]?.extensions?.code as string | undefined,
  }));
}

describe('parallel password guesses', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer({ withCases: false, loginLimiter: new LoginRateLimiter(5, 60_000) });
  });
  afterAll(async () => {
    await t?.stop();
  });

  it('refuses the right password sent 26th among 30 parallel guesses, with TOO_MANY_REQUESTS', async () => {
    const results = await guessInParallel([t.url], 'officer.35.26');
    expect(results.filter((result) => result.token !== undefined)).toEqual([]);
    expect(results[25]!.code).toBe('TOO_MANY_REQUESTS');
    // Exactly the five attempts the limit allows reached the password check.
    expect(results.filter((result) => result.code === 'INVALID_CREDENTIALS')).toHaveLength(5);
    expect(results.filter((result) => result.code === 'TOO_MANY_REQUESTS')).toHaveLength(25);
  });

  it('audits every failed login with the username and the address, never the password', async () => {
    const em = t.orm.em.fork();
    const rows = await em
      .getConnection()
      .execute<{ entity_type: string; entity_id: string; after: string }[]>(
        "select entity_type, entity_id, after from audit_event where action = 'loginFailed'",
      );
    expect(rows).toHaveLength(5);
    const [user] = await em
      .getConnection()
      .execute<{ id: string }[]>("select id from app_user where username = 'officer.35.26'");
    for (const row of rows) {
      expect(row).toMatchObject({ entity_type: 'user', entity_id: user!.id });
      expect(JSON.parse(row.after)).toEqual({
        username: 'officer.35.26',
        address: expect.stringMatching(/127\.0\.0\.1$/),
        reason: 'wrongPassword',
      });
      expect(row.after).not.toMatch(/wrong-|etik-demo/);
    }
  });

  it('lets the right password in once the window has passed, and forgets the failures', async () => {
    t.clock.set(new Date(TEST_NOW.getTime() + 61_000));
    const answer = await login(t.url, 'officer.35.26', DEMO_PASSWORD);
    expect(answer.body.data?.login?.token).toEqual(expect.any(String));
    // The success cleared the counters: five more failures are allowed before the next refusal.
    for (let attempt = 0; attempt < 5; attempt += 1) {
      expect((await login(t.url, 'officer.35.26', 'wrong')).body.errors[0].extensions.code).toBe(
        'INVALID_CREDENTIALS',
      );
    }
    expect((await login(t.url, 'officer.35.26', DEMO_PASSWORD)).body.errors[0].extensions.code).toBe(
      'TOO_MANY_REQUESTS',
    );
    t.clock.set(TEST_NOW);
  });
});

describe('two API instances on one database', () => {
  let db: DbConfig;
  let drop: () => Promise<void>;
  const servers: EtikServer[] = [];
  beforeAll(async () => {
    if (usesPostgres) {
      ({ db, drop } = await createTestDatabase());
    } else {
      const dir = mkdtempSync(join(tmpdir(), 'etik-logins-'));
      db = { driver: 'sqlite', path: join(dir, 'etik.db') };
      drop = async () => rmSync(dir, { recursive: true, force: true });
    }
    const setup = await initOrm(db);
    await migrate(setup);
    await seedDemo(setup, { withCases: false });
    await setup.close();
    const clock = new TestClock(TEST_NOW);
    for (let index = 0; index < 2; index += 1) {
      servers.push(
        await createServer(testConfig(db, { loginMaxFailures: 5, loginWindowSeconds: 60 }), {
          clock,
          logger: createLogger('silent'),
        }),
      );
    }
  });
  afterAll(async () => {
    for (const server of servers) await server.stop();
    await drop?.();
  });

  it('hold the login limit together: 30 parallel guesses over both let five through, no token', async () => {
    const results = await guessInParallel(
      servers.map((server) => server.url),
      'commissioner.35.28',
    );
    expect(results.filter((result) => result.token !== undefined)).toEqual([]);
    expect(results.filter((result) => result.code === 'INVALID_CREDENTIALS')).toHaveLength(5);
    expect(results.filter((result) => result.code === 'TOO_MANY_REQUESTS')).toHaveLength(25);
  });
});
