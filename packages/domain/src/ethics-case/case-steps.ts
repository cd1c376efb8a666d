// The payload checks and state changes of the steps that need more than one line in the table.
import { checkExaminationTeam as checkTeam } from '../conflict-of-interest/index.js';
import type { ComplaintDraft } from '../complaint/index.js';
import { isPrincipleCode } from '../conduct/index.js';
import { checkReplacementPick, type ReplacementPick } from '../membership/index.js';
import { parseRegisterNumber } from '../register-number/index.js';
import { invariant } from '../shared/invariant.js';
import { ADDITIONAL_MEASURES, OUTCOMES, FINDINGS, type TerminalStatus } from '../vocabulary/codes.js';
import type { CaseCommand, CommandOf, OutcomeInput } from './case-command.js';
import type { CaseContext } from './case-context.js';
import type { CaseError } from './case-error.js';
import type { Precondition } from './case-guards.js';
import { recipientsStillOwed, requiredRecipients, seatsStillOpen, seatsToFill } from './case-facts.js';
import type { CaseChange } from './case-transitions.js';
import type { Decision, EthicsCase, RespondentOutcome } from './ethics-case.js';
import { examinationTeamFacts } from './examination-team-facts.js';

type Check<T extends CaseCommand['type']> = (
  ethicsCase: EthicsCase,
  command: CommandOf<T>,
  context: CaseContext,
) => CaseError | undefined;

const isBlank = (text: string | undefined): boolean => text === undefined || text.trim() === '';
const invalid = (field: string, reason: string): CaseError => ({ code: 'INVALID_INPUT', field, reason });

/** Dates people type in (signed, delivered, sworn…) must lie between receipt and now. */
function checkDate(
  ethicsCase: EthicsCase,
  at: Date,
  field: string,
  context: CaseContext,
): CaseError | undefined {
  if (Number.isNaN(at.getTime())) return invalid(field, 'notADate');
  if (at > context.now) return invalid(field, 'inFuture');
  if (at < ethicsCase.receivedAt) return { code: 'DATE_BEFORE_RECEIPT', field };
  return undefined;
}

export const checkReason: Check<'discontinue' | 'reject' | 'withdraw'> = (_, command) =>
  isBlank(command.reason) ? invalid('reason', 'required') : undefined;

export const checkReferral: Check<'refer'> = (_, command) =>
  isBlank(command.referredTo)
    ? invalid('referredTo', 'required')
    : isBlank(command.reason)
      ? invalid('reason', 'required')
      : undefined;

export const checkRequestedCorrections: Check<'requestCorrection'> = (_, command) =>
  command.deficiencies.length === 0 ? invalid('deficiencies', 'required') : undefined;

export const checkRegisterNumber: Check<'register'> = (_, command) =>
  isBlank(command.registerNumber)
    ? invalid('registerNumber', 'required')
    : parseRegisterNumber(command.registerNumber).ok
      ? undefined
      : invalid('registerNumber', 'format');

export const checkReportSummary: Check<'submitExaminationReport'> = (_, command) =>
  isBlank(command.summary) ? invalid('summary', 'required') : undefined;

export const submitCorrection = (_: EthicsCase, command: { complaint: ComplaintDraft }): CaseChange => ({
  status: 'screening',
  complaint: command.complaint,
  requestedCorrections: [],
});

export const closeWith =
  (status: TerminalStatus) =>
  (_: EthicsCase, command: CaseCommand, context: CaseContext): CaseChange => {
    const reason = 'reason' in command ? command.reason : status;
    const referredTo = command.type === 'refer' ? { referredTo: command.referredTo } : {};
    return { status, closure: { at: context.now, reason, ...referredTo } };
  };

export const checkExaminationTeam: Check<'formExaminationTeam'> = (ethicsCase, command) => {
  const violations = checkTeam(
    { chairPersonId: command.chairPersonId, memberPersonIds: command.memberPersonIds },
    examinationTeamFacts(ethicsCase, command.teamMembers, command.partyDeclarations),
  );
  return violations.length > 0 ? { code: 'CONFLICT_OF_INTEREST', violations } : undefined;
};

export const formExaminationTeam = (
  _: EthicsCase,
  command: CommandOf<'formExaminationTeam'>,
  context: CaseContext,
): CaseChange => ({
  status: 'examination',
  examinationTeam: {
    chairPersonId: command.chairPersonId,
    memberPersonIds: command.memberPersonIds,
    formedAt: context.now,
  },
});

export const submitExaminationReport = (
  _: EthicsCase,
  command: CommandOf<'submitExaminationReport'>,
  context: CaseContext,
): CaseChange => ({
  status: 'awaitingPlenary',
  examinationReport: { submittedAt: context.now, summary: command.summary.trim() },
});

/** One outcome for each respondent, each a known code the rule set lets this body decide. */
function checkOutcomes(
  ethicsCase: EthicsCase,
  outcomes: readonly OutcomeInput[],
  allowed: readonly string[],
  ruleSetCode: string,
): CaseError | undefined {
  for (const decided of outcomes) {
    if (!ethicsCase.respondents.some((respondent) => respondent.membershipId === decided.membershipId)) {
      return { code: 'UNKNOWN_RESPONDENT', membershipId: decided.membershipId };
    }
    if (!(OUTCOMES as readonly string[]).includes(decided.outcome))
      return invalid('outcomes.outcome', 'unknown');
    if (!(FINDINGS as readonly string[]).includes(decided.finding))
      return invalid('outcomes.finding', 'unknown');
    if (
      (decided.additionalMeasures ?? []).some((m) => !(ADDITIONAL_MEASURES as readonly string[]).includes(m))
    ) {
      return invalid('outcomes.additionalMeasures', 'unknown');
    }
    // Codes of the conduct catalogue ("independent"), which reports group and filter by; not free text.
    if ((decided.principlesViolated ?? []).some((principle) => !isPrincipleCode(principle)))
      return invalid('outcomes.principlesViolated', 'unknown');
    if (!allowed.includes(decided.outcome)) {
      return { code: 'OUTCOME_NOT_ALLOWED', outcome: decided.outcome, ruleSetCode };
    }
  }
  const seen = new Set<string>();
  for (const decided of outcomes) {
    if (seen.has(decided.membershipId)) return invalid('outcomes', 'duplicateRespondent');
    seen.add(decided.membershipId);
  }
  const missing = ethicsCase.respondents.find((respondent) => !seen.has(respondent.membershipId));
  return missing ? { code: 'OUTCOME_MISSING', membershipId: missing.membershipId } : undefined;
}

const toRespondentOutcome = (decided: OutcomeInput): RespondentOutcome => ({
  membershipId: decided.membershipId,
  finding: decided.finding,
  outcome: decided.outcome,
  additionalMeasures: decided.additionalMeasures ?? [],
  principlesViolated: decided.principlesViolated ?? [],
});

export const checkPlenaryDecision: Check<'recordPlenaryDecision'> = (ethicsCase, command, context) => {
  const { plenary } = command;
  const dateError = checkDate(ethicsCase, plenary.heldAt, 'plenary.heldAt', context);
  if (dateError) return dateError;
  if (!Number.isInteger(plenary.commissionSize) || plenary.commissionSize < 1) {
    return invalid('plenary.commissionSize', 'notAPositiveInteger');
  }
  const required = Math.floor(plenary.commissionSize / 2) + 1;
  if (plenary.commissionersPresent < required) {
    return { code: 'QUORUM_NOT_MET', present: plenary.commissionersPresent, required };
  }
  return checkOutcomes(ethicsCase, command.outcomes, context.ruleSet.allowedOutcomes, context.ruleSet.code);
};

export const recordPlenaryDecision = (
  _: EthicsCase,
  command: CommandOf<'recordPlenaryDecision'>,
  context: CaseContext,
): CaseChange => {
  const decision: Decision = {
    decidedBy: 'commission',
    decidedAt: context.now,
    outcomes: command.outcomes.map(toRespondentOutcome),
    plenary: command.plenary,
    ...(command.considerations === undefined ? {} : { considerations: command.considerations }),
  };
  return { status: 'decided', decision };
};

export const forwardToDkpp = (ethicsCase: EthicsCase): CaseChange => {
  invariant(ethicsCase.decision, 'a decided case has a decision');
  return { status: 'awaitingDkpp', forwardedDecision: ethicsCase.decision };
};

/** DKPP's verdict arrives either on a case the commission forwarded, or as a case of its own. */
export const dkppVerdictExpected: Precondition = (ethicsCase) =>
  (ethicsCase.status === 'received') === (ethicsCase.track === 'dkppExternal')
    ? undefined
    : { code: 'TRANSITION_NOT_ALLOWED', from: ethicsCase.status, command: 'recordDkppVerdict' };

export const checkDkppVerdict: Check<'recordDkppVerdict'> = (ethicsCase, command, context) => {
  if (isBlank(command.dkppCaseNumber)) return invalid('dkppCaseNumber', 'required');
  if (Number.isNaN(command.readAt.getTime())) return invalid('readAt', 'notADate');
  if (command.readAt > context.now) return invalid('readAt', 'inFuture');
  // DKPP may decide any outcome, dismissal included: that is why the case went there.
  return checkOutcomes(ethicsCase, command.outcomes, OUTCOMES, context.ruleSet.code);
};

export const recordDkppVerdict = (
  _: EthicsCase,
  command: CommandOf<'recordDkppVerdict'>,
  context: CaseContext,
): CaseChange => ({
  status: 'decided',
  decision: {
    decidedBy: 'dkpp',
    decidedAt: context.now,
    outcomes: command.outcomes.map(toRespondentOutcome),
    dkppCaseNumber: command.dkppCaseNumber.trim(),
  },
  milestones: { dkppVerdictRead: command.readAt },
});

export const checkDecree: Check<'issueDecree'> = (ethicsCase, command, context) =>
  isBlank(command.decreeNumber)
    ? invalid('decreeNumber', 'required')
    : checkDate(ethicsCase, command.signedAt, 'signedAt', context);

export const checkDelivery: Check<'recordDelivery'> = (ethicsCase, command, context) => {
  if (!requiredRecipients(ethicsCase, context.ruleSet).includes(command.recipient)) {
    return { code: 'RECIPIENT_NOT_REQUIRED', recipient: command.recipient };
  }
  if (ethicsCase.deliveries.some((delivery) => delivery.recipient === command.recipient)) {
    return { code: 'DELIVERY_ALREADY_RECORDED', recipient: command.recipient };
  }
  if (isBlank(command.channel)) return invalid('channel', 'required');
  return checkDate(ethicsCase, command.deliveredAt, 'deliveredAt', context);
};

/** The case counts as delivered once every required recipient has the decree. */
export const recordDelivery = (
  ethicsCase: EthicsCase,
  command: CommandOf<'recordDelivery'>,
  context: CaseContext,
): CaseChange => {
  const deliveries = [
    ...ethicsCase.deliveries,
    { recipient: command.recipient, deliveredAt: command.deliveredAt, channel: command.channel.trim() },
  ];
  const complete = recipientsStillOwed({ ...ethicsCase, deliveries }, context.ruleSet).length === 0;
  return complete
    ? { status: 'delivered', deliveries, milestones: { delivered: context.now } }
    : { status: 'decreeIssued', deliveries };
};

export const checkReplacement: Check<'completeReplacement'> = (ethicsCase, command, context) => {
  if (!seatsStillOpen(ethicsCase).includes(command.vacatedMembershipId)) {
    return { code: 'REPLACEMENT_NOT_NEEDED', membershipId: command.vacatedMembershipId };
  }
  if (command.method !== 'appointmentByPps' && isBlank(command.replacementMembershipId)) {
    return invalid('replacementMembershipId', 'required');
  }
  if (command.vacated === undefined) {
    return { code: 'VACANCY_NOT_OPEN', membershipId: command.vacatedMembershipId };
  }
  const pick: ReplacementPick =
    command.method === 'appointmentByPps'
      ? { method: 'appointmentByPps' }
      : { method: 'nextRank', replacementMembershipId: command.replacementMembershipId ?? '' };
  const checked = checkReplacementPick(
    command.vacated,
    command.memberships,
    pick,
    command.skippedReserves ?? [],
  );
  if (!checked.ok) return checked.error;
  return checkDate(ethicsCase, command.swornAt, 'swornAt', context);
};

/** Each dismissed respondent's seat is filled in turn; the last one closes the case. */
export const completeReplacement = (
  ethicsCase: EthicsCase,
  command: CommandOf<'completeReplacement'>,
  context: CaseContext,
): CaseChange => {
  const replacements = [
    ...ethicsCase.replacements,
    {
      vacatedMembershipId: command.vacatedMembershipId,
      method: command.method,
      swornAt: command.swornAt,
      ...(command.replacementMembershipId === undefined
        ? {}
        : { replacementMembershipId: command.replacementMembershipId }),
    },
  ];
  const done = seatsToFill(ethicsCase).every((seat) =>
    replacements.some((r) => r.vacatedMembershipId === seat),
  );
  return done
    ? {
        status: 'closed',
        replacements,
        closure: { at: context.now, reason: 'decisionExecuted' },
        milestones: { closed: context.now },
      }
    : { status: 'replacementInProgress', replacements };
};
