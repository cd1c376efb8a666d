import { Arg, Ctx, Field, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { LABELS, MESSAGE_LABELS, RULE_SETS, type Label, type RuleSet } from '@etik/domain';
import { requireUser } from '../auth/access-policy.js';
import type { Context } from '../context.js';
import {
  ConfidenceEnum,
  DayUnitEnum,
  DeadlineKeyEnum,
  DeliveryRecipientEnum,
  MilestoneEnum,
  OutcomeEnum,
} from '../shared/graphql-enums.js';

@ObjectType('DeadlineRule')
export class DeadlineRuleType {
  @Field(() => DeadlineKeyEnum) key: string;
  @Field(() => Int) amount: number;
  @Field(() => DayUnitEnum) unit: string;
  @Field(() => MilestoneEnum) anchor: string;
  @Field(() => [MilestoneEnum]) metBy: readonly string[];
  @Field(() => ConfidenceEnum) confidence: string;
  @Field(() => String) basis: string;
}

@ObjectType('RuleSet', { description: 'A versioned body of procedure: outcomes, options and deadlines.' })
export class RuleSetType {
  @Field(() => String) code: string;
  @Field(() => String) title: string;
  @Field(() => [String]) basis: readonly string[];
  @Field(() => String, { description: 'YYYY-MM-DD, inclusive.' }) validFrom: string;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, exclusive.' }) validTo?: string | null;
  @Field(() => [OutcomeEnum]) allowedOutcomes: readonly string[];
  @Field(() => [OutcomeEnum]) outcomesForwardedToDkpp: readonly string[];
  @Field(() => Boolean) dismissalSuspendsUntilDecree: boolean;
  @Field(() => Boolean) allowDirectDecision: boolean;
  @Field(() => Boolean) allowWithdrawal: boolean;
  @Field(() => [DeadlineRuleType]) deadlines: readonly DeadlineRuleType[];
  @Field(() => [DeliveryRecipientEnum]) deliveryRecipients: readonly string[];

  static from(ruleSet: RuleSet): RuleSetType {
    return Object.assign(new RuleSetType(), { ...ruleSet, validTo: ruleSet.validTo ?? null });
  }
}

@ObjectType('Label', { description: 'The Indonesian (default) and English label of a code.' })
export class LabelType {
  @Field(() => String, { description: 'e.g. caseStatus, outcome, message (error and deficiency codes).' })
  kind: string;
  @Field(() => String) code: string;
  @Field(() => String) id: string;
  @Field(() => String) en: string;
}

const ALL_LABELS: readonly LabelType[] = [
  ...Object.entries(LABELS).flatMap(([kind, labels]) =>
    Object.entries(labels as Readonly<Record<string, Label>>).map(([code, label]) => ({
      kind,
      code,
      ...label,
    })),
  ),
  ...Object.entries(MESSAGE_LABELS).map(([code, label]) => ({ kind: 'message', code, ...label })),
];

@Resolver()
export class CatalogueResolver {
  @Query(() => [RuleSetType])
  ruleSets(@Ctx() ctx: Context): RuleSetType[] {
    requireUser(ctx.user);
    return RULE_SETS.map((ruleSet) => RuleSetType.from(ruleSet));
  }

  @Query(() => [LabelType], { description: 'Labels of every code; public, so a sign-in page can use them.' })
  labels(@Arg('kind', () => String, { nullable: true }) kind: string | undefined): readonly LabelType[] {
    return kind ? ALL_LABELS.filter((label) => label.kind === kind) : ALL_LABELS;
  }
}
