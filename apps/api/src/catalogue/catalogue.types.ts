// GraphQL shapes of the domain's catalogues. Every value comes from @etik/domain as it is (no copies):
// these classes only say how it prints. Every label is `{ id en }` (LocalizedText).
import { Field, Int, ObjectType } from 'type-graphql';
import {
  BEHAVIOUR_BY_CODE,
  behavioursOf,
  CONFIDENCE_LABELS,
  HOLIDAY_KIND_LABELS,
  HOLIDAY_ORIGIN_LABELS,
  legalReferenceLabel,
  OUTCOME_LABELS,
  PRINCIPLE_GROUP_LABELS,
  VIOLATION_CATEGORY_LABELS,
  type Behaviour,
  type HolidayOrigin,
  type HolidayYear,
  type Label,
  type LegalReference,
  type PactItem,
  type Principle,
  type SourcedText,
  type TypicalViolationMatch,
} from '@etik/domain';
import { BodyTypeEnum, ConfidenceEnum, MembershipStatusEnum, OutcomeEnum } from '../shared/graphql-enums.js';
import {
  BehaviourCodeEnum,
  HolidayKindEnum,
  HolidayOriginEnum,
  MembershipEventTypeEnum,
  PrincipleCodeEnum,
  PrincipleGroupEnum,
  ViolationCategoryEnum,
} from './catalogue.enums.js';

@ObjectType('LocalizedText', {
  description: 'A text in Bahasa Indonesia (id, the default) and English (en).',
})
export class LocalizedTextType {
  @Field(() => String) id: string;
  @Field(() => String) en: string;
}

const text = (label: Label): LocalizedTextType => ({ id: label.id, en: label.en });

@ObjectType('LegalReference', {
  description: 'A pointer into a regulation, down to the letter where known; a part not confirmed is null.',
})
export class LegalReferenceType {
  @Field(() => String, { description: "Short citation name: 'Peraturan DKPP 2/2017'." }) instrument: string;
  @Field(() => String, {
    nullable: true,
    description: 'Pasal; a range (“74–90”) when only the span is known.',
  })
  article: string | null;
  @Field(() => String, { nullable: true, description: 'Ayat.' }) paragraph: string | null;
  @Field(() => String, { nullable: true, description: 'Huruf.' }) letter: string | null;
  @Field(() => ConfidenceEnum, { description: 'regulation.md’s mark: high [H], medium [M], low [L].' })
  confidence: string;
  @Field(() => LocalizedTextType, { description: 'The reference written out in each language.' })
  label: LocalizedTextType;
  @Field(() => LocalizedTextType) confidenceLabel: LocalizedTextType;

  static from(ref: LegalReference): LegalReferenceType {
    return {
      instrument: ref.instrument,
      article: ref.article ?? null,
      paragraph: ref.paragraph ?? null,
      letter: ref.letter ?? null,
      confidence: ref.confidence,
      label: text(legalReferenceLabel(ref)),
      confidenceLabel: text(CONFIDENCE_LABELS[ref.confidence]),
    };
  }
}

@ObjectType('Behaviour', {
  description: 'A duty a member has, under one or more principles (regulation.md §5.2–5.4).',
})
export class BehaviourType {
  @Field(() => BehaviourCodeEnum) code: string;
  @Field(() => LocalizedTextType, { description: 'A summary of the rule, not the regulation’s wording.' })
  label: LocalizedTextType;
  @Field(() => [PrincipleCodeEnum]) principles: readonly string[];
  @Field(() => ConfidenceEnum, {
    nullable: true,
    description: 'Set when the link to the principles is the research’s reading, not the article’s heading.',
  })
  principlesConfidence: string | null;
  @Field(() => ViolationCategoryEnum) category: string;
  @Field(() => LocalizedTextType) categoryLabel: LocalizedTextType;
  @Field(() => [LegalReferenceType]) references: LegalReferenceType[];

  static from(behaviour: Behaviour): BehaviourType {
    return {
      code: behaviour.code,
      label: text(behaviour.label),
      principles: behaviour.principles,
      principlesConfidence: behaviour.principlesConfidence ?? null,
      category: behaviour.category,
      categoryLabel: text(VIOLATION_CATEGORY_LABELS[behaviour.category]),
      references: behaviour.references.map((ref) => LegalReferenceType.from(ref)),
    };
  }
}

@ObjectType('PrincipleDefinition')
export class PrincipleDefinitionType {
  @Field(() => LocalizedTextType, { description: 'A paraphrase, not the article.' }) text: LocalizedTextType;
  @Field(() => ConfidenceEnum) confidence: string;
}

@ObjectType('Principle', { description: 'A principle of election organisers (regulation.md §5.1–5.2).' })
export class PrincipleType {
  @Field(() => PrincipleCodeEnum) code: string;
  @Field(() => String, { description: 'The term as the regulations write it: “berkepastian hukum”.' })
  term: string;
  @Field(() => LocalizedTextType) label: LocalizedTextType;
  @Field(() => PrincipleGroupEnum, { description: 'DKPP 2/2017 Pasal 6(1): integrity or professionalism.' })
  group: string;
  @Field(() => LocalizedTextType) groupLabel: LocalizedTextType;
  @Field(() => LegalReferenceType, { description: 'The DKPP 2/2017 Pasal 6 paragraph that groups it.' })
  groupReference: LegalReferenceType;
  @Field(() => Boolean, { description: 'Named in UU 7/2017 Pasal 3.' }) inElectionLaw: boolean;
  @Field(() => [LegalReferenceType], { description: 'Where the principle is stated, each with its mark.' })
  references: LegalReferenceType[];
  @Field(() => LegalReferenceType, {
    nullable: true,
    description: 'The DKPP 2/2017 article listing its behaviours, where its number is known.',
  })
  behaviourArticle: LegalReferenceType | null;
  @Field(() => PrincipleDefinitionType, { nullable: true }) definition: PrincipleDefinitionType | null;
  @Field(() => [BehaviourType], { description: 'The behaviours that put it into practice.' })
  behaviours: BehaviourType[];

  static from(principle: Principle): PrincipleType {
    return {
      code: principle.code,
      term: principle.term,
      label: text(principle.label),
      group: principle.group,
      groupLabel: text(PRINCIPLE_GROUP_LABELS[principle.group]),
      groupReference: LegalReferenceType.from(principle.groupReference),
      inElectionLaw: principle.inElectionLaw,
      references: principle.references.map((ref) => LegalReferenceType.from(ref)),
      behaviourArticle: principle.behaviourArticle
        ? LegalReferenceType.from(principle.behaviourArticle)
        : null,
      definition: principle.definition
        ? { text: text(principle.definition.text), confidence: principle.definition.confidence }
        : null,
      behaviours: behavioursOf(principle.code).map((behaviour) => BehaviourType.from(behaviour)),
    };
  }
}

@ObjectType('ViolationCategoryEntry', { description: 'What an allegation says was broken.' })
export class ViolationCategoryType {
  @Field(() => ViolationCategoryEnum) code: string;
  @Field(() => LocalizedTextType) label: LocalizedTextType;
}

@ObjectType('TypicalViolationKeywords')
export class TypicalViolationKeywordsType {
  @Field(() => [String]) id: readonly string[];
  @Field(() => [String]) en: readonly string[];
}

@ObjectType('TypicalViolation', {
  description:
    'A violation seen in practice (regulation.md §5.7), mapped to principles, behaviours and articles.',
})
export class TypicalViolationType {
  @Field(() => String) code: string;
  @Field(() => LocalizedTextType) label: LocalizedTextType;
  @Field(() => Int, {
    description: 'How well the keyword matched: 2 per whole word, 1 per prefix (0 without a keyword).',
  })
  score: number;
  @Field(() => TypicalViolationKeywordsType) keywords: TypicalViolationKeywordsType;
  @Field(() => [PrincipleCodeEnum]) principles: readonly string[];
  @Field(() => [BehaviourType]) behaviours: BehaviourType[];
  @Field(() => ViolationCategoryEnum) category: string;
  @Field(() => LocalizedTextType) categoryLabel: LocalizedTextType;
  @Field(() => [LegalReferenceType]) references: LegalReferenceType[];

  static from({ violation, score }: TypicalViolationMatch): TypicalViolationType {
    return {
      code: violation.code,
      label: text(violation.label),
      score,
      keywords: { id: violation.keywords.id, en: violation.keywords.en },
      principles: violation.principles,
      behaviours: violation.behaviours.map((code) => BehaviourType.from(BEHAVIOUR_BY_CODE[code])),
      category: violation.category,
      categoryLabel: text(VIOLATION_CATEGORY_LABELS[violation.category]),
      references: violation.references.map((ref) => LegalReferenceType.from(ref)),
    };
  }
}

@ObjectType('OutcomeMembershipEffect', {
  description: 'What an outcome does to the member’s record, and when.',
})
export class OutcomeMembershipEffectType {
  @Field(() => MembershipEventTypeEnum, { nullable: true, description: 'On the plenary decision.' })
  onDecision: string | null;
  @Field(() => MembershipEventTypeEnum, { nullable: true, description: 'On the decree.' })
  onDecree: string | null;
  @Field(() => MembershipStatusEnum, {
    nullable: true,
    description: 'The membership status once the decree is issued; null where it does not change.',
  })
  statusAfterDecree: string | null;
  @Field(() => Boolean) losesChair: boolean;
}

@ObjectType('OutcomeEntry', { description: 'An outcome of a decision, as a rule set treats it.' })
export class OutcomeType {
  @Field(() => OutcomeEnum) code: string;
  @Field(() => LocalizedTextType) label: LocalizedTextType;
  @Field(() => Boolean, { description: 'Every outcome but rehabilitation is a sanction.' })
  isSanction: boolean;
  @Field(() => Int, { description: '0 for rehabilitation, rising with gravity.' }) severity: number;
  @Field(() => OutcomeMembershipEffectType) membershipEffect: OutcomeMembershipEffectType;
  @Field(() => String) ruleSetCode: string;
  @Field(() => Boolean, { description: 'A KPU Kabupaten/Kota plenary may give it under the rule set.' })
  allowed: boolean;
  @Field(() => Boolean, { description: 'The plenary only proposes it: DKPP decides (the 2019 regime).' })
  forwardedToDkpp: boolean;
  @Field(() => Boolean, { description: 'allowed and not forwarded: the commission itself decides it.' })
  decidedByCommission: boolean;
  @Field(() => ConfidenceEnum) confidence: string;
  @Field(() => String) basis: string;
}

export const outcomeLabel = (code: keyof typeof OUTCOME_LABELS): LocalizedTextType =>
  text(OUTCOME_LABELS[code]);

@ObjectType('Holiday')
export class HolidayType {
  @Field(() => String, { description: 'YYYY-MM-DD, a local calendar date.' }) date: string;
  @Field(() => LocalizedTextType) name: LocalizedTextType;
  @Field(() => HolidayKindEnum, { description: 'nationalHoliday or cutiBersama (collective leave).' })
  kind: string;
  @Field(() => LocalizedTextType) kindLabel: LocalizedTextType;
  @Field(() => String, {
    description: 'The instrument that sets it: the year’s decree, or its own (a Keppres for a voting day…).',
  })
  source: string;
  @Field(() => HolidayOriginEnum, {
    description: 'builtIn: shipped with Etik; added: added or corrected by the national administrator.',
  })
  origin: string;
  @Field(() => LocalizedTextType) originLabel: LocalizedTextType;
}

@ObjectType('HolidayYear', { description: 'One year of days off, as the joint decree (SKB) sets them.' })
export class HolidayYearType {
  @Field(() => Int) year: number;
  @Field(() => String, { description: 'The decree(s); says “provisional” when none is published yet.' })
  decree: string;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD the decree was signed.' })
  decreeDate: string | null;
  @Field(() => ConfidenceEnum) confidence: string;
  @Field(() => [HolidayType]) holidays: HolidayType[];
  @Field(() => [String], {
    description: 'Built-in days (YYYY-MM-DD) the national administrator removed: working days now.',
  })
  removedDates: string[];

  static from(
    year: HolidayYear,
    originOf: (date: string) => HolidayOrigin = () => 'builtIn',
    removed: ReadonlySet<string> = new Set(),
  ): HolidayYearType {
    return {
      year: year.year,
      decree: year.decree,
      decreeDate: year.decreeDate ?? null,
      confidence: year.confidence,
      holidays: year.holidays.map((holiday) => ({
        date: holiday.date,
        name: text(holiday.name),
        kind: holiday.kind,
        kindLabel: text(HOLIDAY_KIND_LABELS[holiday.kind]),
        source:
          originOf(holiday.date) === 'added'
            ? HOLIDAY_ORIGIN_LABELS.added.en
            : (holiday.basis ?? year.decree),
        origin: originOf(holiday.date),
        originLabel: text(HOLIDAY_ORIGIN_LABELS[originOf(holiday.date)]),
      })),
      removedDates: [...removed].filter((date) => date.startsWith(`${year.year}-`)).sort(),
    };
  }
}

@ObjectType('SourcedText', {
  description: 'A text with its source, and whether it is verbatim or a summary.',
})
export class SourcedTextType {
  @Field(() => LocalizedTextType, { description: 'The English is an unofficial translation.' })
  text: LocalizedTextType;
  @Field(() => Boolean, { description: 'The Indonesian is the text as sworn or signed.' })
  isVerbatim: boolean;
  @Field(() => ConfidenceEnum) confidence: string;
  @Field(() => String) source: string;

  static from(sourced: SourcedText): SourcedTextType {
    return {
      text: text(sourced.text),
      isVerbatim: sourced.isVerbatim,
      confidence: sourced.confidence,
      source: sourced.source,
    };
  }
}

@ObjectType('Oath', {
  description: 'The oath (sumpah/janji) of a body for an election (regulation.md §5.5).',
})
export class OathType extends SourcedTextType {
  @Field(() => String, { nullable: true, description: 'Set for the versions the research saw.' })
  code: string | null;
  @Field(() => BodyTypeEnum) bodyType: string;
  @Field(() => LocalizedTextType) electionName: LocalizedTextType;
}

@ObjectType('PactItem', { description: 'A promise of the integrity pact (regulation.md §5.6).' })
export class PactItemType {
  @Field(() => String) code: string;
  @Field(() => LocalizedTextType) text: LocalizedTextType;
  @Field(() => [BodyTypeEnum], { nullable: true, description: 'Only these bodies’ pact; null: every body.' })
  bodyTypes: readonly string[] | null;
  @Field(() => ConfidenceEnum) confidence: string;
  @Field(() => String) source: string;

  static from(item: PactItem): PactItemType {
    return {
      code: item.code,
      text: text(item.text),
      bodyTypes: item.bodyTypes ?? null,
      confidence: item.confidence,
      source: item.source,
    };
  }
}

@ObjectType('OathAndPact')
export class OathAndPactType {
  @Field(() => [OathType], { description: 'Empty for a body whose oath is not known (Pantarlih).' })
  oaths: OathType[];
  @Field(() => SourcedTextType) pactPreamble: SourcedTextType;
  @Field(() => [PactItemType]) pactItems: PactItemType[];
}
