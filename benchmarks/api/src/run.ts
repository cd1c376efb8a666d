// pnpm bench: the API at scale, on PostgreSQL (database etik_bench on 127.0.0.1:5432, created and dropped
// here) and on SQLite (a temporary file), seeded by the scale seed (ETIK_BENCH_SCALE=regency|national):
//   1. the seed's own time;
//   2. a first page of 50 cases with filters through GraphQL (HTTP to a server started in this process)
//      beside the hand-written SQL that returns the same page, median of interleaved runs, and the ratio;
//   3. a loopback HTTP load (autocannon in a child process, 127.0.0.1, fixed duration and connections) on
//      case(id) and on the list query: requests/s and p99.
// Figures and ratios come from one run on this machine (shared, 2 cores): compare ratios, not absolutes.
import 'reflect-metadata';
import { fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import { join } from 'node:path';
import { LoginRateLimiter } from '@etik/api/dist/auth/login-rate-limiter.js';
import { loadConfig, type Config } from '@etik/api/dist/config.js';
import { initOrm, migrate, type Orm } from '@etik/api/dist/db/orm.js';
import { DEMO_PASSWORD } from '@etik/api/dist/db/seeders/demo-seeder.js';
import { seedScale, type ScaleSeedSummary } from '@etik/api/dist/db/seeders/scale-seeder.js';
import { createLogger } from '@etik/api/dist/logger.js';
import { createServer, type EtikServer } from '@etik/api/dist/server.js';
import { createBenchDatabase, postgresAnswers, RawSql, type Dialect } from './databases.js';
import { post } from './http-post.js';
import { benchCommands, COMMAND_TARGETS, type CommandResult } from './command-bench.js';
import { benchImport, type ImportResult } from './import-bench.js';
import { count, interleaved, ms, ratio, type Timing } from './measure.js';
import {
  CASE_QUERY,
  LIST_QUERY,
  listVariables,
  overdueVariables,
  PAGE,
  rawListPage,
  rawOverduePage,
  rawStatistics,
  statisticsOf,
  statisticsVariables,
  STATISTICS_QUERY,
  type ListCase,
  type StatisticsGrouping,
} from './queries.js';

const env = process.env;
const scale = (env.ETIK_BENCH_SCALE ?? 'regency') as 'regency' | 'national';
if (scale !== 'regency' && scale !== 'national') throw new Error('ETIK_BENCH_SCALE is regency or national');
const ROUNDS = Number(env.ETIK_BENCH_RUNS ?? 30);
const LOAD_SECONDS = Math.min(10, Number(env.ETIK_BENCH_LOAD_SECONDS ?? 10));
const CONNECTIONS = Number(env.ETIK_BENCH_CONNECTIONS ?? 10);
const RATIO_TARGET = 1.5;
/** Which parts run after the seed and login: fixed (per-request cost), lists, pairs, load, commands, import. */
const PARTS = new Set(
  (env.ETIK_BENCH_PARTS ?? 'fixed,lists,pairs,load,commands,import').split(',').map((name) => name.trim()),
);
const wanted = (env.ETIK_BENCH_DBS ?? 'postgresql,sqlite').split(',').map((name) => name.trim()) as Dialect[];

/** The lists measured. Bangkalan (35.26) is in both scales; Jawa Timur is its province. */
const LISTS: readonly ListCase[] = [
  {
    name: 'regency 35.26, closed|discontinued, received in 2024',
    commissionId: 'kpu-35.26',
    commissionPath: '/kpu-ri/kpu-35/kpu-35.26/',
    statuses: ['closed', 'discontinued'],
    receivedFrom: '2024-01-01T00:00:00.000Z',
    receivedTo: '2025-01-01T00:00:00.000Z',
    sort: 'receivedAtDesc',
  },
  {
    name: 'same, sorted by updatedAt desc',
    commissionId: 'kpu-35.26',
    commissionPath: '/kpu-ri/kpu-35/kpu-35.26/',
    statuses: ['closed', 'discontinued'],
    receivedFrom: '2024-01-01T00:00:00.000Z',
    receivedTo: '2025-01-01T00:00:00.000Z',
    sort: 'updatedAtDesc',
  },
  {
    name: 'province 35 (Jawa Timur), closed, received in 2024',
    commissionId: 'kpu-35',
    commissionPath: '/kpu-ri/kpu-35/',
    statuses: ['closed'],
    receivedFrom: '2024-01-01T00:00:00.000Z',
    receivedTo: '2025-01-01T00:00:00.000Z',
    sort: 'receivedAtDesc',
  },
  {
    name: 'nationwide, closed, received in 2024',
    commissionId: 'kpu-ri',
    commissionPath: '/kpu-ri/',
    statuses: ['closed'],
    receivedFrom: '2024-01-01T00:00:00.000Z',
    receivedTo: '2025-01-01T00:00:00.000Z',
    sort: 'receivedAtDesc',
  },
];

interface ListResult {
  readonly list: ListCase;
  readonly totalCount: number;
  readonly graphql: Timing;
  readonly sql: Timing;
}
/** A query beside its hand-written SQL, other than the lists above. */
interface PairResult {
  readonly name: string;
  readonly rows: number;
  readonly graphql: Timing;
  readonly sql: Timing;
}
interface LoadResult {
  readonly requestsPerSecond: number;
  readonly total: number;
  readonly p50: number;
  readonly p99: number;
  readonly max: number;
  readonly non2xx: number;
  readonly errors: number;
  readonly timeouts: number;
}
interface DatabaseResult {
  readonly dialect: Dialect;
  readonly label: string;
  readonly seed: ScaleSeedSummary | undefined;
  /** The fixed cost of a request: `GET /healthz` beside `{ me { username } }` (token check, session). */
  readonly fixed?: { readonly healthz: LoadResult; readonly me: LoadResult };
  readonly lists: ListResult[];
  readonly pairs: PairResult[];
  readonly load?: { readonly caseById: LoadResult; readonly list: LoadResult };
  readonly commands?: CommandResult;
  readonly memberImport?: ImportResult;
}

const say = (line = '') => console.log(line);
const loadLine = (result: LoadResult) =>
  `${count(result.requestsPerSecond).padStart(7)} req/s, p50 ${result.p50} ms, p99 ${result.p99} ms ` +
  `(${count(result.total)} requests, ${result.non2xx} non-2xx, ${result.errors} errors)`;
const loadAverage = () =>
  os
    .loadavg()
    .map((value) => value.toFixed(1))
    .join(' ');

/** The API's own configuration loader, as in production, on a loopback port chosen by the OS. */
function configFor(db: Config['db']): Config {
  const config = loadConfig({
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: '0',
    LOG_LEVEL: 'silent',
    SEED_DEMO: 'false',
    // The import bench drives its own import; no poller beside it.
    IMPORT_WORKER: 'false',
    // Loopback load from one address and one user: the general request rate limit would throttle it.
    RATE_LIMIT_PER_ADDRESS: '0',
    RATE_LIMIT_PER_USER: '0',
    JWT_SECRET: randomBytes(32).toString('hex'),
    ETIK_DATA_DIR: os.tmpdir(),
    ADMIN_DIST_DIR: join(os.tmpdir(), 'etik-bench-no-admin'),
    ...(db.driver === 'postgresql' ? { DATABASE_URL: db.url } : { SQLITE_PATH: db.path }),
  });
  return { ...config, db };
}

/** A load on `url`: POSTs cycling over `bodies`, or GETs when there are none. */
function load(url: string, token: string, bodies: readonly string[]): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const child = fork(new URL('./load-worker.mjs', import.meta.url), { stdio: 'inherit' });
    child.once('message', (message) => resolve(message as LoadResult));
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code !== 0) reject(new Error(`load worker exited with ${code}`));
    });
    child.send({ url, token, bodies, seconds: LOAD_SECONDS, connections: CONNECTIONS });
  });
}

/** Load: case(id) over 20 cases of the regency, and the regency list. */
async function benchLoads(
  url: string,
  token: string,
  raw: RawSql,
  dialect: Dialect,
): Promise<NonNullable<DatabaseResult['load']>> {
  const ids = await raw.with(async (query) =>
    (
      await rawListPage(dialect, query, {
        ...LISTS[0]!,
        statuses: ['closed', 'discontinued', 'rejected', 'delivered', 'examination', 'received'],
      })
    ).ids.slice(0, 20),
  );
  const caseBodies = ids.map((id) => JSON.stringify({ query: CASE_QUERY, variables: { id } }));
  const sample = await post(url, caseBodies[0]!, token);
  if (sample.errors || !sample.data?.case) throw new Error(`case(id): ${JSON.stringify(sample.errors)}`);
  say(
    `   load: ${CONNECTIONS} connections, ${LOAD_SECONDS} s each, 127.0.0.1 (load average ${loadAverage()})`,
  );
  const caseById = await load(url, token, caseBodies);
  say(
    `   case(id) x ${ids.length} ids: ${count(caseById.requestsPerSecond)} req/s, p50 ${caseById.p50} ms, ` +
      `p99 ${caseById.p99} ms (${count(caseById.total)} requests, ${caseById.non2xx} non-2xx, ${caseById.errors} errors)`,
  );
  const listLoad = await load(url, token, [
    JSON.stringify({ query: LIST_QUERY, variables: listVariables(LISTS[0]!) }),
  ]);
  say(
    `   cases list (regency): ${count(listLoad.requestsPerSecond)} req/s, p50 ${listLoad.p50} ms, p99 ${listLoad.p99} ms ` +
      `(${count(listLoad.total)} requests, ${listLoad.non2xx} non-2xx, ${listLoad.errors} errors)`,
  );
  return { caseById, list: listLoad };
}

async function benchDatabase(dialect: Dialect): Promise<DatabaseResult> {
  const database = await createBenchDatabase(dialect);
  let orm: Orm | undefined;
  let server: EtikServer | undefined;
  try {
    say(`\n== ${database.label}, ${scale} scale (load average ${loadAverage()})`);
    orm = await initOrm(database.db);
    await migrate(orm);
    const seed = database.reused
      ? undefined
      : await seedScale(orm, { scale, onProgress: (line) => say(`   seed: ${line}`) });
    say(
      seed
        ? `   seeded ${count(seed.rows.membership ?? 0)} memberships, ${count(seed.rows.ethics_case ?? 0)} cases, ` +
            `${count(seed.rows.audit_event ?? 0)} audit rows in ${seed.seconds.total.toFixed(1)} s ` +
            `(load ${seed.seconds.load.toFixed(1)} s, indexes and keys ${seed.seconds.indexes.toFixed(1)} s)`
        : '   reused as it is: not seeded here, so no seed time',
    );
    server = await createServer(configFor(database.db), {
      orm,
      logger: createLogger('silent'),
      loginLimiter: new LoginRateLimiter(1000, 60_000),
    });
    const loggedIn = await post(
      server.url,
      JSON.stringify({
        query: 'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
        variables: { u: 'admin.ri', p: DEMO_PASSWORD },
      }),
    );
    const token = loggedIn.data?.login?.token as string;
    if (!token) throw new Error(`login failed: ${JSON.stringify(loggedIn.errors)}`);
    const raw = new RawSql(dialect, orm);

    let fixed: DatabaseResult['fixed'];
    if (PARTS.has('fixed')) {
      // What every request pays before its own work: GET /healthz (HTTP, express) beside the smallest
      // authenticated query (plus body parsing, the token, the session, Apollo, the context).
      const meBody = JSON.stringify({ query: '{ me { username } }' });
      const check = await post(server.url, meBody, token);
      if (check.errors || check.data?.me?.username !== 'admin.ri')
        throw new Error(`me: ${JSON.stringify(check.errors)}`);
      say(
        `   fixed cost: ${CONNECTIONS} connections, ${LOAD_SECONDS} s each, 127.0.0.1 (load average ${loadAverage()})`,
      );
      const healthz = await load(new URL('/healthz', server.url).href, token, []);
      const me = await load(server.url, token, [meBody]);
      fixed = { healthz, me };
      say(`   ${'GET /healthz'.padEnd(22)} ${loadLine(healthz)}`);
      say(`   ${'{ me { username } }'.padEnd(22)} ${loadLine(me)} (load average ${loadAverage()})`);
    }

    const lists: ListResult[] = [];
    for (const list of PARTS.has('lists') ? LISTS : []) {
      const body = JSON.stringify({ query: LIST_QUERY, variables: listVariables(list) });
      const check = await post(server.url, body, token);
      if (check.errors) throw new Error(`${list.name}: ${JSON.stringify(check.errors)}`);
      const expected = await raw.with((query) => rawListPage(dialect, query, list));
      const got = check.data.cases;
      const sameIds = got.nodes.map((node: { id: string }) => node.id).join() === expected.ids.join();
      if (got.totalCount !== expected.totalCount || !sameIds)
        throw new Error(
          `${list.name}: GraphQL and SQL disagree (${got.totalCount} vs ${expected.totalCount})`,
        );
      const timing = await interleaved(
        {
          graphql: () => post(server!.url, body, token),
          sql: () => raw.with((query) => rawListPage(dialect, query, list)),
        },
        ROUNDS,
      );
      lists.push({ list, totalCount: expected.totalCount, ...timing });
      say(
        `   cases(first: ${PAGE}) ${list.name} [${count(expected.totalCount)} match]: GraphQL ${ms(timing.graphql.median)}, ` +
          `SQL ${ms(timing.sql.median)}, ratio ${ratio(timing.graphql.median / timing.sql.median)} ` +
          `(target ≤ ${RATIO_TARGET}×)`,
      );
    }

    // caseStatistics by province and by regency (and status), beside the GROUP BY; then the overdue list.
    const pairs: PairResult[] = [];
    const report = (pair: PairResult) => {
      pairs.push(pair);
      say(
        `   ${pair.name} [${count(pair.rows)}]: GraphQL ${ms(pair.graphql.median)}, SQL ${ms(pair.sql.median)}, ` +
          `ratio ${ratio(pair.graphql.median / pair.sql.median)} (target ≤ ${RATIO_TARGET}×)`,
      );
    };
    for (const by of (PARTS.has('pairs') ? ['province', 'regency'] : []) as StatisticsGrouping[]) {
      const body = JSON.stringify({ query: STATISTICS_QUERY, variables: statisticsVariables(by) });
      const check = await post(server.url, body, token);
      if (check.errors) throw new Error(`caseStatistics(${by}): ${JSON.stringify(check.errors)}`);
      const expected = await raw.with((query) => rawStatistics(query, by));
      const got = statisticsOf(check.data, by);
      if (got.totalCount !== expected.totalCount || got.groups.join() !== expected.groups.join())
        throw new Error(`caseStatistics(${by}, status): GraphQL and SQL disagree`);
      const timing = await interleaved(
        {
          graphql: () => post(server!.url, body, token),
          sql: () => raw.with((query) => rawStatistics(query, by)),
        },
        ROUNDS,
      );
      report({
        name: `caseStatistics(groupBy: [${by}, status]), ${count(expected.groups.length)} groups`,
        rows: expected.totalCount,
        ...timing,
      });
    }
    if (PARTS.has('pairs')) {
      const body = JSON.stringify({ query: LIST_QUERY, variables: overdueVariables() });
      const check = await post(server.url, body, token);
      if (check.errors) throw new Error(`overdue list: ${JSON.stringify(check.errors)}`);
      const expected = await raw.with((query) => rawOverduePage(dialect, query, new Date()));
      const got = check.data.cases;
      if (
        got.totalCount !== expected.totalCount ||
        got.nodes.map((node: { id: string }) => node.id).join() !== expected.ids.join()
      )
        throw new Error(
          `overdue list: GraphQL and SQL disagree (${got.totalCount} vs ${expected.totalCount})`,
        );
      const timing = await interleaved(
        {
          graphql: () => post(server!.url, body, token),
          sql: () => raw.with((query) => rawOverduePage(dialect, query, new Date())),
        },
        ROUNDS,
      );
      report({
        name: `cases(first: ${PAGE}, filter: { overdue: true }, sort: nextDueAtAsc), nationwide`,
        rows: expected.totalCount,
        ...timing,
      });
    }

    const result: DatabaseResult = {
      dialect,
      label: database.label,
      seed,
      lists,
      pairs,
      ...(fixed ? { fixed } : {}),
    };
    const loads = PARTS.has('load') ? await benchLoads(server.url, token, raw, dialect) : undefined;
    const commands = PARTS.has('commands')
      ? await benchCommands(server.url, orm, LOAD_SECONDS, say)
      : undefined;
    const memberImport = PARTS.has('import') ? await benchImport(dialect, orm, say) : undefined;
    return {
      ...result,
      ...(loads ? { load: loads } : {}),
      ...(commands ? { commands } : {}),
      ...(memberImport ? { memberImport } : {}),
    };
  } finally {
    await server?.stop();
    await orm?.close();
    await database.drop();
  }
}

const started = performance.now();
say(
  `@etik/api bench: ${scale} scale, ${ROUNDS} interleaved runs per list query, ${os.cpus().length} CPUs, ` +
    `load average ${loadAverage()}`,
);
const results: DatabaseResult[] = [];
for (const dialect of wanted) {
  if (dialect === 'postgresql' && !(await postgresAnswers())) {
    say('\n== PostgreSQL: nothing listens on 127.0.0.1:5432, so the PostgreSQL run is SKIPPED');
    continue;
  }
  results.push(await benchDatabase(dialect));
}

say(`\n== Summary (${scale} scale; medians; ratio = GraphQL time / SQL time, target ≤ ${RATIO_TARGET}×)`);
for (const result of results) {
  say(
    `${result.label}: seed ${result.seed ? `${result.seed.seconds.total.toFixed(1)} s` : 'not run (reused)'}`,
  );
  if (result.fixed) {
    const { healthz, me } = result.fixed;
    say(
      `  fixed cost: GET /healthz ${count(healthz.requestsPerSecond)} req/s (p99 ${healthz.p99} ms), ` +
        `{ me { username } } ${count(me.requestsPerSecond)} req/s (p99 ${me.p99} ms)`,
    );
  }
  for (const { name, graphql, sql } of [
    ...result.lists.map((entry) => ({ ...entry, name: entry.list.name })),
    ...result.pairs,
  ]) {
    const value = graphql.median / sql.median;
    say(
      `  ${name.padEnd(54)} GraphQL ${ms(graphql.median).padStart(9)}  SQL ${ms(sql.median).padStart(9)}  ` +
        `${ratio(value).padStart(7)} ${value <= RATIO_TARGET ? 'ok' : 'over target'}`,
    );
  }
  if (result.load) {
    const { caseById, list } = result.load;
    say(
      `  load case(id): ${count(caseById.requestsPerSecond)} req/s, p99 ${caseById.p99} ms; list: ${count(list.requestsPerSecond)} req/s, p99 ${list.p99} ms`,
    );
  }
  const commands = result.commands;
  if (commands) {
    const { throughput, race } = commands;
    const met =
      throughput.commandsPerSecond >= COMMAND_TARGETS.commandsPerSecond &&
      throughput.p99 <= COMMAND_TARGETS.p99Ms;
    say(
      `  commands (${commands.writers} writers, ${commands.commissions} commissions): ${count(throughput.commandsPerSecond)} commands/s, ` +
        `p50 ${throughput.p50.toFixed(1)} ms, p99 ${throughput.p99.toFixed(1)} ms ` +
        `(target ≥ ${COMMAND_TARGETS.commandsPerSecond}/s, p99 ≤ ${COMMAND_TARGETS.p99Ms} ms: ${met ? 'ok' : 'missed'})` +
        (Object.keys(throughput.failures).length > 0
          ? `; FAILED ${JSON.stringify(throughput.failures)}`
          : ''),
    );
    say(
      `  one-case race: ${race.wins} wins in ${race.rounds} rounds, ${race.auditRows} audit rows: ` +
        (race.problems.length === 0 ? 'invariant holds' : `BROKEN (${race.problems.length} problems)`),
    );
  }
  const imported = result.memberImport;
  if (imported)
    say(
      `  member import of ${count(imported.rows)} rows: ${count(imported.importRowsPerSecond)} rows/s; raw ${result.dialect === 'postgresql' ? 'COPY' : 'multi-row INSERT'} ` +
        `${count(imported.rawRowsPerSecond)} rows/s; raw ÷ import ${ratio(imported.rawRowsPerSecond / imported.importRowsPerSecond)}`,
    );
}
const [pg, sqlite] = [
  results.find((r) => r.dialect === 'postgresql'),
  results.find((r) => r.dialect === 'sqlite'),
];
if (pg && sqlite) {
  say('PostgreSQL / SQLite:');
  if (pg.seed && sqlite.seed) say(`  seed time ${ratio(pg.seed.seconds.total / sqlite.seed.seconds.total)}`);
  pg.lists.forEach((entry, index) =>
    say(
      `  ${entry.list.name.padEnd(54)} GraphQL ${ratio(entry.graphql.median / sqlite.lists[index]!.graphql.median)}, SQL ${ratio(entry.sql.median / sqlite.lists[index]!.sql.median)}`,
    ),
  );
  if (pg.memberImport && sqlite.memberImport)
    say(
      `  member import rows/s ${ratio(pg.memberImport.importRowsPerSecond / sqlite.memberImport.importRowsPerSecond)}, ` +
        `raw rows/s ${ratio(pg.memberImport.rawRowsPerSecond / sqlite.memberImport.rawRowsPerSecond)}`,
    );
  if (pg.load && sqlite.load)
    say(
      `  case(id) req/s ${ratio(pg.load.caseById.requestsPerSecond / sqlite.load.caseById.requestsPerSecond)}, ` +
        `list req/s ${ratio(pg.load.list.requestsPerSecond / sqlite.load.list.requestsPerSecond)}`,
    );
  if (pg.fixed && sqlite.fixed)
    say(`  { me } req/s ${ratio(pg.fixed.me.requestsPerSecond / sqlite.fixed.me.requestsPerSecond)}`);
  if (pg.commands && sqlite.commands)
    say(
      `  commands/s ${ratio(pg.commands.throughput.commandsPerSecond / sqlite.commands.throughput.commandsPerSecond)}, ` +
        `p99 ${ratio(pg.commands.throughput.p99 / sqlite.commands.throughput.p99)}`,
    );
}
say(`\nDone in ${((performance.now() - started) / 1000).toFixed(0)} s (load average ${loadAverage()}).`);
// A broken one-winner invariant, or writers refused where nothing should refuse them, is a failed bench.
const broken = results.filter(
  (result) =>
    result.commands &&
    (result.commands.race.problems.length > 0 || Object.keys(result.commands.throughput.failures).length > 0),
);
if (broken.length > 0) {
  say(`Concurrent commands BROKEN on ${broken.map((result) => result.dialect).join(', ')}: see above.`);
  process.exitCode = 1;
}
