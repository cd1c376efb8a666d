import type { Label } from '../labels/label.js';
import type { BodySeats } from './body-seats.js';
import type {
  CaseSource,
  CaseTrack,
  Confidence,
  DayUnit,
  EvidenceKind,
  Outcome,
  SessionKind,
} from '../vocabulary/codes.js';

/** A span of days: "7 hari kerja" is `{ amount: 7, unit: 'workingDays' }`. */
export interface DayCount {
  readonly amount: number;
  readonly unit: DayUnit;
}

/**
 * Moments in a case that deadlines are counted from and met by. The case keeps the time of each as it
 * happens (`EthicsCase.milestones`); `findingPlenaryHeld` is given at filing for internal findings.
 */
export const MILESTONES = [
  'received',
  'findingPlenaryHeld',
  'screeningStarted',
  'correctionRequested',
  'correctionSubmitted',
  'screeningConcluded',
  'registered',
  'clarificationStarted',
  'examinationStarted',
  'examinationReported',
  'decided',
  'forwardedToDkpp',
  'dkppVerdictRead',
  'decreeIssued',
  'delivered',
  'replacementStarted',
  'closed',
] as const;
export type Milestone = (typeof MILESTONES)[number];

export const DEADLINE_KEYS = [
  'screening',
  'correction',
  'clarificationStart',
  'examination',
  'plenaryDecision',
  'decreeIssuance',
  'dkppExecution',
] as const;
export type DeadlineKey = (typeof DEADLINE_KEYS)[number];

export interface DeadlineRule extends DayCount {
  readonly key: DeadlineKey;
  /** The clock starts at this milestone; a case without it has no such deadline (yet). */
  readonly anchor: Milestone;
  /** The first of these milestones to happen meets the deadline. */
  readonly metBy: readonly Milestone[];
  /** Limits the deadline to some sources or tracks; absent means every case. */
  readonly sources?: readonly CaseSource[];
  readonly tracks?: readonly CaseTrack[];
  readonly confidence: Confidence;
  /** What users read: the instrument and rule, or that the commission sets the value. */
  readonly basis: Label;
}

export const DELIVERY_RECIPIENTS = [
  'respondent',
  'complainant',
  'superiorBody',
  'provincialCommission',
  'bawaslu',
] as const;
export type DeliveryRecipient = (typeof DELIVERY_RECIPIENTS)[number];

export interface ComplaintRules {
  readonly minimumEvidence: number;
  readonly acceptedEvidenceKinds: readonly EvidenceKind[];
  /** Time allowed between learning of the event and filing; absent where the rule set sets none. */
  readonly filingWindow?: DayCount & { readonly confidence: Confidence; readonly basis: string };
}

/** How long before a hearing its summons must go out, per kind of hearing. */
export interface SummonsLeadTime extends DayCount {
  readonly confidence: Confidence;
  readonly basis: Label;
}

export interface SessionRules {
  readonly summonsLeadTime: { readonly [K in SessionKind]: SummonsLeadTime };
}

/**
 * A versioned body of procedure: which outcomes the KPU Kabupaten/Kota may decide, which options the
 * procedure has, and every deadline. Facts the research marks [M] or [L] live here, never in code.
 */
export interface RuleSet {
  readonly code: string;
  readonly title: string;
  readonly basis: readonly string[];
  /** Cases received on or after this date (YYYY-MM-DD, inclusive) fall under the rule set… */
  readonly validFrom: string;
  /** …until this date (exclusive); absent while in force. */
  readonly validTo?: string;
  /** Outcomes a KPU Kabupaten/Kota plenary may decide. */
  readonly allowedOutcomes: readonly Outcome[];
  /** Outcomes the KPU Kabupaten/Kota only proposes: the case goes to DKPP, which decides (2019 regime). */
  readonly outcomesForwardedToDkpp: readonly Outcome[];
  /** A dismissal decided in plenary suspends the member until the decree (PKPU 8/2022 Pasal 43(6)). */
  readonly dismissalSuspendsUntilDecree: boolean;
  /** A plenary may decide straight after clarification, without an examination team. */
  readonly allowDirectDecision: boolean;
  /** A complainant may withdraw a complaint before the decision. */
  readonly allowWithdrawal: boolean;
  readonly complaint: ComplaintRules;
  readonly deadlines: readonly DeadlineRule[];
  /** Who must receive the decree before the case counts as delivered. */
  readonly deliveryRecipients: readonly DeliveryRecipient[];
  /** How far ahead a running deadline counts as due soon. */
  readonly dueSoonWithin: DayCount;
  /** Clarification and examination hearings: how far ahead parties are summoned. */
  readonly sessions: SessionRules;
  /** Members of each kind of ad hoc body formed while the rule set is in force. */
  readonly bodySeats: BodySeats;
  /**
   * How far back a command or record action may be dated (`occurredAt`) without a reason: the office's own
   * practice, not a rule of the regulation, so each rule set states it.
   */
  readonly backdatingLimit: DayCount;
}
