import type { RecordAction } from '../case-records/record-action.js';
import type { MembershipEventType } from '../membership/index.js';
import type { CaseCommandType, CaseStatus, RecordActionType, Role } from '../vocabulary/codes.js';
import type { CaseCommand } from './case-command.js';

export const CASE_EVENT_TYPES = [
  'caseReceived',
  'screeningStarted',
  'correctionRequested',
  'correctionSubmitted',
  'caseRegistered',
  'clarificationStarted',
  'caseDiscontinued',
  'examinationTeamFormed',
  'examinationReportSubmitted',
  'plenaryDecisionRecorded',
  'forwardedToDkpp',
  'dkppVerdictRecorded',
  'decreeIssued',
  'deliveryRecorded',
  'replacementStarted',
  'replacementCompleted',
  'caseReferred',
  'caseRejected',
  'caseWithdrawn',
  'caseClosed',
  'allegationAdded',
  'allegationUpdated',
  'allegationRemoved',
  'allegationFindingRecorded',
  'sessionScheduled',
  'summonsRecorded',
  'attendanceRecorded',
  'sessionMinutesRecorded',
  'externalProceedingRecorded',
  'externalProceedingUpdated',
  'membershipChangeOrdered',
] as const;
export type CaseEventType = (typeof CASE_EVENT_TYPES)[number];

/** The past tense of every command: what the audit trail and the timeline show. */
export const EVENT_OF_COMMAND = {
  startScreening: 'screeningStarted',
  requestCorrection: 'correctionRequested',
  submitCorrection: 'correctionSubmitted',
  register: 'caseRegistered',
  startClarification: 'clarificationStarted',
  discontinue: 'caseDiscontinued',
  formExaminationTeam: 'examinationTeamFormed',
  submitExaminationReport: 'examinationReportSubmitted',
  recordPlenaryDecision: 'plenaryDecisionRecorded',
  forwardToDkpp: 'forwardedToDkpp',
  recordDkppVerdict: 'dkppVerdictRecorded',
  issueDecree: 'decreeIssued',
  recordDelivery: 'deliveryRecorded',
  startReplacement: 'replacementStarted',
  completeReplacement: 'replacementCompleted',
  refer: 'caseReferred',
  reject: 'caseRejected',
  withdraw: 'caseWithdrawn',
  close: 'caseClosed',
} as const satisfies Record<CaseCommandType, CaseEventType>;

/** The past tense of every record action: the audit trail and the timeline show these too. */
export const EVENT_OF_RECORD_ACTION = {
  addAllegation: 'allegationAdded',
  updateAllegation: 'allegationUpdated',
  removeAllegation: 'allegationRemoved',
  recordAllegationFinding: 'allegationFindingRecorded',
  scheduleSession: 'sessionScheduled',
  recordSummons: 'summonsRecorded',
  recordAttendance: 'attendanceRecorded',
  recordSessionMinutes: 'sessionMinutesRecorded',
  recordExternalProceeding: 'externalProceedingRecorded',
  updateExternalProceeding: 'externalProceedingUpdated',
} as const satisfies Record<RecordActionType, CaseEventType>;

export interface EventActor {
  readonly userId: string;
  readonly role: Role;
}

interface EventBase {
  readonly caseId: string;
  readonly at: Date;
  readonly actor: EventActor;
}

/** A command that happened: its payload, and the status it moved the case from and to. */
export interface CommandEvent extends EventBase {
  readonly type: (typeof EVENT_OF_COMMAND)[CaseCommandType];
  readonly from: CaseStatus;
  readonly to: CaseStatus;
  readonly command: CaseCommand;
}

export interface CaseReceivedEvent extends EventBase {
  readonly type: 'caseReceived';
  readonly to: 'received';
}

/** A change the case orders on a member's record (suspend, dismiss, reinstate…); the caller applies it. */
export interface MembershipChangeOrderedEvent extends EventBase {
  readonly type: 'membershipChangeOrdered';
  readonly membershipId: string;
  readonly change: MembershipEventType;
}

/** Something added to the case's records; the case's status did not change. */
export interface RecordEvent extends EventBase {
  readonly type: (typeof EVENT_OF_RECORD_ACTION)[RecordActionType];
  readonly action: RecordAction;
  /** The allegation, session or external proceeding the action created or changed. */
  readonly recordId: string;
}

export type CaseEvent = CommandEvent | CaseReceivedEvent | MembershipChangeOrderedEvent | RecordEvent;
