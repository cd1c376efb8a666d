// Reading the directory of members: the paged, filtered list, one membership, one person. Everything is
// scoped to the caller's jurisdiction (the commission that formed the body); personal data is masked by
// PersonType. Related rows (history, declarations, cases) are batched in members.loaders.ts.
import { ok, type Result } from '@etik/domain';
import type { Knex } from '@mikro-orm/knex';
import { descendantsPattern, requireUser, seesPersonalData } from '../auth/access-policy.js';
import type { CurrentUser } from '../auth/current-user.js';
import type { Context } from '../context.js';
import { type CodedError } from '../errors/coded-error.js';
import { regionSubtree, underCommission, withinJurisdiction } from '../directory/scope.js';
import type { MemberSort } from '../directory/directory-enums.js';
import {
  containsPattern,
  inOrder,
  keysetPage,
  pageSizeOf,
  prefixPattern,
  type Page,
  type SortKey,
} from '../shared/paging.js';
import { Membership, Person } from '../adhoc-bodies/adhoc-body.entity.js';
import { MembershipType, PersonType } from '../adhoc-bodies/adhoc-body.types.js';
import type { MemberFilter, MembersArgs } from './members.inputs.js';

/** Unranked memberships sort after every ranked one. */
const UNRANKED = 2_147_483_647;

const MEMBER_ORDERS: Record<MemberSort, readonly SortKey[]> = {
  nameAsc: [
    { sql: 'p.name', direction: 'asc', kind: 'text' },
    { sql: 'm.id', direction: 'asc', kind: 'text' },
  ],
  nameDesc: [
    { sql: 'p.name', direction: 'desc', kind: 'text' },
    { sql: 'm.id', direction: 'desc', kind: 'text' },
  ],
  bodyAsc: [
    { sql: 'b.id', direction: 'asc', kind: 'text' },
    { sql: `coalesce(m.selection_rank, ${UNRANKED})`, direction: 'asc', kind: 'number' },
    { sql: 'm.id', direction: 'asc', kind: 'text' },
  ],
};

/** A NIK is 16 digits; a prefix of one is what a clerk types to find a person by it. */
const NIK_PREFIX = /^\d{1,16}$/;

/** `membership m` joined to its person, body and commission, inside the caller's jurisdiction. */
export function membershipsInJurisdiction(knex: Knex, user: CurrentUser): Knex.QueryBuilder {
  const query = knex
    .from({ m: 'membership' })
    .join({ p: 'person' }, 'p.id', 'm.person_id')
    .join({ b: 'adhoc_body' }, 'b.id', 'm.body_id')
    .join({ c: 'commission' }, 'c.id', 'b.commission_id');
  return withinJurisdiction(query, 'c', user);
}

async function applyMemberFilter(
  ctx: Context,
  user: CurrentUser,
  query: Knex.QueryBuilder,
  filter: MemberFilter,
): Promise<void> {
  const knex = ctx.em.getKnex();
  const text = filter.text?.trim();
  if (text) {
    // The NIK is matched only for roles that may see it: others could otherwise probe NIKs by search.
    if (NIK_PREFIX.test(text) && seesPersonalData(user)) {
      query.where((either) =>
        either
          .whereRaw("lower(p.name) like ? escape '\\'", [containsPattern(text.toLowerCase())])
          .orWhere('p.nik', 'like', prefixPattern(text)),
      );
    } else {
      query.whereRaw("lower(p.name) like ? escape '\\'", [containsPattern(text.toLowerCase())]);
    }
  }
  if (filter.bodyTypes?.length) query.whereIn('b.type', filter.bodyTypes);
  if (filter.bodyId) query.where('b.id', filter.bodyId);
  if (filter.commissionId) await underCommission(ctx.em, query, 'c', filter.commissionId);
  if (filter.regionCode) query.whereIn('b.region_code', regionSubtree(knex, filter.regionCode));
  if (filter.statuses?.length) query.whereIn('m.status', filter.statuses);
  if (filter.positions?.length) query.whereIn('m.position', filter.positions);
}

export async function listMembers(
  ctx: Context,
  args: MembersArgs,
): Promise<Result<Page<MembershipType>, CodedError>> {
  const user = requireUser(ctx.user);
  const first = pageSizeOf(args.first);
  if (!first.ok) return first;
  const query = membershipsInJurisdiction(ctx.em.getKnex(), user);
  await applyMemberFilter(ctx, user, query, args.filter ?? {});
  const page = await keysetPage(
    ctx.em,
    query,
    MEMBER_ORDERS[args.sort ?? 'nameAsc'],
    'm.id',
    first.value,
    args.after,
  );
  if (!page.ok) return page;
  const { ids, cursors, totalCount, hasNextPage } = page.value;
  const found = await ctx.em.find(Membership, { id: { $in: ids } }, { populate: ['person', 'body'] });
  return ok({
    nodes: inOrder(ids, found).map((membership) => MembershipType.from(membership, user)),
    cursors,
    totalCount,
    hasNextPage,
  });
}

/** A membership of a body formed in the caller's jurisdiction, or null. */
export async function findMembership(ctx: Context, id: string): Promise<MembershipType | null> {
  const user = requireUser(ctx.user);
  const membership = await ctx.em.findOne(
    Membership,
    { id, body: { commission: { path: { $like: descendantsPattern(user.commissionPath) } } } },
    { populate: ['person', 'body'] },
  );
  return membership ? MembershipType.from(membership, user) : null;
}

/**
 * A person the caller may look up: one holding a membership in a body formed in their jurisdiction, or
 * on the staff of a commission in it (an examiner's account). Anyone else is null, as if unknown.
 */
export async function findPerson(ctx: Context, id: string): Promise<PersonType | null> {
  const user = requireUser(ctx.user);
  const knex = ctx.em.getKnex();
  const member = membershipsInJurisdiction(knex, user).where('m.person_id', id).select(knex.raw('1'));
  const staff = withinJurisdiction(
    knex
      .from({ u: 'app_user' })
      .join({ c: 'commission' }, 'c.id', 'u.commission_id')
      .where('u.person_id', id),
    'c',
    user,
  ).select(knex.raw('1'));
  const [visible] = await ctx.em.execute<unknown[]>(
    knex.select(knex.raw('1 as visible')).whereExists(member).orWhereExists(staff),
  );
  if (!visible) return null;
  const person = await ctx.em.findOne(Person, { id });
  return person ? PersonType.from(person, user) : null;
}
