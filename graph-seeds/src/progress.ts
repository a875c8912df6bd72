/** A one-line progress bar on stderr (redrawn in place on a terminal, one line per 10% otherwise). */
export function createProgress(label: string, total: number) {
  const started = Date.now();
  const tty = process.stderr.isTTY;
  let lastDecile = -1;
  return {
    update(done: number) {
      const ratio = total ? Math.min(1, done / total) : 1;
      const seconds = (Date.now() - started) / 1000;
      const rate = seconds > 0 ? Math.round(done / seconds) : 0;
      const bar = '#'.repeat(Math.round(ratio * 24)).padEnd(24, '-');
      const line = `${label.padEnd(14)} [${bar}] ${String(Math.round(ratio * 100)).padStart(3)}% ${done}/${total} ${rate}/s`;
      if (tty) process.stderr.write(`\r${line}`);
      else if (Math.floor(ratio * 10) > lastDecile) {
        lastDecile = Math.floor(ratio * 10);
        process.stderr.write(`${line}\n`);
      }
    },
    done() {
      if (tty) process.stderr.write('\n');
    },
  };
}
