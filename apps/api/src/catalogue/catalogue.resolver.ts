// The domain's catalogues, public (no sign-in): published regulation and calendar data with no personal
// data, which a sign-in page or a public complaint form may show. Every value comes from @etik/domain.
import { Arg, Ctx, Field, Int, ObjectType, Query, Resolver } from 'type-graphql';
import {
  BEHAVIOURS,
  CONDUCT_CATALOGUE,
  DEADLINE_KEY_LABELS,
  ELECTION_NAMES,
  findRuleSet,
  hasKnownOath,
  INTEGRITY_PACT,
  LABELS,
  membershipEffectOf,
  MESSAGE_LABELS,
  OATHS,
  OUTCOME_CATALOGUE,
  OUTCOMES,
  oathText,
  pactItemsFor,
  PRINCIPLE_CATALOGUE,
  RULE_SETS,
  ruleSetFor,
  searchTypicalViolations,
  VIOLATION_CATEGORY_LABELS,
  type BodyType,
  type Label,
  type Locale,
  type PrincipleCode,
  type PrincipleGroup,
  type RuleSet,
  type ViolationCategory,
} from '@etik/domain';
import type { Context } from '../context.js';
import { apiError, toGraphQLError } from '../errors/to-graphql-error.js';
import {
  BodyTypeEnum,
  CaseSourceEnum,
  CaseTrackEnum,
  ConfidenceEnum,
  EvidenceKindEnum,
  DayUnitEnum,
  DeadlineKeyEnum,
  DeliveryRecipientEnum,
  MilestoneEnum,
  OutcomeEnum,
} from '../shared/graphql-enums.js';
import {
  LocaleEnum,
  PrincipleCodeEnum,
  PrincipleGroupEnum,
  ViolationCategoryEnum,
} from './catalogue.enums.js';
import {
  BehaviourType,
  HolidayYearType,
  LocalizedTextType,
  OathAndPactType,
  outcomeLabel,
  OutcomeType,
  PactItemType,
  PrincipleType,
  SourcedTextType,
  TypicalViolationType,
  ViolationCategoryType,
} from './catalogue.types.js';

@ObjectType('DeadlineRule')
export class DeadlineRuleType {
  @Field(() => DeadlineKeyEnum) key: string;
  @Field(() => LocalizedTextType) label: LocalizedTextType;
  @Field(() => Int) amount: number;
  @Field(() => DayUnitEnum) unit: string;
  @Field(() => MilestoneEnum, { description: 'The clock starts at this milestone.' }) anchor: string;
  @Field(() => [MilestoneEnum], { description: 'The first of these to happen meets the deadline.' })
  metBy: readonly string[];
  @Field(() => [CaseSourceEnum], { nullable: true, description: 'Only cases from these sources; null: all.' })
  sources: readonly string[] | null;
  @Field(() => [CaseTrackEnum], { nullable: true, description: 'Only cases on these tracks; null: all.' })
  tracks: readonly string[] | null;
  @Field(() => ConfidenceEnum) confidence: string;
  @Field(() => LocalizedTextType, {
    description: 'Where the value comes from, or that the commission sets it.',
  })
  basis: LocalizedTextType;
}

@ObjectType('DayCount')
export class DayCountType {
  @Field(() => Int) amount: number;
  @Field(() => DayUnitEnum) unit: string;
}

@ObjectType('FilingWindow')
export class FilingWindowType extends DayCountType {
  @Field(() => ConfidenceEnum) confidence: string;
  @Field(() => String) basis: string;
}

@ObjectType('ComplaintRules')
export class ComplaintRulesType {
  @Field(() => Int) minimumEvidence: number;
  @Field(() => [EvidenceKindEnum]) acceptedEvidenceKinds: readonly string[];
  @Field(() => FilingWindowType, { nullable: true, description: 'null where the rule set sets none.' })
  filingWindow: FilingWindowType | null;
}

@ObjectType('BodySeatRule', { description: 'Members of one type of ad hoc body, ketua included.' })
export class BodySeatRuleType {
  @Field(() => BodyTypeEnum) type: string;
  @Field(() => Int) seats: number;
  @Field(() => ConfidenceEnum) confidence: string;
  @Field(() => LocalizedTextType, { description: 'Where the number comes from.' }) basis: LocalizedTextType;
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
  @Field(() => ComplaintRulesType) complaint: ComplaintRulesType;
  @Field(() => DayCountType, { description: 'How far ahead a running deadline counts as due soon.' })
  dueSoonWithin: DayCountType;
  @Field(() => [BodySeatRuleType], {
    description: 'Seats of the bodies formed while the rule set is in force.',
  })
  bodySeats: readonly BodySeatRuleType[];

  static from(ruleSet: RuleSet): RuleSetType {
    const window = ruleSet.complaint.filingWindow;
    return Object.assign(new RuleSetType(), {
      ...ruleSet,
      validTo: ruleSet.validTo ?? null,
      deadlines: ruleSet.deadlines.map((rule) => ({
        ...rule,
        label: DEADLINE_KEY_LABELS[rule.key],
        sources: rule.sources ?? null,
        tracks: rule.tracks ?? null,
      })),
      complaint: { ...ruleSet.complaint, filingWindow: window ? { ...window } : null },
      dueSoonWithin: { ...ruleSet.dueSoonWithin },
      bodySeats: Object.entries(ruleSet.bodySeats).map(([type, rule]) => ({ type, ...rule })),
    });
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

/** Lower case without diacritics, as the domain's typical-violation search compares words. */
const fold = (value: string): string => value.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

@Resolver()
export class CatalogueResolver {
  @Query(() => [RuleSetType], { description: 'Every rule set, in force or past; public.' })
  ruleSets(): RuleSetType[] {
    return RULE_SETS.map((ruleSet) => RuleSetType.from(ruleSet));
  }

  @Query(() => [PrincipleType], { description: 'The principles with their behaviours; public.' })
  principles(
    @Arg('group', () => PrincipleGroupEnum, { nullable: true }) group: PrincipleGroup | undefined,
  ): PrincipleType[] {
    return PRINCIPLE_CATALOGUE.filter((principle) => !group || principle.group === group).map((principle) =>
      PrincipleType.from(principle),
    );
  }

  @Query(() => [BehaviourType], {
    description:
      'Behaviours, optionally of one principle, of one category, and whose label contains a text (either language, ignoring case and diacritics); public.',
  })
  behaviours(
    @Arg('principle', () => PrincipleCodeEnum, { nullable: true }) principle: PrincipleCode | undefined,
    @Arg('category', () => ViolationCategoryEnum, { nullable: true }) category: ViolationCategory | undefined,
    @Arg('text', () => String, { nullable: true }) text: string | undefined,
  ): BehaviourType[] {
    const wanted = text ? fold(text.trim()) : '';
    return BEHAVIOURS.filter(
      (behaviour) =>
        (!principle || behaviour.principles.includes(principle)) &&
        (!category || behaviour.category === category) &&
        (wanted === '' ||
          fold(behaviour.label.id).includes(wanted) ||
          fold(behaviour.label.en).includes(wanted)),
    ).map((behaviour) => BehaviourType.from(behaviour));
  }

  @Query(() => [ViolationCategoryType], { description: 'What an allegation may say was broken; public.' })
  violationCategories(): ViolationCategoryType[] {
    return CONDUCT_CATALOGUE.violationCategories.map((code) => ({
      code,
      label: { ...VIOLATION_CATEGORY_LABELS[code] },
    }));
  }

  @Query(() => [TypicalViolationType], {
    description:
      'The violations seen in practice (regulation.md §5.7) matching every word of the keyword (a word or its beginning, ignoring case and diacritics), best first; every one without a keyword. Public.',
  })
  typicalViolations(
    @Arg('keyword', () => String, { nullable: true }) keyword: string | undefined,
    @Arg('locale', () => LocaleEnum, {
      nullable: true,
      description: 'Search only this language’s keywords and label; both when omitted.',
    })
    locale: Locale | undefined,
  ): TypicalViolationType[] {
    return searchTypicalViolations(keyword ?? '', locale ?? undefined).map((match) =>
      TypicalViolationType.from(match),
    );
  }

  @Query(() => [OutcomeType], {
    description:
      'Every outcome, as a rule set treats it (the one in force today when ruleSetCode is omitted); public. RULE_SET_NOT_FOUND for an unknown code.',
  })
  outcomes(
    @Arg('ruleSetCode', () => String, { nullable: true }) ruleSetCode: string | undefined,
    @Ctx() ctx: Context,
  ): OutcomeType[] {
    const found = ruleSetCode ? findRuleSet(ruleSetCode) : ruleSetFor(ctx.now());
    if (!found.ok) throw toGraphQLError(found.error);
    const ruleSet = found.value;
    const options = { dismissalSuspendsUntilDecree: ruleSet.dismissalSuspendsUntilDecree };
    return OUTCOMES.map((code) => {
      const info = OUTCOME_CATALOGUE[code];
      const allowed = ruleSet.allowedOutcomes.includes(code);
      const forwardedToDkpp = ruleSet.outcomesForwardedToDkpp.includes(code);
      return {
        code,
        label: outcomeLabel(code),
        isSanction: info.isSanction,
        severity: info.severity,
        membershipEffect: {
          onDecision: membershipEffectOf(code, 'decided', options),
          onDecree: membershipEffectOf(code, 'decreeIssued', options),
          statusAfterDecree: info.membershipAfterDecree ?? null,
          losesChair: info.losesChair,
        },
        ruleSetCode: ruleSet.code,
        allowed,
        forwardedToDkpp,
        decidedByCommission: allowed && !forwardedToDkpp,
        confidence: info.confidence,
        basis: info.basis,
      };
    });
  }

  @Query(() => [HolidayYearType], {
    description:
      'Days off (national holidays and cuti bersama) the working-day deadlines skip, as the national administrator corrected them (each with its origin): one year, or every year the calendar has. An empty list: no data for that year (then only weekends are skipped). Public.',
  })
  holidays(
    @Arg('year', () => Int, { nullable: true }) year: number | undefined,
    @Ctx() ctx: Context,
  ): HolidayYearType[] {
    if (year !== undefined && year !== null && (year < 1 || year > 9999)) {
      throw apiError('BAD_USER_INPUT', { field: 'year', min: 1, max: 9999 }, 'year must be 1–9999.');
    }
    // The effective calendar: built-in days + those the national administrator added − those removed.
    const { calendar, origins, removed } = ctx.deps.holidays.current;
    return calendar.years
      .filter((entry) => year === undefined || year === null || entry.year === year)
      .map((entry) => HolidayYearType.from(entry, (date) => origins.get(date) ?? 'builtIn', removed));
  }

  @Query(() => OathAndPactType, {
    description:
      'The oath and the integrity pact members take at appointment; for one body type, or the versions the research saw. Public.',
  })
  oathAndPact(
    @Arg('bodyType', () => BodyTypeEnum, { nullable: true }) bodyType: BodyType | undefined,
  ): OathAndPactType {
    const oaths = !bodyType
      ? OATHS
      : bodyType === 'kpps'
        ? OATHS.filter((oath) => oath.bodyType === bodyType)
        : hasKnownOath(bodyType)
          ? // PPK and PPS: the KPPS wording by analogy, for each election the texts name [L].
            Object.values(ELECTION_NAMES).map((electionName) => ({
              ...oathText({ bodyType, electionName }),
              code: null,
              bodyType,
              electionName,
            }))
          : [];
    return {
      oaths: oaths.map((oath) => ({
        ...SourcedTextType.from(oath),
        code: oath.code,
        bodyType: oath.bodyType,
        electionName: { ...oath.electionName },
      })),
      pactPreamble: SourcedTextType.from(INTEGRITY_PACT.preamble),
      pactItems: (bodyType ? pactItemsFor(bodyType) : INTEGRITY_PACT.items).map((item) =>
        PactItemType.from(item),
      ),
    };
  }

  @Query(() => [LabelType], { description: 'Labels of every code; public, so a sign-in page can use them.' })
  labels(@Arg('kind', () => String, { nullable: true }) kind: string | undefined): readonly LabelType[] {
    return kind ? ALL_LABELS.filter((label) => label.kind === kind) : ALL_LABELS;
  }
}
