// The Directory migration takes the memberships' JSON history over into membership_status_change rows:
// a database from before it keeps its members' histories.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initOrm, type Orm } from '../src/db/orm.js';
import { createTestDatabase, usesPostgres } from './test-server.js';

let orm: Orm;
let drop: () => Promise<void>;

beforeAll(async () => {
  const created = await createTestDatabase();
  drop = created.drop;
  orm = await initOrm(created.db);
  await orm.getMigrator().up({ to: 'Migration20261124000000Evidence' });
  const sql = orm.em.getConnection();
  await sql.execute(`insert into region (code, level, name) values ('35', 'province', 'Jawa Timur')`);
  await sql.execute(
    `insert into commission (id, level, name, path) values ('kpu-35.26', 'regency', 'KPU Bangkalan', '/kpu-ri/kpu-35/kpu-35.26/')`,
  );
  await sql.execute(
    `insert into adhoc_body (id, type, name, region_code, commission_id) values ('ppk-1', 'ppk', 'PPK', '35', 'kpu-35.26')`,
  );
  const history = [
    { status: 'active', at: '2023-12-20T02:00:00.000Z', reason: 'appoint', reference: 'SK 1' },
    {
      status: 'temporarilyDismissed',
      at: '2024-03-01T03:04:05.678Z',
      reason: 'suspend',
      reference: 'case:c-1',
    },
    { status: 'dismissed', at: '2024-03-10T00:00:00.000Z', reason: 'dismiss', reference: 'case:c-1' },
  ];
  for (const [id, entries] of [
    ['m-1', history],
    ['m-2', []],
  ] as const) {
    await sql.execute(`insert into person (id, nik, name) values (?, ?, ?)`, [
      `p-${id}`,
      `35260000000000${id.slice(-1)}0`,
      id,
    ]);
    await sql.execute(
      `insert into membership (id, person_id, body_id, position, status, status_history) values (?, ?, 'ppk-1', 'member', ?, ?)`,
      [id, `p-${id}`, entries.length ? 'dismissed' : 'candidate', JSON.stringify(entries)],
    );
  }
  await sql.execute(
    `insert into app_user (id, username, display_name, password_hash, role, commission_id) values ('u-1', 'u1', 'U', 'x', 'officer', 'kpu-35.26')`,
  );
  await orm.getMigrator().up();
});
afterAll(async () => {
  await orm?.close();
  await drop?.();
});

describe(`the Directory migration (${usesPostgres ? 'postgresql' : 'sqlite'})`, () => {
  it('turns every entry of a JSON history into a row, chaining the statuses, with the case of each', async () => {
    const rows = await orm.em
      .getConnection()
      .execute<Record<string, unknown>[]>(
        'select membership_id, at, reason, from_status, to_status, reference, case_id from membership_status_change order by id',
      );
    expect(
      rows.map((row: Record<string, unknown>) => ({
        ...row,
        at: new Date(usesPostgres ? (row.at as Date) : Number(row.at)).toISOString(),
      })),
    ).toEqual([
      {
        membership_id: 'm-1',
        at: '2023-12-20T02:00:00.000Z',
        reason: 'appoint',
        from_status: 'candidate',
        to_status: 'active',
        reference: 'SK 1',
        case_id: null,
      },
      {
        membership_id: 'm-1',
        at: '2024-03-01T03:04:05.678Z',
        reason: 'suspend',
        from_status: 'active',
        to_status: 'temporarilyDismissed',
        reference: 'case:c-1',
        case_id: 'c-1',
      },
      {
        membership_id: 'm-1',
        at: '2024-03-10T00:00:00.000Z',
        reason: 'dismiss',
        from_status: 'temporarilyDismissed',
        to_status: 'dismissed',
        reference: 'case:c-1',
        case_id: 'c-1',
      },
    ]);
  });

  it('makes existing users active, at version 1, in their first session', async () => {
    const [user] = await orm.em
      .getConnection()
      .execute<{ active: unknown; version: number; session_version: number }[]>(
        "select active, version, session_version from app_user where id = 'u-1'",
      );
    expect({ ...user, active: Boolean(user!.active) }).toEqual({
      active: true,
      version: 1,
      session_version: 1,
    });
  });
});
