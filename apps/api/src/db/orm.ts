// initOrm(config): the driver is chosen from config; migrations are per dialect and listed explicitly,
// so the compiled server, tsx scripts and Vitest all run the same migrations without globbing files.
import { DataloaderType, MikroORM, type Options } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { LibSqlDriver } from '@mikro-orm/libsql';
import { Migrator } from '@mikro-orm/migrations';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { useAuditKey } from '../audit/audit-checkpoint.js';
import type { DbConfig } from '../config.js';
import { ENTITIES } from './entities.js';
import { POSTGRESQL_MIGRATIONS } from './migrations/postgresql/index.js';
import { SQLITE_MIGRATIONS } from './migrations/sqlite/index.js';

export type Orm = MikroORM;
export type Em = EntityManager;

export interface OrmOptions {
  /** Called with every SQL statement (query-count tests, debugging). */
  readonly onQuery?: (sql: string) => void;
  /**
   * PostgreSQL statement_timeout of every pooled connection, ms. Default 0 (none): migrations, seeds and
   * scripts build indexes and copy millions of rows; the server's own pool passes the configured limit.
   */
  readonly statementTimeoutMs?: number;
  /** SQLite busy_timeout of every pooled connection, ms. Default 5 s. */
  readonly sqliteBusyTimeoutMs?: number;
}

type Done = (error: Error | null, connection: unknown) => void;
interface SqliteRaw {
  exec(sql: string): void;
  /** When the dialect opened it: libsql's knex dialect reopens a connection 10 s older at the next acquire. */
  __created?: number;
}
interface PgRaw {
  query(sql: string, callback: (error: Error | null) => void): void;
}

/**
 * Session settings for every connection the pool creates, not only the first: the pool replaces
 * connections (PostgreSQL's after an error, libsql's when the dialect thinks them stale), and a replacement
 * would otherwise run without them.
 */
function sqliteSession(busyTimeoutMs: number) {
  return (connection: SqliteRaw, done: Done) => {
    try {
      connection.exec(`pragma busy_timeout = ${Math.trunc(busyTimeoutMs)}`);
      connection.exec('pragma synchronous = normal');
      connection.exec('pragma foreign_keys = on');
      // That 10 s limit is for remote libsql servers. A local file's connection does not go stale, and
      // reopening it every 10 s threw away its page and statement caches: on the national database the
      // first requests after each reopen took seconds (benchmarks/api/README.md).
      connection.__created = Number.POSITIVE_INFINITY;
      done(null, connection);
    } catch (error) {
      done(error as Error, connection);
    }
  };
}

function postgresSession(statementTimeoutMs: number) {
  return (connection: PgRaw, done: Done) => {
    connection.query(`set statement_timeout = ${Math.trunc(statementTimeoutMs)}`, (error) =>
      done(error, connection),
    );
  };
}

export async function initOrm(db: DbConfig, options: OrmOptions = {}): Promise<Orm> {
  const common: Options = {
    entities: ENTITIES,
    discovery: { disableDynamicFileAccess: true, requireEntitiesArray: true },
    dataloader: DataloaderType.ALL,
    forceUtcTimezone: true,
    extensions: [Migrator],
    allowGlobalContext: false,
    ...(options.onQuery
      ? {
          debug: ['query'],
          logger: (message: string) => options.onQuery?.(message),
        }
      : {}),
  };
  const orm =
    db.driver === 'sqlite'
      ? await MikroORM.init({
          ...common,
          driver: LibSqlDriver,
          dbName: db.path,
          pool: { afterCreate: sqliteSession(options.sqliteBusyTimeoutMs ?? 5_000) },
          migrations: {
            migrationsList: SQLITE_MIGRATIONS,
            silent: true,
            transactional: true,
            allOrNothing: true,
            snapshot: false,
          },
        })
      : await MikroORM.init({
          ...common,
          driver: PostgreSqlDriver,
          clientUrl: db.url,
          pool: { min: 0, max: 10, afterCreate: postgresSession(options.statementTimeoutMs ?? 0) },
          migrations: {
            migrationsList: POSTGRESQL_MIGRATIONS,
            silent: true,
            transactional: true,
            allOrNothing: true,
            snapshot: false,
          },
        });
  if (db.auditKey) useAuditKey(orm, db.auditKey);
  if (db.driver === 'sqlite' && db.path !== ':memory:') {
    // MikroORM does not enable WAL (stack.md §5); it is a property of the file, so once is enough.
    await orm.em.getConnection().execute('pragma journal_mode = wal');
  }
  return orm;
}

/** Applies pending migrations; returns the names applied. */
export async function migrate(orm: Orm): Promise<string[]> {
  const applied = await orm.getMigrator().up();
  return applied.map((migration) => migration.name);
}
