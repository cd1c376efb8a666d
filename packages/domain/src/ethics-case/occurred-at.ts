// When an act took place, as opposed to when it was recorded: offices record hearings, decisions and
// deliveries days later. A dated act is bounded: not in the future, not before the case's previous step,
// and no further back than the rule set's limit unless the recorder says why.
import { err, ok, type Result } from '../shared/result.js';
import type { DayCount } from '../rule-sets/rule-set.js';
import type { CaseContext } from './case-context.js';
import { dueAfter } from './case-deadlines.js';
import type { EthicsCase } from './ethics-case.js';

export const OCCURRED_AT_ERROR_CODES = [
  'OCCURRED_IN_FUTURE',
  'OCCURRED_BEFORE_PREVIOUS_STEP',
  'BACKDATING_REASON_REQUIRED',
] as const;

export type OccurredAtError =
  | { readonly code: 'OCCURRED_IN_FUTURE'; readonly occurredAt: Date }
  | {
      readonly code: 'OCCURRED_BEFORE_PREVIOUS_STEP';
      readonly occurredAt: Date;
      readonly previousStepAt: Date;
    }
  | { readonly code: 'BACKDATING_REASON_REQUIRED'; readonly occurredAt: Date; readonly limit: DayCount };

/** An act dated by the recorder, with the reason when it lies beyond the rule set's limit. */
export interface DatedAct {
  readonly occurredAt: Date;
  readonly reason?: string;
}

/** The case's latest step: its receipt or the latest milestone it reached. */
export function previousStepAt(ethicsCase: EthicsCase): Date {
  return Object.values(ethicsCase.milestones).reduce<Date>(
    (latest, at) => (at !== undefined && at.getTime() > latest.getTime() ? at : latest),
    ethicsCase.receivedAt,
  );
}

/** The act's time if the bounds allow it; the context's `now` is the time of recording. */
export function checkOccurredAt(
  ethicsCase: EthicsCase,
  act: DatedAct,
  context: CaseContext,
): Result<Date, OccurredAtError> {
  const { occurredAt } = act;
  if (occurredAt.getTime() > context.now.getTime()) return err({ code: 'OCCURRED_IN_FUTURE', occurredAt });
  const previous = previousStepAt(ethicsCase);
  if (occurredAt.getTime() < previous.getTime())
    return err({ code: 'OCCURRED_BEFORE_PREVIOUS_STEP', occurredAt, previousStepAt: previous });
  const limit = context.ruleSet.backdatingLimit;
  const recentEnough =
    dueAfter(occurredAt, limit, context.calendar, context.utcOffsetMinutes).getTime() >=
    context.now.getTime();
  if (!recentEnough && !act.reason?.trim())
    return err({ code: 'BACKDATING_REASON_REQUIRED', occurredAt, limit });
  return ok(occurredAt);
}
