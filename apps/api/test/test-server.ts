// Test harness: a real server on an ephemeral port over a fresh database — in-memory SQLite by default,
// a fresh PostgreSQL database per test file with ETIK_TEST_DB=postgresql — with the demo data seeded.
import { randomBytes } from 'node:crypto';
import { knex } from '@mikro-orm/knex';
import type { Config, DbConfig } from '../src/config.js';
import type { Clock } from '../src/context.js';
import { initOrm, migrate, type Orm } from '../src/db/orm.js';
import { DEMO_PASSWORD, seedDemo, seedReferenceData } from '../src/db/seeders/demo-seeder.js';
import { LoginRateLimiter } from '../src/auth/login-rate-limiter.js';
import { createLogger } from '../src/logger.js';
import { createServer, type EtikServer } from '../src/server.js';

export const usesPostgres = process.env.ETIK_TEST_DB === 'postgresql';
const ADMIN_URL = process.env.DATABASE_URL_TEST ?? 'postgres://postgres@127.0.0.1:5432/test';

async function adminQuery(sql: string): Promise<void> {
  const admin = knex({ client: 'pg', connection: ADMIN_URL, pool: { min: 0, max: 1 } });
  try {
    await admin.raw(sql);
  } finally {
    await admin.destroy();
  }
}

/** A fresh, empty database; `drop` removes it. */
export async function createTestDatabase(): Promise<{ db: DbConfig; drop: () => Promise<void> }> {
  if (!usesPostgres) return { db: { driver: 'sqlite', path: ':memory:' }, drop: async () => {} };
  const name = `etik_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  await adminQuery(`create database ${name}`);
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    db: { driver: 'postgresql', url: url.toString() },
    drop: async () => {
      await adminQuery(`drop database if exists ${name} with (force)`);
    },
  };
}

export class TestClock implements Clock {
  constructor(private current: Date) {}
  now(): Date {
    return new Date(this.current);
  }
  set(at: Date | string): void {
    this.current = new Date(at);
  }
  advanceDays(days: number): void {
    this.current = new Date(this.current.getTime() + days * 86_400_000);
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- GraphQL answers are untyped JSON; tests assert their shape.
export type Json = any;

export interface GraphQLResult<T = Record<string, Json>> {
  readonly status: number;
  readonly headers: Headers;
  readonly data?: T;
  readonly errors?: { message: string; extensions?: Record<string, Json>; path?: unknown[] }[];
}

export interface TestServer {
  readonly server: EtikServer;
  readonly orm: Orm;
  /** The database, for another instance over it. */
  readonly db: DbConfig;
  readonly clock: TestClock;
  readonly url: string;
  gql<T = Record<string, Json>>(
    query: string,
    variables?: Record<string, unknown>,
    options?: { token?: string; headers?: Record<string, string> },
  ): Promise<GraphQLResult<T>>;
  login(username: string, password?: string): Promise<string>;
  stop(): Promise<void>;
}

export function testConfig(db: DbConfig, overrides: Partial<Config> = {}): Config {
  return {
    port: 0,
    host: '127.0.0.1',
    nodeEnv: 'test',
    db,
    jwtSecret: new TextEncoder().encode('test-secret-test-secret-test-secret-0123'),
    tokenTtlSeconds: 3600,
    introspection: true,
    logLevel: 'silent',
    dataDir: '/tmp',
    seedDemo: false,
    maxBodyBytes: 1_000_000,
    maxUploadBytes: 10 * 1024 * 1024,
    adminDir: '/nonexistent/admin/dist',
    maxImportBytes: 10 * 1024 * 1024,
    uploadIdleTimeoutMs: 30_000,
    importBatchSize: 1000,
    // Tests drive the member-import worker themselves (server.memberImports), or turn it on.
    importWorker: false,
    importPollMs: 50,
    importLeaseSeconds: 60,
    loginMaxFailures: 1000,
    loginWindowSeconds: 60,
    // Generous: the suites send hundreds of requests from one address; rate-limit tests set their own.
    rateLimitPerAddress: 1_000_000,
    rateLimitPerUser: 1_000_000,
    rateLimitWindowSeconds: 60,
    idempotencyTtlHours: 24,
    statementTimeoutMs: 15_000,
    sqliteBusyTimeoutMs: 5_000,
    ...overrides,
  };
}

/** Now, for tests: the day the demo data is dated back from, so its dates lie in the past. */
export const TEST_NOW = new Date('2024-04-15T03:00:00.000Z');

export async function startTestServer(
  options: {
    withCases?: boolean;
    config?: Partial<Config>;
    onQuery?: (sql: string) => void;
    loginLimiter?: LoginRateLimiter;
    /** Signs audit checkpoints with this key from the seed on (none: appends write no checkpoint). */
    auditKey?: Uint8Array;
    /** The test clock's start and the day the demo is seeded on (TEST_NOW unless given). */
    now?: Date;
    /** false: a real installation's start, the regions and commissions only, no account (the demo unless). */
    demo?: boolean;
  } = {},
): Promise<TestServer> {
  const created = await createTestDatabase();
  const { drop } = created;
  const db = options.auditKey ? { ...created.db, auditKey: options.auditKey } : created.db;
  const orm = await initOrm(db, options.onQuery ? { onQuery: options.onQuery } : {});
  await migrate(orm);
  const now = options.now ?? TEST_NOW;
  if (options.demo === false) await seedReferenceData(orm);
  else await seedDemo(orm, { withCases: options.withCases ?? true, today: now });
  const clock = new TestClock(now);
  const server = await createServer(testConfig(db, options.config), {
    orm,
    clock,
    logger: createLogger(process.env.TEST_LOG_LEVEL ?? 'silent'),
    loginLimiter: options.loginLimiter ?? new LoginRateLimiter(1000, 60_000),
  });
  const tokens = new Map<string, string>();
  const gql: TestServer['gql'] = async (query, variables = {}, requestOptions = {}) => {
    const response = await fetch(server.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(requestOptions.token ? { authorization: `Bearer ${requestOptions.token}` } : {}),
        ...requestOptions.headers,
      },
      body: JSON.stringify({ query, variables }),
    });
    const text = await response.text();
    const body = text ? (JSON.parse(text) as { data?: Json; errors?: Json[] }) : {};
    return { status: response.status, headers: response.headers, ...body };
  };
  return {
    server,
    orm,
    db,
    clock,
    url: server.url,
    gql,
    async login(username, password = DEMO_PASSWORD) {
      const cached = tokens.get(`${username}:${password}`);
      if (cached) return cached;
      const result = await gql<{ login: { token: string } }>(
        'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
        { u: username, p: password },
      );
      if (!result.data?.login) throw new Error(`login ${username} failed: ${JSON.stringify(result.errors)}`);
      tokens.set(`${username}:${password}`, result.data.login.token);
      return result.data.login.token;
    },
    async stop() {
      await server.stop();
      await orm.close();
      await drop();
    },
  };
}
