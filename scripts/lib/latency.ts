import { readdirSync, readFileSync } from 'node:fs';

/** Latency figures of a benchmark run, in milliseconds. */
export interface LatencySummary {
  count: number;
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  throughputPerSecond: number;
  /** CPU milliseconds per operation, when measured with a CPU meter. */
  cpu?: { benchMs: number; neo4jMs: number | null };
}

/** CPU time of a process so far (Linux /proc), in milliseconds; null when it cannot be read. */
function processCpuMs(pid: number | undefined): number | null {
  if (pid === undefined) return null;
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime + stime, 100 ticks/s
  } catch {
    return null;
  }
}

/** CPU time so far of a JVM's JIT compiler threads (C1, C2), in milliseconds; null when unreadable. */
function jitCpuMs(pid: number | undefined): number | null {
  if (pid === undefined) return null;
  let tasks: string[];
  try {
    tasks = readdirSync(`/proc/${pid}/task`);
  } catch {
    return null;
  }
  let ticks = 0;
  for (const task of tasks) {
    try {
      if (!readFileSync(`/proc/${pid}/task/${task}/comm`, 'utf8').includes('CompilerThre')) continue;
      const fields = readFileSync(`/proc/${pid}/task/${task}/stat`, 'utf8').split(') ')[1].split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // a worker thread that ended meanwhile
    }
  }
  return ticks * 10;
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
  {
    total,
    concurrency,
    warmup = 20,
    neo4jPid,
  }: {
    total: number;
    concurrency: number;
    warmup?: number;
    /** With it, CPU per operation is measured: this process (API and client) and the Neo4j JVM. */
    neo4jPid?: number;
  },
): Promise<LatencySummary> {
  for (let i = 0; i < warmup; i++) await operation();
  const samples: number[] = [];
  let next = 0;
  const ownCpuBefore = process.cpuUsage();
  const neo4jCpuBefore = processCpuMs(neo4jPid);
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
  const ownCpu = process.cpuUsage(ownCpuBefore);
  const neo4jCpuAfter = processCpuMs(neo4jPid);
  samples.sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 10) / 10;
  const cpu =
    neo4jPid === undefined
      ? undefined
      : {
          benchMs: round((ownCpu.user + ownCpu.system) / 1000 / samples.length),
          neo4jMs:
            neo4jCpuBefore === null || neo4jCpuAfter === null
              ? null
              : round((neo4jCpuAfter - neo4jCpuBefore) / samples.length),
        };
  return {
    count: samples.length,
    p50: round(percentile(samples, 50)),
    p95: round(percentile(samples, 95)),
    p99: round(percentile(samples, 99)),
    mean: round(samples.reduce((a, b) => a + b, 0) / Math.max(samples.length, 1)),
    throughputPerSecond: Math.round(samples.length / seconds),
    ...(cpu ? { cpu } : {}),
  };
}

export function formatSummary(label: string, s: LatencySummary): string {
  const cpu = s.cpu ? `  CPU/req: API+client ${s.cpu.benchMs} ms, Neo4j ${s.cpu.neo4jMs ?? 'n/a'} ms` : '';
  return `${label.padEnd(44)} n=${s.count}  p50 ${s.p50} ms  p95 ${s.p95} ms  p99 ${s.p99} ms  ${s.throughputPerSecond} req/s${cpu}`;
}

export interface WarmUpOptions {
  concurrency: number;
  /** Length of one throughput window. */
  windowMs?: number;
  /** Never stop before this much warm-up. */
  minMs?: number;
  /** Always stop after this much warm-up, steady or not. */
  maxMs?: number;
  /** Steady: the last three windows' throughputs lie within this fraction of their highest. */
  tolerance?: number;
  log?: (line: string) => void;
  /**
   * With it, steadiness also needs the Neo4j JVM's CPU per operation to settle and its JIT
   * compiler threads to be nearly idle (under 5% of a core over the last window).
   */
  neo4jPid?: number;
}

/**
 * Runs `operation` in windows until throughput is steady. A freshly started JVM (the embedded
 * Neo4j) keeps compiling hot paths for about a minute, and the first windows cost several times
 * the CPU per statement of the steady state; a server that has been up for a while runs warm, so
 * measuring before this point measures the JIT compiler, not the query. Returns each window's rate.
 */
export async function warmUp(
  operation: () => Promise<void>,
  {
    concurrency,
    windowMs = 5_000,
    minMs = 30_000,
    maxMs = 150_000,
    tolerance = 0.1,
    log,
    neo4jPid,
  }: WarmUpOptions,
): Promise<number[]> {
  const rates: number[] = [];
  const neo4jCpu: number[] = [];
  const jitShare: number[] = [];
  const started = performance.now();
  const within = (xs: number[]) =>
    xs.length === 3 && Math.max(...xs) - Math.min(...xs) <= tolerance * Math.max(...xs);
  for (;;) {
    const windowStart = performance.now();
    const cpuBefore = processCpuMs(neo4jPid);
    const jitBefore = jitCpuMs(neo4jPid);
    const end = windowStart + windowMs;
    let done = 0;
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (performance.now() < end) {
          await operation();
          done += 1;
        }
      }),
    );
    rates.push(Math.round(done / ((performance.now() - windowStart) / 1000)));
    const cpuAfter = processCpuMs(neo4jPid);
    if (cpuBefore !== null && cpuAfter !== null)
      neo4jCpu.push(Math.round(((cpuAfter - cpuBefore) / done) * 10) / 10);
    const jitAfter = jitCpuMs(neo4jPid);
    if (jitBefore !== null && jitAfter !== null)
      jitShare.push(Math.round(((jitAfter - jitBefore) / windowMs) * 100));
    const elapsed = performance.now() - started;
    // Steady: throughput and (when known) Neo4j's CPU per operation, which stays high while the
    // JVM is still compiling even when throughput looks flat. Cypher's compiled expressions keep
    // the JIT busy for minutes on the search statement (measured: C2 took 45 s of CPU).
    const jitQuiet = !jitShare.length || jitShare[jitShare.length - 1] < 5;
    const steady =
      within(rates.slice(-3)) && (neo4jPid === undefined || (within(neo4jCpu.slice(-3)) && jitQuiet));
    if ((steady && elapsed >= minMs) || elapsed >= maxMs) {
      log?.(
        `warm-up: ${rates.length} windows of ${windowMs / 1000} s at ${concurrency} clients, req/s ${rates.join(' → ')}` +
          (neo4jCpu.length ? `; Neo4j CPU ms/op ${neo4jCpu.join(' → ')}` : '') +
          (jitShare.length ? `; JIT compiler % of a core ${jitShare.join(' → ')}` : '') +
          (steady ? ' (steady)' : ' (stopped at the time limit, not steady)'),
      );
      return rates;
    }
  }
}
