// What is measured: a first page of 50 cases through GraphQL, and the hand-written SQL that returns the same
// page (count, rows with the commission's name, respondents) on the same database.
import type { Dialect } from './databases.js';

export const PAGE = 50;

export interface ListCase {
  readonly name: string;
  /** The filter's commission: a regency, or a province (all its regencies). */
  readonly commissionId: string;
  readonly commissionPath: string;
  readonly statuses: readonly string[];
  readonly receivedFrom: string;
  readonly receivedTo: string;
  readonly sort: 'receivedAtDesc' | 'updatedAtDesc';
}

export const LIST_QUERY = `query List($filter: CaseFilter, $sort: CaseSort) {
  cases(first: ${PAGE}, filter: $filter, sort: $sort) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes { id version status registerNumber receivedAt commission { name } respondents { name bodyType position } }
  }
}`;

export const listVariables = (list: ListCase) => ({
  filter: {
    commissionId: list.commissionId,
    statuses: list.statuses,
    receivedFrom: list.receivedFrom,
    receivedTo: list.receivedTo,
  },
  sort: list.sort,
});

/** The case screen: the case, its commission and respondents, deadlines and commands from the domain, timeline. */
export const CASE_QUERY = `query Case($id: ID!) {
  case(id: $id) {
    id version status track ruleSetCode registerNumber receivedAt
    commission { name }
    respondents { membershipId name bodyType position }
    deadlines { key state dueAt }
    availableCommands
    timeline { at action fromStatus toStatus actorRole }
  }
}`;

type Query = (sql: string, params: unknown[]) => Promise<Record<string, unknown>[]>;

export interface RawPage {
  readonly totalCount: number;
  readonly ids: string[];
  readonly respondents: number;
}

/**
 * The page the GraphQL query returns, in four hand-written statements. National admin: every case, so no
 * jurisdiction condition; the filter's commission and those under it by `commission_id` (the indexed way,
 * as the API does it).
 */
export async function rawListPage(dialect: Dialect, query: Query, list: ListCase): Promise<RawPage> {
  const order =
    list.sort === 'updatedAtDesc' ? 'c.updated_at desc, c.id desc' : 'c.received_at desc, c.id desc';
  const pg = dialect === 'postgresql';
  const from = pg ? list.receivedFrom : Date.parse(list.receivedFrom);
  const to = pg ? list.receivedTo : Date.parse(list.receivedTo);
  // The filter's commission and those under it, as an id list: what one would write by hand after
  // looking them up (the API does the same; a subquery leaves SQLite on the year's received_at range).
  const commissions = await query(`select id from commission where path like ${pg ? '$1' : '?'}`, [
    `${list.commissionPath}%`,
  ]);
  const commissionIds = commissions.map((row) => row.id as string);
  const statuses = pg ? '= any($2)' : `in (${list.statuses.map(() => '?').join(', ')})`;
  const under = pg
    ? 'c.commission_id = any($1)'
    : `c.commission_id in (${commissionIds.map(() => '?').join(', ')})`;
  const where = pg
    ? `${under} and c.status ${statuses} and c.received_at >= $3 and c.received_at < $4`
    : `${under} and c.status ${statuses} and c.received_at >= ? and c.received_at < ?`;
  const params = pg
    ? [commissionIds, list.statuses, from, to]
    : [...commissionIds, ...list.statuses, from, to];
  const [count] = await query(`select count(*) as count from ethics_case c where ${where}`, params);
  const rows = await query(
    `select c.id, c.version, c.status, c.register_number, c.received_at, m.name as commission_name
       from ethics_case c join commission m on m.id = c.commission_id
      where ${where} order by ${order} limit ${PAGE + 1}`,
    params,
  );
  const ids = rows.slice(0, PAGE).map((row) => row.id as string);
  const respondents =
    ids.length === 0
      ? []
      : await query(
          pg
            ? `select ethics_case_id, ordinal, name, body_type, position from case_participant
                where ethics_case_id = any($1) and role = 'respondent' order by ethics_case_id, ordinal`
            : `select ethics_case_id, ordinal, name, body_type, position from case_participant
                where ethics_case_id in (${ids.map(() => '?').join(', ')}) and role = 'respondent'
                order by ethics_case_id, ordinal`,
          pg ? [ids] : ids,
        );
  return { totalCount: Number(count!.count), ids, respondents: respondents.length };
}

// ---- caseStatistics: counts per group, through GraphQL beside the GROUP BY it stands for ----

export type StatisticsGrouping = 'province' | 'regency';

export const STATISTICS_QUERY = `query Stats($groupBy: [StatisticsDimension!]!) {
  caseStatistics(groupBy: $groupBy) {
    totalCount
    groups { count status province { code name } regency { code name } }
  }
}`;

export const statisticsVariables = (by: StatisticsGrouping) => ({ groupBy: [by, 'status'] });

export interface RawStatistics {
  readonly totalCount: number;
  /** "region code|status|count", sorted: what both sides are compared on. */
  readonly groups: string[];
}

/** The same counts in one hand-written GROUP BY (and the total), national admin: every case. */
export async function rawStatistics(query: Query, by: StatisticsGrouping): Promise<RawStatistics> {
  const region = by === 'province' ? 'pv' : 'rg';
  const rows = await query(
    `select ${region}.code as code, ${region}.name as name, c.status as status, count(*) as count
       from ethics_case c
       join commission k on k.id = c.commission_id
       left join region rg on rg.code = k.region_code
       ${by === 'province' ? 'left join region pv on pv.code = rg.parent_code' : ''}
      group by ${region}.code, ${region}.name, c.status`,
    [],
  );
  const [total] = await query(`select count(*) as count from ethics_case c`, []);
  return {
    totalCount: Number(total!.count),
    groups: rows.map((row) => `${row.code ?? ''}|${row.status}|${Number(row.count)}`).sort(),
  };
}

/** The GraphQL answer in the same form as `rawStatistics`. */
export function statisticsOf(data: Json, by: StatisticsGrouping): RawStatistics {
  const answer = data.caseStatistics;
  return {
    totalCount: answer.totalCount,
    groups: (answer.groups as Json[])
      .map((group) => `${group[by]?.code ?? ''}|${group.status}|${group.count}`)
      .sort(),
  };
}

// ---- the overdue filter: a list of cases with an overdue deadline, soonest due first ----

export const overdueVariables = () => ({ filter: { overdue: true }, sort: 'nextDueAtAsc' });

/** The page `cases(filter: { overdue: true }, sort: nextDueAtAsc)` returns, on next_due_at. */
export async function rawOverduePage(dialect: Dialect, query: Query, now: Date): Promise<RawPage> {
  const pg = dialect === 'postgresql';
  const where = pg ? `c.next_due_at < $1` : `c.next_due_at < ?`;
  const params = [pg ? now.toISOString() : now.getTime()];
  const [total] = await query(`select count(*) as count from ethics_case c where ${where}`, params);
  const rows = await query(
    `select c.id, c.version, c.status, c.register_number, c.received_at, m.name as commission_name
       from ethics_case c join commission m on m.id = c.commission_id
      where ${where} order by c.next_due_at asc, c.id asc limit ${PAGE + 1}`,
    params,
  );
  const ids = rows.slice(0, PAGE).map((row) => row.id as string);
  const respondents =
    ids.length === 0
      ? []
      : await query(
          pg
            ? `select ethics_case_id, ordinal, name, body_type, position from case_participant
                where ethics_case_id = any($1) and role = 'respondent' order by ethics_case_id, ordinal`
            : `select ethics_case_id, ordinal, name, body_type, position from case_participant
                where ethics_case_id in (${ids.map(() => '?').join(', ')}) and role = 'respondent'
                order by ethics_case_id, ordinal`,
          pg ? [ids] : ids,
        );
  return { totalCount: Number(total!.count), ids, respondents: respondents.length };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- GraphQL answers are untyped JSON.
type Json = any;
