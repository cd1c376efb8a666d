// The API shape of the reports: counts per group, stage durations, overdue cases.
import { ArgsType, Field, Float, Int, ObjectType } from 'type-graphql';
import { CaseFilter } from '../ethics-cases/ethics-case.inputs.js';
import { PageInfoType } from '../ethics-cases/ethics-case.payloads.js';
import { CaseDeadlineType, EthicsCaseView } from '../ethics-cases/ethics-case.type.js';
import { RegionType } from '../regions/region.type.js';
import { DateTimeScalar } from '../shared/date-time.scalar.js';
import {
  BodyTypeEnum,
  CaseStatusEnum,
  MilestoneEnum,
  OutcomeEnum,
  ReportStageEnum,
} from '../shared/graphql-enums.js';

@ObjectType('CaseCountGroup', {
  description: 'One group of caseStatistics: the values of the requested dimensions (others are null).',
})
export class CaseCountGroupType {
  @Field(() => Int, { description: 'Cases in the group, each counted once.' }) count: number;
  @Field(() => CaseStatusEnum, { nullable: true }) status?: string | null;
  @Field(() => RegionType, { nullable: true, description: 'Province of the handling commission.' })
  province?: RegionType | null;
  @Field(() => RegionType, { nullable: true, description: 'Regency/city of the handling commission.' })
  regency?: RegionType | null;
  @Field(() => String, { nullable: true, description: 'Month received, "YYYY-MM" in WIB (UTC+7).' })
  month?: string | null;
  @Field(() => String, { nullable: true, description: 'A principle found violated in the decision.' })
  principle?: string | null;
  @Field(() => OutcomeEnum, { nullable: true, description: 'An outcome decided for a respondent.' })
  outcome?: string | null;
  @Field(() => BodyTypeEnum, { nullable: true, description: 'The body of a respondent.' })
  bodyType?: string | null;
}

@ObjectType('CaseStatistics')
export class CaseStatisticsType {
  @Field(() => Int, { description: 'Cases matching the filter in your jurisdiction.' }) totalCount: number;
  @Field(() => [CaseCountGroupType], { description: 'Largest group first.' }) groups: CaseCountGroupType[];
}

@ObjectType('StageDuration', {
  description: 'How long cases took from one milestone to the next, in calendar days (fractional).',
})
export class StageDurationType {
  @Field(() => ReportStageEnum) stage: string;
  @Field(() => MilestoneEnum) from: string;
  @Field(() => MilestoneEnum) to: string;
  @Field(() => Int, { description: 'Cases that have completed the stage.' }) cases: number;
  @Field(() => Float, { nullable: true, description: 'Null when no case has completed the stage.' })
  medianDays?: number | null;
  @Field(() => Float, { nullable: true, description: '90th percentile (linear interpolation).' })
  p90Days?: number | null;
  @Field(() => Float, { nullable: true }) maxDays?: number | null;
}

@ObjectType('OverdueCase')
export class OverdueCaseType {
  @Field(() => EthicsCaseView) ethicsCase: EthicsCaseView;
  @Field(() => [CaseDeadlineType], { description: 'Its overdue deadlines, earliest due first.' })
  overdueDeadlines: CaseDeadlineType[];
  @Field(() => DateTimeScalar, { description: 'When the most overdue deadline fell due.' }) dueAt: Date;
  @Field(() => Float, { description: 'Days since then, at server time.' }) daysOverdue: number;
}

@ObjectType('OverdueCaseEdge')
export class OverdueCaseEdgeType {
  @Field(() => String) cursor: string;
  @Field(() => OverdueCaseType) node: OverdueCaseType;
}

@ObjectType('OverdueCaseConnection')
export class OverdueCaseConnectionType {
  @Field(() => [OverdueCaseEdgeType]) edges: OverdueCaseEdgeType[];
  @Field(() => [OverdueCaseType]) nodes: OverdueCaseType[];
  @Field(() => PageInfoType) pageInfo: PageInfoType;
  @Field(() => Int) totalCount: number;
}

@ArgsType()
export class OverdueCasesArgs {
  @Field(() => CaseFilter, { nullable: true }) filter?: CaseFilter;
  @Field(() => Int, { nullable: true, defaultValue: 25, description: 'Page size, at most 100.' })
  first: number;
  @Field(() => String, { nullable: true, description: 'endCursor of the previous page.' }) after?: string;
}
