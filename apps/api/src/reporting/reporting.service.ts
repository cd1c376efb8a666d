// Reports over the caller's cases (the same jurisdiction and CaseFilter as the case list), read from
// columns and the case's reporting projection (ethics-cases/case-projection.ts), never from the document:
// - caseStatistics: counts per group, grouped by the database (one statement); a respondent's outcome is
//   their case_participant row's, the principles are respondent_principle_violated rows;
// - stageDurations: the milestone times come from case_milestone (only the milestones the stages name),
//   the median and 90th percentile are computed here, so both dialects give the same numbers;
// - overdueCases: the cases whose next_due_at (earliest pending deadline, kept by the mapper) has passed,
//   most overdue first, paged in the database; the page's deadlines from the domain's `caseDeadlines`.
// Expected refusals are Results (the resolver turns them into GraphQL errors).
import type { Knex } from '@mikro-orm/knex';
import { caseDeadlines, err, ok, type Milestone, type Result } from '@etik/domain';
import { requireUser } from '../auth/access-policy.js';
import { calendarOf, type Context } from '../context.js';
import { isPostgres } from '../db/dialect.js';
import type { CodedError } from '../errors/coded-error.js';
import { ruleSetOf, utcOffsetOfCommission } from '../ethics-cases/case-context.js';
import { caseRowsOf, decodeCursor, encodeCursor, listedCaseViews } from '../ethics-cases/case-list.js';
import { toDomain } from '../ethics-cases/case.mapper.js';
import { filteredCases } from '../ethics-cases/case-scope.js';
import type { CaseFilter } from '../ethics-cases/ethics-case.inputs.js';
import { pageSizeOf } from '../shared/paging.js';
import { CaseDeadlineType } from '../ethics-cases/ethics-case.type.js';
import { RegionType } from '../regions/region.type.js';
import { REPORT_STAGES } from './stages.js';
import type {
  CaseCountGroupType,
  CaseStatisticsType,
  OverdueCaseType,
  OverdueCasesArgs,
  StageDurationType,
} from './reporting.types.js';

export type StatisticsDimension =
  'status' | 'province' | 'regency' | 'month' | 'principle' | 'outcome' | 'bodyType';

/** What a count counts: cases, or the respondents of those cases (one case against 57 members is 57). */
export type StatisticsUnit = 'case' | 'respondent';

const DAY = 86_400_000;
/** Dimensions with one value per case (the others are per respondent). */
const CASE_LEVEL: ReadonlySet<StatisticsDimension> = new Set(['status', 'province', 'regency', 'month']);
/** WIB, the offset the domain counts days in. */
const WIB_SECONDS = 7 * 3600;

type Row = Record<string, string | number | null>;

const text = (value: string | number | null | undefined): string | null =>
  value === null || value === undefined ? null : String(value);

/** The ids of the caller's cases matching the filter, as a subquery (wrapped: a knex builder is thenable). */
async function caseIds(
  ctx: Context,
  filter: CaseFilter | undefined,
): Promise<Result<{ ids: Knex.QueryBuilder }, CodedError>> {
  const filtered = await filteredCases(ctx, requireUser(ctx.user), filter ?? {});
  return filtered.ok ? ok({ ids: filtered.value.select('c.id').getKnexQuery() }) : filtered;
}

export async function caseStatistics(
  ctx: Context,
  groupBy: readonly StatisticsDimension[],
  filter: CaseFilter | undefined,
  unit: StatisticsUnit = 'case',
): Promise<Result<CaseStatisticsType, CodedError>> {
  const dimensions = new Set(groupBy);
  const em = ctx.em;
  const knex = em.getKnex();
  const pg = isPostgres(em);
  const raw = (sql: string) => knex.raw(sql);

  // The filter's own statement on `ethics_case c`, grouped: no `id in (subquery)`, which costs PostgreSQL a
  // second pass over the matching cases (a hash semi-join) at national scale.
  const filtered = await filteredCases(ctx, requireUser(ctx.user), filter ?? {});
  if (!filtered.ok) return filtered;
  const qb = filtered.value;
  const matching = qb.getKnexQuery();
  const query = matching.clone().clearSelect();
  const columns: Record<string, Knex.Raw> = {};
  const groups: string[] = [];
  const by = (alias: string, expression: string) => {
    columns[alias] = raw(expression);
    groups.push(expression);
  };

  if (dimensions.has('status')) by('status', 'c.status');
  // Regions are a property of the commission: group the cases by commission first (a narrow key the
  // commission index delivers in order) and name the regions of the ≈ 550 commissions afterwards, in an
  // outer query; joining commission and region to every case and grouping on the region's columns took
  // SQLite twice as long nationally.
  const byRegion = dimensions.has('regency') || dimensions.has('province');
  if (byRegion) by('commission_id', 'c.commission_id');
  if (dimensions.has('month')) {
    by(
      'month',
      pg
        ? `to_char((c.received_at at time zone 'UTC') + interval '${WIB_SECONDS} seconds', 'YYYY-MM')`
        : `strftime('%Y-%m', c.received_at / 1000 + ${WIB_SECONDS}, 'unixepoch')`,
    );
  }
  // The respondents' rows, for their body type or outcome or to count respondents: one row per respondent
  // (per decided respondent with an outcome), so that every dimension describes the same respondent.
  const byRespondent = unit === 'respondent';
  const joinRespondents = (builder: Knex.QueryBuilder) =>
    builder.join({ r: 'case_participant' }, (on) =>
      on.on('r.ethics_case_id', 'c.id').andOnVal('r.role', 'respondent'),
    );
  const perRespondent = byRespondent || dimensions.has('bodyType') || dimensions.has('outcome');
  if (perRespondent) {
    joinRespondents(query);
    if (dimensions.has('bodyType')) by('body_type', 'r.body_type');
    if (dimensions.has('outcome')) {
      query.whereNotNull('r.outcome');
      by('outcome', 'r.outcome');
    }
  }
  if (dimensions.has('principle')) {
    // The principles the case's decision found violated, one row per respondent and principle; with the
    // dimensions above, those of the same respondent.
    query.join({ v: 'respondent_principle_violated' }, (on) => {
      on.on('v.ethics_case_id', 'c.id');
      if (perRespondent) on.andOn('v.membership_id', 'r.membership_id');
    });
    by('principle', 'v.principle');
  }

  // By case-level dimensions only, every case is one row in exactly one group: count(*) counts it, the
  // total is the groups' sum and the second statement is not needed. Per-respondent dimensions join a row
  // per respondent (count distinct cases), and no dimension at all counts the cases apart.
  // Counting respondents, each joined row is one respondent (and principle, where grouped by it).
  const perCase = !byRespondent && groups.length > 0 && [...dimensions].every((d) => CASE_LEVEL.has(d));
  query.select({ ...columns, count: raw(perCase || byRespondent ? 'count(*)' : 'count(distinct c.id)') });
  if (groups.length > 0) query.groupByRaw(groups.join(', '));
  const counted = matching.clone().clearSelect();
  if (byRespondent) joinRespondents(counted);
  const [rows, total] = await Promise.all([
    em.execute<Row[]>(byRegion ? namedByRegion(knex, query, Object.keys(columns), dimensions) : query),
    perCase
      ? Promise.resolve(null)
      : em.execute<Row[]>(knex.count({ n: '*' }).from(counted.select('c.id').as('m'))),
  ]);

  const region = (row: Row, prefix: string, level: string, parent: string | null): RegionType | null =>
    row[`${prefix}_code`] === null
      ? null
      : Object.assign(new RegionType(), {
          code: String(row[`${prefix}_code`]),
          name: String(row[`${prefix}_name`]),
          level: text(row[`${prefix}_level`]) ?? level,
          parentCode: parent,
        });
  const result: CaseCountGroupType[] = rows.map((row) => ({
    count: Number(row.count),
    status: dimensions.has('status') ? text(row.status) : null,
    regency: dimensions.has('regency') ? region(row, 'regency', 'regency', text(row.regency_parent)) : null,
    province: dimensions.has('province') ? region(row, 'province', 'province', null) : null,
    month: dimensions.has('month') ? text(row.month) : null,
    principle: dimensions.has('principle') ? text(row.principle) : null,
    outcome: dimensions.has('outcome') ? text(row.outcome) : null,
    bodyType: dimensions.has('bodyType') ? text(row.body_type) : null,
  }));
  // Ordered here, byte-wise, so both dialects (and collations) agree. Each group's key is built once
  // (7,847 groups by regency and status nationally: a comparison must not allocate).
  const keyOf = (group: CaseCountGroupType) =>
    [
      group.status,
      group.province?.code,
      group.regency?.code,
      group.month,
      group.principle,
      group.outcome,
      group.bodyType,
    ]
      .map((value) => value ?? '')
      .join('\u0000');
  const keyed = result.map((group) => ({ group, key: keyOf(group) }));
  keyed.sort((a, b) => b.group.count - a.group.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const groupsInOrder = keyed.map((entry) => entry.group);
  const totalCount = total ? Number(total[0]?.n ?? 0) : result.reduce((sum, group) => sum + group.count, 0);
  return ok({ totalCount, groups: groupsInOrder });
}

/**
 * The commission-grouped counts of `inner` regrouped by the regency and/or province of each commission,
 * keeping the other dimensions. A case belongs to one commission, so summing the groups' counts (distinct
 * cases included) counts each case once.
 */
function namedByRegion(
  knex: Knex,
  inner: Knex.QueryBuilder,
  innerColumns: readonly string[],
  dimensions: ReadonlySet<StatisticsDimension>,
): Knex.QueryBuilder {
  const kept = innerColumns.filter((alias) => alias !== 'commission_id');
  const columns: Record<string, Knex.Raw> = {};
  const groups: string[] = [];
  const by = (alias: string, expression: string) => {
    columns[alias] = knex.raw(expression);
    groups.push(expression);
  };
  for (const alias of kept) by(alias, `g.${alias}`);
  const outer = knex
    .from(inner.as('g'))
    .join({ k: 'commission' }, 'k.id', 'g.commission_id')
    .leftJoin({ rg: 'region' }, 'rg.code', 'k.region_code');
  if (dimensions.has('regency')) {
    by('regency_code', 'rg.code');
    by('regency_name', 'rg.name');
    by('regency_level', 'rg.level');
    by('regency_parent', 'rg.parent_code');
  }
  if (dimensions.has('province')) {
    outer.leftJoin({ pv: 'region' }, 'pv.code', 'rg.parent_code');
    by('province_code', 'pv.code');
    by('province_name', 'pv.name');
    by('province_level', 'pv.level');
  }
  return outer.select({ ...columns, count: knex.raw('sum(g.count)') }).groupByRaw(groups.join(', '));
}

/** Linear interpolation between closest ranks (PostgreSQL's percentile_cont), on sorted values. */
export function percentile(sorted: readonly number[], fraction: number): number | null {
  if (sorted.length === 0) return null;
  const rank = fraction * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (rank - low);
}

const roundDays = (days: number | null): number | null =>
  days === null ? null : Math.round(days * 100) / 100;

/** An instant as a raw row gives it: a Date on PostgreSQL, epoch milliseconds on SQLite. */
const instantOf = (value: unknown): number =>
  value instanceof Date ? value.getTime() : new Date(value as string | number).getTime();

const STAGE_MILESTONES: readonly Milestone[] = [
  ...new Set(REPORT_STAGES.flatMap((stage) => [stage.from, stage.to])),
];

export async function stageDurations(
  ctx: Context,
  filter: CaseFilter | undefined,
): Promise<Result<StageDurationType[], CodedError>> {
  const em = ctx.em;
  const knex = em.getKnex();
  const matching = await caseIds(ctx, filter);
  if (!matching.ok) return matching;
  // In case order: each case's milestones arrive together.
  const rows = await em.execute<{ ethics_case_id: string; kind: Milestone; at: unknown }[]>(
    knex
      .from({ m: 'case_milestone' })
      .whereIn('m.ethics_case_id', matching.value.ids)
      .whereIn('m.kind', STAGE_MILESTONES)
      .orderBy('m.ethics_case_id')
      .select('m.ethics_case_id', 'm.kind', 'm.at'),
  );
  const durations = new Map<string, number[]>(REPORT_STAGES.map((stage) => [stage.stage, []]));
  const measure = (times: ReadonlyMap<Milestone, number>) => {
    for (const { stage, from, to } of REPORT_STAGES) {
      const start = times.get(from);
      const end = times.get(to);
      if (start !== undefined && end !== undefined && end >= start) {
        durations.get(stage)!.push((end - start) / DAY);
      }
    }
  };
  let caseId: string | undefined;
  let times = new Map<Milestone, number>();
  for (const row of rows) {
    if (row.ethics_case_id !== caseId) {
      measure(times);
      caseId = row.ethics_case_id;
      times = new Map();
    }
    times.set(row.kind, instantOf(row.at));
  }
  measure(times);
  return ok(
    REPORT_STAGES.map(({ stage, from, to }) => {
      const days = durations.get(stage)!.sort((a, b) => a - b);
      return {
        stage,
        from,
        to,
        cases: days.length,
        medianDays: roundDays(percentile(days, 0.5)),
        p90Days: roundDays(percentile(days, 0.9)),
        maxDays: roundDays(days.at(-1) ?? null),
      };
    }),
  );
}

export interface OverduePage {
  readonly nodes: OverdueCaseType[];
  readonly cursors: string[];
  readonly totalCount: number;
  readonly hasNextPage: boolean;
}

export async function overdueCases(
  ctx: Context,
  args: OverdueCasesArgs,
): Promise<Result<OverduePage, CodedError>> {
  const user = requireUser(ctx.user);
  const size = pageSizeOf(args.first ?? undefined);
  if (!size.ok) return size;
  const first = size.value;
  const decoded = args.after ? decodeCursor(args.after) : undefined;
  if (decoded && !decoded.ok) return decoded;
  // An overdue case always has a due time: a cursor without one is not from this list.
  if (decoded?.value.value === null) return err({ code: 'BAD_USER_INPUT', field: 'after' });
  const cursor = decoded?.value;
  const now = ctx.now();
  const calendar = calendarOf(ctx);
  // next_due_at is the earliest pending deadline (null for terminal cases): a case is overdue exactly when
  // it has passed, and its most overdue deadline is that one. One indexed range, paged in the database.
  const filtered = await filteredCases(ctx, user, args.filter ?? {});
  if (!filtered.ok) return filtered;
  const qb = filtered.value;
  qb.andWhere({ nextDueAt: { $lt: now } });
  const totalCount = await qb.clone().getCount();
  if (cursor) {
    const value = new Date(cursor.value!);
    qb.andWhere({ $or: [{ nextDueAt: { $gt: value } }, { nextDueAt: value, id: { $gt: cursor.id } }] });
  }
  const records = await caseRowsOf(qb.orderBy({ nextDueAt: 'asc', id: 'asc' }).limit(first + 1));
  const page = records.slice(0, first);
  const views = await listedCaseViews(ctx.em, page, user);
  // The page's deadlines themselves come from the domain, as the case screen shows them.
  const nodes = page.map((record, index) => {
    const deadlines = caseDeadlines(toDomain(record), {
      now,
      ruleSet: ruleSetOf(record.ruleSetCode),
      calendar,
      utcOffsetMinutes: utcOffsetOfCommission(record.commission),
    })
      .filter((deadline) => deadline.state === 'overdue')
      .sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
    const dueAt = record.nextDueAt!;
    return {
      ethicsCase: views[index]!,
      overdueDeadlines: deadlines.map((deadline) => CaseDeadlineType.from(deadline)),
      dueAt,
      daysOverdue: roundDays((now.getTime() - dueAt.getTime()) / DAY)!,
    };
  });
  return ok({
    nodes,
    cursors: page.map((record) => encodeCursor({ value: record.nextDueAt!.toISOString(), id: record.id })),
    totalCount,
    hasNextPage: records.length > first,
  });
}
