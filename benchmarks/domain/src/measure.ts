/** Runs each candidate in turn, several rounds, and keeps each one's median rate: fair on a noisy machine. */
export interface Candidate {
  readonly name: string;
  /** Does `count` operations and returns something, so the work cannot be optimised away. */
  readonly run: () => unknown;
  readonly count: number;
}

export interface Measured {
  readonly name: string;
  readonly opsPerSecond: number;
  readonly nanosecondsPerOp: number;
}

let sink: unknown;

export function measure(candidates: readonly Candidate[], rounds = 7): Measured[] {
  for (const candidate of candidates) sink = candidate.run(); // warm up the JIT
  const rates = new Map<string, number[]>(candidates.map((candidate) => [candidate.name, []]));
  for (let round = 0; round < rounds; round += 1) {
    for (const candidate of candidates) {
      const start = process.hrtime.bigint();
      sink = candidate.run();
      const seconds = Number(process.hrtime.bigint() - start) / 1e9;
      rates.get(candidate.name)!.push(candidate.count / seconds);
    }
  }
  void sink;
  return candidates.map(({ name }) => {
    const sorted = rates.get(name)!.sort((a, b) => a - b);
    const opsPerSecond = sorted[Math.floor(sorted.length / 2)]!;
    return { name, opsPerSecond, nanosecondsPerOp: 1e9 / opsPerSecond };
  });
}

export const formatRate = (ops: number): string => `${Math.round(ops).toLocaleString('en-US')} ops/s`;
