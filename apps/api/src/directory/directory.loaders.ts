// Batched reads shared by the directory's types: regions, commissions, a region's children and counts,
// a body's members by status and its vacancies. One query per field per level of a response.
import { VACATING_STATUSES } from '@etik/domain';
import { requireUser } from '../auth/access-policy.js';
import { Commission } from '../commissions/commission.entity.js';
import type { Context } from '../context.js';
import { Region } from '../regions/region.entity.js';
import { batchLoader, groupBy, loaderOf } from '../shared/batch-loader.js';
import { withinJurisdiction } from './scope.js';

type CountRow = { key: string; n: number | string };
const counted = (rows: readonly CountRow[]) => new Map(rows.map((row) => [row.key, Number(row.n)]));

export const regionByCode = (ctx: Context) =>
  loaderOf(ctx, 'regionByCode', () =>
    batchLoader<string, Region | null>(
      async (codes) =>
        new Map(
          (await ctx.em.find(Region, { code: { $in: [...codes] } })).map((region) => [region.code, region]),
        ),
      () => null,
    ),
  );

export const commissionById = (ctx: Context) =>
  loaderOf(ctx, 'commissionById', () =>
    batchLoader<string, Commission | null>(
      async (ids) =>
        new Map(
          (await ctx.em.find(Commission, { id: { $in: [...ids] } })).map((commission) => [
            commission.id,
            commission,
          ]),
        ),
      () => null,
    ),
  );

/** A region's children, by code. */
export const childrenOf = (ctx: Context) =>
  loaderOf(ctx, 'childrenOf', () =>
    batchLoader<string, Region[]>(
      async (codes) =>
        groupBy(
          await ctx.em.find(Region, { parent: { $in: [...codes] } }, { orderBy: { code: 'asc' } }),
          (region) => region.parent!.code,
        ),
      () => [],
    ),
  );

export const childCountOf = (ctx: Context) =>
  loaderOf(ctx, 'childCountOf', () =>
    batchLoader<string, number>(
      async (codes) => {
        const knex = ctx.em.getKnex();
        return counted(
          await ctx.em.execute<CountRow[]>(
            knex
              .from('region')
              .select({ key: 'parent_code' })
              .count({ n: '*' })
              .whereIn('parent_code', [...codes])
              .groupBy('parent_code'),
          ),
        );
      },
      () => 0,
    ),
  );

/**
 * Bodies in each region or any region under it, formed by commissions in the caller's jurisdiction: one
 * recursive walk down the tree from all the regions asked about.
 */
export const bodyCountOf = (ctx: Context) =>
  loaderOf(ctx, 'bodyCountOf', () =>
    batchLoader<string, number>(
      async (codes) => {
        const knex = ctx.em.getKnex();
        const query = knex
          .withRecursive('subtree', ['code', 'root'], (seed) =>
            seed
              .select('code', { root: 'code' })
              .from('region')
              .whereIn('code', [...codes])
              .unionAll((step) =>
                step
                  .select('r.code', 'subtree.root')
                  .from({ r: 'region' })
                  .join('subtree', 'r.parent_code', 'subtree.code'),
              ),
          )
          .from('subtree')
          .join({ b: 'adhoc_body' }, 'b.region_code', 'subtree.code')
          .join({ c: 'commission' }, 'c.id', 'b.commission_id')
          .select({ key: 'subtree.root' })
          .count({ n: '*' })
          .groupBy('subtree.root');
        withinJurisdiction(query, 'c', requireUser(ctx.user));
        return counted(await ctx.em.execute<CountRow[]>(query));
      },
      () => 0,
    ),
  );

/** Memberships of each body by status. */
export const statusCountsOf = (ctx: Context) =>
  loaderOf(ctx, 'statusCountsOf', () =>
    batchLoader<string, { status: string; count: number }[]>(
      async (bodyIds) => {
        const knex = ctx.em.getKnex();
        const rows = await ctx.em.execute<{ body_id: string; status: string; n: number | string }[]>(
          knex
            .from('membership')
            .select('body_id', 'status')
            .count({ n: '*' })
            .whereIn('body_id', [...bodyIds])
            .groupBy('body_id', 'status')
            .orderBy('status'),
        );
        return new Map(
          [...groupBy(rows, (row) => row.body_id)].map(([bodyId, group]) => [
            bodyId,
            group.map((row) => ({ status: row.status, count: Number(row.n) })),
          ]),
        );
      },
      () => [],
    ),
  );

/**
 * Vacated seats of each body not yet filled: members dismissed or ceased (the domain's vacating
 * statuses) whom no membership replaces.
 */
export const vacanciesOf = (ctx: Context) =>
  loaderOf(ctx, 'vacanciesOf', () =>
    batchLoader<string, number>(
      async (bodyIds) => {
        const knex = ctx.em.getKnex();
        return counted(
          await ctx.em.execute<CountRow[]>(
            knex
              .from({ m: 'membership' })
              .select({ key: 'm.body_id' })
              .count({ n: '*' })
              .whereIn('m.body_id', [...bodyIds])
              .whereIn('m.status', [...VACATING_STATUSES])
              .whereNotExists(
                knex.from({ r: 'membership' }).select(knex.raw('1')).whereRaw('r.replaces_id = m.id'),
              )
              .groupBy('m.body_id'),
          ),
        );
      },
      () => 0,
    ),
  );
