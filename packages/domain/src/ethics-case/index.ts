export type { CaseActor, CaseContext } from './case-context.js';
export type { CaseCommand, CommandOf, OutcomeInput } from './case-command.js';
export { CASE_ERROR_CODES, type CaseError, type CaseErrorCode } from './case-error.js';
export {
  CASE_EVENT_TYPES,
  EVENT_OF_COMMAND,
  EVENT_OF_RECORD_ACTION,
  type CaseEvent,
  type CaseEventType,
  type CaseReceivedEvent,
  type CommandEvent,
  type EventActor,
  type MembershipChangeOrderedEvent,
  type RecordEvent,
} from './case-event.js';
export {
  caseDeadlines,
  countDays,
  deadlineOf,
  deadlinesNeedingAttention,
  dueAfter,
  DEADLINE_STATES,
  type CaseDeadline,
  type DeadlineClock,
  type DeadlineState,
} from './case-deadlines.js';
export {
  awaitsDkppVerdict,
  hasPersonalComplainant,
  recipientsStillOwed,
  requiredRecipients,
  seatsStillOpen,
  seatsToFill,
} from './case-facts.js';
export {
  candidateConflicts,
  examinationTeamFacts,
  type CandidateConflict,
} from './examination-team-facts.js';
export { checkCaseInvariants } from './case-invariants.js';
export {
  CASE_TRANSITIONS,
  type CaseChange,
  type TransitionRule,
  type TransitionTable,
} from './case-transitions.js';
export { availableCommands, commandAvailability, type CommandAvailability } from './available-commands.js';
export {
  FILING_ROLES,
  fileCase,
  type FileCaseContext,
  type FileCaseError,
  type FileCaseInput,
  type FiledCase,
} from './file-case.js';
export { refusalOf, transition, type Transitioned } from './transition.js';
export {
  checkOccurredAt,
  OCCURRED_AT_ERROR_CODES,
  previousStepAt,
  type DatedAct,
  type OccurredAtError,
} from './occurred-at.js';
export type {
  CaseParty,
  Closure,
  Decision,
  Decree,
  Delivery,
  EthicsCase,
  ExaminationTeam,
  Plenary,
  Replacement,
  Respondent,
  RespondentOutcome,
} from './ethics-case.js';
