// Named preconditions: facts that must hold, read from the case and context alone (no payload), so the
// same predicate refuses a command and hides its button. Each returns the refusal, or undefined.
import { checkComplaint } from '../complaint/index.js';
import type { CaseError } from './case-error.js';
import type { CaseContext } from './case-context.js';
import { countDays, deadlineOf } from './case-deadlines.js';
import { awaitsDkppVerdict, hasPersonalComplainant, seatsStillOpen, seatsToFill } from './case-facts.js';
import type { EthicsCase } from './ethics-case.js';

export type Precondition = (ethicsCase: EthicsCase, context: CaseContext) => CaseError | undefined;

export const complaintIsComplete: Precondition = (ethicsCase, context) => {
  const check = checkComplaint(ethicsCase.complaint, context.ruleSet.complaint, {
    receivedAt: ethicsCase.receivedAt,
    countDays: (from, to, unit) => countDays(context.calendar, from, to, unit, context.utcOffsetMinutes),
  });
  return check.complete ? undefined : { code: 'REQUIREMENTS_NOT_MET', deficiencies: check.deficiencies };
};

/** Internal findings skip the document check: the commission's own plenary already made them. */
export const screenedOrInternalFinding: Precondition = (ethicsCase, context) =>
  ethicsCase.status === 'received' && ethicsCase.source !== 'internalFinding'
    ? { code: 'TRANSITION_NOT_ALLOWED', from: ethicsCase.status, command: 'register' }
    : complaintIsComplete(ethicsCase, context);

export const correctionWindowOpen: Precondition = (ethicsCase, context) => {
  const deadline = deadlineOf(ethicsCase, 'correction', context);
  return deadline && context.now > deadline.dueAt
    ? { code: 'DEADLINE_PASSED', deadline: 'correction', dueAt: deadline.dueAt }
    : undefined;
};

/** From screening a complaint may be rejected at once; a pending correction only once its time is up. */
export const correctionWindowClosedIfPending: Precondition = (ethicsCase, context) => {
  if (ethicsCase.status !== 'awaitingCorrection') return undefined;
  const deadline = deadlineOf(ethicsCase, 'correction', context);
  return deadline && context.now <= deadline.dueAt
    ? { code: 'DEADLINE_NOT_PASSED', deadline: 'correction', dueAt: deadline.dueAt }
    : undefined;
};

export const actorIsOnExaminationTeam: Precondition = (ethicsCase, context) => {
  const team = ethicsCase.examinationTeam;
  const personId = context.actor.personId;
  const onTeam =
    team !== undefined &&
    personId !== undefined &&
    (team.chairPersonId === personId || team.memberPersonIds.includes(personId));
  return onTeam ? undefined : { code: 'NOT_ON_EXAMINATION_TEAM', userId: context.actor.userId };
};

export const directDecisionAllowedIfNotExamined: Precondition = (ethicsCase, context) =>
  ethicsCase.status === 'clarification' && !context.ruleSet.allowDirectDecision
    ? { code: 'RULE_SET_FORBIDS', option: 'directDecision' }
    : undefined;

export const withdrawalAllowed: Precondition = (ethicsCase, context) => {
  if (!context.ruleSet.allowWithdrawal) return { code: 'RULE_SET_FORBIDS', option: 'withdrawal' };
  if (!hasPersonalComplainant(ethicsCase)) return { code: 'NOT_WITHDRAWABLE', reason: 'noComplainant' };
  return undefined;
};

export const decisionNeedsDkpp: Precondition = (ethicsCase, context) =>
  awaitsDkppVerdict(ethicsCase, context.ruleSet) ? undefined : { code: 'NOTHING_TO_FORWARD' };

export const decisionIsFinal: Precondition = (ethicsCase, context) =>
  awaitsDkppVerdict(ethicsCase, context.ruleSet) ? { code: 'DKPP_VERDICT_REQUIRED' } : undefined;

export const someoneWasDismissed: Precondition = (ethicsCase) =>
  seatsToFill(ethicsCase).length > 0 ? undefined : { code: 'NO_DISMISSAL_TO_REPLACE' };

export const noSeatLeftOpen: Precondition = (ethicsCase) =>
  seatsStillOpen(ethicsCase).length === 0 ? undefined : { code: 'DISMISSAL_NEEDS_REPLACEMENT' };
