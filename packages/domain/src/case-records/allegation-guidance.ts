// Whether the findings on the allegations and the plenary's finding per respondent tell the same story.
// Advice, not a refusal (like sanctionGuidance): the plenary decides per respondent, and the decision
// stands whatever the allegations say; the back office shows these beside it.
import type { OutcomeInput } from '../ethics-case/case-command.js';
import type { EthicsCase } from '../ethics-case/ethics-case.js';

export const ALLEGATION_GUIDANCE_CODES = [
  'PROVEN_WITHOUT_PROVEN_ALLEGATION',
  'NOT_PROVEN_WITH_PROVEN_ALLEGATION',
  'PRINCIPLE_WITHOUT_PROVEN_ALLEGATION',
  'ALLEGATION_WITHOUT_FINDING',
] as const;
export type AllegationGuidanceCode = (typeof ALLEGATION_GUIDANCE_CODES)[number];

export interface AllegationWarning {
  readonly code: AllegationGuidanceCode;
  readonly membershipId: string;
  /** The allegation the warning is about, where there is one. */
  readonly allegationId?: string;
  /** The principle found violated that no proven allegation names. */
  readonly principle?: string;
}

type Decided = Pick<OutcomeInput, 'membershipId' | 'finding' | 'principlesViolated'>;

/**
 * Compares each respondent's decided (or proposed) finding with the findings on their allegations. By
 * default it reads the case's decision; pass the outcomes a plenary is about to decide to ask before.
 */
export function allegationGuidance(
  ethicsCase: EthicsCase,
  outcomes: readonly Decided[] = ethicsCase.decision?.outcomes ?? [],
): readonly AllegationWarning[] {
  const warnings: AllegationWarning[] = [];
  for (const decided of outcomes) {
    const { membershipId } = decided;
    const theirs = ethicsCase.allegations.filter((a) => a.respondentMembershipId === membershipId);
    const proven = theirs.filter((a) => a.finding === 'proven');
    if (decided.finding === 'proven' && proven.length === 0) {
      warnings.push({ code: 'PROVEN_WITHOUT_PROVEN_ALLEGATION', membershipId });
    }
    if (decided.finding === 'notProven') {
      for (const allegation of proven) {
        warnings.push({
          code: 'NOT_PROVEN_WITH_PROVEN_ALLEGATION',
          membershipId,
          allegationId: allegation.id,
        });
      }
    }
    if (decided.finding === 'proven') {
      for (const principle of decided.principlesViolated ?? []) {
        if (!proven.some((allegation) => allegation.principle === principle)) {
          warnings.push({ code: 'PRINCIPLE_WITHOUT_PROVEN_ALLEGATION', membershipId, principle });
        }
      }
    }
    for (const allegation of theirs.filter((a) => a.finding === undefined)) {
      warnings.push({ code: 'ALLEGATION_WITHOUT_FINDING', membershipId, allegationId: allegation.id });
    }
  }
  return warnings;
}
