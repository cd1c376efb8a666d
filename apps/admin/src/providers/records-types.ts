// The case's records as the API returns them (schema.graphql: Allegation, CaseSession, ExternalProceeding,
// AvailableRecordAction) and the conduct catalogue that feeds the allegation picker.
import type {
  AttendanceStatus,
  ExternalForum,
  ExternalProceedingKind,
  ExternalProceedingStatus,
  FamilyRelation,
  Finding,
  PartyRole,
  RecordActionType as RecordAction,
  Role,
  SessionKind,
  SummonsMethod,
  ViolationCategory,
} from '@etik/domain';

export interface AllegationLegalReference {
  readonly citation: string;
  readonly instrument: string;
  readonly article?: string | null;
  readonly paragraph?: string | null;
  readonly letter?: string | null;
  readonly confidence: string;
}

export interface Allegation {
  readonly id: string;
  readonly respondentMembershipId: string;
  readonly category: ViolationCategory;
  readonly principle: string;
  readonly behaviour?: string | null;
  readonly description: string;
  readonly finding?: Finding | null;
  readonly findingNote?: string | null;
  readonly findingRecordedAt?: string | null;
  readonly recordedAt: string;
  readonly legalReferences: readonly AllegationLegalReference[];
}

export interface SessionParty {
  readonly role: PartyRole;
  readonly membershipId?: string | null;
  readonly name?: string | null;
  readonly identityMasked: boolean;
}

/** A party as a mutation names it: a respondent by membershipId, the complainant by role alone. */
export interface SessionPartyInput {
  readonly role: PartyRole;
  readonly membershipId?: string;
  readonly name?: string;
}

export interface Summons {
  readonly party: SessionParty;
  readonly method: SummonsMethod;
  readonly sentAt: string;
  readonly reference?: string | null;
}

export interface Attendance {
  readonly party: SessionParty;
  readonly status: AttendanceStatus;
  readonly note?: string | null;
}

export interface CaseSession {
  readonly id: string;
  readonly kind: SessionKind;
  readonly scheduledAt: string;
  readonly place?: string | null;
  readonly onlineLink?: string | null;
  readonly agenda?: string | null;
  readonly outcomeNotes?: string | null;
  readonly recordedAt: string;
  readonly summons: readonly Summons[];
  readonly attendance: readonly Attendance[];
  readonly minutes?: {
    readonly reference: string;
    readonly summary: string;
    readonly recordedAt: string;
  } | null;
}

export interface ExternalProceeding {
  readonly id: string;
  readonly forum: ExternalForum;
  readonly kind: ExternalProceedingKind;
  readonly status: ExternalProceedingStatus;
  readonly filedAt: string;
  readonly externalNumber?: string | null;
  readonly reason?: string | null;
  readonly result?: string | null;
  readonly recordedAt: string;
  readonly updatedAt?: string | null;
}

export interface AvailableRecordAction {
  readonly action: RecordAction;
  /** The allegation, session or proceeding acted on; none for adding one. */
  readonly targetId?: string | null;
  /** For scheduleSession: the kind of session that may be scheduled. */
  readonly sessionKind?: SessionKind | null;
}

/** The records of one case, with the version that locks the case and its records. */
export interface CaseRecords {
  readonly id: string;
  readonly version: number;
  readonly allegations: readonly Allegation[];
  readonly sessions: readonly CaseSession[];
  readonly externalProceedings: readonly ExternalProceeding[];
  readonly availableRecordActions: readonly AvailableRecordAction[];
}

export interface LocalizedText {
  readonly id: string;
  readonly en: string;
}

export interface CatalogueReference {
  readonly instrument: string;
  readonly article?: string | null;
  readonly paragraph?: string | null;
  readonly letter?: string | null;
  readonly label: LocalizedText;
}

export interface CatalogueBehaviour {
  readonly code: string;
  readonly category: ViolationCategory;
  readonly principles: readonly string[];
  readonly references: readonly CatalogueReference[];
}

/** A violation seen in practice; choosing one fills category, principle and behaviour. */
export interface TypicalViolation {
  readonly code: string;
  readonly label: LocalizedText;
  readonly category: ViolationCategory;
  readonly principles: readonly string[];
  readonly behaviours: readonly CatalogueBehaviour[];
  readonly references: readonly CatalogueReference[];
}

export interface AllegationInput {
  readonly respondentMembershipId: string;
  readonly principle: string;
  readonly behaviour?: string;
  readonly category?: ViolationCategory;
  readonly description: string;
}

/** The arguments of each record mutation, besides caseId and expectedVersion. */
export interface RecordActionArgs {
  readonly addAllegation: { readonly allegation: AllegationInput };
  readonly updateAllegation: { readonly allegationId: string; readonly allegation: AllegationInput };
  readonly removeAllegation: { readonly allegationId: string };
  readonly recordAllegationFinding: {
    readonly allegationId: string;
    readonly finding: Finding;
    readonly note?: string;
  };
  readonly scheduleSession: {
    readonly kind: SessionKind;
    readonly scheduledAt: string;
    readonly place?: string;
    readonly onlineLink?: string;
    readonly agenda?: string;
  };
  readonly recordSummons: {
    readonly sessionId: string;
    readonly party: SessionPartyInput;
    readonly method: SummonsMethod;
    readonly sentAt: string;
    readonly reference?: string;
  };
  readonly recordAttendance: {
    readonly sessionId: string;
    readonly party: SessionPartyInput;
    readonly status: AttendanceStatus;
    readonly note?: string;
  };
  readonly recordSessionMinutes: {
    readonly sessionId: string;
    readonly reference: string;
    readonly summary: string;
    readonly outcomeNotes?: string;
  };
  readonly recordExternalProceeding: {
    readonly forum: ExternalForum;
    readonly kind?: ExternalProceedingKind;
    readonly status?: ExternalProceedingStatus;
    readonly filedAt: string;
    readonly externalNumber?: string;
    readonly reason?: string;
    readonly result?: string;
  };
  readonly updateExternalProceeding: {
    readonly proceedingId: string;
    readonly status: ExternalProceedingStatus;
    readonly externalNumber?: string;
    readonly result?: string;
  };
}

/** Why a person may not sit on a case's examination team (the domain's candidateConflicts). */
export interface TeamConflict {
  /** TEAM_MEMBER_IS_PARTY, TEAM_MEMBER_RELATED_TO_PARTY, TEAM_MEMBER_IN_RESPONDENT_BODY, TEAM_MEMBER_FACTS_MISSING. */
  readonly code: string;
  readonly partyName?: string | null;
  readonly relation?: FamilyRelation | null;
  readonly bodyId?: string | null;
  readonly role?: PartyRole | null;
}

/** An examiner or commissioner of the case's commission, with what keeps them off its team. */
export interface ExaminationTeamCandidate {
  readonly personId: string;
  readonly name: string;
  readonly role: Role;
  readonly commissionName: string;
  readonly conflicts: readonly TeamConflict[];
}

/** A reserve who may fill a dismissed respondent's seat (PAW). */
export interface ReplacementCandidate {
  readonly id: string;
  readonly selectionRank: number | null;
  readonly person: { readonly name: string };
}

/** Who may fill a dismissed respondent's seat, in the order the rules take them (replacementCandidates). */
export interface ReplacementCandidates {
  readonly vacatedMembershipId: string;
  readonly seatStillOpen: boolean;
  readonly candidates: readonly ReplacementCandidate[];
  readonly nextCandidateId: string | null;
  readonly ppsAppointmentAllowed: boolean;
}
