import { endOfEpochDay, epochDayOf, type EpochDay, type WorkingDayCalendar } from '../calendar/index.js';
import type { DayCount, DeadlineKey, DeadlineRule, RuleSet } from '../rule-sets/rule-set.js';
import type { DayUnit } from '../vocabulary/codes.js';
import { isTerminal } from '../vocabulary/codes.js';
import type { EthicsCase } from './ethics-case.js';

export const DEADLINE_STATES = ['running', 'dueSoon', 'overdue', 'met', 'metLate', 'cancelled'] as const;
/** `cancelled`: the case ended another way (withdrawn, rejected…) before the deadline was met. */
export type DeadlineState = (typeof DEADLINE_STATES)[number];

export interface CaseDeadline {
  readonly key: DeadlineKey;
  readonly rule: DeadlineRule;
  readonly startedAt: Date;
  /** The last millisecond of the due day, in the commission's local time. */
  readonly dueAt: Date;
  readonly metAt?: Date;
  readonly state: DeadlineState;
}

export interface DeadlineClock {
  readonly now: Date;
  readonly ruleSet: RuleSet;
  readonly calendar: WorkingDayCalendar;
  readonly utcOffsetMinutes?: number;
}

const WIB = 420;

function addDays(calendar: WorkingDayCalendar, day: EpochDay, span: DayCount): EpochDay {
  return span.unit === 'workingDays' ? calendar.addWorkingDays(day, span.amount) : day + span.amount;
}

/** When a span of days counted from `start` runs out: the end of the last day, local time. */
export function dueAfter(
  start: Date,
  span: DayCount,
  calendar: WorkingDayCalendar,
  utcOffsetMinutes = WIB,
): Date {
  return endOfEpochDay(addDays(calendar, epochDayOf(start, utcOffsetMinutes), span), utcOffsetMinutes);
}

/** Days from one instant's local date to another's: calendar days, or working days in (from, to]. */
export function countDays(
  calendar: WorkingDayCalendar,
  from: Date,
  to: Date,
  unit: DayUnit,
  utcOffsetMinutes = WIB,
): number {
  const fromDay = epochDayOf(from, utcOffsetMinutes);
  const toDay = epochDayOf(to, utcOffsetMinutes);
  return unit === 'workingDays' ? calendar.workingDaysBetween(fromDay, toDay) : toDay - fromDay;
}

const appliesTo = (rule: DeadlineRule, ethicsCase: EthicsCase): boolean =>
  (rule.sources === undefined || rule.sources.includes(ethicsCase.source)) &&
  (rule.tracks === undefined || rule.tracks.includes(ethicsCase.track));

function firstMet(rule: DeadlineRule, ethicsCase: EthicsCase, startedAt: Date): Date | undefined {
  let first: Date | undefined;
  for (const milestone of rule.metBy) {
    const at = ethicsCase.milestones[milestone];
    if (at && at >= startedAt && (first === undefined || at < first)) first = at;
  }
  return first;
}

function stateOf(
  dueAt: Date,
  metAt: Date | undefined,
  ethicsCase: EthicsCase,
  clock: DeadlineClock,
): DeadlineState {
  if (metAt) return metAt <= dueAt ? 'met' : 'metLate';
  if (isTerminal(ethicsCase.status)) return 'cancelled';
  if (clock.now > dueAt) return 'overdue';
  const warnFrom = dueAfter(clock.now, clock.ruleSet.dueSoonWithin, clock.calendar, clock.utcOffsetMinutes);
  return dueAt <= warnFrom ? 'dueSoon' : 'running';
}

function deadlineFor(
  rule: DeadlineRule,
  ethicsCase: EthicsCase,
  clock: DeadlineClock,
): CaseDeadline | undefined {
  const startedAt = ethicsCase.milestones[rule.anchor];
  if (startedAt === undefined || !appliesTo(rule, ethicsCase)) return undefined;
  const dueAt = dueAfter(startedAt, rule, clock.calendar, clock.utcOffsetMinutes);
  const metAt = firstMet(rule, ethicsCase, startedAt);
  const state = stateOf(dueAt, metAt, ethicsCase, clock);
  return metAt
    ? { key: rule.key, rule, startedAt, dueAt, metAt, state }
    : { key: rule.key, rule, startedAt, dueAt, state };
}

/** Every deadline the case has started, with its due time and its state at `clock.now`. */
export function caseDeadlines(ethicsCase: EthicsCase, clock: DeadlineClock): readonly CaseDeadline[] {
  const deadlines: CaseDeadline[] = [];
  for (const rule of clock.ruleSet.deadlines) {
    const deadline = deadlineFor(rule, ethicsCase, clock);
    if (deadline) deadlines.push(deadline);
  }
  return deadlines;
}

export function deadlineOf(
  ethicsCase: EthicsCase,
  key: DeadlineKey,
  clock: DeadlineClock,
): CaseDeadline | undefined {
  const rule = clock.ruleSet.deadlines.find((candidate) => candidate.key === key);
  return rule && deadlineFor(rule, ethicsCase, clock);
}

/** The deadlines that need someone's attention now: overdue first, then due soon, soonest first. */
export function deadlinesNeedingAttention(
  ethicsCase: EthicsCase,
  clock: DeadlineClock,
): readonly CaseDeadline[] {
  const rank = (deadline: CaseDeadline) => (deadline.state === 'overdue' ? 0 : 1);
  return caseDeadlines(ethicsCase, clock)
    .filter((deadline) => deadline.state === 'overdue' || deadline.state === 'dueSoon')
    .sort((a, b) => rank(a) - rank(b) || a.dueAt.getTime() - b.dueAt.getTime());
}
