import type { WorkingDayCalendar } from '../calendar/index.js';
import type { RuleSet } from '../rule-sets/rule-set.js';
import type { Actor } from '../vocabulary/actor.js';

/** An actor as the case sees them: an examiner is matched to the team by `personId`. */
export interface CaseActor extends Actor {
  readonly personId?: string;
}

/** Everything a transition needs besides the case and the command: time is an input, never read. */
export interface CaseContext {
  readonly now: Date;
  readonly actor: CaseActor;
  /** The rule set the case was filed under (`ethicsCase.ruleSetCode`). */
  readonly ruleSet: RuleSet;
  readonly calendar: WorkingDayCalendar;
  /** Local time of the handling commission: 420 (WIB, the default), 480 (WITA) or 540 (WIT). */
  readonly utcOffsetMinutes?: number;
}
