// SQL pieces the directory's lists share: jurisdiction by commission path, "this commission and every one
// under it", and "this region and every region under it" (walked down the tree, not guessed from codes).
import type { EntityManager, Knex } from '@mikro-orm/knex';
import { descendantsPattern } from '../auth/access-policy.js';
import type { CurrentUser } from '../auth/current-user.js';
import { Commission } from '../commissions/commission.entity.js';

/** `<alias>.path` is inside the caller's jurisdiction. */
export const withinJurisdiction = (query: Knex.QueryBuilder, alias: string, user: CurrentUser) =>
  query.where(`${alias}.path`, 'like', descendantsPattern(user.commissionPath));

/**
 * `<alias>.path` is the commission `commissionId` or under it. An unknown commission matches nothing
 * (as in the case list).
 */
export async function underCommission(
  em: EntityManager,
  query: Knex.QueryBuilder,
  alias: string,
  commissionId: string,
): Promise<void> {
  const commission = await em.findOne(Commission, { id: commissionId });
  if (commission) query.where(`${alias}.path`, 'like', descendantsPattern(commission.path));
  else query.whereRaw('1 = 0');
}

/** The codes of a region and of every region under it: a recursive query over `parent_code`. */
export const regionSubtree = (knex: Knex, code: string): Knex.QueryBuilder =>
  knex
    .withRecursive('subtree', ['code'], (seed) =>
      seed
        .select('code')
        .from('region')
        .where('code', code)
        .unionAll((step) =>
          step.select('r.code').from({ r: 'region' }).join('subtree', 'r.parent_code', 'subtree.code'),
        ),
    )
    .select('code')
    .from('subtree');
