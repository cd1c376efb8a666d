import type { FilterQuery } from '@mikro-orm/core';
import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { requireUser } from '../auth/access-policy.js';
import type { Context } from '../context.js';
import { RegionLevelEnum } from '../shared/graphql-enums.js';
import { Region, type RegionLevel } from './region.entity.js';
import { RegionType } from './region.type.js';

@Resolver(() => RegionType)
export class RegionResolver {
  @Query(() => [RegionType], {
    description: 'Regions by parent (provinces when no parent is given) and level.',
  })
  async regions(
    @Arg('parentCode', () => ID, { nullable: true }) parentCode: string | undefined,
    @Arg('level', () => RegionLevelEnum, { nullable: true }) level: RegionLevel | undefined,
    @Ctx() ctx: Context,
  ): Promise<RegionType[]> {
    requireUser(ctx.user);
    const where: FilterQuery<Region> = parentCode ? { parent: parentCode } : level ? {} : { parent: null };
    if (level) Object.assign(where, { level });
    const regions = await ctx.em.find(Region, where, { orderBy: { code: 'asc' }, limit: 1000 });
    return regions.map((region) => RegionType.from(region));
  }
}
