// The domain's facts about a case (who must receive the decree, which seats are still open) and its
// sanction guidance, run in the browser on the case as the API returns it: the same library, the same rules.
import {
  findRuleSet,
  requiredRecipients,
  sanctionGuidance,
  seatsStillOpen,
  type AdditionalMeasure,
  type DeliveryRecipient,
  type EthicsCase,
  type Finding,
  type GuidanceWarning,
  type Outcome,
} from '@etik/domain';
import type { EthicsCaseRecord, Respondent } from '../providers/api-types';

/**
 * The parts of the domain's EthicsCase these facts read (source, respondents' body types, deliveries,
 * decision outcomes, replacements), taken from the API's JSON. Nothing else of the case is consulted, so
 * the rest is left out rather than invented.
 */
function factsOf(record: EthicsCaseRecord): EthicsCase {
  return {
    source: record.source,
    respondents: record.respondents.map((respondent) => ({
      membershipId: respondent.membershipId,
      bodyType: respondent.bodyType ?? undefined,
      position: respondent.position ?? undefined,
    })),
    deliveries: record.deliveries ?? [],
    decision: record.decision ?? undefined,
    replacements: record.replacements ?? [],
  } as unknown as EthicsCase;
}

export interface DeliveryFacts {
  readonly required: readonly DeliveryRecipient[];
  readonly owed: readonly DeliveryRecipient[];
}

/** Who must receive the decree under the case's rule set, and who has not yet; undefined for an unknown rule set. */
export function deliveryFacts(record: EthicsCaseRecord): DeliveryFacts | undefined {
  const ruleSet = findRuleSet(record.ruleSetCode);
  if (!ruleSet.ok) return undefined;
  const required = requiredRecipients(factsOf(record), ruleSet.value);
  const delivered = new Set((record.deliveries ?? []).map((delivery) => delivery.recipient));
  return { required, owed: required.filter((recipient) => !delivered.has(recipient)) };
}

/** Memberships permanently dismissed whose seat has not been filled yet. */
export const openSeats = (record: EthicsCaseRecord): readonly string[] => seatsStillOpen(factsOf(record));

/** What a decision form holds for one respondent (any field may still be empty). */
export interface OutcomeValues {
  readonly finding?: string;
  readonly outcome?: string;
  readonly additionalMeasures?: readonly string[];
}

/**
 * The domain's sanction guidance on the outcomes given so far, in respondent order: only respondents
 * with both a finding and an outcome are weighed. `prior` is what was decided earlier against each.
 */
export function guidanceOf(
  respondents: readonly Respondent[],
  values: readonly (OutcomeValues | undefined)[],
  prior: Readonly<Record<string, readonly Outcome[]>> = {},
): readonly GuidanceWarning[] {
  return sanctionGuidance(
    respondents.flatMap((respondent, index) => {
      const given = values[index];
      if (!given?.finding || !given.outcome) return [];
      return [
        {
          membershipId: respondent.membershipId,
          finding: given.finding as Finding,
          outcome: given.outcome as Outcome,
          ...(given.additionalMeasures?.length
            ? { additionalMeasures: given.additionalMeasures as AdditionalMeasure[] }
            : {}),
          ...(respondent.position ? { position: respondent.position } : {}),
          ...(prior[respondent.membershipId]?.length
            ? { priorOutcomes: prior[respondent.membershipId] }
            : {}),
        },
      ];
    }),
  );
}
