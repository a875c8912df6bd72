/** Latency figures of a benchmark run, in milliseconds. */
export interface LatencySummary {
  count: number;
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  throughputPerSecond: number;
}

export function percentile(sortedMs: number[], p: number): number {
  if (!sortedMs.length) return 0;
  const index = Math.min(sortedMs.length - 1, Math.ceil((p / 100) * sortedMs.length) - 1);
  return sortedMs[Math.max(0, index)];
}

/**
 * Runs `operation` `total` times with `concurrency` workers (after `warmup` unmeasured runs) and
 * summarises the latencies; bounded in count, so it always stops by itself.
 */
export async function measure(
  operation: () => Promise<void>,
  { total, concurrency, warmup = 20 }: { total: number; concurrency: number; warmup?: number },
): Promise<LatencySummary> {
  for (let i = 0; i < warmup; i++) await operation();
  const samples: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) {
        next += 1;
        const t = performance.now();
        await operation();
        samples.push(performance.now() - t);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  samples.sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    count: samples.length,
    p50: round(percentile(samples, 50)),
    p95: round(percentile(samples, 95)),
    p99: round(percentile(samples, 99)),
    mean: round(samples.reduce((a, b) => a + b, 0) / Math.max(samples.length, 1)),
    throughputPerSecond: Math.round(samples.length / seconds),
  };
}

export function formatSummary(label: string, s: LatencySummary): string {
  return `${label.padEnd(44)} n=${s.count}  p50 ${s.p50} ms  p95 ${s.p95} ms  p99 ${s.p99} ms  ${s.throughputPerSecond} req/s`;
}
