// initOrm(config): the driver is chosen from config; migrations are per dialect and listed explicitly,
// so the compiled server, tsx scripts and Vitest all run the same migrations without globbing files.
import { DataloaderType, MikroORM, type Options } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { LibSqlDriver } from '@mikro-orm/libsql';
import { Migrator } from '@mikro-orm/migrations';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import type { DbConfig } from '../config.js';
import { ENTITIES } from './entities.js';
import { POSTGRESQL_MIGRATIONS } from './migrations/postgresql/index.js';
import { SQLITE_MIGRATIONS } from './migrations/sqlite/index.js';

export type Orm = MikroORM;
export type Em = EntityManager;

export interface OrmOptions {
  /** Called with every SQL statement (query-count tests, debugging). */
  readonly onQuery?: (sql: string) => void;
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
          pool: { min: 0, max: 10 },
          migrations: {
            migrationsList: POSTGRESQL_MIGRATIONS,
            silent: true,
            transactional: true,
            allOrNothing: true,
            snapshot: false,
          },
        });
  if (db.driver === 'sqlite') {
    // MikroORM does not enable WAL (stack.md §5): set it, and wait for locks instead of failing at once.
    const connection = orm.em.getConnection();
    if (db.path !== ':memory:') await connection.execute('pragma journal_mode = wal');
    await connection.execute('pragma synchronous = normal');
    await connection.execute('pragma busy_timeout = 5000');
  }
  return orm;
}

/** Applies pending migrations; returns the names applied. */
export async function migrate(orm: Orm): Promise<string[]> {
  const applied = await orm.getMigrator().up();
  return applied.map((migration) => migration.name);
}
