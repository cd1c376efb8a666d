import { actorIsOnExaminationTeam } from '../ethics-case/case-guards.js';
import type { CaseContext } from '../ethics-case/case-context.js';
import { EVENT_OF_RECORD_ACTION, type RecordEvent } from '../ethics-case/case-event.js';
import type { EthicsCase } from '../ethics-case/ethics-case.js';
import { invariant } from '../shared/invariant.js';
import { err, ok, type Result } from '../shared/result.js';
import {
  RECORD_ACTIONS,
  SESSION_KINDS,
  type RecordActionType,
  type SessionKind,
} from '../vocabulary/codes.js';
import type { RecordAction } from './record-action.js';
import {
  RECORD_ACTION_RULES,
  type Grant,
  type RecordActionRule,
  type SessionGrants,
} from './record-actions.js';
import type { RecordError } from './record-error.js';
import type { RecordSubject } from './record-steps.js';

/** What an action is given to: the record it names, or for scheduling the kind of session. */
export interface RecordActionTarget {
  readonly targetId?: string;
  readonly sessionKind?: SessionKind;
}

/** One button: the action, and the record it acts on (or the kind of session it schedules). */
export interface AvailableRecordAction extends RecordActionTarget {
  readonly action: RecordActionType;
}

export interface Recorded {
  /** The case with its records changed and its version bumped: one lock for the case and its records. */
  readonly ethicsCase: EthicsCase;
  readonly event: RecordEvent;
}

const ruleOf = (type: RecordActionType): RecordActionRule<RecordActionType> => {
  const rule = RECORD_ACTION_RULES[type] as RecordActionRule<RecordActionType> | undefined;
  invariant(rule, `Unknown record action: ${String(type)}`);
  return rule;
};

const isPerKind = (grants: readonly Grant[] | SessionGrants): grants is SessionGrants =>
  !Array.isArray(grants);

/** The record the target names, or RECORD_NOT_FOUND. */
function subjectOf(
  ethicsCase: EthicsCase,
  rule: RecordActionRule<RecordActionType>,
  target: RecordActionTarget,
): RecordSubject | RecordError {
  const id = target.targetId ?? '';
  switch (rule.target) {
    case 'allegation': {
      const allegation = ethicsCase.allegations.find((candidate) => candidate.id === id);
      return allegation ? { allegation } : { code: 'RECORD_NOT_FOUND', recordType: 'allegation', id };
    }
    case 'session': {
      const session = ethicsCase.sessions.find((candidate) => candidate.id === id);
      return session
        ? { session, sessionKind: session.kind }
        : { code: 'RECORD_NOT_FOUND', recordType: 'session', id };
    }
    case 'externalProceeding': {
      const proceeding = ethicsCase.externalProceedings.find((candidate) => candidate.id === id);
      return proceeding ? { proceeding } : { code: 'RECORD_NOT_FOUND', recordType: 'externalProceeding', id };
    }
    default:
      return target.sessionKind === undefined ? {} : { sessionKind: target.sessionKind };
  }
}

const isError = (value: RecordSubject | RecordError): value is RecordError => 'code' in value;

/**
 * Why this actor may not give this action for this target now, checked in the transition's order
 * (jurisdiction, the record, role, status, team, preconditions); or the record it names. Reads no
 * payload: this is what decides whether a button is shown.
 */
function resolve(
  ethicsCase: EthicsCase,
  type: RecordActionType,
  target: RecordActionTarget,
  context: CaseContext,
): { readonly subject: RecordSubject } | { readonly refusal: RecordError } {
  const rule = ruleOf(type);
  const { actor } = context;
  if (actor.commissionId !== ethicsCase.commissionId) {
    return { refusal: { code: 'OUT_OF_JURISDICTION', commissionId: ethicsCase.commissionId } };
  }
  const subject = subjectOf(ethicsCase, rule, target);
  if (isError(subject)) return { refusal: subject };
  let grants: readonly Grant[];
  if (isPerKind(rule.grants)) {
    const kind = subject.sessionKind;
    if (kind === undefined || !SESSION_KINDS.includes(kind)) {
      return { refusal: { code: 'INVALID_INPUT', field: 'kind', reason: 'unknown' } };
    }
    grants = rule.grants[kind];
  } else {
    grants = rule.grants;
  }
  const forRole = grants.filter((grant) => grant.roles.includes(actor.role));
  if (forRole.length === 0)
    return { refusal: { code: 'ROLE_NOT_PERMITTED', role: actor.role, action: type } };
  if (!forRole.some((grant) => grant.statuses.includes(ethicsCase.status))) {
    return { refusal: { code: 'TRANSITION_NOT_ALLOWED', from: ethicsCase.status, action: type } };
  }
  if (actor.role === 'examiner') {
    const offTeam = actorIsOnExaminationTeam(ethicsCase, context);
    if (offTeam) return { refusal: { code: 'NOT_ON_EXAMINATION_TEAM', userId: actor.userId } };
  }
  for (const precondition of rule.when) {
    const refusal = precondition(ethicsCase, subject, context);
    if (refusal) return { refusal };
  }
  return { subject };
}

/** Why an action may not be given for this target now, or undefined if it may (no payload read). */
export function recordActionRefusal(
  ethicsCase: EthicsCase,
  type: RecordActionType,
  target: RecordActionTarget,
  context: CaseContext,
): RecordError | undefined {
  const resolved = resolve(ethicsCase, type, target, context);
  return 'refusal' in resolved ? resolved.refusal : undefined;
}

/** The record an action creates or changes. */
const recordIdOf = (action: RecordAction): string =>
  'allegationId' in action
    ? action.allegationId
    : 'sessionId' in action
      ? action.sessionId
      : action.proceedingId;

const targetOf = (rule: RecordActionRule<RecordActionType>, action: RecordAction): RecordActionTarget =>
  rule.target === 'case'
    ? action.type === 'scheduleSession'
      ? { sessionKind: action.kind }
      : {}
    : { targetId: recordIdOf(action) };

/**
 * Adds to a case's records. Pure: returns the case with the change (and `version + 1`) and the event to
 * record, or why the action is refused. The case's status never changes here.
 */
export function applyRecordAction(
  ethicsCase: EthicsCase,
  action: RecordAction,
  context: CaseContext,
): Result<Recorded, RecordError> {
  const rule = ruleOf(action.type);
  const resolved = resolve(ethicsCase, action.type, targetOf(rule, action), context);
  if ('refusal' in resolved) return err(resolved.refusal);
  const refusal = rule.check(ethicsCase, action, resolved.subject, context);
  if (refusal) return err(refusal);
  const change = rule.apply(ethicsCase, action, resolved.subject, context);
  const next: EthicsCase = { ...ethicsCase, ...change, version: ethicsCase.version + 1 };
  return ok({
    ethicsCase: next,
    event: {
      type: EVENT_OF_RECORD_ACTION[action.type],
      caseId: ethicsCase.id,
      at: context.now,
      actor: { userId: context.actor.userId, role: context.actor.role },
      action,
      recordId: recordIdOf(action),
    },
  });
}

/**
 * Every record action this actor may take on this case now, per record: "add allegation", "edit" and
 * "record finding" on each allegation, "schedule" per kind of session, "summons" on each open session…
 */
export function availableRecordActions(
  ethicsCase: EthicsCase,
  context: CaseContext,
): readonly AvailableRecordAction[] {
  const available: AvailableRecordAction[] = [];
  const offer = (action: RecordActionType, target: RecordActionTarget) => {
    if (recordActionRefusal(ethicsCase, action, target, context) === undefined) {
      available.push({ action, ...target });
    }
  };
  for (const action of RECORD_ACTIONS) {
    const rule = ruleOf(action);
    switch (rule.target) {
      case 'case':
        if (isPerKind(rule.grants)) for (const sessionKind of SESSION_KINDS) offer(action, { sessionKind });
        else offer(action, {});
        break;
      case 'allegation':
        for (const allegation of ethicsCase.allegations) offer(action, { targetId: allegation.id });
        break;
      case 'session':
        for (const session of ethicsCase.sessions) {
          offer(action, { targetId: session.id, sessionKind: session.kind });
        }
        break;
      default:
        for (const proceeding of ethicsCase.externalProceedings) offer(action, { targetId: proceeding.id });
    }
  }
  return available;
}
