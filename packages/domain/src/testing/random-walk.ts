import type { WorkingDayCalendar } from '../calendar/index.js';
import type { CaseCommand } from '../ethics-case/case-command.js';
import type { CaseContext } from '../ethics-case/case-context.js';
import type { EthicsCase } from '../ethics-case/ethics-case.js';
import { refusalOf, transition } from '../ethics-case/transition.js';
import type { RuleSet } from '../rule-sets/rule-set.js';
import { CASE_COMMANDS, isTerminal, type CaseCommandType } from '../vocabulary/codes.js';
import { sampleActor, sampleCommand, type Choose } from './sample-commands.js';

/** mulberry32: a small seeded generator, so a walk is the same on every machine. */
export function seededChoose(seed: number): Choose {
  let state = seed >>> 0;
  return (n) => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
  };
}

/** Most cases go the whole way: at a step where a case could leave early (withdrawn, rejected…), it does one time in twenty. */
const EARLY_EXITS: readonly CaseCommandType[] = ['withdraw', 'reject', 'refer', 'discontinue'];

function pickLikeStaff(candidates: readonly CaseCommandType[], choose: Choose): CaseCommandType {
  const onward = candidates.filter((type) => !EARLY_EXITS.includes(type));
  const pool = onward.length > 0 && choose(20) !== 0 ? onward : candidates;
  return pool[choose(pool.length)]!;
}

export interface WalkStep {
  readonly ethicsCase: EthicsCase;
  readonly command: CaseCommand;
  readonly context: CaseContext;
  readonly accepted: boolean;
}

export interface RandomWalkOptions {
  readonly start: EthicsCase;
  readonly ruleSet: RuleSet;
  readonly calendar: WorkingDayCalendar;
  readonly choose: Choose;
  readonly maxSteps: number;
  /** Share of steps that try a command the case does not offer (refusals are part of real traffic). */
  readonly strayRatio?: number;
}

const HOUR = 3_600_000;

/**
 * Drives a case with the commands people would give it, mostly ones it offers and some it refuses, with
 * time moving on between steps, until it ends or `maxSteps` is reached.
 */
export function randomWalk(options: RandomWalkOptions): readonly WalkStep[] {
  const { ruleSet, calendar, choose } = options;
  const strayPercent = Math.round((options.strayRatio ?? 0.1) * 100);
  const steps: WalkStep[] = [];
  let ethicsCase = options.start;
  let now = new Date(ethicsCase.receivedAt.getTime() + HOUR);
  while (steps.length < options.maxSteps && !isTerminal(ethicsCase.status)) {
    now = new Date(now.getTime() + (1 + choose(30)) * HOUR);
    const candidates = CASE_COMMANDS.filter(
      (type) =>
        refusalOf(ethicsCase, type, { now, actor: sampleActor(ethicsCase, type), ruleSet, calendar }) ===
        undefined,
    );
    const stray = candidates.length === 0 || choose(100) < strayPercent;
    const type = stray ? CASE_COMMANDS[choose(CASE_COMMANDS.length)]! : pickLikeStaff(candidates, choose);
    const context: CaseContext = { now, actor: sampleActor(ethicsCase, type), ruleSet, calendar };
    const command = sampleCommand(ethicsCase, type, { now, ruleSet, choose });
    const result = transition(ethicsCase, command, context);
    steps.push({ ethicsCase, command, context, accepted: result.ok });
    if (result.ok) ethicsCase = result.value.ethicsCase;
  }
  return steps;
}
