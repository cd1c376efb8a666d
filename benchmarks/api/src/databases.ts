// The two databases the bench runs on: PostgreSQL `etik_bench` on 127.0.0.1:5432 (created and dropped here)
// and SQLite in a temporary file. Plus raw access to the ORM's own connection, for the hand-written SQL.
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DbConfig } from '@etik/api/dist/config.js';
import type { Orm } from '@etik/api/dist/db/orm.js';

export type Dialect = 'postgresql' | 'sqlite';

export const PG_ADMIN_URL = process.env.ETIK_BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const BENCH_DATABASE = 'etik_bench';

interface PgClient {
  query(text: string, values?: unknown[]): Promise<{ rows: Record<string, unknown>[] }>;
  end(): Promise<void>;
}
interface SqliteStatement {
  all(params?: unknown[]): Record<string, unknown>[];
}
interface SqliteDatabase {
  prepare(sql: string): SqliteStatement;
}
interface KnexClient {
  acquireConnection(): Promise<unknown>;
  releaseConnection(connection: unknown): Promise<unknown>;
}

const knexClientOf = (orm: Orm): KnexClient =>
  (orm.em.getConnection() as unknown as { getKnex(): { client: KnexClient } }).getKnex().client;

/** Whether something listens on 127.0.0.1:5432. */
export const postgresAnswers = (): Promise<boolean> =>
  new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port: 5432, timeout: 2_000 });
    const done = (answered: boolean) => {
      socket.destroy();
      resolve(answered);
    };
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
    socket.once('timeout', () => done(false));
  });

/** Runs statements on the maintenance database with the pg driver @mikro-orm/postgresql brings. */
async function adminRun(statements: readonly string[]): Promise<void> {
  const requireFromApi = createRequire(createRequire(import.meta.url).resolve('@etik/api/package.json'));
  const pgPath = createRequire(requireFromApi.resolve('@mikro-orm/postgresql')).resolve('pg');
  const pg = requireFromApi(pgPath) as { Client: new (options: { connectionString: string }) => PgClient };
  const client = new pg.Client({ connectionString: PG_ADMIN_URL }) as PgClient & { connect(): Promise<void> };
  await client.connect();
  try {
    for (const statement of statements) await client.query(statement);
  } finally {
    await client.end();
  }
}

export interface BenchDatabase {
  readonly dialect: Dialect;
  readonly db: DbConfig;
  readonly label: string;
  /** An already seeded database named by ETIK_BENCH_REUSE_PG / ETIK_BENCH_REUSE_SQLITE: not seeded, not dropped. */
  readonly reused: boolean;
  drop(): Promise<void>;
}

export async function createBenchDatabase(dialect: Dialect): Promise<BenchDatabase> {
  const reusePg = process.env.ETIK_BENCH_REUSE_PG;
  const reuseSqlite = process.env.ETIK_BENCH_REUSE_SQLITE;
  if (dialect === 'postgresql' && reusePg) {
    if (!/^\w+$/.test(reusePg)) throw new Error('ETIK_BENCH_REUSE_PG is a database name');
    const url = new URL(PG_ADMIN_URL);
    url.pathname = `/${reusePg}`;
    const db = { driver: 'postgresql' as const, url: url.toString() };
    return {
      dialect,
      db,
      label: `PostgreSQL (${reusePg} on ${url.host}, reused)`,
      reused: true,
      drop: async () => {},
    };
  }
  if (dialect === 'sqlite' && reuseSqlite) {
    const db = { driver: 'sqlite' as const, path: reuseSqlite };
    return { dialect, db, label: `SQLite (${reuseSqlite}, WAL, reused)`, reused: true, drop: async () => {} };
  }
  if (dialect === 'postgresql') {
    await adminRun([
      `drop database if exists ${BENCH_DATABASE} with (force)`,
      `create database ${BENCH_DATABASE}`,
    ]);
    const url = new URL(PG_ADMIN_URL);
    url.pathname = `/${BENCH_DATABASE}`;
    return {
      dialect,
      db: { driver: 'postgresql', url: url.toString() },
      label: `PostgreSQL (${BENCH_DATABASE} on ${url.host})`,
      reused: false,
      drop: () => adminRun([`drop database if exists ${BENCH_DATABASE} with (force)`]),
    };
  }
  const dir = mkdtempSync(join(tmpdir(), 'etik-bench-'));
  const path = join(dir, 'etik.db');
  return {
    dialect,
    db: { driver: 'sqlite', path },
    label: `SQLite (${path}, WAL)`,
    reused: false,
    drop: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** Hand-written SQL on the ORM's own connection, borrowed from its pool for one unit of work. */
export class RawSql {
  /** Statements prepared per connection (the pool replaces a libsql connection older than 10 s). */
  private readonly statements = new WeakMap<SqliteDatabase, Map<string, SqliteStatement>>();
  constructor(
    private readonly dialect: Dialect,
    private readonly orm: Orm,
  ) {}

  async with<T>(
    work: (query: (sql: string, params: unknown[]) => Promise<Record<string, unknown>[]>) => Promise<T>,
  ) {
    const client = knexClientOf(this.orm);
    const connection = await client.acquireConnection();
    try {
      if (this.dialect === 'postgresql') {
        const pg = connection as PgClient;
        return await work(async (sql, params) => (await pg.query(sql, params)).rows);
      }
      const sqlite = connection as SqliteDatabase;
      let prepared = this.statements.get(sqlite);
      if (!prepared) this.statements.set(sqlite, (prepared = new Map()));
      const cache = prepared;
      return await work(async (sql, params) => {
        let statement = cache.get(sql);
        if (!statement) cache.set(sql, (statement = sqlite.prepare(sql)));
        return statement.all(params);
      });
    } finally {
      await client.releaseConnection(connection);
    }
  }
}
