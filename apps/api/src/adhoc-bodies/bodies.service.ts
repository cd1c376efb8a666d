// The paged list of ad hoc bodies, and one body: formed by commissions in the caller's jurisdiction.
import { ok, type Result } from '@etik/domain';
import { descendantsPattern, requireUser } from '../auth/access-policy.js';
import type { Context } from '../context.js';
import { type CodedError } from '../errors/coded-error.js';
import type { BodySort } from '../directory/directory-enums.js';
import { regionSubtree, underCommission, withinJurisdiction } from '../directory/scope.js';
import {
  containsPattern,
  inOrder,
  keysetPage,
  pageSizeOf,
  prefixPattern,
  type Page,
  type SortKey,
} from '../shared/paging.js';
import { AdhocBody } from './adhoc-body.entity.js';
import { AdhocBodyType } from './adhoc-body.types.js';
import type { BodiesArgs } from './bodies.inputs.js';

const BODY_ORDERS: Record<BodySort, readonly SortKey[]> = {
  nameAsc: [
    { sql: 'b.name', direction: 'asc', kind: 'text' },
    { sql: 'b.id', direction: 'asc', kind: 'text' },
  ],
  nameDesc: [
    { sql: 'b.name', direction: 'desc', kind: 'text' },
    { sql: 'b.id', direction: 'desc', kind: 'text' },
  ],
  regionAsc: [
    { sql: 'b.region_code', direction: 'asc', kind: 'text' },
    { sql: 'b.id', direction: 'asc', kind: 'text' },
  ],
};

export async function listBodies(
  ctx: Context,
  args: BodiesArgs,
): Promise<Result<Page<AdhocBodyType>, CodedError>> {
  const user = requireUser(ctx.user);
  const first = pageSizeOf(args.first);
  if (!first.ok) return first;
  const knex = ctx.em.getKnex();
  const query = withinJurisdiction(
    knex.from({ b: 'adhoc_body' }).join({ c: 'commission' }, 'c.id', 'b.commission_id'),
    'c',
    user,
  );
  const filter = args.filter ?? {};
  if (filter.types?.length) query.whereIn('b.type', filter.types);
  if (filter.commissionId) await underCommission(ctx.em, query, 'c', filter.commissionId);
  if (filter.regionCode) query.whereIn('b.region_code', regionSubtree(knex, filter.regionCode));
  if (filter.dissolved === true) query.whereNotNull('b.dissolved_at');
  if (filter.dissolved === false) query.whereNull('b.dissolved_at');
  if (filter.electionId) query.where('b.election_id', filter.electionId);
  const text = filter.text?.trim().toLowerCase();
  if (text) {
    query.where((either) =>
      either
        .whereRaw("lower(b.name) like ? escape '\\'", [containsPattern(text)])
        .orWhereRaw("b.id like ? escape '\\'", [prefixPattern(text)]),
    );
  }
  const page = await keysetPage(
    ctx.em,
    query,
    BODY_ORDERS[args.sort ?? 'nameAsc'],
    'b.id',
    first.value,
    args.after,
  );
  if (!page.ok) return page;
  const { ids, cursors, totalCount, hasNextPage } = page.value;
  const found = await ctx.em.find(AdhocBody, { id: { $in: ids } });
  return ok({
    nodes: inOrder(ids, found).map((body) => AdhocBodyType.from(body)),
    cursors,
    totalCount,
    hasNextPage,
  });
}

export async function findBody(ctx: Context, id: string): Promise<AdhocBodyType | null> {
  const user = requireUser(ctx.user);
  const body = await ctx.em.findOne(AdhocBody, {
    id,
    commission: { path: { $like: descendantsPattern(user.commissionPath) } },
  });
  return body ? AdhocBodyType.from(body) : null;
}
