// pnpm bench: throughput of transition() beside xstate and a bare switch, and of deadline computation.
// Figures and ratios come from one run on this machine; compare ratios, not absolute numbers.
import {
  defaultCalendar,
  dueAfter,
  KPT_337_2020,
  PKPU_8_2019,
  recipientsStillOwed,
  seatsStillOpen,
  transition,
  type EthicsCase,
  type RuleSet,
} from '@etik/domain';
import { randomWalk, sampleCase, seededChoose, type WalkStep } from '@etik/domain/testing';
import { transition as xstateTransition } from 'xstate';
import { formatRate, measure } from './measure.js';
import { bareSwitch, caseMachine, type PlainCase, type PlainEvent } from './procedure.js';

const SOURCES = [
  'publicComplaint',
  'report',
  'internalFinding',
  'bawasluRecommendation',
  'adhocBodyReport',
  'dkppVerdict',
] as const;

/** Realistic traffic: many cases, each walked by the commands staff would give it, 10 % of them refused. */
function realisticSteps(): WalkStep[] {
  const steps: WalkStep[] = [];
  for (let seed = 1; steps.length < 20_000; seed += 1) {
    const ruleSet: RuleSet = seed % 10 === 0 ? PKPU_8_2019 : KPT_337_2020;
    const receivedAt =
      ruleSet === PKPU_8_2019 ? new Date('2019-09-02T02:00:00Z') : new Date('2024-02-19T02:00:00Z');
    const start = sampleCase({
      id: `case-${seed}`,
      source: SOURCES[seed % SOURCES.length]!,
      respondents: 1 + (seed % 3),
      receivedAt,
      ruleSetCode: ruleSet.code,
    });
    steps.push(
      ...randomWalk({
        start,
        ruleSet,
        calendar: defaultCalendar,
        choose: seededChoose(seed),
        maxSteps: 40,
        strayRatio: 0.1,
      }),
    );
  }
  return steps;
}

const plain = (ethicsCase: EthicsCase, ruleSet: RuleSet): PlainCase => ({
  ethicsCase,
  deliveriesOwed: recipientsStillOwed(ethicsCase, ruleSet).length,
  seatsOpen: seatsStillOpen(ethicsCase).length,
});

const steps = realisticSteps();
const events: PlainEvent[] = steps.map((step) => ({
  type: step.command.type,
  role: step.context.actor.role,
  commissionId: step.context.actor.commissionId,
}));
const plainCases = steps.map((step) => plain(step.ethicsCase, step.context.ruleSet));
const snapshots = plainCases.map((context) =>
  caseMachine.resolveState({ value: context.ethicsCase.status, context }),
);
const accepted = steps.filter((step) => step.accepted).length;

/** The three must do the same work: count the steps where they reach the same next status. */
function agreement(): { xstate: number; bare: number } {
  let xstate = 0;
  let bare = 0;
  steps.forEach((step, index) => {
    const result = transition(step.ethicsCase, step.command, step.context);
    const expected = result.ok ? result.value.ethicsCase.status : step.ethicsCase.status;
    if (xstateTransition(caseMachine, snapshots[index]!, events[index]!)[0].value === expected) xstate += 1;
    if (bareSwitch(plainCases[index]!, events[index]!).status === expected) bare += 1;
  });
  return { xstate: xstate / steps.length, bare: bare / steps.length };
}
const agree = agreement();

console.log(
  `Domain benchmark — ${steps.length.toLocaleString('en-US')} transitions from ${new Set(steps.map((s) => s.ethicsCase.id)).size} random case walks (${Math.round((100 * accepted) / steps.length)} % accepted), Node ${process.version}\n`,
);

const [domain, machine, bare] = measure([
  {
    name: '@etik/domain transition()',
    count: steps.length,
    run: () => {
      let acceptedCount = 0;
      for (const step of steps)
        if (transition(step.ethicsCase, step.command, step.context).ok) acceptedCount += 1;
      return acceptedCount;
    },
  },
  {
    name: 'xstate v5 transition()',
    count: steps.length,
    run: () => {
      let last: unknown;
      for (let index = 0; index < snapshots.length; index += 1)
        last = xstateTransition(caseMachine, snapshots[index]!, events[index]!);
      return last;
    },
  },
  {
    name: 'bare switch, no guards',
    count: steps.length,
    run: () => {
      let version = 0;
      for (let index = 0; index < plainCases.length; index += 1)
        version += bareSwitch(plainCases[index]!, events[index]!).version;
      return version;
    },
  },
]);

console.log(
  `  next status agrees with the domain's: xstate ${(100 * agree.xstate).toFixed(1)} %, bare switch ${(100 * agree.bare).toFixed(1)} % (the rest: refusals only the domain's guards make)\n`,
);
for (const result of [domain, machine, bare]) {
  console.log(
    `  ${result!.name.padEnd(28)} ${formatRate(result!.opsPerSecond).padStart(18)}   ${result!.nanosecondsPerOp.toFixed(0).padStart(7)} ns/transition`,
  );
}
const versusXstate = domain!.opsPerSecond / machine!.opsPerSecond;
const versusSwitch = domain!.nanosecondsPerOp / bare!.nanosecondsPerOp;
console.log(
  `\n  domain vs xstate: ${versusXstate.toFixed(2)}× the throughput   (target ≥ 3×: ${versusXstate >= 3 ? 'met' : 'NOT met'})`,
);
console.log(
  `  domain vs bare switch: ${versusSwitch.toFixed(2)}× the time per transition   (target ≤ 2.5×: ${versusSwitch <= 2.5 ? 'met' : 'NOT met'})`,
);

// Deadlines: 7 working days from instants spread over 2024–2027, across every holiday block.
const starts = Array.from(
  { length: 100_000 },
  (_, index) =>
    new Date(Date.UTC(2024, 0, 1) + ((index * 7_919) % 1_400) * 86_400_000 + (index % 24) * 3_600_000),
);
const examination = { amount: 7, unit: 'workingDays' as const };
const [deadlines, bareCalendar] = measure([
  {
    name: 'dueAfter(instant, 7 working days)',
    count: starts.length,
    run: () => {
      let total = 0;
      for (const start of starts) total += dueAfter(start, examination, defaultCalendar).getTime();
      return total;
    },
  },
  {
    name: 'calendar.addWorkingDays(day, 7)',
    count: starts.length,
    run: () => {
      let total = 0;
      for (let day = 19_700; day < 19_700 + starts.length; day += 1)
        total += defaultCalendar.addWorkingDays(day % 21_000, 7);
      return total;
    },
  },
]);
console.log(
  `\n  ${deadlines!.name.padEnd(36)} ${formatRate(deadlines!.opsPerSecond).padStart(18)}   (target ≥ 1,000,000/s: ${deadlines!.opsPerSecond >= 1e6 ? 'met' : 'NOT met'})`,
);
console.log(`  ${bareCalendar!.name.padEnd(36)} ${formatRate(bareCalendar!.opsPerSecond).padStart(18)}`);
