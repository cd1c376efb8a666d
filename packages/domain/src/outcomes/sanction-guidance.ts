import type { AdditionalMeasure, Finding, Outcome, Position } from '../vocabulary/codes.js';
import { OUTCOME_CATALOGUE } from './outcome-catalogue.js';

/** A proposed outcome for one respondent, with what the decision-makers know of them. */
export interface ProposedOutcome {
  readonly membershipId: string;
  readonly finding: Finding;
  readonly outcome: Outcome;
  readonly additionalMeasures?: readonly AdditionalMeasure[];
  readonly position?: Position;
  /** Earlier outcomes decided against the same person, oldest first. */
  readonly priorOutcomes?: readonly Outcome[];
  /**
   * The plenary found aggravating circumstances (money taken, results altered, a repeat…): the gravest
   * outcomes are then proportionate even for a first offence.
   */
  readonly aggravating?: boolean;
}

export const GUIDANCE_CODES = [
  'REHABILITATION_WHILE_PROVEN',
  'SANCTION_WITHOUT_PROOF',
  'REPEAT_AFTER_FINAL_WARNING',
  'MILDER_THAN_PREVIOUS_SANCTION',
  'REMOVAL_FROM_CHAIR_OF_NON_CHAIR',
  'UNDERTAKING_WITHOUT_WARNING',
  'NOT_EXAMINED',
  'DISMISSAL_FOR_FIRST_OFFENCE',
] as const;
export type GuidanceCode = (typeof GUIDANCE_CODES)[number];

/** Advice, not a refusal: the plenary decides, but should see what looks disproportionate. */
export interface GuidanceWarning {
  readonly code: GuidanceCode;
  readonly membershipId: string;
  /** A suggested outcome, where the guidance has one. */
  readonly suggested?: Outcome;
}

const severity = (outcome: Outcome): number => OUTCOME_CATALOGUE[outcome].severity;
const WARNINGS: readonly Outcome[] = ['warning', 'strongWarning', 'finalStrongWarning'];

function warningsFor(proposal: ProposedOutcome): GuidanceWarning[] {
  const { membershipId, finding, outcome } = proposal;
  const prior = proposal.priorOutcomes ?? [];
  const warnings: GuidanceWarning[] = [];
  const warn = (code: GuidanceCode, suggested?: Outcome) =>
    warnings.push(suggested ? { code, membershipId, suggested } : { code, membershipId });

  if (finding === 'notExamined') warn('NOT_EXAMINED');
  if (finding === 'proven' && outcome === 'rehabilitation') warn('REHABILITATION_WHILE_PROVEN');
  if (finding === 'notProven' && OUTCOME_CATALOGUE[outcome].isSanction)
    warn('SANCTION_WITHOUT_PROOF', 'rehabilitation');
  if (
    finding === 'proven' &&
    prior.includes('finalStrongWarning') &&
    severity(outcome) < severity('temporaryDismissal')
  ) {
    warn('REPEAT_AFTER_FINAL_WARNING', 'permanentDismissal');
  }
  const gravest = prior.reduce((max, earlier) => Math.max(max, severity(earlier)), -1);
  if (finding === 'proven' && outcome !== 'rehabilitation' && severity(outcome) < gravest) {
    warn('MILDER_THAN_PREVIOUS_SANCTION');
  }
  if (outcome === 'removalFromChair' && proposal.position !== undefined && proposal.position !== 'chair') {
    warn('REMOVAL_FROM_CHAIR_OF_NON_CHAIR');
  }
  // Proportionality: a first offence without aggravating circumstances rarely warrants permanent dismissal.
  if (
    finding === 'proven' &&
    outcome === 'permanentDismissal' &&
    prior.every((earlier) => earlier === 'rehabilitation') &&
    proposal.aggravating !== true
  ) {
    warn('DISMISSAL_FOR_FIRST_OFFENCE');
  }
  if ((proposal.additionalMeasures ?? []).includes('writtenUndertaking') && !WARNINGS.includes(outcome)) {
    warn('UNDERTAKING_WITHOUT_WARNING');
  }
  return warnings;
}

/** Flags outcomes that look disproportionate to the finding or to the respondent's history. */
export function sanctionGuidance(proposals: readonly ProposedOutcome[]): readonly GuidanceWarning[] {
  return proposals.flatMap(warningsFor);
}
