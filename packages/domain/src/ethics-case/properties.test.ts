import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultCalendar } from '../calendar/index.js';
import { KPT_337_2020, PKPU_8_2019 } from '../rule-sets/rule-set-catalogue.js';
import type { RuleSet } from '../rule-sets/rule-set.js';
import { randomWalk, sampleActor, sampleCase, sampleCommand, seededChoose } from '../testing/index.js';
import { CASE_COMMANDS, CASE_SOURCES, isTerminal, ROLES } from '../vocabulary/codes.js';
import { checkCaseInvariants } from './case-invariants.js';
import type { EthicsCase } from './ethics-case.js';
import { transition } from './transition.js';

const RULE_SETS: readonly RuleSet[] = [KPT_337_2020, PKPU_8_2019];
const RECEIVED_AT = {
  [KPT_337_2020.code]: new Date('2025-03-03T02:00:00Z'),
  [PKPU_8_2019.code]: new Date('2019-09-02T02:00:00Z'),
};

const walkArbitrary = fc.record({
  seed: fc.integer(),
  ruleSet: fc.constantFrom(...RULE_SETS),
  source: fc.constantFrom(...CASE_SOURCES),
  respondents: fc.integer({ min: 1, max: 3 }),
  strayRatio: fc.double({ min: 0, max: 0.6, noNaN: true }),
});

type WalkInput = {
  seed: number;
  ruleSet: RuleSet;
  source: (typeof CASE_SOURCES)[number];
  respondents: number;
  strayRatio: number;
};

function walk({ seed, ruleSet, source, respondents, strayRatio }: WalkInput) {
  const start = sampleCase({
    source,
    respondents,
    receivedAt: RECEIVED_AT[ruleSet.code]!,
    ruleSetCode: ruleSet.code,
  });
  return randomWalk({
    start,
    ruleSet,
    calendar: defaultCalendar,
    choose: seededChoose(seed),
    maxSteps: 40,
    strayRatio,
  });
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

/** Can the case still end? Breadth-first over the commands it accepts, a day apart, without withdrawing. */
function canReachTerminal(start: EthicsCase, ruleSet: RuleSet, from: Date): boolean {
  let frontier: { ethicsCase: EthicsCase; now: Date }[] = [{ ethicsCase: start, now: from }];
  for (let depth = 0; depth < 20 && frontier.length > 0; depth += 1) {
    const next: typeof frontier = [];
    const seen = new Set<string>();
    for (const { ethicsCase, now } of frontier) {
      if (isTerminal(ethicsCase.status)) return true;
      const later = new Date(now.getTime() + 86_400_000);
      for (const type of CASE_COMMANDS.filter((command) => command !== 'withdraw')) {
        for (const choice of [0, 1, 2, 3, 4, 5, 6]) {
          const command = sampleCommand(ethicsCase, type, { now: later, ruleSet, choose: (n) => choice % n });
          const result = transition(ethicsCase, command, {
            now: later,
            actor: sampleActor(ethicsCase, type),
            ruleSet,
            calendar: defaultCalendar,
          });
          if (!result.ok) continue;
          const key = `${result.value.ethicsCase.status}:${JSON.stringify(result.value.ethicsCase.decision?.outcomes.map((o) => o.outcome))}:${result.value.ethicsCase.deliveries.length}:${result.value.ethicsCase.replacements.length}`;
          if (seen.has(key)) continue;
          seen.add(key);
          next.push({ ethicsCase: result.value.ethicsCase, now: later });
        }
      }
    }
    frontier = next;
  }
  return false;
}

describe('the case state machine, under random command sequences', () => {
  it('never produces a case that breaks an invariant', () => {
    fc.assert(
      fc.property(walkArbitrary, (input) => {
        for (const step of walk(input)) {
          const result = transition(step.ethicsCase, step.command, step.context);
          if (!result.ok) continue;
          const next = result.value.ethicsCase;
          expect(checkCaseInvariants(next, input.ruleSet)).toEqual([]);
          expect(next.version).toBe(step.ethicsCase.version + 1);
          expect(result.value.events[0]).toMatchObject({
            from: step.ethicsCase.status,
            to: next.status,
            at: step.context.now,
          });
        }
      }),
      { numRuns: 200 },
    );
  });

  it('never changes the case it is given, accepted or refused', () => {
    fc.assert(
      fc.property(walkArbitrary, (input) => {
        for (const step of walk({ ...input, strayRatio: 0.5 })) {
          // A frozen case throws on any write (modules are strict), so a mutation cannot go unnoticed.
          const frozen = deepFreeze(step.ethicsCase);
          const before = JSON.stringify(frozen);
          expect(() => transition(frozen, step.command, step.context)).not.toThrow();
          expect(JSON.stringify(frozen)).toBe(before);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('can bring every non-terminal case it reaches to an end', () => {
    fc.assert(
      fc.property(walkArbitrary, (input) => {
        const steps = walk(input);
        const last = steps.at(-1);
        if (!last) return;
        const result = transition(last.ethicsCase, last.command, last.context);
        const reached = result.ok ? result.value.ethicsCase : last.ethicsCase;
        if (!isTerminal(reached.status))
          expect(canReachTerminal(reached, input.ruleSet, last.context.now)).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it('accepts nothing, from anyone, once a case has ended', () => {
    fc.assert(
      fc.property(walkArbitrary, (input) => {
        const steps = walk({ ...input, strayRatio: 0 });
        const last = steps.at(-1)!;
        const result = transition(last.ethicsCase, last.command, last.context);
        if (!result.ok || !isTerminal(result.value.ethicsCase.status)) return;
        const ended = result.value.ethicsCase;
        for (const type of CASE_COMMANDS) {
          for (const role of ROLES) {
            const actor = {
              userId: 'anyone',
              role,
              commissionId: ended.commissionId,
              personId: 'person-examiner-1',
            };
            const command = sampleCommand(ended, type, { now: last.context.now, ruleSet: input.ruleSet });
            expect(transition(ended, command, { ...last.context, actor }).ok).toBe(false);
          }
        }
      }),
      { numRuns: 100 },
    );
  });
});
