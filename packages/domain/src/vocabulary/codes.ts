// The codes of domain-model.md. Each list is the single source for its union type, its labels and the
// GraphQL enums built from it; order is the order people read them in (procedure order, severity order).

export const CASE_STATUSES = [
  'received',
  'screening',
  'awaitingCorrection',
  'registered',
  'clarification',
  'examination',
  'awaitingPlenary',
  'decided',
  'awaitingDkpp',
  'decreeIssued',
  'delivered',
  'replacementInProgress',
  'closed',
  'rejected',
  'referred',
  'discontinued',
  'withdrawn',
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const TERMINAL_STATUSES = ['closed', 'rejected', 'referred', 'discontinued', 'withdrawn'] as const;
export type TerminalStatus = (typeof TERMINAL_STATUSES)[number];

export const CASE_COMMANDS = [
  'startScreening',
  'requestCorrection',
  'submitCorrection',
  'register',
  'startClarification',
  'discontinue',
  'formExaminationTeam',
  'submitExaminationReport',
  'recordPlenaryDecision',
  'forwardToDkpp',
  'recordDkppVerdict',
  'issueDecree',
  'recordDelivery',
  'startReplacement',
  'completeReplacement',
  'refer',
  'reject',
  'withdraw',
  'close',
] as const;
export type CaseCommandType = (typeof CASE_COMMANDS)[number];

export const CASE_TRACKS = ['kpuInternal', 'dkppExternal'] as const;
export type CaseTrack = (typeof CASE_TRACKS)[number];

export const CASE_SOURCES = [
  'publicComplaint',
  'report',
  'internalFinding',
  'bawasluRecommendation',
  'adhocBodyReport',
  'dkppVerdict',
] as const;
export type CaseSource = (typeof CASE_SOURCES)[number];

/** Mildest first: guidance compares outcomes by this order. */
export const OUTCOMES = [
  'rehabilitation',
  'warning',
  'strongWarning',
  'finalStrongWarning',
  'removalFromChair',
  'temporaryDismissal',
  'permanentDismissal',
] as const;
export type Outcome = (typeof OUTCOMES)[number];

export const ADDITIONAL_MEASURES = ['writtenUndertaking'] as const;
export type AdditionalMeasure = (typeof ADDITIONAL_MEASURES)[number];

export const MEMBERSHIP_STATUSES = [
  'candidate',
  'active',
  'temporarilyDismissed',
  'dismissed',
  'ceased',
  'termEnded',
] as const;
export type MembershipStatus = (typeof MEMBERSHIP_STATUSES)[number];

export const BODY_TYPES = ['ppk', 'pps', 'kpps', 'pantarlih'] as const;
export type BodyType = (typeof BODY_TYPES)[number];

export const POSITIONS = ['chair', 'member', 'secretary', 'staff'] as const;
export type Position = (typeof POSITIONS)[number];

export const PARTY_ROLES = [
  'complainant',
  'respondent',
  'witness',
  'expert',
  'relatedParty',
  'attorney',
] as const;
export type PartyRole = (typeof PARTY_ROLES)[number];

export const ROLES = [
  'nationalAdmin',
  'provincialSupervisor',
  'commissioner',
  'officer',
  'examiner',
  'analyst',
] as const;
export type Role = (typeof ROLES)[number];

export const COMMISSION_LEVELS = ['national', 'provincial', 'regency'] as const;
export type CommissionLevel = (typeof COMMISSION_LEVELS)[number];

export const VIOLATION_CATEGORIES = [
  'codeOfEthics',
  'codeOfConduct',
  'oathOrPledge',
  'integrityPact',
  'membershipRequirement',
  'performance',
] as const;
export type ViolationCategory = (typeof VIOLATION_CATEGORIES)[number];

export const EVIDENCE_KINDS = [
  'witnessStatement',
  'expertStatement',
  'document',
  'indication',
  'partyStatement',
  'electronicData',
] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

export const FINDINGS = ['proven', 'notProven', 'notExamined'] as const;
export type Finding = (typeof FINDINGS)[number];

// The case file's records beside the procedure (regulation.md §10.4: Allegation, Session,
// ExternalProceeding, Referral). Record actions add to the file without moving the case.
export const RECORD_ACTIONS = [
  'addAllegation',
  'updateAllegation',
  'removeAllegation',
  'recordAllegationFinding',
  'scheduleSession',
  'recordSummons',
  'recordAttendance',
  'recordSessionMinutes',
  'recordExternalProceeding',
  'updateExternalProceeding',
] as const;
export type RecordActionType = (typeof RECORD_ACTIONS)[number];

/** Verifikasi dan klarifikasi hearings, and the Tim Pemeriksa's examination hearings. */
export const SESSION_KINDS = ['clarification', 'examination'] as const;
export type SessionKind = (typeof SESSION_KINDS)[number];

/** How a summons (surat panggilan) reached the party; no rule names the channels, so this is the practice [L]. */
export const SUMMONS_METHODS = [
  'letter',
  'handDelivery',
  'electronicMail',
  'messaging',
  'telephone',
] as const;
export type SummonsMethod = (typeof SUMMONS_METHODS)[number];

export const ATTENDANCE_STATUSES = ['present', 'absent', 'represented'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];

/** Where else the matter is heard (regulation.md §2, §3.8, §10.4). */
export const EXTERNAL_FORUMS = ['dkpp', 'ptun', 'bawaslu', 'gakkumdu'] as const;
export type ExternalForum = (typeof EXTERNAL_FORUMS)[number];

/** `referral`: the commission sent the matter there (pelimpahan); `proceeding`: someone else brought it. */
export const EXTERNAL_PROCEEDING_KINDS = ['referral', 'proceeding'] as const;
export type ExternalProceedingKind = (typeof EXTERNAL_PROCEEDING_KINDS)[number];

export const EXTERNAL_PROCEEDING_STATUSES = ['filed', 'inProgress', 'decided', 'withdrawn'] as const;
export type ExternalProceedingStatus = (typeof EXTERNAL_PROCEEDING_STATUSES)[number];

/** regulation.md §0: how sure the research is of a fact. [L] and [M] facts are configurable. */
export const CONFIDENCES = ['high', 'medium', 'low'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

export const DAY_UNITS = ['calendarDays', 'workingDays'] as const;
export type DayUnit = (typeof DAY_UNITS)[number];

export const isTerminal = (status: CaseStatus): status is TerminalStatus =>
  (TERMINAL_STATUSES as readonly CaseStatus[]).includes(status);
