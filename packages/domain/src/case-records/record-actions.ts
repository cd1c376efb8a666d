// Who may add what to a case's records, and when, as data. `applyRecordAction` and
// `availableRecordActions` both read this table, as `transition` and `availableCommands` read
// CASE_TRANSITIONS: the API's mutations and the back office's buttons cannot disagree.
import type { CaseContext } from '../ethics-case/case-context.js';
import type { EthicsCase } from '../ethics-case/ethics-case.js';
import {
  CASE_STATUSES,
  type CaseStatus,
  type RecordActionType,
  type Role,
  type SessionKind,
} from '../vocabulary/codes.js';
import type { RecordActionOf } from './record-action.js';
import type { RecordError, RecordType } from './record-error.js';
import * as step from './record-steps.js';
import type { RecordChange, RecordPrecondition, RecordSubject } from './record-steps.js';

/** These roles may act while the case is in one of these statuses. */
export interface Grant {
  readonly statuses: readonly CaseStatus[];
  readonly roles: readonly Role[];
}

/** Session actions are granted per kind of session: clarification and examination differ. */
export type SessionGrants = { readonly [K in SessionKind]: readonly Grant[] };

/** What an action is about: the case (it creates a record) or one record of the case. */
export type RecordTarget = 'case' | RecordType;

export interface RecordActionRule<T extends RecordActionType> {
  readonly target: RecordTarget;
  /** Read for the kind of the session acted on, or scheduled, when given per kind. */
  readonly grants: readonly Grant[] | SessionGrants;
  /** Preconditions on the case and the record alone: they also decide whether the action is offered. */
  readonly when: readonly RecordPrecondition[];
  /** Checks of what the action carries; the action is offered even if a payload could fail them. */
  readonly check: (
    ethicsCase: EthicsCase,
    action: RecordActionOf<T>,
    subject: RecordSubject,
    context: CaseContext,
  ) => RecordError | undefined;
  readonly apply: (
    ethicsCase: EthicsCase,
    action: RecordActionOf<T>,
    subject: RecordSubject,
    context: CaseContext,
  ) => RecordChange;
}

export type RecordActionTable = { readonly [T in RecordActionType]: RecordActionRule<T> };

/** From receipt to the end of the examination: what is alleged may still be framed and corrected. */
const BEFORE_PLENARY: readonly CaseStatus[] = [
  'received',
  'screening',
  'awaitingCorrection',
  'registered',
  'clarification',
  'examination',
];

// Examiners appear only where the examination team works; the table's engine also requires them to sit
// on this case's team (NOT_ON_EXAMINATION_TEAM).
const ALLEGATIONS: readonly Grant[] = [
  { statuses: BEFORE_PLENARY, roles: ['officer', 'commissioner'] },
  { statuses: ['examination'], roles: ['examiner'] },
];

/** The team finds while it examines; the plenary's commissioners until (and after) they decide. */
const FINDINGS: readonly Grant[] = [
  { statuses: ['examination'], roles: ['examiner', 'commissioner'] },
  { statuses: ['awaitingPlenary', 'decided'], roles: ['commissioner'] },
];

/** Summoning and scheduling happen in the stage the hearing belongs to. */
const SCHEDULING: SessionGrants = {
  clarification: [{ statuses: ['registered', 'clarification'], roles: ['officer', 'commissioner'] }],
  examination: [{ statuses: ['examination'], roles: ['officer', 'commissioner', 'examiner'] }],
};

/**
 * What happened at a hearing may be written down after the case moved on: the Berita Acara of the last
 * clarification hearing is what the plenary forms a team, decides directly, or discontinues on.
 */
const HEARING: SessionGrants = {
  clarification: [
    {
      statuses: ['clarification', 'examination', 'awaitingPlenary', 'discontinued'],
      roles: ['officer', 'commissioner'],
    },
  ],
  examination: [
    { statuses: ['examination', 'awaitingPlenary'], roles: ['officer', 'commissioner', 'examiner'] },
  ],
};

/** A DKPP complaint, a PTUN lawsuit against the decree: at any stage, even after the case closed. */
const PROCEEDINGS: readonly Grant[] = [{ statuses: CASE_STATUSES, roles: ['officer'] }];

export const RECORD_ACTION_RULES: RecordActionTable = {
  addAllegation: {
    target: 'case',
    grants: ALLEGATIONS,
    when: [],
    check: step.checkNewAllegation,
    apply: step.addAllegation,
  },
  updateAllegation: {
    target: 'allegation',
    grants: ALLEGATIONS,
    when: [step.allegationHasNoFinding],
    check: step.checkChangedAllegation,
    apply: step.updateAllegation,
  },
  removeAllegation: {
    target: 'allegation',
    grants: ALLEGATIONS,
    when: [step.allegationHasNoFinding],
    check: () => undefined,
    apply: step.removeAllegation,
  },
  recordAllegationFinding: {
    target: 'allegation',
    grants: FINDINGS,
    when: [],
    check: step.checkFinding,
    apply: step.recordFinding,
  },
  scheduleSession: {
    target: 'case',
    grants: SCHEDULING,
    when: [],
    check: step.checkSchedule,
    apply: step.scheduleSession,
  },
  recordSummons: {
    target: 'session',
    grants: SCHEDULING,
    when: [step.minutesNotRecorded],
    check: step.checkSummons,
    apply: step.recordSummons,
  },
  recordAttendance: {
    target: 'session',
    grants: HEARING,
    when: [step.sessionHeld, step.minutesNotRecorded],
    check: step.checkAttendance,
    apply: step.recordAttendance,
  },
  recordSessionMinutes: {
    target: 'session',
    grants: HEARING,
    when: [step.sessionHeld, step.minutesNotRecorded],
    check: step.checkMinutes,
    apply: step.recordMinutes,
  },
  recordExternalProceeding: {
    target: 'case',
    grants: PROCEEDINGS,
    when: [],
    check: step.checkProceeding,
    apply: step.recordProceeding,
  },
  updateExternalProceeding: {
    target: 'externalProceeding',
    grants: PROCEEDINGS,
    when: [],
    check: step.checkProceedingUpdate,
    apply: step.updateProceeding,
  },
};
