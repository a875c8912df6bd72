import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const DEFAULT_PATH = '/usr/bin/chromium';

/**
 * The browser tests drive Debian's chromium (Playwright's own browser download is not used).
 * Installs it with apt when missing and we are root; otherwise explains what to do.
 */
export function ensureChromium(log: (line: string) => void): string {
  const wanted = process.env.CHROMIUM_PATH ?? DEFAULT_PATH;
  if (existsSync(wanted)) return wanted;
  if (process.getuid?.() !== 0 || !existsSync('/usr/bin/apt-get')) {
    throw new Error(
      `Chromium not found at ${wanted}. Install Debian's chromium (sudo apt-get install chromium) or set CHROMIUM_PATH.`,
    );
  }
  log('installing chromium with apt-get (browser tests)…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update'], ['install', '-y', '--no-install-recommends', 'chromium']]) {
    const result = spawnSync('apt-get', args, { stdio: 'inherit', env });
    if (result.status !== 0) throw new Error(`apt-get ${args.join(' ')} failed (exit ${result.status}).`);
  }
  if (!existsSync(wanted)) throw new Error(`chromium was installed but ${wanted} does not exist.`);
  return wanted;
}
