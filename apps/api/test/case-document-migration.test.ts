// A case document stored before the edge refused ill-formed text: its lone surrogate and NUL escapes made
// PostgreSQL's `data::jsonb` fail every report over the case. The jsonb migration repairs it (U+FFFD, the
// case named in the log) before changing the column's type, and the reports answer afterwards.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LoginRateLimiter } from '../src/auth/login-rate-limiter.js';
import { initOrm, migrate, type Orm } from '../src/db/orm.js';
import { DEMO_PASSWORD, seedDemo } from '../src/db/seeders/demo-seeder.js';
import { createLogger } from '../src/logger.js';
import { createServer, type EtikServer } from '../src/server.js';
import {
  createTestDatabase,
  TEST_NOW,
  TestClock,
  testConfig,
  usesPostgres,
  type Json,
} from './test-server.js';

let orm: Orm;
let server: EtikServer;
let drop: () => Promise<void>;
let caseId: string;
const logs: string[] = [];
let reportBeforeMigration: Promise<unknown>;

beforeAll(async () => {
  // Two ORMs one after the other: on SQLite a file, which outlives the first.
  const created = usesPostgres
    ? await createTestDatabase()
    : {
        db: { driver: 'sqlite' as const, path: join(mkdtempSync(join(tmpdir(), 'etik-jsonb-')), 'etik.db') },
        drop: async () => {},
      };
  drop = created.drop;
  const before = await initOrm(created.db);
  try {
    // Seeded on today's schema, then taken back to before the jsonb migration (the migrations after it
    // undo cleanly: their tables are dropped and come back, filled, on the way up).
    await before.getMigrator().up();
    await seedDemo(before, { withCases: true, today: TEST_NOW });
    await before.getMigrator().down({ to: 'Migration20261207050000CaseDocumentJsonb' });
    const sql = before.em.getConnection();
    const [row] = await sql.execute<{ id: string; data: string }[]>(
      `select id, data from ethics_case
        where commission_path like '/kpu-ri/kpu-35/%' and data like '%"principlesViolated":%"independent"%'
        order by id limit 1`,
    );
    caseId = row!.id;
    const document = JSON.parse(row!.data);
    document.complaint.chronology = 'Teradu menerima uang \ud800 dari tim kampanye.';
    document.complaint.eventPlace = 'Kantor\u0000PPK';
    // JSON.stringify writes the escapes "\ud800" and "\u0000": text takes them, jsonb does not.
    await sql.execute('update ethics_case set data = ? where id = ?', [JSON.stringify(document), caseId]);
    reportBeforeMigration = usesPostgres
      ? sql.execute(
          `select count(*) from ethics_case c, jsonb_array_elements(c.data::jsonb -> 'decision' -> 'outcomes')`,
        )
      : Promise.resolve();
    await reportBeforeMigration.catch(() => undefined);
  } finally {
    await before.close();
  }
  orm = await initOrm(created.db, { onQuery: (message) => logs.push(message) });
  await migrate(orm);
  server = await createServer(testConfig(created.db), {
    orm,
    clock: new TestClock(TEST_NOW),
    logger: createLogger('silent'),
    loginLimiter: new LoginRateLimiter(1000, 60_000),
  });
}, 240_000);
afterAll(async () => {
  await server?.stop();
  await orm?.close();
  await drop?.();
});

async function gql(query: string, token?: string): Promise<Json> {
  const response = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query }),
  });
  return response.json();
}

describe(`the case document jsonb migration (${usesPostgres ? 'postgresql' : 'sqlite'})`, () => {
  it.runIf(usesPostgres)('stores the document as jsonb, which the bad row used to break', async () => {
    await expect(reportBeforeMigration).rejects.toThrow(/invalid input syntax for type json/);
    const [column] = await orm.em
      .getConnection()
      .execute<{ data_type: string }[]>(
        `select data_type from information_schema.columns where table_name = 'ethics_case' and column_name = 'data'`,
      );
    expect(column!.data_type).toBe('jsonb');
  });

  it.runIf(usesPostgres)(
    'replaces lone surrogates and NULs with U+FFFD and names the case in the log',
    async () => {
      const [row] = await orm.em.getConnection().execute<{ chronology: string; place: string }[]>(
        `select data -> 'complaint' ->> 'chronology' as chronology, data -> 'complaint' ->> 'eventPlace' as place
           from ethics_case where id = ?`,
        [caseId],
      );
      expect(row).toEqual({
        chronology: 'Teradu menerima uang \ufffd dari tim kampanye.',
        place: 'Kantor\ufffdPPK',
      });
      expect(logs.some((line) => line.includes('U+FFFD') && line.includes(caseId))).toBe(true);
    },
  );

  it('answers the reports and the principles filter over the case afterwards', async () => {
    const login = await gql(
      `mutation { login(username: "analyst.35", password: "${DEMO_PASSWORD}") { token } }`,
    );
    const token = login.data.login.token as string;
    const reports = await gql(
      `{ byOutcome: caseStatistics(groupBy: [outcome]) { totalCount groups { count outcome } }
         byPrinciple: caseStatistics(groupBy: [principle]) { groups { count principle } }
         stageDurations { cases }
         cases(filter: { principles: ["independent"] }) { totalCount nodes { id } } }`,
      token,
    );
    expect(reports.errors).toBeUndefined();
    expect(reports.data.byPrinciple.groups).toContainEqual(
      expect.objectContaining({ principle: 'independent' }),
    );
    expect(reports.data.cases.nodes.map((node: Json) => node.id)).toContain(caseId);
    const document = await gql(`{ case(id: "${caseId}") { complaint { chronology } } }`, token);
    expect(document.errors).toBeUndefined();
    expect(document.data.case.complaint.chronology).toMatch(/^Teradu menerima uang .* dari tim kampanye\.$/);
  });
});
