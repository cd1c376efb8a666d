// The shapes the admin reads from the API (apps/api/src/**/*.type.ts), as plain JSON: dates are ISO strings.
import type {
  BodyType,
  CaseCommandType,
  CaseSource,
  CaseStatus,
  CaseTrack,
  CommissionLevel,
  DeadlineKey,
  DeadlineState,
  DeliveryRecipient,
  EvidenceKind,
  Finding,
  MembershipStatus,
  Milestone,
  Outcome,
  PartyRole,
  Position,
  ReplacementMethod,
  Role,
} from '@etik/domain';

export interface Commission {
  readonly id: string;
  readonly level: CommissionLevel;
  readonly name: string;
  readonly regionCode?: string | null;
  readonly parentId?: string | null;
  /** "WIB", "WITA" or "WIT": the zone its dates are local to. */
  readonly timeZone?: string;
}

export interface Respondent {
  readonly membershipId: string;
  readonly personId?: string | null;
  readonly name?: string | null;
  readonly bodyId?: string | null;
  readonly bodyType?: BodyType | null;
  readonly position?: Position | null;
}

export interface CaseDeadline {
  readonly key: DeadlineKey;
  readonly state: DeadlineState;
  readonly startedAt: string;
  readonly dueAt: string;
  readonly metAt?: string | null;
  readonly amount?: number;
  readonly unit?: 'calendarDays' | 'workingDays';
  readonly confidence?: string;
  /** Where the deadline comes from, in each language. */
  readonly basis?: { readonly id: string; readonly en: string };
}

export interface RespondentOutcome {
  readonly membershipId: string;
  readonly finding: Finding;
  readonly outcome: Outcome;
  readonly additionalMeasures?: readonly string[];
  readonly principlesViolated?: readonly string[];
}

export interface Decision {
  readonly decidedBy: string;
  readonly decidedAt: string;
  readonly outcomes: readonly RespondentOutcome[];
  readonly plenary?: {
    readonly heldAt: string;
    readonly commissionersPresent: number;
    readonly commissionSize: number;
    readonly minutesReference?: string | null;
  } | null;
  readonly considerations?: string | null;
  readonly dkppCaseNumber?: string | null;
}

export interface Complainant {
  readonly name?: string | null;
  readonly idNumber?: string | null;
  readonly address?: string | null;
  readonly phone?: string | null;
  readonly email?: string | null;
  readonly confidential: boolean;
  readonly identityMasked: boolean;
  readonly personalDataMasked: boolean;
}

export interface Complaint {
  readonly source: CaseSource;
  readonly complainant?: Complainant | null;
  readonly respondents: readonly {
    readonly name?: string | null;
    readonly membershipId?: string | null;
    readonly bodyType?: BodyType | null;
    readonly position?: Position | null;
    readonly bodyName?: string | null;
  }[];
  readonly eventDate?: string | null;
  readonly eventPlace?: string | null;
  readonly chronology?: string | null;
  readonly knownAt?: string | null;
  readonly evidence: readonly { readonly kind: string; readonly description?: string | null }[];
  readonly sourceReference?: string | null;
}

export interface TimelineEntry {
  readonly seq: number;
  readonly at: string;
  /** When the act took place, if recorded later than it happened. */
  readonly occurredAt?: string | null;
  readonly action: string;
  readonly actorUserId?: string | null;
  readonly actorRole?: Role | null;
  readonly fromStatus?: CaseStatus | null;
  readonly toStatus?: CaseStatus | null;
}

/** A case as the list shows it (`CASE_LIST_FIELDS`); the detail adds the optional fields. */
export interface EthicsCaseRecord {
  readonly id: string;
  readonly version: number;
  readonly status: CaseStatus;
  readonly track: CaseTrack;
  readonly source: CaseSource;
  /** Who must receive the decree under the rule set, and who has not yet (the API's rule-derived facts). */
  readonly decreeRecipientsRequired?: readonly DeliveryRecipient[];
  readonly decreeRecipientsOwed?: readonly DeliveryRecipient[];
  /** Memberships permanently dismissed whose seat has not been filled yet. */
  readonly seatsStillOpen?: readonly string[];
  readonly ruleSetCode: string;
  readonly receivedAt: string;
  readonly updatedAt: string;
  readonly registerNumber?: string | null;
  readonly confidential: boolean;
  /** The election and its stage (tahapan) of the alleged act, when recorded. */
  readonly election?: { readonly id: string; readonly name: string } | null;
  readonly stage?: { readonly id: string; readonly name: string } | null;
  /** The handling commission's zone ("WIB", "WITA" or "WIT"). */
  readonly timeZone?: string;
  readonly commission: Commission;
  readonly respondents: readonly Respondent[];
  readonly deadlines: readonly CaseDeadline[];
  readonly decision?: Decision | null;
  readonly availableCommands?: readonly CaseCommandType[];
  readonly complaint?: Complaint;
  readonly parties?: readonly {
    readonly role: PartyRole;
    readonly name?: string | null;
    readonly personId?: string | null;
    readonly identityMasked: boolean;
  }[];
  readonly milestones?: readonly { readonly milestone: string; readonly at: string }[];
  readonly requestedCorrections?: readonly string[];
  readonly examinationTeam?: {
    readonly chairPersonId: string;
    readonly memberPersonIds: readonly string[];
    readonly formedAt: string;
  } | null;
  readonly examinationReport?: { readonly submittedAt: string; readonly summary: string } | null;
  readonly forwardedDecision?: Decision | null;
  readonly decree?: { readonly number: string; readonly signedAt: string } | null;
  readonly deliveries?: readonly {
    readonly recipient: DeliveryRecipient;
    readonly deliveredAt: string;
    readonly channel: string;
  }[];
  readonly replacements?: readonly {
    readonly vacatedMembershipId: string;
    readonly replacementMembershipId?: string | null;
    readonly method: ReplacementMethod;
    readonly swornAt: string;
  }[];
  readonly closure?: {
    readonly at: string;
    readonly reason: string;
    readonly referredTo?: string | null;
  } | null;
  readonly timeline?: readonly TimelineEntry[];
  readonly evidence?: readonly EvidenceFile[];
}

export interface ComplaintCheckResult {
  readonly complete: boolean;
  readonly deficiencies: readonly {
    readonly code: string;
    readonly requirement: string;
    readonly field: string;
  }[];
}

export interface AdhocBody {
  readonly id: string;
  readonly type: BodyType;
  readonly name: string;
  readonly regionCode: string;
  readonly commissionId: string;
}

export interface Membership {
  readonly id: string;
  readonly bodyId: string;
  readonly position: Position;
  readonly status: MembershipStatus;
  readonly selectionRank?: number | null;
  readonly replacesMembershipId?: string | null;
  readonly person: PersonSummary;
}

/** A person as the API shows them to the caller: NIK, address and phone masked for roles without need. */
export interface PersonSummary {
  readonly id: string;
  readonly name: string;
  readonly nik?: string | null;
  readonly address?: string | null;
  readonly phone?: string | null;
  readonly personalDataMasked: boolean;
}

export interface Region {
  /** react-admin needs `id`: the Kemendagri code. */
  readonly id: string;
  readonly code: string;
  readonly level: string;
  readonly name: string;
  readonly parentCode?: string | null;
}

export interface Viewer {
  readonly userId: string;
  readonly username: string;
  readonly role: Role;
  readonly commission: Commission;
  readonly personId?: string | null;
}

/** What `caseStatistics` can count cases by (apps/api StatisticsDimension). */
export type StatisticsDimension =
  'status' | 'province' | 'regency' | 'month' | 'principle' | 'outcome' | 'bodyType';

export interface RegionRef {
  readonly code: string;
  readonly name: string;
}

/** One group of `caseStatistics`: the requested dimensions are set, the others null. */
export interface CaseCountGroup {
  readonly count: number;
  readonly status?: CaseStatus | null;
  readonly province?: RegionRef | null;
  readonly regency?: RegionRef | null;
  /** "YYYY-MM" in WIB. */
  readonly month?: string | null;
  readonly principle?: string | null;
  readonly outcome?: Outcome | null;
  readonly bodyType?: BodyType | null;
}

export interface CaseStatistics {
  readonly totalCount: number;
  /** Largest group first. */
  readonly groups: readonly CaseCountGroup[];
}

/** The stages `stageDurations` measures (apps/api ReportStage). */
export type ReportStage =
  | 'screening'
  | 'correction'
  | 'clarificationStart'
  | 'clarification'
  | 'examination'
  | 'plenaryDecision'
  | 'dkppReferral'
  | 'decreeIssuance'
  | 'delivery'
  | 'replacement'
  | 'wholeCase';

export interface StageDuration {
  readonly stage: ReportStage;
  readonly from: Milestone;
  readonly to: Milestone;
  readonly cases: number;
  readonly medianDays?: number | null;
  readonly p90Days?: number | null;
  readonly maxDays?: number | null;
}

/** An open case with an overdue deadline (`overdueCases`); the case carries the list fields. */
export interface OverdueCase {
  readonly dueAt: string;
  readonly daysOverdue: number;
  readonly overdueDeadlines: readonly CaseDeadline[];
  readonly ethicsCase: EthicsCaseRecord;
}

/** A file submitted as evidence (`EthicsCase.evidence`, or the upload's JSON answer). */
export interface EvidenceFile {
  readonly id: string;
  readonly kind: EvidenceKind;
  readonly description?: string | null;
  readonly fileName: string;
  readonly mediaType: string;
  readonly size: number;
  /** Hex SHA-256 of the bytes, computed by the server while it received them. */
  readonly sha256: string;
  readonly uploadedBy: string;
  readonly uploadedByRole?: Role | null;
  readonly uploadedAt: string;
  /** Relative to the API's origin, e.g. `/files/evidence/<id>`; needs the bearer token. */
  readonly downloadPath: string;
}
