// Batched reads of elections and stages for the fields of bodies, cases and declarations that name them.
import type { Context } from '../context.js';
import { batchLoader, loaderOf } from '../shared/batch-loader.js';
import { Election, ElectionStage } from './election.entity.js';

export const electionById = (ctx: Context) =>
  loaderOf(ctx, 'electionById', () =>
    batchLoader<string, Election | null>(
      async (ids) =>
        new Map(
          (await ctx.em.find(Election, { id: { $in: [...ids] } }, { populate: ['stages'] })).map(
            (election) => [election.id, election],
          ),
        ),
      () => null,
    ),
  );

export const electionStageById = (ctx: Context) =>
  loaderOf(ctx, 'electionStageById', () =>
    batchLoader<string, ElectionStage | null>(
      async (ids) =>
        new Map(
          (await ctx.em.find(ElectionStage, { id: { $in: [...ids] } })).map((stage) => [stage.id, stage]),
        ),
      () => null,
    ),
  );
