// Two API instances (two servers, two ORMs, two connection pools) on one database: no per-user state lives
// in a process. On PostgreSQL one database; on SQLite one file (WAL) that both open.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/knex';
import { LoginRateLimiter, loginKeys } from '../src/auth/login-rate-limiter.js';
import { SQLITE_SESSION_TTL_MS } from '../src/auth/session.js';
import type { Config, DbConfig } from '../src/config.js';
import { initOrm, migrate, type Orm } from '../src/db/orm.js';
import { DEMO_PASSWORD, seedDemo } from '../src/db/seeders/demo-seeder.js';
import { createLogger } from '../src/logger.js';
import { createServer, type EtikServer } from '../src/server.js';
import { activeMember, CASE_FIELDS, command, FILE_CASE, publicComplaint } from './fixtures.js';
import {
  createTestDatabase,
  TEST_NOW,
  TestClock,
  testConfig,
  usesPostgres,
  type Json,
  type TestServer,
} from './test-server.js';

const SETTINGS: Partial<Config> = { loginMaxFailures: 3, loginWindowSeconds: 60, idempotencyTtlHours: 24 };

let db: DbConfig;
let drop: () => Promise<void>;
const clock = new TestClock(TEST_NOW);
const orms: Orm[] = [];
const servers: EtikServer[] = [];

/** An API instance of its own (ORM, pool, server) on the shared database, as `main` starts one. */
async function startInstance(overrides: Partial<Config> = {}): Promise<EtikServer> {
  const server = await createServer(testConfig(db, { ...SETTINGS, ...overrides }), {
    clock,
    logger: createLogger('silent'),
  });
  orms.push(server.orm);
  servers.push(server);
  return server;
}

async function gql(
  server: EtikServer,
  query: string,
  variables: Record<string, unknown> = {},
  options: { token?: string; headers?: Record<string, string> } = {},
) {
  const response = await fetch(server.url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...options.headers,
    },
    body: JSON.stringify({ query, variables }),
  });
  return {
    status: response.status,
    headers: response.headers,
    ...((await response.json()) as { data?: Json; errors?: Json[] }),
  };
}

const LOGIN = 'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { token } }';
async function login(server: EtikServer, username: string, password = DEMO_PASSWORD) {
  return gql(server, LOGIN, { u: username, p: password });
}
async function tokenOf(server: EtikServer, username: string): Promise<string> {
  const result = await login(server, username);
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data.login.token;
}
/** `command()` from the fixtures, on a given instance. */
const on = (server: EtikServer) =>
  ({
    gql: (q: string, v?: Record<string, unknown>, o?: Json) => gql(server, q, v, o),
  }) as unknown as TestServer;

let a: EtikServer;
let b: EtikServer;
let dir: string | undefined;

beforeAll(async () => {
  if (usesPostgres) {
    ({ db, drop } = await createTestDatabase());
  } else {
    dir = mkdtempSync(join(tmpdir(), 'etik-instances-'));
    db = { driver: 'sqlite', path: join(dir, 'etik.db') };
    drop = async () => rmSync(dir!, { recursive: true, force: true });
  }
  // Migrations and the seed run once, from one place; the instances only serve.
  const setup = await initOrm(db);
  await migrate(setup);
  await seedDemo(setup, { withCases: true, today: TEST_NOW });
  await setup.close();
  a = await startInstance();
  b = await startInstance();
});
afterAll(async () => {
  // Servers close the ORMs they opened; the others are closed here.
  for (const server of servers) await server.stop();
  for (const orm of orms) if (!servers.some((server) => server.orm === orm)) await orm.close();
  await drop?.();
});

describe('two instances on one database', () => {
  it('serve the same case: a command through one is visible through the other', async () => {
    const tokenA = await tokenOf(a, 'officer.35.26');
    const before = await gql(b, '{ case(id: "case-demo-001") { status version } }', {}, { token: tokenA });
    expect(before.data.case.status).toBe('received');
    const started = await command(on(a), tokenA, 'startScreening', {
      caseId: 'case-demo-001',
      expectedVersion: before.data.case.version,
    });
    expect(started.error).toBeUndefined();
    // The token signed by A is accepted by B (same JWT_SECRET), and B reads what A wrote.
    const after = await gql(
      b,
      '{ case(id: "case-demo-001") { status version timeline { action } } }',
      {},
      { token: tokenA },
    );
    expect(after.data.case).toMatchObject({ status: 'screening', version: before.data.case.version + 1 });
    expect(after.data.case.timeline.map((entry: Json) => entry.action)).toContain('screeningStarted');
  });

  it('refuses a stale version sent through the other instance with CONFLICT', async () => {
    const tokenB = await tokenOf(b, 'officer.35.26');
    const current = (await gql(a, '{ case(id: "case-demo-001") { version } }', {}, { token: tokenB })).data
      .case.version;
    const stale = await command(
      on(b),
      tokenB,
      'rejectCase',
      { caseId: 'case-demo-001', expectedVersion: current - 1, reason: 'x' },
      { reason: 'String!' },
    );
    expect(stale.code).toBe('CONFLICT');
    expect(stale.error.extensions).toMatchObject({ currentVersion: current });
  });

  it.runIf(usesPostgres)(
    'lets exactly one of two simultaneous commands on one version through, the other CONFLICT',
    async () => {
      const token = await tokenOf(a, 'officer.35.26');
      const { version } = (await gql(a, '{ case(id: "case-demo-001") { version } }', {}, { token })).data
        .case;
      const results = await Promise.all(
        [a, b].map((server) =>
          command(
            on(server),
            token,
            'rejectCase',
            { caseId: 'case-demo-001', expectedVersion: version, reason: 'Tidak memenuhi syarat' },
            { reason: 'String!' },
          ),
        ),
      );
      expect(results.filter((result) => result.ethicsCase?.status === 'rejected')).toHaveLength(1);
      expect(results.filter((result) => result.code === 'CONFLICT')).toHaveLength(1);
    },
  );
});

describe('the days off', () => {
  // On SQLite another instance sees a change within HOLIDAY_CALENDAR_MAX_AGE_MS (30 s of real time).
  it.skipIf(!usesPostgres)('a day added through one instance counts on the other (NOTIFY)', async () => {
    const admin = await tokenOf(a, 'admin.ri');
    const datesOn = async (server: EtikServer): Promise<string[]> =>
      (await gql(server, '{ holidays(year: 2023) { holidays { date } } }')).data.holidays[0].holidays.map(
        (holiday: Json) => holiday.date,
      );
    expect(await datesOn(b)).not.toContain('2023-06-07');
    const added = await gql(
      a,
      'mutation ($input: AddHolidayInput!) { addHoliday(input: $input) { date } }',
      { input: { date: '2023-06-07', kind: 'nationalHoliday', nameId: 'Libur uji', nameEn: 'Test day off' } },
      { token: admin },
    );
    expect(added.errors, JSON.stringify(added.errors)).toBeUndefined();
    // The notification is delivered after the commit, asynchronously.
    let seen: string[] = [];
    for (let attempt = 0; attempt < 40 && !seen.includes('2023-06-07'); attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      seen = await datesOn(b);
    }
    expect(seen).toContain('2023-06-07');
  });
});

describe("a user's sessions", () => {
  const ME = '{ me { username } }';
  const UPDATE =
    'mutation ($id: ID!, $v: Int!, $active: Boolean) { updateUser(id: $id, expectedVersion: $v, active: $active) { id } }';
  const RESET =
    'mutation ($id: ID!, $v: Int!, $p: String!) { resetUserPassword(id: $id, expectedVersion: $v, newPassword: $p) { id } }';
  const versionOf = async (server: EtikServer, admin: string, id: string): Promise<number> =>
    (await gql(server, 'query ($id: ID!) { user(id: $id) { version } }', { id }, { token: admin })).data!.user
      .version;
  const codeOf = async (server: EtikServer, token: string) =>
    (await gql(server, ME, {}, { token })).errors?.[0]?.extensions?.code ?? 'OK';
  /** The other instance learns by NOTIFY (PostgreSQL, within milliseconds) or when its entry expires (SQLite). */
  const expectRefusedBy = async (server: EtikServer, token: string) => {
    if (!usesPostgres) {
      expect(await codeOf(server, token)).toBe('OK');
      clock.set(new Date(TEST_NOW.getTime() + SQLITE_SESSION_TTL_MS));
    }
    await expect.poll(() => codeOf(server, token), { timeout: 5_000 }).toBe('UNAUTHENTICATED');
    clock.set(TEST_NOW);
  };

  it.each([
    ['a deactivation', 'examiner1.11.71', { active: false }, UPDATE],
    ['a password reset', 'examiner2.11.71', { p: 'another-long-passphrase' }, RESET],
  ])(
    'refuses the tokens ended by %s at the next request on that instance, then on the other',
    async (_change, username, variables, mutation) => {
      const admin = await tokenOf(a, 'admin.ri');
      const token = await tokenOf(a, username);
      // Both instances have the session in hand.
      expect([await codeOf(a, token), await codeOf(b, token)]).toEqual(['OK', 'OK']);
      const id = `user-${username}`;
      const v = await versionOf(a, admin, id);
      const changed = await gql(a, mutation, { id, v, ...variables }, { token: admin });
      expect(changed.errors, JSON.stringify(changed.errors)).toBeUndefined();
      expect(await codeOf(a, token)).toBe('UNAUTHENTICATED');
      await expectRefusedBy(b, token);
    },
  );

  it.runIf(usesPostgres)(
    'keeps listening after its listener connection is killed: a later change still reaches the other instance',
    async () => {
      const listeners = async () =>
        Number(
          (
            await orms[0]!.em
              .getConnection()
              .execute<{ n: string }[]>(
                "select count(*) as n from pg_stat_activity where application_name = 'etik-sessions' and datname = current_database()",
              )
          )[0]!.n,
        );
      const before = await listeners();
      expect(before).toBeGreaterThanOrEqual(2);
      await orms[0]!.em
        .getConnection()
        .execute(
          "select pg_terminate_backend(pid) from pg_stat_activity where application_name = 'etik-sessions' and datname = current_database()",
        );
      await expect.poll(listeners, { timeout: 10_000 }).toBe(before);
      const admin = await tokenOf(a, 'admin.ri');
      const token = await tokenOf(a, 'examiner3.11.71');
      expect([await codeOf(a, token), await codeOf(b, token)]).toEqual(['OK', 'OK']);
      const id = 'user-examiner3.11.71';
      const changed = await gql(
        a,
        UPDATE,
        { id, v: await versionOf(a, admin, id), active: false },
        { token: admin },
      );
      expect(changed.errors, JSON.stringify(changed.errors)).toBeUndefined();
      expect(await codeOf(a, token)).toBe('UNAUTHENTICATED');
      await expect.poll(() => codeOf(b, token), { timeout: 5_000 }).toBe('UNAUTHENTICATED');
    },
  );
});

describe('the login rate limit', () => {
  it('holds across instances and restarts, and lifts when the window has passed', async () => {
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const failed = await login(attempt % 2 === 0 ? a : b, 'commissioner.35.28', 'wrong');
      expect(failed.errors?.[0]?.extensions?.code).toBe('INVALID_CREDENTIALS');
    }
    const refused = await login(b, 'commissioner.35.28');
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'TOO_MANY_REQUESTS',
      retryAfterSeconds: 60,
    });
    // A third instance started afterwards (a restart) knows it too.
    const restarted = await startInstance();
    expect((await login(restarted, 'commissioner.35.28')).errors?.[0]?.extensions?.code).toBe(
      'TOO_MANY_REQUESTS',
    );
    clock.set(new Date(TEST_NOW.getTime() + 61_000));
    expect((await login(a, 'commissioner.35.28')).errors).toBeUndefined();
    clock.set(TEST_NOW);
  });

  it('counts per username as well as per address, and purges counters older than the window', async () => {
    const orm = orms[0]!;
    const em = orm.em.fork() as EntityManager;
    const limiter = new LoginRateLimiter(3, 60_000);
    const now = new Date(TEST_NOW.getTime() + 3_600_000);
    // Three addresses, one username each time: the username is locked, a fourth address with it too.
    for (const address of ['10.0.0.1', '10.0.0.2', '10.0.0.3']) {
      expect(await limiter.reserve(em, loginKeys(address, 'Officer.35.11 '), now)).toBe(0);
    }
    expect(await limiter.reserve(em, loginKeys('10.0.0.4', 'officer.35.11'), now)).toBe(60_000);
    expect(await limiter.reserve(em, loginKeys('10.0.0.1', 'someone.else'), now)).toBe(0);
    const later = new Date(now.getTime() + 20_000);
    expect(await limiter.reserve(em, loginKeys('10.0.0.5', 'officer.35.11'), later)).toBe(40_000);
    // What is stored are hashes, not the typed username.
    const stored = await em
      .getConnection()
      .execute<{ key_hash: string }[]>('select key_hash from login_attempt');
    expect(stored.every((row: { key_hash: string }) => /^[0-9a-f]{64}$/.test(row.key_hash))).toBe(true);
    expect(await limiter.purge(em, new Date(now.getTime() + 60_000))).toBeGreaterThanOrEqual(6);
    expect(await limiter.reserve(em, loginKeys('10.0.0.6', 'officer.35.11'), later)).toBe(0);
  });
});

describe('Idempotency-Key', () => {
  const START = `mutation ($caseId: ID!, $v: Int!) { startScreening(caseId: $caseId, expectedVersion: $v) { ${CASE_FIELDS} } }`;

  /** Two newly filed cases (status received, version 1), that startScreening may be given. */
  const receivedCases = async (token: string): Promise<{ id: string; version: number }[]> => {
    const filed = [];
    for (let index = 0; index < 2; index += 1) {
      const member = await activeMember(on(a), token, 'ppk-35.26.02', index);
      const result = await gql(
        a,
        FILE_CASE,
        { input: publicComplaint(member, TEST_NOW.toISOString()) },
        { token },
      );
      expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
      filed.push(result.data.fileCase.ethicsCase);
    }
    return filed;
  };

  it('is replayed by the other instance, refused for another request until it expires, then reusable', async () => {
    const token = await tokenOf(a, 'officer.35.26');
    const [one, two] = await receivedCases(token);
    expect(two).toBeDefined();
    const headers = { 'idempotency-key': 'two-instances-1' };
    const first = await gql(a, START, { caseId: one!.id, v: one!.version }, { token, headers });
    expect(first.errors, JSON.stringify(first.errors)).toBeUndefined();
    const replay = await gql(b, START, { caseId: one!.id, v: one!.version }, { token, headers });
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(replay.data).toEqual(first.data);
    const other = await gql(b, START, { caseId: two!.id, v: two!.version }, { token, headers });
    expect(other.errors?.[0]?.extensions?.code).toBe('IDEMPOTENCY_KEY_REUSED');

    // 24 hours later the key has expired: the same key runs another request (through either instance),
    // and that one is what it replays from then on.
    clock.set(new Date(TEST_NOW.getTime() + 24 * 3_600_000 + 1_000));
    const fresh = await tokenOf(b, 'officer.35.26');
    const reused = await gql(b, START, { caseId: two!.id, v: two!.version }, { token: fresh, headers });
    expect(reused.errors, JSON.stringify(reused.errors)).toBeUndefined();
    expect(reused.data.startScreening.status).toBe('screening');
    expect(reused.headers.get('idempotent-replayed')).toBeNull();
    const replayedAgain = await gql(
      a,
      START,
      { caseId: two!.id, v: two!.version },
      { token: fresh, headers },
    );
    expect(replayedAgain.headers.get('idempotent-replayed')).toBe('true');
    expect(replayedAgain.data).toEqual(reused.data);
    clock.set(TEST_NOW);
  });

  it('has expired rows purged by the maintenance round', async () => {
    const token = await tokenOf(a, 'officer.35.26');
    const [target] = await receivedCases(token);
    const started = await gql(
      a,
      START,
      { caseId: target!.id, v: target!.version },
      { token, headers: { 'idempotency-key': 'to-purge' } },
    );
    expect(started.errors).toBeUndefined();
    const count = async () =>
      Number(
        (
          await orms[0]!.em
            .getConnection()
            .execute<{ n: number }[]>(
              `select count(*) as n from idempotency_record where ${usesPostgres ? '"key"' : '`key`'} = 'to-purge'`,
            )
        )[0]!.n,
      );
    expect(await count()).toBe(1);
    expect((await a.maintenance.run()).idempotencyKeys).toBe(0);
    clock.set(new Date(TEST_NOW.getTime() + 25 * 3_600_000));
    expect((await b.maintenance.run()).idempotencyKeys).toBeGreaterThanOrEqual(1);
    expect(await count()).toBe(0);
    clock.set(TEST_NOW);
  });
});

describe('database timeouts', () => {
  it.runIf(usesPostgres)(
    'set statement_timeout on every pooled connection, and cancel a longer statement',
    async () => {
      const connection = orms[0]!.em.getConnection();
      expect(
        (await connection.execute<{ statement_timeout: string }[]>('show statement_timeout'))[0]!
          .statement_timeout,
      ).toBe('15s');
      // A pool opened for scripts, migrations and seeds has none: index builds may take longer.
      const script = await initOrm(db);
      orms.push(script);
      expect(
        (
          await script.em.getConnection().execute<{ statement_timeout: string }[]>('show statement_timeout')
        )[0]!.statement_timeout,
      ).toBe('0');
      const strict = await startInstance({ statementTimeoutMs: 200 });
      const strictConnection = strict.orm.em.getConnection();
      await expect(strictConnection.execute('select pg_sleep(1)')).rejects.toThrow(/statement timeout/);
      // The pool's next connection has it too.
      expect(
        (await strictConnection.execute<{ statement_timeout: string }[]>('show statement_timeout'))[0]!
          .statement_timeout,
      ).toBe('200ms');
    },
  );

  it.runIf(!usesPostgres)(
    'set busy_timeout on every pooled SQLite connection, replacements included',
    async () => {
      // Not libsql's own default (5 s), so the value read back can only come from the pool's hook.
      const orm = await initOrm(db, { sqliteBusyTimeoutMs: 7321 });
      orms.push(orm);
      const pragma = async (name: string) =>
        Number(
          Object.values(
            (await orm.em.getConnection().execute<Record<string, number>[]>(`pragma ${name}`))[0]!,
          )[0],
        );
      const busy = async () =>
        Number(
          Object.values(
            (await orm.em.getConnection().execute<Record<string, number>[]>('pragma busy_timeout'))[0]!,
          )[0],
        );
      expect(await busy()).toBe(7321);
      // libsql's pool replaces a connection older than 10 s at the next acquire: age the current one.
      const client = (
        orm.em.getConnection() as unknown as {
          getKnex(): {
            client: {
              acquireConnection(): Promise<{ __created: number }>;
              releaseConnection(c: unknown): Promise<void>;
            };
          };
        }
      ).getKnex().client;
      const raw = await client.acquireConnection();
      raw.__created = 0;
      await client.releaseConnection(raw);
      expect(await busy()).toBe(7321);
      expect(await pragma('synchronous')).toBe(1);
      expect(await pragma('foreign_keys')).toBe(1);
      const replaced = await client.acquireConnection();
      expect(replaced).not.toBe(raw);
      await client.releaseConnection(replaced);
    },
  );
});
