import type { ComplaintDraft } from '../complaint/index.js';
import type { FamilyTieDeclaration, TeamMemberFacts } from '../conflict-of-interest/index.js';
import type { DeliveryRecipient } from '../rule-sets/rule-set.js';
import type { AdditionalMeasure, Finding, Outcome } from '../vocabulary/codes.js';
import type { Membership, ReplacementMethod, SkippedReserve } from '../membership/index.js';
import type { Plenary } from './ethics-case.js';

export interface OutcomeInput {
  readonly membershipId: string;
  readonly finding: Finding;
  readonly outcome: Outcome;
  readonly additionalMeasures?: readonly AdditionalMeasure[];
  readonly principlesViolated?: readonly string[];
}

/** Every command a person can give a case. Each carries exactly what the step needs. */
export type CaseCommand =
  | { readonly type: 'startScreening' }
  | { readonly type: 'requestCorrection'; readonly deficiencies: readonly string[] }
  | { readonly type: 'submitCorrection'; readonly complaint: ComplaintDraft }
  | { readonly type: 'register'; readonly registerNumber: string }
  | { readonly type: 'startClarification' }
  | { readonly type: 'discontinue'; readonly reason: string }
  | {
      readonly type: 'formExaminationTeam';
      readonly chairPersonId: string;
      readonly memberPersonIds: readonly string[];
      /** What is known of each proposed member, for the conflict-of-interest check. */
      readonly teamMembers: readonly TeamMemberFacts[];
      /** Family ties the case's parties declared, still on record: checked against the team too. */
      readonly partyDeclarations?: readonly FamilyTieDeclaration[];
    }
  | { readonly type: 'submitExaminationReport'; readonly summary: string }
  | {
      readonly type: 'recordPlenaryDecision';
      readonly plenary: Plenary;
      readonly outcomes: readonly OutcomeInput[];
      readonly considerations?: string;
    }
  | { readonly type: 'forwardToDkpp' }
  | {
      readonly type: 'recordDkppVerdict';
      readonly dkppCaseNumber: string;
      readonly readAt: Date;
      readonly outcomes: readonly OutcomeInput[];
    }
  | { readonly type: 'issueDecree'; readonly decreeNumber: string; readonly signedAt: Date }
  | {
      readonly type: 'recordDelivery';
      readonly recipient: DeliveryRecipient;
      readonly deliveredAt: Date;
      readonly channel: string;
    }
  | { readonly type: 'startReplacement' }
  | {
      readonly type: 'completeReplacement';
      readonly vacatedMembershipId: string;
      readonly replacementMembershipId?: string;
      readonly method: ReplacementMethod;
      readonly swornAt: Date;
      /** Better-ranked reserves passed over, each with its reason. */
      readonly skippedReserves?: readonly SkippedReserve[];
      /**
       * Facts the server reads: the vacated membership, and its body's memberships with the picked one
       * wherever it is. Absent vacated: the membership is not on record.
       */
      readonly vacated: Membership | undefined;
      readonly memberships: readonly Membership[];
    }
  | { readonly type: 'refer'; readonly referredTo: string; readonly reason: string }
  | { readonly type: 'reject'; readonly reason: string }
  | { readonly type: 'withdraw'; readonly reason: string }
  | { readonly type: 'close' };

export type CommandOf<T extends CaseCommand['type']> = Extract<CaseCommand, { type: T }>;
