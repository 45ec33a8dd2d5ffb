// Timing helpers for the benchmark: many runs of a call, reported as p50 / p95 in milliseconds.

export interface Timing {
  n: number;
  p50: number;
  p95: number;
  max: number;
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  // Nearest rank: the smallest sample with at least p % of the samples at or below it.
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!;
}

export function summarize(samples: readonly number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  return { n: sorted.length, p50: percentile(sorted, 50), p95: percentile(sorted, 95), max: sorted[sorted.length - 1] ?? Number.NaN };
}

/** Milliseconds one synchronous call takes. */
export function timeOnce(fn: () => unknown): number {
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

export async function timeOnceAsync(fn: () => Promise<unknown>): Promise<number> {
  const start = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** Runs every input `runs` times after `warmup` untimed rounds; one sample per call. */
export function sample<T>(inputs: readonly T[], runs: number, fn: (input: T) => unknown, warmup = 2): number[] {
  for (let w = 0; w < warmup; w++) for (const input of inputs) fn(input);
  const samples: number[] = [];
  for (let r = 0; r < runs; r++) for (const input of inputs) samples.push(timeOnce(() => fn(input)));
  return samples;
}
