// Facts about a case that several guards, deadlines and the UI need. Pure functions of the case.
import type { DeliveryRecipient, RuleSet } from '../rule-sets/rule-set.js';
import type { Outcome } from '../vocabulary/codes.js';
import type { EthicsCase, RespondentOutcome } from './ethics-case.js';

const COMPLAINANT_SOURCES = new Set(['publicComplaint', 'report']);

/** A case brought by a person (not an institution) has a complainant who may withdraw and must be told. */
export const hasPersonalComplainant = (ethicsCase: EthicsCase): boolean =>
  COMPLAINANT_SOURCES.has(ethicsCase.source);

const outcomesOf = (ethicsCase: EthicsCase): readonly RespondentOutcome[] =>
  ethicsCase.decision?.outcomes ?? [];

export const respondentsWithOutcome = (ethicsCase: EthicsCase, outcome: Outcome): readonly string[] =>
  outcomesOf(ethicsCase)
    .filter((decided) => decided.outcome === outcome)
    .map((decided) => decided.membershipId);

/** Memberships whose seats must be filled before the case can close. */
export const seatsToFill = (ethicsCase: EthicsCase): readonly string[] =>
  respondentsWithOutcome(ethicsCase, 'permanentDismissal');

export const seatsStillOpen = (ethicsCase: EthicsCase): readonly string[] =>
  seatsToFill(ethicsCase).filter(
    (membershipId) => !ethicsCase.replacements.some((done) => done.vacatedMembershipId === membershipId),
  );

/** The commission decided an outcome only DKPP may decide, and DKPP has not spoken yet. */
export const awaitsDkppVerdict = (ethicsCase: EthicsCase, ruleSet: RuleSet): boolean =>
  ethicsCase.decision?.decidedBy === 'commission' &&
  outcomesOf(ethicsCase).some((decided) => ruleSet.outcomesForwardedToDkpp.includes(decided.outcome));

/** Who must receive the decree, given the case's source and respondents. */
export function requiredRecipients(ethicsCase: EthicsCase, ruleSet: RuleSet): readonly DeliveryRecipient[] {
  return ruleSet.deliveryRecipients.filter((recipient) => {
    switch (recipient) {
      case 'complainant':
        return hasPersonalComplainant(ethicsCase);
      case 'bawaslu':
        return ethicsCase.source === 'bawasluRecommendation';
      case 'superiorBody':
        // A PPK answers to the KPU Kabupaten/Kota itself; PPS, KPPS and Pantarlih have a superior body.
        return ethicsCase.respondents.some((respondent) => respondent.bodyType !== 'ppk');
      default:
        return true;
    }
  });
}

export const recipientsStillOwed = (ethicsCase: EthicsCase, ruleSet: RuleSet): readonly DeliveryRecipient[] =>
  requiredRecipients(ethicsCase, ruleSet).filter(
    (recipient) => !ethicsCase.deliveries.some((delivery) => delivery.recipient === recipient),
  );
