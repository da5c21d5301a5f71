/** Summary figures of repeated timings, in milliseconds. */
export interface Timing {
  readonly runs: number;
  readonly median: number;
  readonly p95: number;
  readonly min: number;
}

/** Times `fn` `runs` times (after one warm-up run). */
export function time(fn: () => unknown, runs = 20): Timing {
  fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  return summarise(samples);
}

/** Median, 95th percentile and minimum of samples. */
export function summarise(samples: readonly number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { runs: sorted.length, median: at(0.5), p95: at(0.95), min: sorted[0]! };
}

/** `12.3 ms (p95 14.0, n=20)`. */
export function formatTiming(t: Timing): string {
  return `${t.median.toFixed(1)} ms median (p95 ${t.p95.toFixed(1)}, min ${t.min.toFixed(1)}, n=${t.runs})`;
}

/** Megabytes, one decimal. */
export function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
