// Load → domain → persist. Reading is scoped to the caller's jurisdiction; commands are decided by the
// domain's `transition`, never re-implemented here; every write goes through runMutation (one transaction
// with its audit rows).
import { randomUUID } from 'node:crypto';
import type { FilterQuery, QBFilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import {
  err,
  fileCase as fileDomainCase,
  findRuleSet,
  nextRegisterNumber,
  ok,
  parseRegisterNumber,
  transition,
  type CaseCommand,
  type CaseContext,
  type ComplaintCheck,
  type ComplaintDraft,
  type EthicsCase,
  type Respondent,
  type Result,
  type RuleSet,
  utcOffsetOfRegion,
} from '@etik/domain';
import { Membership } from '../adhoc-bodies/adhoc-body.entity.js';
import { applyOrderedChanges, appointReplacement } from '../adhoc-bodies/membership.service.js';
import { descendantsPattern, FILING_ROLES, requireUser } from '../auth/access-policy.js';
import type { CurrentUser } from '../auth/current-user.js';
import { Commission } from '../commissions/commission.entity.js';
import { calendarOf, type Context } from '../context.js';
import { runMutation, type MutationScope } from '../db/transaction.js';
import { MAX_ID_LENGTH } from '../errors/input-guard.plugin.js';
import { apiError, type CodedError } from '../errors/to-graphql-error.js';
import { isStorableInstant } from '../shared/date-time.scalar.js';
import { EthicsCaseRecord } from './ethics-case.entity.js';
import type { CaseFilter, CasesArgs, ComplaintInput, FileCaseInput } from './ethics-case.inputs.js';
import { caseRowOf, respondentsOf, type CaseRow, type CommissionRow } from './case-row.js';
import { syncProjection } from './case-projection.js';
import { applyToRecord, syncParticipants, toDomain } from './ethics-case.mapper.js';
import { EthicsCaseView, type RespondentType } from './ethics-case.type.js';

export const MAX_PAGE_SIZE = 100;

/** The rule set a stored case was filed under; a missing one is a deployment bug, not a user error. */
export function ruleSetOf(code: string): RuleSet {
  const found = findRuleSet(code);
  if (!found.ok) throw new Error(`Rule set ${code} of a stored case is not in the catalogue`);
  return found.value;
}

/** The zone a case's deadlines are counted in: its handling commission's (WIB, WITA or WIT). */
export const utcOffsetOfCommission = (commission: Commission | CommissionRow): number =>
  utcOffsetOfRegion('regionCode' in commission ? commission.regionCode : commission.region?.code);

export function caseContextOf(
  ctx: Context,
  user: CurrentUser,
  stored: { readonly ruleSetCode: string; readonly commission: Commission | CommissionRow },
  now = ctx.now(),
): CaseContext {
  return {
    now,
    actor: actorOf(user),
    ruleSet: ruleSetOf(stored.ruleSetCode),
    calendar: calendarOf(ctx),
    utcOffsetMinutes: utcOffsetOfCommission(stored.commission),
  };
}

const actorOf = (user: CurrentUser): CaseContext['actor'] => ({
  userId: user.userId,
  role: user.role,
  commissionId: user.commissionId,
  ...(user.personId ? { personId: user.personId } : {}),
});

// ---- reading ----

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

export type CaseQuery = ReturnType<typeof casesQuery>;

export async function findVisibleCase(
  em: EntityManager,
  user: CurrentUser,
  id: string,
): Promise<EthicsCaseRecord | null> {
  const [record] = await scoped(em, user, { id }).getResultList();
  if (!record) return null;
  await em.populate(record, ['participants', 'commission']);
  return record;
}

export async function getCase(ctx: Context, id: string): Promise<EthicsCaseView | null> {
  const user = requireUser(ctx.user);
  const record = await findVisibleCase(ctx.em, user, id);
  return record ? viewOfRecord(record, user) : null;
}

/** The view of a loaded record (participants and commission populated), as a command leaves it. */
export const viewOfRecord = (record: EthicsCaseRecord, user: CurrentUser): EthicsCaseView =>
  new EthicsCaseView(caseRowOf(record), user, respondentsOf(record));

const escapeLike = (text: string): string => text.replace(/[\\%_]/g, (match) => `\\${match}`);

export interface Cursor {
  /** The sort column's value as ISO text; null for a case without one (no pending deadline). */
  readonly value: string | null;
  readonly id: string;
}
export const encodeCursor = (cursor: Cursor): string =>
  Buffer.from(JSON.stringify([cursor.value, cursor.id])).toString('base64url');
export function decodeCursor(text: string): Cursor {
  try {
    const [value, id] = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as unknown[];
    // Decoded from client text: the same limits as any input (a storable instant, an id without NUL).
    if (
      (value === null || (typeof value === 'string' && isStorableInstant(new Date(value)))) &&
      typeof id === 'string' &&
      id.length <= MAX_ID_LENGTH &&
      !id.includes('\u0000')
    )
      return { value, id };
  } catch {
    // fall through
  }
  throw apiError('BAD_USER_INPUT', { field: 'after' }, 'Invalid cursor.');
}

export interface CasePage {
  readonly views: EthicsCaseView[];
  readonly cursors: string[];
  readonly totalCount: number;
  readonly hasNextPage: boolean;
}

/** Province ("35") or regency ("35.26") codes, as Kemendagri writes them. */
const REGION_CODE = /^\d{2}(\.\d{2})?$/;

/**
 * The caller's cases matching a filter, as a query builder on `ethics_case c`: the one definition of what
 * a CaseFilter means, shared by the list, the statistics and the overdue report. Wrapped, because a query
 * builder is thenable: awaiting it would run it.
 */
export async function filteredCases(
  ctx: Context,
  user: CurrentUser,
  filter: CaseFilter = {},
): Promise<{ readonly qb: CaseQuery }> {
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
  // The caller's jurisdiction and the filter's commission (and every one under it); an unknown
  // commission or one outside the jurisdiction matches no case.
  const subtree = await listedSubtree(ctx.em, user, filter.commissionId);
  if (subtree === null) conditions.push({ id: { $in: [] } });
  else if (!isRootPath(subtree))
    conditions.push({ commission: { $in: await commissionIdsUnder(ctx.em, subtree) } });
  const qb = casesQuery(ctx.em, user, { $and: conditions });
  if (filter.regionCode !== undefined && filter.regionCode !== null) {
    if (!REGION_CODE.test(filter.regionCode)) {
      throw apiError(
        'BAD_USER_INPUT',
        { field: 'regionCode', reason: 'FORMAT' },
        'regionCode is a province ("35") or regency ("35.26") code.',
      );
    }
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
  return { qb };
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

const SORT_FIELDS = {
  receivedAtDesc: 'receivedAt',
  receivedAtAsc: 'receivedAt',
  updatedAtDesc: 'updatedAt',
  nextDueAtAsc: 'nextDueAt',
} as const satisfies Record<CasesArgs['sort'], keyof EthicsCaseRecord>;

/** The rows after a cursor in (field, id) order; a null field value sorts after every other. */
function beyondCursor(
  field: (typeof SORT_FIELDS)[CasesArgs['sort']],
  direction: 'asc' | 'desc',
  cursor: Cursor,
): QBFilterQuery<EthicsCaseRecord> {
  const beyond = direction === 'asc' ? '$gt' : '$lt';
  if (cursor.value === null) {
    // Only nextDueAt is nullable; for the other fields a null cursor value is forged and matches nothing.
    return field === 'nextDueAt' ? { nextDueAt: null, id: { $gt: cursor.id } } : { id: { $in: [] } };
  }
  const value = new Date(cursor.value);
  return {
    $or: [
      { [field]: { [beyond]: value } },
      { [field]: value, id: { [beyond]: cursor.id } },
      ...(field === 'nextDueAt' ? [{ nextDueAt: null }] : []),
    ],
  };
}

interface RespondentRow {
  readonly ethics_case_id: string;
  readonly membership_id: string | null;
  readonly person_id: string | null;
  readonly name: string | null;
  readonly body_id: string | null;
  readonly body_type: string | null;
  readonly position: string | null;
}

/** A listed case as the projection below returns it: the case's properties and its commission's columns. */
type ListedRow = Omit<CaseRow, 'commission'> & {
  readonly k_id: string;
  readonly k_level: CommissionRow['level'];
  readonly k_name: string;
  readonly k_region_code: string | null;
  readonly k_parent_id: string | null;
};

const CASE_COLUMNS = [
  'c.id',
  'c.version',
  'c.status',
  'c.track',
  'c.source',
  'c.ruleSetCode',
  'c.receivedAt',
  'c.updatedAt',
  'c.registerNumber',
  'c.confidential',
  'c.nextDueAt',
  'c.data',
];

/**
 * Runs a (filtered, ordered, limited) cases query as one projection with the commission joined: plain
 * rows, typed by the ORM's metadata but never hydrated as entities. Hydrating a page of records and their
 * commissions cost several times the SQL it ran (benchmarks/api/README.md).
 */
export async function caseRowsOf(qb: CaseQuery): Promise<CaseRow[]> {
  const rows = await qb
    .select(CASE_COLUMNS)
    .join('c.commission', 'k')
    .addSelect([
      'k.id as k_id',
      'k.level as k_level',
      'k.name as k_name',
      'k.region_code as k_region_code',
      'k.parent_id as k_parent_id',
    ])
    .execute<ListedRow[]>('all', true);
  return rows.map(({ k_id, k_level, k_name, k_region_code, k_parent_id, ...row }) => ({
    ...row,
    registerNumber: row.registerNumber ?? null,
    nextDueAt: row.nextDueAt ?? null,
    commission: {
      id: k_id,
      level: k_level,
      name: k_name,
      regionCode: k_region_code ?? null,
      parentId: k_parent_id ?? null,
    },
  }));
}

/** Views of a page of cases, with the respondents of the whole page read in one statement as plain rows. */
export async function listedCaseViews(
  em: EntityManager,
  page: readonly CaseRow[],
  user: CurrentUser,
): Promise<EthicsCaseView[]> {
  if (page.length === 0) return [];
  const rows = await em.getConnection().execute<RespondentRow[]>(
    `select ethics_case_id, membership_id, person_id, name, body_id, body_type, position from case_participant where role = 'respondent' and ethics_case_id in (${page.map(() => '?').join(', ')}) order by ethics_case_id, ordinal`,
    page.map((row) => row.id),
  );
  const respondents = new Map<string, RespondentType[]>(page.map((row) => [row.id, []]));
  for (const row of rows) {
    respondents.get(row.ethics_case_id)?.push({
      membershipId: row.membership_id ?? '',
      personId: row.person_id,
      name: row.name,
      bodyId: row.body_id,
      bodyType: row.body_type,
      position: row.position,
    });
  }
  return page.map((row) => new EthicsCaseView(row, user, respondents.get(row.id) ?? []));
}

export async function listCases(ctx: Context, args: CasesArgs): Promise<CasePage> {
  const user = requireUser(ctx.user);
  const first = args.first ?? 25;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw apiError(
      'BAD_USER_INPUT',
      { field: 'first', max: MAX_PAGE_SIZE },
      `first must be between 1 and ${MAX_PAGE_SIZE}.`,
    );
  }
  const { qb } = await filteredCases(ctx, user, args.filter ?? {});
  const totalCount = await qb.clone().getCount();

  const field = SORT_FIELDS[args.sort ?? 'receivedAtDesc'];
  const direction = args.sort === 'receivedAtAsc' || args.sort === 'nextDueAtAsc' ? 'asc' : 'desc';
  if (args.after) qb.andWhere(beyondCursor(field, direction, decodeCursor(args.after)));
  const records = await caseRowsOf(
    qb
      // Only nextDueAt is nullable: cases without a pending deadline come last, in id order.
      .orderBy({ [field]: field === 'nextDueAt' ? 'asc nulls last' : direction, id: direction })
      .limit(first + 1),
  );
  const page = records.slice(0, first);
  return {
    views: await listedCaseViews(ctx.em, page, user),
    cursors: page.map((record) =>
      encodeCursor({ value: record[field]?.toISOString() ?? null, id: record.id }),
    ),
    totalCount,
    hasNextPage: records.length > first,
  };
}

// ---- filing ----

function complaintOf(
  input: ComplaintInput,
  respondents: readonly Respondent[],
  bodyNames: Map<string, string>,
): ComplaintDraft {
  const drafts =
    input.respondents ??
    respondents.map((respondent) => ({
      name: respondent.name,
      membershipId: respondent.membershipId,
      bodyType: respondent.bodyType,
      position: respondent.position,
      bodyName: bodyNames.get(respondent.bodyId) ?? '',
    }));
  return JSON.parse(JSON.stringify({ ...input, respondents: drafts }), (key, value: unknown) =>
    (key === 'eventDate' || key === 'knownAt') && typeof value === 'string' ? new Date(value) : value,
  ) as ComplaintDraft;
}

export interface FiledCaseView {
  readonly view: EthicsCaseView;
  readonly completeness: ComplaintCheck;
}

export async function fileCase(
  ctx: Context,
  input: FileCaseInput,
): Promise<Result<FiledCaseView, CodedError>> {
  const user = requireUser(ctx.user);
  if (!FILING_ROLES.includes(user.role)) throw apiError('FORBIDDEN', { role: user.role });
  const filed = await runMutation<FiledRecord, CodedError>(ctx, async ({ em, now, audit }) => {
    const commission = await em.findOneOrFail(Commission, { id: user.commissionId });
    if (commission.level !== 'regency')
      return err({ code: 'OUT_OF_JURISDICTION', commissionId: commission.id });
    const ids = [...new Set(input.respondentMembershipIds ?? [])];
    const memberships = await em.find(
      Membership,
      { id: { $in: ids } },
      { populate: ['person', 'body.commission'] },
    );
    const missing = ids.find((id) => !memberships.some((membership) => membership.id === id));
    if (missing) return err({ code: 'UNKNOWN_RESPONDENT', membershipId: missing });
    const outside = memberships.find((membership) => membership.body.commission.id !== commission.id);
    if (outside) return err({ code: 'OUT_OF_JURISDICTION', commissionId: outside.body.commission.id });
    const respondents: Respondent[] = ids.map((id) => {
      const membership = memberships.find((candidate) => candidate.id === id)!;
      return {
        membershipId: membership.id,
        personId: membership.person.id,
        name: membership.person.name,
        bodyId: membership.body.id,
        bodyType: membership.body.type,
        position: membership.position,
      };
    });
    const bodyNames = new Map(memberships.map((membership) => [membership.body.id, membership.body.name]));
    const filed = fileDomainCase(
      {
        id: randomUUID(),
        commissionId: commission.id,
        receivedAt: input.receivedAt,
        complaint: complaintOf(input.complaint, respondents, bodyNames),
        respondents,
        parties: (input.parties ?? []).map((party) => ({
          role: party.role,
          name: party.name,
          ...(party.personId ? { personId: party.personId } : {}),
        })),
        ...(input.findingPlenaryHeldAt ? { findingPlenaryHeldAt: input.findingPlenaryHeldAt } : {}),
      },
      {
        now,
        actor: actorOf(user),
        calendar: calendarOf(ctx),
        utcOffsetMinutes: utcOffsetOfCommission(commission),
      },
    );
    if (!filed.ok) return filed;
    const { ethicsCase, completeness } = filed.value;
    const record = new EthicsCaseRecord();
    applyToRecord(record, ethicsCase, commission, now, calendarOf(ctx));
    record.version = ethicsCase.version;
    syncParticipants(record, ethicsCase);
    await syncProjection(em, record, ethicsCase, { isNewCase: true });
    em.persist(record);
    audit({
      chain: commission.id,
      action: 'caseReceived',
      entityType: 'case',
      entityId: ethicsCase.id,
      after: {
        status: ethicsCase.status,
        version: ethicsCase.version,
        source: ethicsCase.source,
        ruleSetCode: ethicsCase.ruleSetCode,
      },
    });
    return ok({ record, completeness });
  });
  return filed.ok
    ? ok({ view: viewOfRecord(filed.value.record, user), completeness: filed.value.completeness })
    : filed;
}

interface FiledRecord {
  readonly record: EthicsCaseRecord;
  readonly completeness: ComplaintCheck;
}

// ---- commands ----

export type CommandBuilder = (
  scope: MutationScope,
  record: EthicsCaseRecord,
  ethicsCase: EthicsCase,
) => Promise<Result<CaseCommand, CodedError>> | Result<CaseCommand, CodedError>;

/** Gives a command to a case: the one path every command mutation takes. */
export async function runCommand(
  ctx: Context,
  caseId: string,
  expectedVersion: number,
  build: CommandBuilder,
): Promise<Result<EthicsCaseView, CodedError>> {
  const user = requireUser(ctx.user);
  const changed = await runMutation<EthicsCaseRecord, CodedError>(ctx, async (scope) => {
    const { em, now, audit } = scope;
    const record = await findVisibleCase(em, user, caseId);
    if (!record) throw apiError('NOT_FOUND', { caseId });
    if (record.version !== expectedVersion) {
      throw apiError('CONFLICT', { caseId, expectedVersion, currentVersion: record.version });
    }
    const before = toDomain(record);
    const command = await build(scope, record, before);
    if (!command.ok) return command;
    const result = transition(before, command.value, caseContextOf(ctx, user, record, now));
    if (!result.ok) return result;
    const after = result.value.ethicsCase;
    applyToRecord(record, after, record.commission, now, calendarOf(ctx));
    syncParticipants(record, after);
    await syncProjection(em, record, after, { before });
    for (const event of result.value.events) {
      if (event.type === 'membershipChangeOrdered') continue;
      audit({
        chain: record.commission.id,
        action: event.type,
        entityType: 'case',
        entityId: caseId,
        before: { status: before.status, version: before.version },
        after: {
          status: after.status,
          version: after.version,
          command: 'command' in event ? event.command : null,
        },
      });
    }
    for (const entry of await applyOrderedChanges(em, result.value.events, now))
      audit({ ...entry, chain: record.commission.id });
    const given = command.value;
    if (given.type === 'completeReplacement' && given.replacementMembershipId) {
      const entry = await appointReplacement(
        em,
        given.replacementMembershipId,
        given.vacatedMembershipId,
        given.swornAt,
        caseId,
      );
      if (entry) audit({ ...entry, chain: record.commission.id });
    }
    return ok(record);
  });
  // Viewed once committed: the version the ORM gave the record at the flush is the one to send back.
  return changed.ok ? ok(viewOfRecord(changed.value, user)) : changed;
}

/** The next register number of the case's commission and (local) year, when the clerk gives none. */
export async function nextRegisterNumberFor(
  em: EntityManager,
  record: EthicsCaseRecord,
  now: Date,
): Promise<Result<string, CodedError>> {
  const regionCode = record.commission.region?.code;
  if (!regionCode || !/^\d{2}\.\d{2}$/.test(regionCode)) {
    return err({ code: 'INVALID_INPUT', field: 'registerNumber', reason: 'required' });
  }
  const digits = regionCode.replace('.', '');
  // The year in the commission's own zone: a case registered at 00:30 WIT on 1 January is of the new year.
  const year = new Date(now.getTime() + utcOffsetOfCommission(record.commission) * 60_000).getUTCFullYear();
  const taken = await em.find(
    EthicsCaseRecord,
    { registerNumber: { $like: `%/ETIK/${digits}/${year}` } },
    { fields: ['registerNumber'] },
  );
  const last = taken.reduce((max, found) => {
    const parsed = found.registerNumber ? parseRegisterNumber(found.registerNumber) : undefined;
    return parsed?.ok ? Math.max(max, parsed.value.sequence) : max;
  }, 0);
  return ok(nextRegisterNumber(digits, year, last === 0 ? undefined : last));
}
