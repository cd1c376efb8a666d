import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { timeZoneOfRegion } from '@etik/domain';
import { descendantsPattern, requireUser } from '../auth/access-policy.js';
import type { Context } from '../context.js';
import { Commission } from './commission.entity.js';
import { CommissionType } from './commission.type.js';

@Resolver(() => CommissionType)
export class CommissionResolver {
  @Query(() => [CommissionType], { description: "The caller's commission and every commission under it." })
  async commissions(@Ctx() ctx: Context): Promise<CommissionType[]> {
    const user = requireUser(ctx.user);
    const commissions = await ctx.em.find(
      Commission,
      { path: { $like: descendantsPattern(user.commissionPath) } },
      { orderBy: { path: 'asc' } },
    );
    return commissions.map((commission) => CommissionType.from(commission));
  }

  @FieldResolver(() => String, {
    description: 'The zone its dates and deadlines are counted in: "WIB", "WITA" or "WIT" (of its region).',
  })
  timeZone(@Root() commission: CommissionType): string {
    return timeZoneOfRegion(commission.regionCode);
  }
}
