// Timing helpers: medians of interleaved runs, so two candidates see the same noise on a shared machine.
export interface Timing {
  readonly median: number;
  readonly p90: number;
  readonly min: number;
  readonly runs: number;
}

const timingOf = (samples: number[]): Timing => {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { median: at(0.5), p90: at(0.9), min: sorted[0]!, runs: sorted.length };
};

/** Runs each candidate once per round, in turn, after `warmup` untimed rounds; milliseconds per run. */
export async function interleaved<K extends string>(
  candidates: Readonly<Record<K, () => Promise<unknown>>>,
  rounds: number,
  warmup = 3,
): Promise<Record<K, Timing>> {
  const names = Object.keys(candidates) as K[];
  const samples = Object.fromEntries(names.map((name) => [name, [] as number[]])) as Record<K, number[]>;
  for (let round = -warmup; round < rounds; round += 1) {
    for (const name of names) {
      const start = process.hrtime.bigint();
      await candidates[name]();
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      if (round >= 0) samples[name].push(ms);
    }
  }
  return Object.fromEntries(names.map((name) => [name, timingOf(samples[name])])) as Record<K, Timing>;
}

export const ms = (value: number): string => `${value < 10 ? value.toFixed(2) : value.toFixed(1)} ms`;
export const ratio = (value: number): string => `${value.toFixed(2)}×`;
export const count = (value: number): string => Math.round(value).toLocaleString('en-US');
