// The procedure of regulation.md §10.1 as data. `transition` and `availableCommands` both read this
// table, so the API's mutations and the back office's buttons cannot disagree with the rules.
import type { Milestone } from '../rule-sets/rule-set.js';
import type { CaseCommandType, CaseStatus, CaseTrack, Role } from '../vocabulary/codes.js';
import type { CommandOf } from './case-command.js';
import type { CaseContext } from './case-context.js';
import type { CaseError } from './case-error.js';
import * as guard from './case-guards.js';
import type { Precondition } from './case-guards.js';
import * as step from './case-steps.js';
import type { EthicsCase } from './ethics-case.js';

/** What a step changes: the fields it sets, and where the case goes. */
export type CaseChange = Partial<Omit<EthicsCase, 'id' | 'version' | 'milestones'>> & {
  readonly status: CaseStatus;
  /** Milestones whose time is not `now` or that only some outcomes of the step reach. */
  readonly milestones?: Readonly<Partial<Record<Milestone, Date>>>;
};

export interface TransitionRule<T extends CaseCommandType> {
  readonly from: readonly CaseStatus[];
  readonly tracks: readonly CaseTrack[];
  readonly roles: readonly Role[];
  /** Preconditions on the case alone: they also decide whether the command is offered. */
  readonly when: readonly Precondition[];
  /** Checks of what the command carries; the command is offered even if a payload could fail them. */
  readonly check?: (
    ethicsCase: EthicsCase,
    command: CommandOf<T>,
    context: CaseContext,
  ) => CaseError | undefined;
  readonly apply: (ethicsCase: EthicsCase, command: CommandOf<T>, context: CaseContext) => CaseChange;
  /** Milestones this step records (at `now`, unless the step says otherwise). */
  readonly milestones: readonly Milestone[];
}

export type TransitionTable = { readonly [T in CaseCommandType]: TransitionRule<T> };

const BOTH: readonly CaseTrack[] = ['kpuInternal', 'dkppExternal'];
const INTERNAL: readonly CaseTrack[] = ['kpuInternal'];
const BEFORE_DECISION: readonly CaseStatus[] = [
  'received',
  'screening',
  'awaitingCorrection',
  'registered',
  'clarification',
  'examination',
  'awaitingPlenary',
];

export const CASE_TRANSITIONS: TransitionTable = {
  startScreening: {
    from: ['received'],
    tracks: INTERNAL,
    roles: ['officer'],
    when: [],
    apply: () => ({ status: 'screening' }),
    milestones: ['screeningStarted'],
  },
  requestCorrection: {
    from: ['screening'],
    tracks: INTERNAL,
    roles: ['officer'],
    when: [],
    check: step.checkRequestedCorrections,
    apply: (_, command) => ({ status: 'awaitingCorrection', requestedCorrections: command.deficiencies }),
    milestones: ['correctionRequested'],
  },
  submitCorrection: {
    from: ['awaitingCorrection'],
    tracks: INTERNAL,
    roles: ['officer'],
    when: [guard.correctionWindowOpen],
    apply: step.submitCorrection,
    milestones: ['correctionSubmitted'],
  },
  register: {
    from: ['received', 'screening'],
    tracks: INTERNAL,
    roles: ['officer', 'commissioner'],
    when: [guard.screenedOrInternalFinding],
    check: step.checkRegisterNumber,
    apply: (_, command) => ({ status: 'registered', registerNumber: command.registerNumber }),
    milestones: ['registered', 'screeningConcluded'],
  },
  startClarification: {
    from: ['registered'],
    tracks: INTERNAL,
    roles: ['officer', 'commissioner'],
    when: [],
    apply: () => ({ status: 'clarification' }),
    milestones: ['clarificationStarted'],
  },
  discontinue: {
    from: ['clarification'],
    tracks: INTERNAL,
    roles: ['commissioner'],
    when: [],
    check: step.checkReason,
    apply: step.closeWith('discontinued'),
    milestones: ['closed'],
  },
  formExaminationTeam: {
    from: ['clarification'],
    tracks: INTERNAL,
    roles: ['commissioner'],
    when: [],
    check: step.checkExaminationTeam,
    apply: step.formExaminationTeam,
    milestones: ['examinationStarted'],
  },
  submitExaminationReport: {
    from: ['examination'],
    tracks: INTERNAL,
    roles: ['examiner'],
    when: [guard.actorIsOnExaminationTeam],
    check: step.checkReportSummary,
    apply: step.submitExaminationReport,
    milestones: ['examinationReported'],
  },
  recordPlenaryDecision: {
    from: ['awaitingPlenary', 'clarification'],
    tracks: INTERNAL,
    roles: ['commissioner'],
    when: [guard.directDecisionAllowedIfNotExamined],
    check: step.checkPlenaryDecision,
    apply: step.recordPlenaryDecision,
    milestones: ['decided'],
  },
  forwardToDkpp: {
    from: ['decided'],
    tracks: INTERNAL,
    roles: ['commissioner'],
    when: [guard.decisionNeedsDkpp],
    apply: step.forwardToDkpp,
    milestones: ['forwardedToDkpp'],
  },
  recordDkppVerdict: {
    from: ['awaitingDkpp', 'received'],
    tracks: BOTH,
    roles: ['officer', 'commissioner'],
    when: [step.dkppVerdictExpected],
    check: step.checkDkppVerdict,
    apply: step.recordDkppVerdict,
    milestones: ['decided'],
  },
  issueDecree: {
    from: ['decided'],
    tracks: BOTH,
    roles: ['commissioner'],
    when: [guard.decisionIsFinal],
    check: step.checkDecree,
    apply: (_, command) => ({
      status: 'decreeIssued',
      decree: { number: command.decreeNumber, signedAt: command.signedAt },
    }),
    milestones: ['decreeIssued'],
  },
  recordDelivery: {
    from: ['decreeIssued'],
    tracks: BOTH,
    roles: ['officer'],
    when: [],
    check: step.checkDelivery,
    apply: step.recordDelivery,
    milestones: [],
  },
  startReplacement: {
    from: ['delivered'],
    tracks: BOTH,
    roles: ['officer', 'commissioner'],
    when: [guard.someoneWasDismissed],
    apply: () => ({ status: 'replacementInProgress' }),
    milestones: ['replacementStarted'],
  },
  completeReplacement: {
    from: ['replacementInProgress'],
    tracks: BOTH,
    roles: ['officer', 'commissioner'],
    when: [],
    check: step.checkReplacement,
    apply: step.completeReplacement,
    milestones: [],
  },
  refer: {
    from: ['screening'],
    tracks: INTERNAL,
    roles: ['commissioner'],
    when: [],
    check: step.checkReferral,
    apply: step.closeWith('referred'),
    milestones: ['screeningConcluded', 'closed'],
  },
  reject: {
    from: ['screening', 'awaitingCorrection'],
    tracks: INTERNAL,
    roles: ['officer', 'commissioner'],
    when: [guard.correctionWindowClosedIfPending],
    check: step.checkReason,
    apply: step.closeWith('rejected'),
    milestones: ['screeningConcluded', 'closed'],
  },
  withdraw: {
    from: BEFORE_DECISION,
    tracks: INTERNAL,
    roles: ['officer'],
    when: [guard.withdrawalAllowed],
    check: step.checkReason,
    apply: step.closeWith('withdrawn'),
    milestones: ['closed'],
  },
  close: {
    from: ['delivered'],
    tracks: BOTH,
    roles: ['officer', 'commissioner'],
    when: [guard.noSeatLeftOpen],
    apply: (_, __, context) => ({
      status: 'closed',
      closure: { at: context.now, reason: 'decisionExecuted' },
    }),
    milestones: ['closed'],
  },
};
