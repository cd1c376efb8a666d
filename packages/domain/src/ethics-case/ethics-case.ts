import type { Allegation } from '../case-records/allegation.js';
import type { ExternalProceeding } from '../case-records/external-proceeding.js';
import type { Session } from '../case-records/session.js';
import type { ComplaintDraft } from '../complaint/index.js';
import type { ReplacementMethod } from '../membership/index.js';
import type { DeliveryRecipient, Milestone } from '../rule-sets/rule-set.js';
import type {
  AdditionalMeasure,
  BodyType,
  CaseSource,
  CaseStatus,
  CaseTrack,
  Finding,
  Outcome,
  PartyRole,
  Position,
} from '../vocabulary/codes.js';

/** A member of an ad hoc body complained about. Outcomes are decided per respondent. */
export interface Respondent {
  readonly membershipId: string;
  readonly personId: string;
  readonly name: string;
  readonly bodyId: string;
  readonly bodyType: BodyType;
  readonly position: Position;
}

/** Anyone else in the case: complainant, witness, expert, related party, attorney. */
export interface CaseParty {
  readonly role: Exclude<PartyRole, 'respondent'>;
  readonly name: string;
  readonly personId?: string;
}

export interface RespondentOutcome {
  readonly membershipId: string;
  readonly finding: Finding;
  readonly outcome: Outcome;
  readonly additionalMeasures: readonly AdditionalMeasure[];
  /** Principle codes of the conduct catalogue the plenary found violated. */
  readonly principlesViolated: readonly string[];
}

export interface Plenary {
  readonly heldAt: Date;
  readonly commissionersPresent: number;
  readonly commissionSize: number;
  readonly minutesReference?: string;
}

export interface Decision {
  readonly decidedBy: 'commission' | 'dkpp';
  readonly decidedAt: Date;
  readonly outcomes: readonly RespondentOutcome[];
  readonly plenary?: Plenary;
  readonly considerations?: string;
  /** DKPP's case number ("NN-PKE-DKPP/MM/YYYY") when DKPP decided. */
  readonly dkppCaseNumber?: string;
}

export interface ExaminationTeam {
  readonly chairPersonId: string;
  readonly memberPersonIds: readonly string[];
  readonly formedAt: Date;
}

export interface Decree {
  readonly number: string;
  readonly signedAt: Date;
}

export interface Delivery {
  readonly recipient: DeliveryRecipient;
  readonly deliveredAt: Date;
  readonly channel: string;
}

export interface Replacement {
  readonly vacatedMembershipId: string;
  readonly replacementMembershipId?: string;
  readonly method: ReplacementMethod;
  readonly swornAt: Date;
}

export interface Closure {
  readonly at: Date;
  readonly reason: string;
  /** For referrals: the institution that now has the matter (Bawaslu, DKPP, Gakkumdu…). */
  readonly referredTo?: string;
}

/**
 * An ethics case as the procedure sees it. Fields fill in as the case moves on; `checkCaseInvariants`
 * states which fields each status requires, and `transition` is the only way to move a case.
 */
export interface EthicsCase {
  readonly id: string;
  /** The KPU Kabupaten/Kota handling the case: the one that formed the respondents' bodies. */
  readonly commissionId: string;
  readonly ruleSetCode: string;
  readonly track: CaseTrack;
  readonly source: CaseSource;
  readonly status: CaseStatus;
  /** Bumped by every transition; the API uses it for optimistic locking. */
  readonly version: number;
  readonly receivedAt: Date;
  readonly complaint: ComplaintDraft;
  readonly respondents: readonly Respondent[];
  readonly parties: readonly CaseParty[];
  readonly milestones: Readonly<Partial<Record<Milestone, Date>>>;
  readonly registerNumber?: string;
  /** The election (and its stage, tahapan) in which the alleged act took place, when known. */
  readonly electionId?: string;
  readonly electionStageId?: string;
  /** What the complainant was asked to complete (deficiency codes), while a correction is pending. */
  readonly requestedCorrections?: readonly string[];
  readonly examinationTeam?: ExaminationTeam;
  readonly examinationReport?: { readonly submittedAt: Date; readonly summary: string };
  readonly decision?: Decision;
  /** Under rule sets where DKPP decides some outcomes: the commission's decision that went to DKPP. */
  readonly forwardedDecision?: Decision;
  readonly decree?: Decree;
  readonly deliveries: readonly Delivery[];
  readonly replacements: readonly Replacement[];
  readonly closure?: Closure;
  /**
   * The case's records: what each respondent is accused of, the hearings, the matter elsewhere. They
   * change through `applyRecordAction`, never through `transition` (which carries them along), and a
   * change to them bumps `version` too.
   */
  readonly allegations: readonly Allegation[];
  readonly sessions: readonly Session[];
  readonly externalProceedings: readonly ExternalProceeding[];
}
