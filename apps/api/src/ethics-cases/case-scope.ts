// Which cases a caller may see, and what a CaseFilter means: the one definition shared by the list, the
// statistics, the overdue report and every command (which loads the case through `findVisibleCase`).
import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { err, ok, type Result } from '@etik/domain';
import { descendantsPattern } from '../auth/access-policy.js';
import type { CurrentUser } from '../auth/current-user.js';
import type { Context } from '../context.js';
import type { CodedError } from '../errors/coded-error.js';
import { EthicsCaseRecord } from './ethics-case.entity.js';
import type { CaseFilter } from './ethics-case.inputs.js';

const EXAMINER_SCOPE =
  'exists (select 1 from case_participant ep where ep.ethics_case_id = c.id and ep.role = ? and ep.person_id = ?)';

/**
 * Cases handled by the commission at `path` or one under it. Written with `commission_id` so that both
 * databases use `ethics_case_commission_id_index`: a `commission_path LIKE` is no index range on SQLite
 * (case-insensitive LIKE) nor on PostgreSQL outside the C collation, and read every case of a year to find
 * one regency's (benchmarks/api/README.md). The commission table is small (≈ 550 rows).
 */
const UNDER_COMMISSION = 'c.commission_id in (select jc.id from commission jc where jc.path like ?)';

/** `ethics_case c` with the examiners' scope (the cases whose team they sit on); no jurisdiction yet. */
function casesQuery(em: EntityManager, user: CurrentUser, where: FilterQuery<EthicsCaseRecord>) {
  const qb = em.createQueryBuilder(EthicsCaseRecord, 'c').where({ $and: [where] });
  if (user.role === 'examiner') qb.andWhere(EXAMINER_SCOPE, ['examiner', user.personId ?? '']);
  return qb;
}

/** Where-clauses every read of one case gets: jurisdiction by commission, examiners by team. */
function scoped(em: EntityManager, user: CurrentUser, where: FilterQuery<EthicsCaseRecord>) {
  const qb = casesQuery(em, user, where);
  // The national commission is the root: every case is under it, so it needs no condition.
  if (!isRootPath(user.commissionPath))
    qb.andWhere(UNDER_COMMISSION, [descendantsPattern(user.commissionPath)]);
  return qb;
}

/** "/kpu-ri/": a path of one segment is the root of the commission tree. */
const isRootPath = (path: string): boolean => /^\/[^/]+\/$/.test(path);

/**
 * The subtree a list covers: the caller's jurisdiction narrowed by the filter's commission. Paths nest, so
 * the two subtrees' intersection is one of them or nothing (null).
 */
async function listedSubtree(em: EntityManager, user: CurrentUser, commissionId: string | undefined) {
  if (!commissionId) return user.commissionPath;
  const [row] = await em
    .getConnection()
    .execute<{ path: string }[]>('select path from commission where id = ?', [commissionId]);
  if (!row) return null;
  if (row.path.startsWith(user.commissionPath)) return row.path;
  return user.commissionPath.startsWith(row.path) ? user.commissionPath : null;
}

/**
 * The commissions of a subtree as an explicit id list: with a literal list both planners see how few
 * commissions (hence cases) it selects and take the commission index for a regency or a province, where a
 * subquery leaves SQLite on the `received_at` range of a whole year.
 */
async function commissionIdsUnder(em: EntityManager, path: string): Promise<string[]> {
  const rows = await em
    .getConnection()
    .execute<{ id: string }[]>('select id from commission where path like ?', [descendantsPattern(path)]);
  return rows.map((row) => row.id);
}

const escapeLike = (text: string): string => text.replace(/[\\%_]/g, (match) => `\\${match}`);

export type CaseQuery = ReturnType<typeof casesQuery>;

/** The case `id` if the caller may see it, as a query (for the read path's projection). */
export const visibleCaseQuery = (em: EntityManager, user: CurrentUser, id: string): CaseQuery =>
  scoped(em, user, { id });

/** The case `id` as a loaded record (its commission populated), if the caller may see it. */
export async function findVisibleCase(
  em: EntityManager,
  user: CurrentUser,
  id: string,
): Promise<EthicsCaseRecord | null> {
  // One statement: the commission joined and hydrated with the case.
  const [record] = await scoped(em, user, { id }).leftJoinAndSelect('c.commission', 'k').getResultList();
  return record ?? null;
}

/** Province ("35") or regency ("35.26") codes, as Kemendagri writes them. */
const REGION_CODE = /^\d{2}(\.\d{2})?$/;

/**
 * The caller's cases matching a filter, as a query builder on `ethics_case c`: the one definition of what
 * a CaseFilter means, shared by the list, the statistics and the overdue report. (A query builder is
 * thenable: awaiting one runs it, so it travels wrapped in a Result.)
 */
export async function filteredCases(
  ctx: Context,
  user: CurrentUser,
  filter: CaseFilter = {},
): Promise<Result<CaseQuery, CodedError>> {
  if (filter.regionCode != null && !REGION_CODE.test(filter.regionCode))
    return err({ code: 'BAD_USER_INPUT', field: 'regionCode', reason: 'FORMAT' });
  const conditions: FilterQuery<EthicsCaseRecord>[] = [];
  if (filter.ids) conditions.push({ id: { $in: filter.ids } });
  if (filter.statuses?.length) conditions.push({ status: { $in: filter.statuses } });
  if (filter.tracks?.length) conditions.push({ track: { $in: filter.tracks } });
  if (filter.sources?.length) conditions.push({ source: { $in: filter.sources } });
  if (filter.receivedFrom) conditions.push({ receivedAt: { $gte: filter.receivedFrom } });
  if (filter.receivedTo) conditions.push({ receivedAt: { $lt: filter.receivedTo } });
  // next_due_at is the earliest pending deadline (the mapper keeps it): overdue exactly when it has passed.
  if (filter.overdue === true) conditions.push({ nextDueAt: { $lt: ctx.now() } });
  if (filter.overdue === false)
    conditions.push({ $or: [{ nextDueAt: null }, { nextDueAt: { $gte: ctx.now() } }] });
  if (filter.dueBefore) conditions.push({ nextDueAt: { $lt: filter.dueBefore } });
  if (filter.electionId) conditions.push({ electionId: filter.electionId });
  if (filter.stageId) conditions.push({ electionStageId: filter.stageId });
  // The caller's jurisdiction and the filter's commission (and every one under it); an unknown
  // commission or one outside the jurisdiction matches no case.
  const subtree = await listedSubtree(ctx.em, user, filter.commissionId);
  if (subtree === null) conditions.push({ id: { $in: [] } });
  else if (!isRootPath(subtree))
    conditions.push({ commission: { $in: await commissionIdsUnder(ctx.em, subtree) } });
  const qb = casesQuery(ctx.em, user, { $and: conditions });
  if (filter.regionCode !== undefined && filter.regionCode !== null) {
    // The handling commission's region is the code or lies under it (codes nest: "35.26" is in "35").
    qb.andWhere(
      'c.commission_id in (select rk.id from commission rk where rk.region_code = ? or rk.region_code like ?)',
      [filter.regionCode, `${filter.regionCode}.%`],
    );
  }
  if (filter.outcomes?.length) {
    qb.andWhere(
      `exists (select 1 from case_participant op where op.ethics_case_id = c.id and op.role = 'respondent' and op.outcome in (${filter.outcomes.map(() => '?').join(', ')}))`,
      filter.outcomes,
    );
  }
  if (filter.bodyTypes?.length) {
    qb.andWhere(
      `exists (select 1 from case_participant bp where bp.ethics_case_id = c.id and bp.role = 'respondent' and bp.body_type in (${filter.bodyTypes.map(() => '?').join(', ')}))`,
      filter.bodyTypes,
    );
  }
  if (filter.respondentPersonIds?.length) {
    qb.andWhere(
      `exists (select 1 from case_participant rp where rp.ethics_case_id = c.id and rp.role = 'respondent' and rp.person_id in (${filter.respondentPersonIds.map(() => '?').join(', ')}))`,
      filter.respondentPersonIds,
    );
  }
  if (filter.principles?.length) {
    const { sql, params } = principleCondition(filter.principles);
    qb.andWhere(sql, params);
  }
  const text = filter.text?.trim().toLowerCase();
  if (text) {
    const pattern = `%${escapeLike(text)}%`;
    qb.andWhere(
      `(lower(c.register_number) like ? escape '\\' or exists (select 1 from case_participant tp where tp.ethics_case_id = c.id and tp.role = 'respondent' and lower(tp.name) like ? escape '\\'))`,
      [pattern, pattern],
    );
  }
  return ok(qb);
}

/**
 * Cases with an allegation under one of the principles (the indexed `allegation.principle` column), or
 * whose decision found one of them violated (the reporting projection's rows).
 */
function principleCondition(principles: readonly string[]) {
  const marks = principles.map(() => '?').join(', ');
  return {
    sql: `(exists (select 1 from allegation pa where pa.ethics_case_id = c.id and pa.principle in (${marks})) or exists (select 1 from respondent_principle_violated pv where pv.ethics_case_id = c.id and pv.principle in (${marks})))`,
    params: [...principles, ...principles],
  };
}
