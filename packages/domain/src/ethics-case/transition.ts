import { membershipEffectOf } from '../membership/index.js';
import { invariant } from '../shared/invariant.js';
import { err, ok, type Result } from '../shared/result.js';
import type { Milestone } from '../rule-sets/rule-set.js';
import type { CaseCommandType } from '../vocabulary/codes.js';
import type { CaseCommand } from './case-command.js';
import type { CaseContext } from './case-context.js';
import type { CaseError } from './case-error.js';
import { EVENT_OF_COMMAND, type CaseEvent, type EventActor } from './case-event.js';
import { CASE_TRANSITIONS, type CaseChange, type TransitionRule } from './case-transitions.js';
import type { EthicsCase } from './ethics-case.js';

export interface Transitioned {
  readonly ethicsCase: EthicsCase;
  /** What happened, in order: the command's event, then any change it orders on members' records. */
  readonly events: readonly CaseEvent[];
}

const ruleOf = (type: CaseCommandType): TransitionRule<CaseCommandType> => {
  const rule = CASE_TRANSITIONS[type] as TransitionRule<CaseCommandType> | undefined;
  invariant(rule, `Unknown case command: ${String(type)}`);
  return rule;
};

/**
 * Why `command` may not be given to this case by this actor now, or undefined if it may. Reads only the
 * case and the context, never a payload: this is what decides whether a button is shown.
 */
export function refusalOf(
  ethicsCase: EthicsCase,
  type: CaseCommandType,
  context: CaseContext,
): CaseError | undefined {
  const rule = ruleOf(type);
  const { actor } = context;
  if (actor.commissionId !== ethicsCase.commissionId) {
    return { code: 'OUT_OF_JURISDICTION', commissionId: ethicsCase.commissionId };
  }
  if (!rule.roles.includes(actor.role))
    return { code: 'ROLE_NOT_PERMITTED', role: actor.role, command: type };
  if (!rule.from.includes(ethicsCase.status)) {
    return { code: 'TRANSITION_NOT_ALLOWED', from: ethicsCase.status, command: type };
  }
  if (!rule.tracks.includes(ethicsCase.track))
    return { code: 'TRACK_NOT_ALLOWED', track: ethicsCase.track, command: type };
  for (const precondition of rule.when) {
    const refusal = precondition(ethicsCase, context);
    if (refusal) return refusal;
  }
  return undefined;
}

function applyChange(
  ethicsCase: EthicsCase,
  rule: TransitionRule<CaseCommandType>,
  change: CaseChange,
  now: Date,
): EthicsCase {
  const { milestones: reached = {}, ...fields } = change;
  const milestones: Partial<Record<Milestone, Date>> = { ...ethicsCase.milestones };
  for (const milestone of rule.milestones) milestones[milestone] = now;
  Object.assign(milestones, reached);
  return { ...ethicsCase, ...fields, milestones, version: ethicsCase.version + 1 };
}

/** The member-record changes a step orders: on a decision (suspend, reinstate) and on the decree. */
function membershipChanges(
  before: EthicsCase,
  after: EthicsCase,
  context: CaseContext,
  actor: EventActor,
): CaseEvent[] {
  const phase =
    after.status === 'decided' && before.status !== 'decided'
      ? 'decided'
      : after.status === 'decreeIssued' && before.status === 'decided'
        ? 'decreeIssued'
        : undefined;
  if (!phase || !after.decision) return [];
  const options = { dismissalSuspendsUntilDecree: context.ruleSet.dismissalSuspendsUntilDecree };
  const events: CaseEvent[] = [];
  for (const decided of after.decision.outcomes) {
    const change = membershipEffectOf(decided.outcome, phase, options);
    if (change) {
      events.push({
        type: 'membershipChangeOrdered',
        caseId: after.id,
        at: context.now,
        actor,
        membershipId: decided.membershipId,
        change,
      });
    }
  }
  return events;
}

/**
 * Gives a command to a case. Pure: returns the next case and the events to record, or why the command
 * is refused. The case is never changed in place.
 */
export function transition(
  ethicsCase: EthicsCase,
  command: CaseCommand,
  context: CaseContext,
): Result<Transitioned, CaseError> {
  const rule = ruleOf(command.type);
  const refusal = refusalOf(ethicsCase, command.type, context) ?? rule.check?.(ethicsCase, command, context);
  if (refusal) return err(refusal);

  const next = applyChange(ethicsCase, rule, rule.apply(ethicsCase, command, context), context.now);
  const actor: EventActor = { userId: context.actor.userId, role: context.actor.role };
  const event: CaseEvent = {
    type: EVENT_OF_COMMAND[command.type],
    caseId: ethicsCase.id,
    at: context.now,
    actor,
    from: ethicsCase.status,
    to: next.status,
    command,
  };
  return ok({ ethicsCase: next, events: [event, ...membershipChanges(ethicsCase, next, context, actor)] });
}
