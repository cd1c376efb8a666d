// Reading cases: a page of the list as one projection (no entity hydration) plus one statement for the
// page's respondents, and one case by id the same way. Cases page on their own (sort column, id) cursor
// rather than paging.ts' coalesced keys, so that the sort column's index serves every order; the page
// size, the connection and the refusals are paging.ts'.
import type { QBFilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { err, ok, type EthicsCase, type Result } from '@etik/domain';
import { requireUser } from '../auth/access-policy.js';
import type { CurrentUser } from '../auth/current-user.js';
import type { Context } from '../context.js';
import { codedError, type CodedError } from '../errors/coded-error.js';
import { MAX_ID_LENGTH } from '../errors/input-guard.plugin.js';
import { isStorableInstant } from '../shared/date-time.scalar.js';
import { pageSizeOf, type Page } from '../shared/paging.js';
import { caseRowOf, respondentsOf, type CaseRow, type CommissionRow } from './case.mapper.js';
import { filteredCases, visibleCaseQuery, type CaseQuery } from './case-scope.js';
import type { EthicsCaseRecord } from './ethics-case.entity.js';
import type { CasesArgs } from './ethics-case.inputs.js';
import { EthicsCaseView, type RespondentType } from './ethics-case.type.js';

/** One case by id, on the read path: one projection and one statement for its respondents. */
export async function getCase(ctx: Context, id: string): Promise<EthicsCaseView | null> {
  const user = requireUser(ctx.user);
  const [row] = await caseRowsOf(visibleCaseQuery(ctx.em, user, id));
  if (!row) return null;
  const [view] = await listedCaseViews(ctx.em, [row], user);
  return view ?? null;
}

/** The view of a case just written: its record's columns (commission loaded) and the domain's respondents. */
export const viewOfWritten = (
  record: EthicsCaseRecord,
  ethicsCase: EthicsCase,
  user: CurrentUser,
): EthicsCaseView => new EthicsCaseView(caseRowOf(record), user, respondentsOf(ethicsCase));

export interface Cursor {
  /** The sort column's value as ISO text; null for a case without one (no pending deadline). */
  readonly value: string | null;
  readonly id: string;
}
export const encodeCursor = (cursor: Cursor): string =>
  Buffer.from(JSON.stringify([cursor.value, cursor.id])).toString('base64url');
export function decodeCursor(text: string): Result<Cursor, CodedError> {
  try {
    const [value, id] = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as unknown[];
    // Decoded from client text: the same limits as any input (a storable instant, an id without NUL).
    if (
      (value === null || (typeof value === 'string' && isStorableInstant(new Date(value)))) &&
      typeof id === 'string' &&
      id.length <= MAX_ID_LENGTH &&
      !id.includes('\u0000')
    )
      return ok({ value, id });
  } catch {
    // fall through
  }
  return err(codedError('BAD_USER_INPUT', { field: 'after' }, 'Invalid cursor.'));
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
  'c.electionId',
  'c.electionStageId',
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
    electionId: row.electionId ?? null,
    electionStageId: row.electionStageId ?? null,
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

export async function listCases(
  ctx: Context,
  args: CasesArgs,
): Promise<Result<Page<EthicsCaseView>, CodedError>> {
  const user = requireUser(ctx.user);
  const size = pageSizeOf(args.first ?? undefined);
  if (!size.ok) return size;
  const first = size.value;
  const cursor = args.after ? decodeCursor(args.after) : undefined;
  if (cursor && !cursor.ok) return cursor;
  const filtered = await filteredCases(ctx, user, args.filter ?? {});
  if (!filtered.ok) return filtered;
  const qb = filtered.value;
  const totalCount = await qb.clone().getCount();

  const field = SORT_FIELDS[args.sort ?? 'receivedAtDesc'];
  const direction = args.sort === 'receivedAtAsc' || args.sort === 'nextDueAtAsc' ? 'asc' : 'desc';
  if (cursor) qb.andWhere(beyondCursor(field, direction, cursor.value));
  const records = await caseRowsOf(
    qb
      // Only nextDueAt is nullable: cases without a pending deadline come last, in id order.
      .orderBy({ [field]: field === 'nextDueAt' ? 'asc nulls last' : direction, id: direction })
      .limit(first + 1),
  );
  const page = records.slice(0, first);
  return ok({
    nodes: await listedCaseViews(ctx.em, page, user),
    cursors: page.map((record) =>
      encodeCursor({ value: record[field]?.toISOString() ?? null, id: record.id }),
    ),
    totalCount,
    hasNextPage: records.length > first,
  });
}
