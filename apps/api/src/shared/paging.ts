// Keyset (cursor) paging for the directory's lists, as `cases` pages: a page is `first` rows after the
// cursor of the last row seen, in a total order (the sort keys end with a unique column). The cursor is
// the row's sort values, opaque to clients (base64url JSON); a row inserted or deleted between two pages
// never makes one repeat or skip another.
import type { EntityManager, Knex } from '@mikro-orm/knex';
import { err, ok, type Result } from '@etik/domain';
import { codedError, type CodedError } from '../errors/coded-error.js';

/**
 * The largest page of any list. The case list has the same bound in ethics-case.service.ts until cases
 * move onto this module (issue #10); the cost limit (server.ts) reads this one.
 */
export const MAX_PAGE_SIZE = 100;

/** `first`, checked: 1 to 100, or BAD_USER_INPUT (field `first`). */
export function pageSizeOf(first: number | undefined, fallback = 25): Result<number, CodedError> {
  const size = first ?? fallback;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) {
    return err(
      codedError(
        'BAD_USER_INPUT',
        { field: 'first', max: MAX_PAGE_SIZE },
        `first must be between 1 and ${MAX_PAGE_SIZE}.`,
      ),
    );
  }
  return ok(size);
}

/** One key of a sort order: a non-null SQL expression (coalesce nullable columns) and its direction. */
export interface SortKey {
  readonly sql: string;
  readonly direction: 'asc' | 'desc';
  readonly kind: 'text' | 'number';
}

export type KeyValue = string | number;

export const encodeKeyset = (values: readonly KeyValue[]): string =>
  Buffer.from(JSON.stringify(values)).toString('base64url');

/** Names and ids in cursors come from our rows: nothing longer than a name column. */
const MAX_CURSOR_TEXT = 255;

/** The values of a cursor made for `keys`, or BAD_USER_INPUT (field `after`) for anything else. */
export function decodeKeyset(text: string, keys: readonly SortKey[]): Result<KeyValue[], CodedError> {
  try {
    const values = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as unknown;
    if (
      Array.isArray(values) &&
      values.length === keys.length &&
      values.every((value, index) =>
        keys[index]!.kind === 'number'
          ? Number.isSafeInteger(value)
          : typeof value === 'string' && value.length <= MAX_CURSOR_TEXT && !value.includes('\u0000'),
      )
    )
      return ok(values as KeyValue[]);
  } catch {
    // fall through
  }
  return err(codedError('BAD_USER_INPUT', { field: 'after' }, 'Invalid cursor.'));
}

/** Rows strictly after `values` in the order `keys`: (k1 > v1) or (k1 = v1 and k2 > v2) or … */
export function afterKeyset(
  query: Knex.QueryBuilder,
  keys: readonly SortKey[],
  values: readonly KeyValue[],
): Knex.QueryBuilder {
  const clauses: string[] = [];
  const bindings: KeyValue[] = [];
  keys.forEach((key, index) => {
    const equal = keys.slice(0, index).map((previous) => `${previous.sql} = ?`);
    clauses.push(`(${[...equal, `${key.sql} ${key.direction === 'asc' ? '>' : '<'} ?`].join(' and ')})`);
    bindings.push(...values.slice(0, index), values[index]!);
  });
  return query.whereRaw(`(${clauses.join(' or ')})`, bindings);
}

export const orderByKeyset = (query: Knex.QueryBuilder, keys: readonly SortKey[]): Knex.QueryBuilder =>
  query.orderByRaw(keys.map((key) => `${key.sql} ${key.direction}`).join(', '));

export interface Page<T> {
  readonly nodes: T[];
  readonly cursors: string[];
  readonly totalCount: number;
  readonly hasNextPage: boolean;
}

/** The GraphQL connection of a page (edges and nodes, as `cases`). */
export const connectionOf = <T>(page: Page<T>) => ({
  edges: page.nodes.map((node, index) => ({ node, cursor: page.cursors[index]! })),
  nodes: page.nodes,
  pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.cursors.at(-1) ?? null },
  totalCount: page.totalCount,
});

/** `%text%` for LIKE … escape '\', with the user's own wildcards taken literally. */
export const containsPattern = (text: string): string => `%${escapeLike(text)}%`;
export const prefixPattern = (text: string): string => `${escapeLike(text)}%`;
const escapeLike = (text: string): string => text.replace(/[\\%_]/g, (match) => `\\${match}`);

export interface KeysetPage {
  readonly ids: string[];
  readonly cursors: string[];
  readonly totalCount: number;
  readonly hasNextPage: boolean;
}

/**
 * Runs a keyset page over `base` (a FROM … WHERE … without select or order): the total count, then the
 * ids of the `first` rows after the cursor. `keys` must end with a unique column, so the order is total.
 * A cursor that is not one of ours is refused (BAD_USER_INPUT, field `after`) before any query runs.
 */
export async function keysetPage(
  em: EntityManager,
  base: Knex.QueryBuilder,
  keys: readonly SortKey[],
  idSql: string,
  first: number,
  after: string | undefined,
): Promise<Result<KeysetPage, CodedError>> {
  const cursor = after ? decodeKeyset(after, keys) : undefined;
  if (cursor && !cursor.ok) return cursor;
  const knex = em.getKnex();
  const [counted] = await em.execute<{ n: number | string }[]>(base.clone().count({ n: '*' }));
  const page = base.clone().select({ row_id: knex.raw(idSql) });
  keys.forEach((key, index) => page.select({ [`k${index}`]: knex.raw(key.sql) }));
  if (cursor) afterKeyset(page, keys, cursor.value);
  orderByKeyset(page, keys).limit(first + 1);
  const rows = await em.execute<Record<string, KeyValue>[]>(page);
  const shown = rows.slice(0, first);
  return ok({
    ids: shown.map((row) => String(row.row_id)),
    cursors: shown.map((row) =>
      encodeKeyset(
        keys.map((key, index) =>
          key.kind === 'number' ? Number(row[`k${index}`]) : String(row[`k${index}`]),
        ),
      ),
    ),
    totalCount: Number(counted?.n ?? 0),
    hasNextPage: rows.length > first,
  });
}

/** Entities in the order of `ids` (a query by id returns them in any order). */
export function inOrder<T extends { id: string }>(ids: readonly string[], found: readonly T[]): T[] {
  const byId = new Map(found.map((item) => [item.id, item]));
  return ids.map((id) => byId.get(id)).filter((item): item is T => item !== undefined);
}
