// Builders for domain tests: a fixed clock, cases driven to any status through the real transitions.
import { defaultCalendar } from '../src/calendar/index.js';
import type { CaseCommand } from '../src/ethics-case/case-command.js';
import type { CaseActor, CaseContext } from '../src/ethics-case/case-context.js';
import type { EthicsCase } from '../src/ethics-case/ethics-case.js';
import { transition } from '../src/ethics-case/transition.js';
import { KPT_337_2020 } from '../src/rule-sets/rule-set-catalogue.js';
import type { RuleSet } from '../src/rule-sets/rule-set.js';
import { sampleActor, sampleCase, sampleCommand } from '../src/testing/index.js';
import type { CaseCommandType, CaseSource, Outcome } from '../src/vocabulary/codes.js';

/** Monday 10 March 2025, 09:00 WIB. */
export const NOW = new Date('2025-03-10T02:00:00Z');
export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

export const contextFor = (
  ethicsCase: EthicsCase,
  type: CaseCommandType,
  overrides: Partial<CaseContext> = {},
): CaseContext => ({
  now: NOW,
  actor: sampleActor(ethicsCase, type),
  ruleSet: KPT_337_2020,
  calendar: defaultCalendar,
  ...overrides,
});

export const actorOf = (
  role: CaseActor['role'],
  commissionId = 'kpu-3507',
  personId?: string,
): CaseActor => ({
  userId: `user-${role}`,
  role,
  commissionId,
  ...(personId === undefined ? {} : { personId }),
});

export type Step = CaseCommandType | CaseCommand;

/** Applies steps one hour apart with sample payloads and permitted actors; a refusal fails the test. */
export function drive(
  start: EthicsCase,
  steps: readonly Step[],
  ruleSet: RuleSet = KPT_337_2020,
  startAt: Date = start.receivedAt,
): { ethicsCase: EthicsCase; now: Date } {
  let ethicsCase = start;
  let now = startAt;
  for (const step of steps) {
    now = new Date(now.getTime() + HOUR);
    const command = typeof step === 'string' ? sampleCommand(ethicsCase, step, { now, ruleSet }) : step;
    const result = transition(ethicsCase, command, {
      now,
      actor: sampleActor(ethicsCase, command.type),
      ruleSet,
      calendar: defaultCalendar,
    });
    if (!result.ok) {
      throw new Error(`${command.type} refused in ${ethicsCase.status}: ${JSON.stringify(result.error)}`);
    }
    ethicsCase = result.value.ethicsCase;
  }
  return { ethicsCase, now };
}

export const decide = (ethicsCase: EthicsCase, outcome: Outcome, at: Date): CaseCommand => ({
  type: 'recordPlenaryDecision',
  plenary: { heldAt: at, commissionersPresent: 3, commissionSize: 5 },
  outcomes: ethicsCase.respondents.map((respondent) => ({
    membershipId: respondent.membershipId,
    finding: outcome === 'rehabilitation' ? 'notProven' : 'proven',
    outcome,
  })),
});

export const TO_PLENARY: readonly Step[] = [
  'startScreening',
  'register',
  'startClarification',
  'formExaminationTeam',
  'submitExaminationReport',
];

/** A received complaint filed on NOW minus a week, so every date in the walk is in the past of NOW. */
export const received = (source: CaseSource = 'publicComplaint', respondents = 1): EthicsCase =>
  sampleCase({ source, respondents, receivedAt: new Date(NOW.getTime() - 7 * DAY) });

/** Drives a complaint to the plenary, decides `outcome` for everyone, and goes on with `then`. */
export function decidedWith(
  outcome: Outcome,
  then: readonly Step[] = [],
  respondents = 1,
  ruleSet = KPT_337_2020,
) {
  const start = { ...received('publicComplaint', respondents), ruleSetCode: ruleSet.code };
  const atPlenary = drive(start, TO_PLENARY, ruleSet);
  const decided = drive(
    atPlenary.ethicsCase,
    [decide(atPlenary.ethicsCase, outcome, atPlenary.now)],
    ruleSet,
    atPlenary.now,
  );
  return drive(decided.ethicsCase, then, ruleSet, decided.now);
}

export const DELIVER_ALL: readonly Step[] = [
  'recordDelivery',
  'recordDelivery',
  'recordDelivery',
  'recordDelivery',
];
