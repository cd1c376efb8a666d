import { Arg, Args, Ctx, Query, Resolver } from 'type-graphql';
import { requireUser } from '../auth/access-policy.js';
import type { Context } from '../context.js';
import { orThrow } from '../errors/to-graphql-error.js';
import { connectionOf } from '../shared/paging.js';
import { CaseFilter } from '../ethics-cases/ethics-case.inputs.js';
import { StatisticsDimensionEnum, StatisticsUnitEnum } from '../shared/graphql-enums.js';
import {
  caseStatistics,
  overdueCases,
  stageDurations,
  type StatisticsDimension,
  type StatisticsUnit,
} from './reporting.service.js';
import {
  CaseStatisticsType,
  OverdueCaseConnectionType,
  OverdueCasesArgs,
  StageDurationType,
} from './reporting.types.js';

@Resolver()
export class ReportingResolver {
  @Query(() => CaseStatisticsType, {
    description:
      'Counts of the cases in your jurisdiction, or of their respondents, per group of the given dimensions.',
  })
  async caseStatistics(
    @Arg('groupBy', () => [StatisticsDimensionEnum]) groupBy: StatisticsDimension[],
    @Arg('filter', () => CaseFilter, { nullable: true }) filter: CaseFilter | undefined,
    @Arg('unit', () => StatisticsUnitEnum, {
      defaultValue: 'case',
      description: 'case: a case counts once in a group; respondent: each of its respondents counts.',
    })
    unit: StatisticsUnit,
    @Ctx() ctx: Context,
  ): Promise<CaseStatisticsType> {
    requireUser(ctx.user);
    return orThrow(await caseStatistics(ctx, groupBy, filter ?? undefined, unit));
  }

  @Query(() => [StageDurationType], {
    description: 'Median and 90th percentile days per stage, over the cases in your jurisdiction.',
  })
  async stageDurations(
    @Arg('filter', () => CaseFilter, { nullable: true }) filter: CaseFilter | undefined,
    @Ctx() ctx: Context,
  ): Promise<StageDurationType[]> {
    requireUser(ctx.user);
    return orThrow(await stageDurations(ctx, filter ?? undefined));
  }

  @Query(() => OverdueCaseConnectionType, {
    description: 'Open cases with an overdue deadline, most overdue first (deadlines from the domain).',
  })
  async overdueCases(
    @Args(() => OverdueCasesArgs) args: OverdueCasesArgs,
    @Ctx() ctx: Context,
  ): Promise<OverdueCaseConnectionType> {
    return connectionOf(orThrow(await overdueCases(ctx, args)));
  }
}
