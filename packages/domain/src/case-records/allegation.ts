// What a respondent is accused of, against the conduct catalogue (regulation.md §10.4 Allegation, §5.7's
// "pasal yang diduga dilanggar" picker): one principle, optionally one of its behaviours, and the legal
// references that follow from them.
import { BEHAVIOUR_BY_CODE, isBehaviourCode, type BehaviourCode } from '../conduct/behaviours.js';
import type { LegalReference } from '../conduct/legal-reference.js';
import { isPrincipleCode, PRINCIPLE_BY_CODE, type PrincipleCode } from '../conduct/principles.js';
import type { EthicsCase } from '../ethics-case/ethics-case.js';
import {
  CONFIDENCES,
  VIOLATION_CATEGORIES,
  type Confidence,
  type Finding,
  type ViolationCategory,
} from '../vocabulary/codes.js';

export interface Allegation {
  readonly id: string;
  readonly respondentMembershipId: string;
  readonly category: ViolationCategory;
  readonly principle: PrincipleCode;
  /** A behaviour of the catalogue under `principle`; absent where the catalogue lists none that fits. */
  readonly behaviour?: BehaviourCode;
  /** What the catalogue cites for the behaviour (or the principle), then the extra references given. */
  readonly legalReferences: readonly LegalReference[];
  readonly description: string;
  /** Absent until someone records one; `notExamined` says on purpose that it was not examined. */
  readonly finding?: Finding;
  readonly findingNote?: string;
  readonly findingRecordedAt?: Date;
  readonly recordedAt: Date;
}

/** A reference the commission adds by hand; its confidence defaults to `high` (cited from the text). */
export interface LegalReferenceInput {
  readonly instrument: string;
  readonly article?: string;
  readonly paragraph?: string;
  readonly letter?: string;
  readonly confidence?: Confidence;
}

/** An allegation as typed in; codes are strings so that a wrong one is reported, not a type error. */
export interface AllegationInput {
  readonly respondentMembershipId: string;
  /** Defaults to the behaviour's category; required without a behaviour. */
  readonly category?: string;
  readonly principle: string;
  readonly behaviour?: string;
  readonly extraLegalReferences?: readonly LegalReferenceInput[];
  readonly description: string;
}

export const ALLEGATION_PROBLEM_CODES = [
  'UNKNOWN_RESPONDENT',
  'UNKNOWN_PRINCIPLE',
  'UNKNOWN_BEHAVIOUR',
  'BEHAVIOUR_NOT_UNDER_PRINCIPLE',
  'UNKNOWN_CATEGORY',
  'CATEGORY_REQUIRED',
  'DESCRIPTION_REQUIRED',
  'LEGAL_REFERENCE_INCOMPLETE',
  'DUPLICATE_ALLEGATION',
] as const;
export type AllegationProblemCode = (typeof ALLEGATION_PROBLEM_CODES)[number];

/** One thing wrong with an allegation, and the input field it is about. */
export interface AllegationProblem {
  readonly code: AllegationProblemCode;
  readonly field: string;
}

const isBlank = (text: string | undefined): boolean => text === undefined || text.trim() === '';

/**
 * Every problem with an allegation for this case, by code; empty when it may be recorded. `allegationId`
 * is the allegation being edited, which is not its own duplicate.
 */
export function checkAllegation(
  input: AllegationInput,
  ethicsCase: EthicsCase,
  allegationId?: string,
): readonly AllegationProblem[] {
  const problems: AllegationProblem[] = [];
  const problem = (code: AllegationProblemCode, field: string) => problems.push({ code, field });

  if (!ethicsCase.respondents.some((r) => r.membershipId === input.respondentMembershipId)) {
    problem('UNKNOWN_RESPONDENT', 'respondentMembershipId');
  }
  const principleKnown = isPrincipleCode(input.principle);
  if (!principleKnown) problem('UNKNOWN_PRINCIPLE', 'principle');
  if (input.behaviour !== undefined) {
    if (!isBehaviourCode(input.behaviour)) problem('UNKNOWN_BEHAVIOUR', 'behaviour');
    else if (
      principleKnown &&
      !BEHAVIOUR_BY_CODE[input.behaviour].principles.includes(input.principle as PrincipleCode)
    ) {
      problem('BEHAVIOUR_NOT_UNDER_PRINCIPLE', 'behaviour');
    }
  }
  if (input.category !== undefined) {
    if (!(VIOLATION_CATEGORIES as readonly string[]).includes(input.category))
      problem('UNKNOWN_CATEGORY', 'category');
  } else if (input.behaviour === undefined) {
    problem('CATEGORY_REQUIRED', 'category');
  }
  if (isBlank(input.description)) problem('DESCRIPTION_REQUIRED', 'description');
  for (const reference of input.extraLegalReferences ?? []) {
    if (
      isBlank(reference.instrument) ||
      (reference.confidence !== undefined && !CONFIDENCES.includes(reference.confidence))
    ) {
      problem('LEGAL_REFERENCE_INCOMPLETE', 'extraLegalReferences');
      break;
    }
  }
  const duplicate = ethicsCase.allegations.some(
    (other) =>
      other.id !== allegationId &&
      other.respondentMembershipId === input.respondentMembershipId &&
      other.principle === input.principle &&
      other.behaviour === input.behaviour,
  );
  if (duplicate) problem('DUPLICATE_ALLEGATION', 'behaviour');
  return problems;
}

const sameReference = (a: LegalReference, b: LegalReference): boolean =>
  a.instrument === b.instrument &&
  a.article === b.article &&
  a.paragraph === b.paragraph &&
  a.letter === b.letter;

/**
 * The references an allegation cites: the behaviour's own (regulation.md §5.2–5.4), or without a
 * behaviour the DKPP 2/2017 article listing the principle's behaviours where its number is known, else
 * where the principle is stated; then the extra ones, without repeats.
 */
export function legalReferencesFor(
  principle: PrincipleCode,
  behaviour: BehaviourCode | undefined,
  extra: readonly LegalReferenceInput[] = [],
): readonly LegalReference[] {
  const known = PRINCIPLE_BY_CODE[principle];
  const derived: readonly LegalReference[] = behaviour
    ? BEHAVIOUR_BY_CODE[behaviour].references
    : known.behaviourArticle
      ? [known.behaviourArticle]
      : known.references;
  const references = [...derived];
  for (const given of extra) {
    const reference: LegalReference = {
      instrument: given.instrument.trim(),
      ...(isBlank(given.article) ? {} : { article: given.article!.trim() }),
      ...(isBlank(given.paragraph) ? {} : { paragraph: given.paragraph!.trim() }),
      ...(isBlank(given.letter) ? {} : { letter: given.letter!.trim() }),
      confidence: given.confidence ?? 'high',
    };
    if (!references.some((existing) => sameReference(existing, reference))) references.push(reference);
  }
  return references;
}

/** The allegation a checked input describes (call `checkAllegation` first). */
export function allegationFrom(
  id: string,
  input: AllegationInput,
  recordedAt: Date,
  previous?: Allegation,
): Allegation {
  const principle = input.principle as PrincipleCode;
  const behaviour = input.behaviour as BehaviourCode | undefined;
  const category = (input.category ?? BEHAVIOUR_BY_CODE[behaviour!].category) as ViolationCategory;
  return {
    id,
    respondentMembershipId: input.respondentMembershipId,
    category,
    principle,
    ...(behaviour === undefined ? {} : { behaviour }),
    legalReferences: legalReferencesFor(principle, behaviour, input.extraLegalReferences),
    description: input.description.trim(),
    recordedAt: previous?.recordedAt ?? recordedAt,
  };
}
