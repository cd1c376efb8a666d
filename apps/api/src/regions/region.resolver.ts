import type { FilterQuery } from '@mikro-orm/core';
import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { requireUser } from '../auth/access-policy.js';
import type { Context } from '../context.js';
import { bodyCountOf, childCountOf, childrenOf, regionByCode } from '../directory/directory.loaders.js';
import { RegionLevelEnum } from '../shared/graphql-enums.js';
import { Region, type RegionLevel } from './region.entity.js';
import { RegionType } from './region.type.js';

/** Province → regency → district → village: no chain is longer than this. */
const MAX_DEPTH = 8;

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

  @Query(() => RegionType, { nullable: true, description: 'A region by its Kemendagri code, or null.' })
  async region(@Arg('code', () => ID) code: string, @Ctx() ctx: Context): Promise<RegionType | null> {
    requireUser(ctx.user);
    const region = await regionByCode(ctx).load(code);
    return region ? RegionType.from(region) : null;
  }

  @FieldResolver(() => RegionType, { nullable: true })
  async parent(@Root() region: RegionType, @Ctx() ctx: Context): Promise<RegionType | null> {
    const parent = region.parentCode ? await regionByCode(ctx).load(region.parentCode) : null;
    return parent ? RegionType.from(parent) : null;
  }

  @FieldResolver(() => [RegionType], {
    description: 'From the province down to the parent (empty for a province).',
  })
  async ancestors(@Root() region: RegionType, @Ctx() ctx: Context): Promise<RegionType[]> {
    // One batched lookup per level, shared by every region of the response.
    const chain: RegionType[] = [];
    let code = region.parentCode;
    while (code && chain.length < MAX_DEPTH) {
      const parent = await regionByCode(ctx).load(code);
      if (!parent) break;
      chain.unshift(RegionType.from(parent));
      code = parent.parent?.code ?? null;
    }
    return chain;
  }

  @FieldResolver(() => [RegionType], { description: 'The regions directly under this one, by code.' })
  async children(@Root() region: RegionType, @Ctx() ctx: Context): Promise<RegionType[]> {
    return (await childrenOf(ctx).load(region.code)).map((child) => RegionType.from(child));
  }

  @FieldResolver(() => Int, { description: 'How many regions are directly under this one.' })
  childCount(@Root() region: RegionType, @Ctx() ctx: Context): Promise<number> {
    return childCountOf(ctx).load(region.code);
  }

  @FieldResolver(() => Int, {
    description: 'Ad hoc bodies of this region or any region under it, formed in your jurisdiction.',
  })
  bodyCount(@Root() region: RegionType, @Ctx() ctx: Context): Promise<number> {
    return bodyCountOf(ctx).load(region.code);
  }
}
