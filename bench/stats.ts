/** Timing and summary statistics for the benchmark. */

/** Minimum, median and maximum of a measure over its runs. */
export interface Summary {
  readonly min: number;
  readonly median: number;
  readonly max: number;
}

/** Summarises samples, rounded to 0.01 (ms or MB). */
export function summarize(samples: readonly number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  const round = (x: number) => Math.round(x * 100) / 100;
  return { min: round(sorted[0]), median: round(median), max: round(sorted[sorted.length - 1]) };
}

/** Milliseconds since an arbitrary origin, with sub-millisecond resolution. */
export function now(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}

/** Runs `fn` `runs` times and returns the elapsed milliseconds of each run. */
export async function timeRuns(runs: number, fn: (run: number) => Promise<unknown> | unknown): Promise<number[]> {
  const samples: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = now();
    await fn(run);
    samples.push(now() - start);
  }
  return samples;
}
