// Facts about a case the API derives from the rules (who must receive the decree, which seats are still
// open), read from the case as served; and the domain's sanction guidance on a decision being typed.
import {
  sanctionGuidance,
  type AdditionalMeasure,
  type DeliveryRecipient,
  type Finding,
  type GuidanceWarning,
  type Outcome,
} from '@etik/domain';
import type { EthicsCaseRecord, Respondent } from '../providers/api-types';

export interface DeliveryFacts {
  readonly required: readonly DeliveryRecipient[];
  readonly owed: readonly DeliveryRecipient[];
}

/** Who must receive the decree under the case's rule set, and who has not yet; undefined if not served. */
export function deliveryFacts(record: EthicsCaseRecord): DeliveryFacts | undefined {
  if (!record.decreeRecipientsRequired) return undefined;
  return { required: record.decreeRecipientsRequired, owed: record.decreeRecipientsOwed ?? [] };
}

/** Memberships permanently dismissed whose seat has not been filled yet. */
export const openSeats = (record: EthicsCaseRecord): readonly string[] => record.seatsStillOpen ?? [];

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
