// The scale seed at a small scale (one regency, a few hundred cases) gives the API what it expects: counts
// that match the plan, cases the domain accepts, an intact audit chain, and `cases`/`case` queries that
// answer from it. Runs on SQLite, and on PostgreSQL with ETIK_TEST_DB=postgresql (fresh databases).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/knex';
import { checkCaseInvariants } from '@etik/domain';
import type { DbConfig } from '../../config.js';
import { LoginRateLimiter } from '../../auth/login-rate-limiter.js';
import { verifyAuditChain } from '../../audit/audit-trail.js';
import { EthicsCaseRecord } from '../../ethics-cases/ethics-case.entity.js';
import { toDomain } from '../../ethics-cases/case.mapper.js';
import { ruleSetOf } from '../../ethics-cases/case-context.js';
import { createLogger } from '../../logger.js';
import { createServer, type EtikServer } from '../../server.js';
import { createTestDatabase, testConfig, type Json } from '../../../test/test-server.js';
import { initOrm, migrate, type Orm } from '../orm.js';
import { DEMO_PASSWORD } from './demo-seeder.js';
import { NATIONAL_CASES, NATIONAL_TPS, planScale } from './scale-plan.js';
import { seedScale, type ScaleSeedSummary } from './scale-seeder.js';

const REGENCY = '11.71'; // Kota Banda Aceh: a KIP, 9 kecamatan, 90 villages
const CASES = 300;

interface Seeded {
  readonly db: DbConfig;
  readonly orm: Orm;
  readonly summary: ScaleSeedSummary;
  readonly drop: () => Promise<void>;
}

async function seeded(): Promise<Seeded> {
  const { db, drop } = await createTestDatabase();
  const orm = await initOrm(db);
  await migrate(orm);
  const summary = await seedScale(orm, { scale: 'regency', regencies: [REGENCY], cases: CASES });
  return { db, orm, summary, drop };
}

const countOf = async (orm: Orm, sql: string, params: unknown[] = []): Promise<number> => {
  const [row] = await orm.em.fork().getConnection().execute<{ count: number | string }[]>(sql, params);
  return Number(row!.count);
};

let first: Seeded;
let server: EtikServer;

async function gql(query: string, variables: Record<string, unknown> = {}, token?: string) {
  const response = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: Json; errors?: Json[] };
}

async function login(username: string): Promise<string> {
  const result = await gql(
    'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
    {
      u: username,
      p: DEMO_PASSWORD,
    },
  );
  if (!result.data?.login) throw new Error(`login ${username}: ${JSON.stringify(result.errors)}`);
  return result.data.login.token as string;
}

beforeAll(async () => {
  first = await seeded();
  server = await createServer(testConfig(first.db), {
    orm: first.orm,
    logger: createLogger('silent'),
    loginLimiter: new LoginRateLimiter(1000, 60_000),
  });
}, 180_000);

afterAll(async () => {
  await server?.stop();
  await first?.orm.close();
  await first?.drop();
});

describe('the national plan', () => {
  it('covers every region of idn-area-data with 820,161 KPPS, ≈ 6.1 million memberships and 100,000 cases', async () => {
    const plan = await planScale({ scale: 'national' });
    expect(plan.provinces).toHaveLength(38);
    expect(plan.totals).toMatchObject({ regencies: 514, districts: 7285, villages: 83_762 });
    expect(plan.totals.tps).toBe(NATIONAL_TPS);
    expect(plan.totals.cases).toBe(NATIONAL_CASES);
    expect(plan.regencies.reduce((sum, regency) => sum + regency.cases, 0)).toBe(NATIONAL_CASES);
    expect(plan.totals.memberships).toBeGreaterThan(6_000_000);
    expect(plan.totals.memberships).toBeLessThan(6_200_000);
    expect(
      plan.regencies.every((regency) => regency.districts.every((d) => d.villages.every((v) => v.tps >= 1))),
    ).toBe(true);

    // A regency seeded alone gets exactly what it gets in the national seed.
    const alone = await planScale({ scale: 'regency', regencies: [REGENCY] });
    const national = plan.regencies.find((regency) => regency.code === REGENCY)!;
    expect(alone.regencies[0]).toEqual(national);
  }, 60_000);
});

describe(`the regency scale (${REGENCY}, ${CASES} cases)`, () => {
  it('writes the rows the plan announces, and nothing the domain would refuse', async () => {
    const { summary, orm } = first;
    const { plan, rows } = summary;
    expect(summary.fallbacks).toBe(0);
    expect(rows.membership).toBe(plan.memberships);
    expect(rows.adhoc_body).toBe(plan.districts + plan.villages + plan.tps);
    expect(rows.person).toBe(plan.memberships + 3); // and three examiners on the commission's staff
    expect(rows.ethics_case).toBe(CASES);
    for (const [table, written] of Object.entries(rows))
      expect(await countOf(orm, `select count(*) as count from ${table}`), table).toBe(written);
    expect(await countOf(orm, "select count(*) as count from app_user where username like '%.11.71'")).toBe(
      5,
    );
  });

  it('stores cases that load into the domain and satisfy its invariants, in many statuses', async () => {
    const em = first.orm.em.fork() as unknown as EntityManager;
    const records = await em.find(EthicsCaseRecord, {}, { orderBy: { id: 'asc' } });
    expect(records).toHaveLength(CASES);
    const broken = records.flatMap((record) =>
      checkCaseInvariants(toDomain(record), ruleSetOf(record.ruleSetCode)).map(
        (sentence) => `${record.id}: ${sentence}`,
      ),
    );
    expect(broken).toEqual([]);
    const statuses = new Set(records.map((record) => record.status));
    expect(statuses.size).toBeGreaterThanOrEqual(12);
    expect(new Set(records.map((record) => record.source)).size).toBe(6);
  });

  it('keeps an intact audit chain, one caseReceived row per case', async () => {
    const result = await verifyAuditChain(first.orm.em.fork() as unknown as EntityManager);
    expect(result.ok).toBe(true);
    expect(result.rows).toBe(first.summary.rows.audit_event);
    expect(
      await countOf(first.orm, "select count(*) as count from audit_event where action = 'caseReceived'"),
    ).toBe(CASES);
  });

  it('applies the decisions to the members: dismissed members, appointed replacements', async () => {
    const { orm, summary } = first;
    expect(summary.membershipChanges).toBe(
      await countOf(orm, 'select count(*) as count from membership_status_change where case_id is not null'),
    );
    expect(summary.membershipChanges).toBe(
      await countOf(orm, "select count(*) as count from audit_event where action = 'membershipChanged'"),
    );
    expect(
      await countOf(orm, "select count(*) as count from membership where status = 'dismissed'"),
    ).toBeGreaterThan(0);
    expect(
      await countOf(orm, 'select count(*) as count from membership where replaces_id is not null'),
    ).toBeGreaterThanOrEqual(0);
  });

  it('answers the cases query with the counts the database has', async () => {
    const token = await login('admin.ri');
    const closed = await countOf(
      first.orm,
      "select count(*) as count from ethics_case where commission_id = 'kip-11.71' and status in ('closed', 'discontinued')",
    );
    const result = await gql(
      `query ($filter: CaseFilter) { cases(first: 50, filter: $filter) { totalCount pageInfo { hasNextPage }
         nodes { id status receivedAt commission { id } respondents { name bodyType } } } }`,
      { filter: { commissionId: 'kip-11.71', statuses: ['closed', 'discontinued'] } },
      token,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data.cases.totalCount).toBe(closed);
    expect(result.data.cases.nodes).toHaveLength(Math.min(50, closed));
    expect(result.data.cases.nodes.every((node: Json) => node.respondents.length >= 1)).toBe(true);
    const dates = result.data.cases.nodes.map((node: Json) => node.receivedAt as string);
    expect([...dates].sort().reverse()).toEqual(dates);

    const officer = await login(`officer.${REGENCY}`);
    const all = await gql('{ cases(first: 1) { totalCount } }', {}, officer);
    expect(all.data.cases.totalCount).toBe(CASES);
  });

  it('shows an examiner only the cases whose team they sit on, and a case with its timeline', async () => {
    const onTeam = await countOf(
      first.orm,
      "select count(distinct ethics_case_id) as count from case_participant where role = 'examiner' and person_id = ?",
      [`staff-${REGENCY}-1`],
    );
    expect(onTeam).toBeGreaterThan(0);
    const examiner = await login(`examiner1.${REGENCY}`);
    const listed = await gql('{ cases(first: 1) { totalCount nodes { id } } }', {}, examiner);
    expect(listed.data.cases.totalCount).toBe(onTeam);

    const id = listed.data.cases.nodes[0].id as string;
    const officer = await login(`officer.${REGENCY}`);
    const detail = await gql(
      'query ($id: ID!) { case(id: $id) { id status respondents { membershipId } timeline { action } availableCommands } }',
      { id },
      officer,
    );
    expect(detail.errors).toBeUndefined();
    const auditRows = await countOf(
      first.orm,
      "select count(*) as count from audit_event where entity_type = 'case' and entity_id = ?",
      [id],
    );
    expect(detail.data.case.timeline).toHaveLength(auditRows);
  });

  it('is deterministic: a second seed writes the same cases and the same audit chain', async () => {
    const second = await seeded();
    try {
      const head = async (orm: Orm) =>
        (
          await orm.em
            .fork()
            .getConnection()
            .execute<{ hash: string }[]>('select hash from audit_event order by seq desc limit 1')
        )[0]!.hash;
      expect(await head(second.orm)).toBe(await head(first.orm));
      expect(second.summary.rows).toEqual(first.summary.rows);
    } finally {
      await second.orm.close();
      await second.drop();
    }
  }, 120_000);
});
