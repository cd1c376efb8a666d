// Migrations from an empty database to head, for the dialect under test; the result matches the entities.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initOrm, migrate, type Orm } from '../src/db/orm.js';
import { POSTGRESQL_MIGRATIONS } from '../src/db/migrations/postgresql/index.js';
import { SQLITE_MIGRATIONS } from '../src/db/migrations/sqlite/index.js';
import { createTestDatabase, usesPostgres } from './test-server.js';

let orm: Orm;
let drop: () => Promise<void>;

beforeAll(async () => {
  const created = await createTestDatabase();
  drop = created.drop;
  orm = await initOrm(created.db);
});
afterAll(async () => {
  await orm?.close();
  await drop?.();
});

describe(`migrations (${usesPostgres ? 'postgresql' : 'sqlite'})`, () => {
  const expected = (usesPostgres ? POSTGRESQL_MIGRATIONS : SQLITE_MIGRATIONS).map(
    (migration) => migration.name,
  );

  it('apply every migration to an empty database, in order', async () => {
    expect(await migrate(orm)).toEqual(expected);
  });

  it('leave nothing to apply on a second run', async () => {
    expect(await migrate(orm)).toEqual([]);
  });

  it('produce exactly the schema the entities describe', async () => {
    expect(await orm.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false })).toBe('');
  });

  it('make the audit table append-only in the database', async () => {
    const connection = orm.em.getConnection();
    await connection.execute(
      `insert into audit_event (seq, at, action, entity_type, entity_id, prev_hash, hash) values (1, ?, 'probe', 'test', 't', 'p', 'h')`,
      [usesPostgres ? new Date() : Date.now()],
    );
    await expect(connection.execute(`update audit_event set action = 'x'`)).rejects.toThrow(/append-only/);
    await expect(connection.execute('delete from audit_event')).rejects.toThrow(/append-only/);
  });
});
