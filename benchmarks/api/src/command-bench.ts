// Concurrent commands through GraphQL over loopback HTTP, in two parts:
//   1. throughput: ETIK_BENCH_WRITERS writers (default 10), each logged in on its own, each an officer or
//      commissioner of a regency commission (as many different commissions as the seed has, up to one per
//      writer), each giving a stream of record actions — add an allegation, remove it again — to cases of
//      its commission that no other writer touches, for ETIK_BENCH_LOAD_SECONDS; commands/s, p50, p99;
//   2. the race: on one case no writer touched, every writer gives the same command with the same
//      expectedVersion at once, ETIK_BENCH_RACE_ROUNDS times (add, then remove, then add …). Exactly one
//      may win each round, the others must be refused with CONFLICT, and the case's audit rows must grow
//      by the number of wins. A broken invariant is returned as problems (run.ts exits non-zero).
import { fork } from 'node:child_process';
import type { Orm } from '@etik/api/dist/db/orm.js';
import { DEMO_PASSWORD } from '@etik/api/dist/db/seeders/demo-seeder.js';
import {
  ADD_ALLEGATION,
  addedAllegationId,
  allegationOf,
  REMOVE_ALLEGATION,
  type WriterCase,
  type WritersOutcome,
  type WritersTask,
} from './command-writers.js';
import { graphql, type GraphQLAnswer } from './http-post.js';
import { count } from './measure.js';

export const WRITERS = Number(process.env.ETIK_BENCH_WRITERS ?? 10);
export const RACE_ROUNDS = Number(process.env.ETIK_BENCH_RACE_ROUNDS ?? 20);
/** Cases per writer in the throughput part (fewer when the commission has fewer open cases). */
const CASES_PER_WRITER = 4;
/** Issue #10's targets for PostgreSQL. */
export const COMMAND_TARGETS = { commandsPerSecond: 200, p99Ms: 100 } as const;

/** Where officers and commissioners may add allegations (the domain's grant: before the plenary). */
const OPEN_STATUSES = [
  'received',
  'screening',
  'awaitingCorrection',
  'registered',
  'clarification',
  'examination',
];
/** Behaviours under the principle 'independent': one that a case does not allege yet is used. */
const BEHAVIOURS = [
  'refuseGiftsFromParticipants',
  'noCampaignInvolvement',
  'noPartisanSymbols',
  'noPartisanStatements',
  'declareFamilyTies',
  'remainNeutral',
];

export interface RaceResult {
  readonly rounds: number;
  readonly wins: number;
  readonly conflicts: number;
  readonly auditRows: number;
  /** What broke the invariant; empty when it held. */
  readonly problems: readonly string[];
}

export interface CommandResult {
  readonly writers: number;
  readonly users: number;
  readonly commissions: number;
  readonly cases: number;
  readonly throughput: WritersOutcome & { readonly commandsPerSecond: number };
  readonly race: RaceResult;
}

interface Writer {
  readonly username: string;
  readonly commissionId: string;
  readonly token: string;
}

const CASE_STATE = `query ($id: ID!) {
  case(id: $id) { version respondents { membershipId } allegations { respondentMembershipId behaviour } }
}`;

function sql(orm: Orm) {
  const connection = orm.em.fork().getConnection();
  return <T>(text: string, params: unknown[] = []): Promise<T[]> => connection.execute<T[]>(text, params);
}

const inList = (values: readonly unknown[]) => values.map(() => '?').join(', ');

/** Writers spread over the commissions with the most open cases, each logged in on its own. */
async function logInWriters(url: string, orm: Orm): Promise<{ writers: Writer[]; users: number }> {
  const query = sql(orm);
  const commissions = (
    await query<{ commission_id: string }>(
      `select commission_id from ethics_case where status in (${inList(OPEN_STATUSES)}) ` +
        `group by commission_id order by count(*) desc, commission_id limit ?`,
      [...OPEN_STATUSES, WRITERS],
    )
  ).map((row) => row.commission_id);
  const staff = await query<{ username: string; commission_id: string }>(
    `select username, commission_id from app_user where role in ('officer', 'commissioner') ` +
      `and commission_id in (${inList(commissions)}) order by role desc, username`,
    commissions,
  );
  if (staff.length === 0) throw new Error('commands: the seed has no officer or commissioner');
  // Round robin over the commissions first, then over each commission's staff.
  const byCommission = commissions.map((id) => staff.filter((user) => user.commission_id === id));
  const picks = Array.from({ length: WRITERS }, (_, index) => {
    const users = byCommission[index % byCommission.length]!;
    return users[Math.floor(index / byCommission.length) % users.length]!;
  });
  const writers = await Promise.all(
    picks.map(async (user) => {
      const answer = await graphql(
        url,
        'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
        { u: user.username, p: DEMO_PASSWORD },
      );
      const token = answer.data?.login?.token as string | undefined;
      if (!token) throw new Error(`commands: login ${user.username}: ${JSON.stringify(answer.errors)}`);
      return { username: user.username, commissionId: user.commission_id, token };
    }),
  );
  return { writers, users: new Set(picks.map((user) => user.username)).size };
}

/** The case's version, and a respondent and behaviour it can be alleged (none yet alleged for them). */
async function plan(url: string, token: string, id: string): Promise<WriterCase | undefined> {
  const answer = await graphql(url, CASE_STATE, { id }, token);
  const state = answer.data?.case as
    | {
        version: number;
        respondents: { membershipId: string | null }[];
        allegations: { respondentMembershipId: string; behaviour: string | null }[];
      }
    | undefined;
  const membershipId = state?.respondents.find((respondent) => respondent.membershipId)?.membershipId;
  if (!state || !membershipId) return undefined;
  const behaviour = BEHAVIOURS.find(
    (candidate) =>
      !state.allegations.some((a) => a.respondentMembershipId === membershipId && a.behaviour === candidate),
  );
  return behaviour ? { id, version: state.version, membershipId, behaviour } : undefined;
}

/** Open cases of each writer's commission, dealt out so that no two writers share one; one kept for the race. */
async function dealCases(
  url: string,
  orm: Orm,
  writers: readonly Writer[],
): Promise<{ perWriter: WriterCase[][]; race: WriterCase; raceCommission: string }> {
  const query = sql(orm);
  const perWriter: WriterCase[][] = writers.map(() => []);
  let race: { plan: WriterCase; commissionId: string } | undefined;
  for (const commissionId of [...new Set(writers.map((writer) => writer.commissionId))]) {
    const mine = writers.flatMap((writer, index) => (writer.commissionId === commissionId ? [index] : []));
    const token = writers[mine[0]!]!.token;
    const ids = (
      await query<{ id: string }>(
        `select id from ethics_case where commission_id = ? and status in (${inList(OPEN_STATUSES)}) order by id`,
        [commissionId, ...OPEN_STATUSES],
      )
    ).map((row) => row.id);
    let next = 0;
    for (const id of ids) {
      const planned = await plan(url, token, id);
      if (!planned) continue;
      if (!race) {
        race = { plan: planned, commissionId };
        continue;
      }
      const writer = mine[next % mine.length]!;
      if (perWriter[writer]!.length >= CASES_PER_WRITER) break;
      perWriter[writer]!.push(planned);
      next += 1;
    }
  }
  const idle = writers.filter((_, index) => perWriter[index]!.length === 0);
  if (idle.length > 0)
    throw new Error(`commands: no open case left for ${idle.map((w) => w.username).join(', ')}`);
  return { perWriter, race: race!.plan, raceCommission: race!.commissionId };
}

function runWriters(task: WritersTask): Promise<WritersOutcome> {
  return new Promise((resolve, reject) => {
    // The writers run in a child process (tsx comes with this process's --import): their own event loop.
    const child = fork(new URL('./command-writers.ts', import.meta.url), { stdio: 'inherit' });
    child.once('message', (message) => resolve(message as WritersOutcome));
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code !== 0) reject(new Error(`command writers exited with ${code}`));
    });
    child.send(task);
  });
}

const codeOf = (answer: GraphQLAnswer) => String(answer.errors?.[0]?.extensions?.code ?? 'NO_DATA');

/** R rounds of the same command, same expectedVersion, from every racer at once. */
async function race(
  url: string,
  orm: Orm,
  tokens: readonly string[],
  target: WriterCase,
): Promise<RaceResult> {
  const query = sql(orm);
  const auditRows = async () =>
    Number(
      (
        await query<{ n: number | string }>(`select count(*) as n from audit_event where entity_id = ?`, [
          target.id,
        ])
      )[0]!.n,
    );
  const auditBefore = await auditRows();
  const problems: string[] = [];
  let wins = 0;
  let conflicts = 0;
  let version = target.version;
  let allegationId: string | undefined;
  for (let round = 1; round <= RACE_ROUNDS; round += 1) {
    const adding = allegationId === undefined;
    const answers = await Promise.all(
      tokens.map((token) =>
        adding
          ? graphql(
              url,
              ADD_ALLEGATION,
              {
                caseId: target.id,
                expectedVersion: version,
                allegation: allegationOf(target.membershipId, target.behaviour),
              },
              token,
            )
          : graphql(
              url,
              REMOVE_ALLEGATION,
              { caseId: target.id, expectedVersion: version, allegationId },
              token,
            ),
      ),
    );
    const won = answers.filter((answer) => !answer.errors && answer.data);
    const refusals = answers.filter((answer) => answer.errors).map(codeOf);
    const roundConflicts = refusals.filter((code) => code === 'CONFLICT').length;
    wins += won.length;
    conflicts += roundConflicts;
    if (won.length !== 1 || roundConflicts !== tokens.length - 1) {
      problems.push(
        `round ${round} (${adding ? 'add' : 'remove'} at version ${version}): ${won.length} won, ` +
          `refused ${JSON.stringify(refusals)}`,
      );
    }
    if (won.length === 0) break; // nothing moved: the next round would only repeat this one
    const winner = won[0]!.data;
    const newVersion = Number((adding ? winner.addAllegation : winner.removeAllegation).version);
    if (newVersion !== version + 1)
      problems.push(`round ${round}: the winner's version is ${newVersion}, not ${version + 1}`);
    version = newVersion;
    allegationId = adding ? addedAllegationId(won[0]!, target.membershipId, target.behaviour) : undefined;
    if (adding && !allegationId) {
      problems.push(`round ${round}: the winner's answer does not show the allegation`);
      break;
    }
  }
  const auditRowsAdded = (await auditRows()) - auditBefore;
  if (auditRowsAdded !== wins) problems.push(`${wins} wins but ${auditRowsAdded} audit rows for the case`);
  return { rounds: RACE_ROUNDS, wins, conflicts, auditRows: auditRowsAdded, problems };
}

export async function benchCommands(
  url: string,
  orm: Orm,
  seconds: number,
  say: (line: string) => void,
): Promise<CommandResult> {
  const { writers, users } = await logInWriters(url, orm);
  const { perWriter, race: raceCase, raceCommission } = await dealCases(url, orm, writers);
  const commissions = new Set(writers.map((writer) => writer.commissionId)).size;
  const cases = perWriter.reduce((sum, list) => sum + list.length, 0);
  say(
    `   commands: ${writers.length} writers (${users} users of ${commissions} commissions), ${cases} cases, ` +
      `${seconds} s of addAllegation / removeAllegation through GraphQL`,
  );
  const outcome = await runWriters({
    url,
    seconds,
    writers: writers.map((writer, index) => ({ token: writer.token, cases: perWriter[index]! })),
  });
  const throughput = { ...outcome, commandsPerSecond: outcome.commands / outcome.seconds };
  const failed = Object.entries(outcome.failures);
  say(
    `   commands: ${count(throughput.commandsPerSecond)} commands/s (target ≥ ${COMMAND_TARGETS.commandsPerSecond}), ` +
      `p50 ${outcome.p50.toFixed(1)} ms, p99 ${outcome.p99.toFixed(1)} ms (target ≤ ${COMMAND_TARGETS.p99Ms}), ` +
      `max ${outcome.max.toFixed(0)} ms; ${count(outcome.commands)} commands` +
      (failed.length > 0 ? `; FAILED: ${JSON.stringify(outcome.failures)}` : ', none refused'),
  );
  // The racers: logins of the race case's commission (its officer and commissioner, taking turns).
  const racers = writers.filter((writer) => writer.commissionId === raceCommission);
  const tokens = Array.from({ length: WRITERS }, (_, index) => racers[index % racers.length]!.token);
  const raced = await race(url, orm, tokens, raceCase);
  say(
    `   one-case race: ${raced.rounds} rounds × ${tokens.length} writers, ${raced.wins} won, ${raced.conflicts} CONFLICT, ` +
      `${raced.auditRows} audit rows: ${raced.problems.length === 0 ? 'one winner per version, no audit row lost' : `BROKEN — ${raced.problems.join('; ')}`}`,
  );
  return { writers: writers.length, users, commissions, cases, throughput, race: raced };
}
