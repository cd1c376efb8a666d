// The same procedure written twice more, for comparison: as an xstate v5 machine with the cheap guards
// (role, jurisdiction, track), and as a bare hand-written switch with no guards at all.
import {
  CASE_TRANSITIONS,
  type CaseCommandType,
  type CaseStatus,
  type EthicsCase,
  type Role,
} from '@etik/domain';
import { assign, createMachine } from 'xstate';

/** The case as the other two implementations carry it: the same record, plus the two counts they need. */
export interface PlainCase {
  readonly ethicsCase: EthicsCase;
  readonly deliveriesOwed: number;
  readonly seatsOpen: number;
}

export interface PlainEvent {
  readonly type: CaseCommandType;
  readonly role: Role;
  readonly commissionId: string;
}

/** Where each command leads; the two self-loops decide by counting what is left. */
const TARGET: { readonly [C in CaseCommandType]: CaseStatus } = {
  startScreening: 'screening',
  requestCorrection: 'awaitingCorrection',
  submitCorrection: 'screening',
  register: 'registered',
  startClarification: 'clarification',
  discontinue: 'discontinued',
  formExaminationTeam: 'examination',
  submitExaminationReport: 'awaitingPlenary',
  recordPlenaryDecision: 'decided',
  forwardToDkpp: 'awaitingDkpp',
  recordDkppVerdict: 'decided',
  issueDecree: 'decreeIssued',
  recordDelivery: 'delivered',
  startReplacement: 'replacementInProgress',
  completeReplacement: 'closed',
  refer: 'referred',
  reject: 'rejected',
  withdraw: 'withdrawn',
  close: 'closed',
};

type MachineEvent = PlainEvent & { readonly type: CaseCommandType };
type GuardArgs = { context: PlainCase; event: MachineEvent };

const bump = assign({
  ethicsCase: ({ context }: { context: PlainCase }) => ({
    ...context.ethicsCase,
    version: context.ethicsCase.version + 1,
  }),
});

/** The machine's states and transitions, from the domain's own `from` lists and roles. */
function machineStates() {
  const states: Record<string, { on: Record<string, unknown>; type?: 'final' }> = {};
  for (const command of Object.keys(CASE_TRANSITIONS) as CaseCommandType[]) {
    const rule = CASE_TRANSITIONS[command];
    const roles = rule.roles as readonly string[];
    const tracks = rule.tracks as readonly string[];
    const permitted = ({ context, event }: GuardArgs) =>
      event.commissionId === context.ethicsCase.commissionId &&
      roles.includes(event.role) &&
      tracks.includes(context.ethicsCase.track);
    const lastOne = ({ context, event }: GuardArgs) =>
      permitted({ context, event }) &&
      (command === 'recordDelivery' ? context.deliveriesOwed : context.seatsOpen) <= 1;
    for (const from of rule.from) {
      states[from] ??= { on: {} };
      states[from].on[command] =
        command === 'recordDelivery' || command === 'completeReplacement'
          ? [
              { target: TARGET[command], guard: lastOne, actions: bump },
              { target: from, guard: permitted, reenter: true, actions: bump },
            ]
          : { target: TARGET[command], guard: permitted, actions: bump };
    }
  }
  for (const terminal of ['closed', 'rejected', 'referred', 'discontinued', 'withdrawn']) {
    states[terminal] = { on: {}, type: 'final' };
  }
  return states;
}

export const caseMachine = createMachine({
  id: 'ethicsCase',
  types: {} as { context: PlainCase; events: MachineEvent },
  // Every step starts from a snapshot resolved with its own case (`resolveState`); this is never used.
  context: {} as PlainCase,
  initial: 'received',
  states: machineStates() as never,
});

/** No guards, no checks: the floor any implementation of the procedure stands on. */
export function bareSwitch(plainCase: PlainCase, event: PlainEvent): EthicsCase {
  const current = plainCase.ethicsCase;
  const next = (status: CaseStatus): EthicsCase => ({ ...current, status, version: current.version + 1 });
  switch (current.status) {
    case 'received':
      switch (event.type) {
        case 'startScreening':
          return next('screening');
        case 'register':
          return next('registered');
        case 'recordDkppVerdict':
          return next('decided');
        case 'withdraw':
          return next('withdrawn');
        default:
          return current;
      }
    case 'screening':
      switch (event.type) {
        case 'requestCorrection':
          return next('awaitingCorrection');
        case 'register':
          return next('registered');
        case 'refer':
          return next('referred');
        case 'reject':
          return next('rejected');
        case 'withdraw':
          return next('withdrawn');
        default:
          return current;
      }
    case 'awaitingCorrection':
      switch (event.type) {
        case 'submitCorrection':
          return next('screening');
        case 'reject':
          return next('rejected');
        case 'withdraw':
          return next('withdrawn');
        default:
          return current;
      }
    case 'registered':
      switch (event.type) {
        case 'startClarification':
          return next('clarification');
        case 'withdraw':
          return next('withdrawn');
        default:
          return current;
      }
    case 'clarification':
      switch (event.type) {
        case 'discontinue':
          return next('discontinued');
        case 'formExaminationTeam':
          return next('examination');
        case 'recordPlenaryDecision':
          return next('decided');
        case 'withdraw':
          return next('withdrawn');
        default:
          return current;
      }
    case 'examination':
      switch (event.type) {
        case 'submitExaminationReport':
          return next('awaitingPlenary');
        case 'withdraw':
          return next('withdrawn');
        default:
          return current;
      }
    case 'awaitingPlenary':
      switch (event.type) {
        case 'recordPlenaryDecision':
          return next('decided');
        case 'withdraw':
          return next('withdrawn');
        default:
          return current;
      }
    case 'decided':
      switch (event.type) {
        case 'forwardToDkpp':
          return next('awaitingDkpp');
        case 'issueDecree':
          return next('decreeIssued');
        default:
          return current;
      }
    case 'awaitingDkpp':
      return event.type === 'recordDkppVerdict' ? next('decided') : current;
    case 'decreeIssued':
      return event.type === 'recordDelivery'
        ? next(plainCase.deliveriesOwed <= 1 ? 'delivered' : 'decreeIssued')
        : current;
    case 'delivered':
      switch (event.type) {
        case 'startReplacement':
          return next('replacementInProgress');
        case 'close':
          return next('closed');
        default:
          return current;
      }
    case 'replacementInProgress':
      return event.type === 'completeReplacement'
        ? next(plainCase.seatsOpen <= 1 ? 'closed' : 'replacementInProgress')
        : current;
    default:
      return current;
  }
}
