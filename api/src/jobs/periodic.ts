export interface PeriodicJob {
  /** Stops the timer and waits for a run in progress. */
  stop(): Promise<void>;
}

/**
 * Runs `run` every `intervalMs` (0 or less = never) until stop(); runs never overlap, and the timer does not keep
 * the process alive. `run` returns how many items it handled; a non-zero count and failures are logged as `name`.
 */
export function startPeriodicJob(
  name: string,
  intervalMs: number,
  run: () => Promise<number>,
  log: (line: string) => void,
  handled = 'done',
): PeriodicJob {
  if (intervalMs <= 0) return { stop: async () => {} };
  let running: Promise<void> | null = null;
  const timer = setInterval(() => {
    if (running) return;
    running = run()
      .then((n) => {
        if (n) log(`${name}: ${n} ${handled}`);
      })
      .catch((error: Error) => log(`${name} failed: ${error.message}`))
      .finally(() => {
        running = null;
      });
  }, intervalMs);
  timer.unref();
  return {
    stop: async () => {
      clearInterval(timer);
      await running;
    },
  };
}
