import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const WEB = path.join(ROOT, 'web');
const SERVER_BUILD = path.join(WEB, 'build', 'server', 'index.js');
const PORTAL_SERVER = path.join(WEB, 'server', 'main.ts');
const STOP_TIMEOUT_MS = 10_000;

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

/** Builds the portal (remix vite:build) unless the build is newer than every source file. */
export function buildWebIfStale(log: (line: string) => void): void {
  const sources = Math.max(
    newestMtime(path.join(WEB, 'app')),
    statSync(path.join(WEB, 'vite.config.ts')).mtimeMs,
  );
  if (existsSync(SERVER_BUILD) && statSync(SERVER_BUILD).mtimeMs > sources) return;
  log('building the portal (remix vite:build)…');
  const result = spawnSync(path.join(ROOT, 'node_modules', '.bin', 'remix'), ['vite:build'], {
    cwd: WEB,
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    throw new Error(
      `The portal build failed:\n${(result.stdout + result.stderr).split('\n').slice(-30).join('\n')}`,
    );
  }
}

export interface WebProcess {
  url: string;
  stop(): Promise<void>;
}

/** Serves the built portal (web/server/main.ts) and waits until it answers. */
export async function startWeb(opts: {
  port: number;
  apiUrl: string;
  sessionSecret: string;
  log: (line: string) => void;
}): Promise<WebProcess> {
  // detached: the portal gets its own process group, so a terminal Ctrl-C reaches only us and we
  // stop it exactly once through stop().
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', PORTAL_SERVER], {
    cwd: WEB,
    detached: true,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(opts.port),
      HOST: '127.0.0.1',
      API_URL: opts.apiUrl,
      SESSION_SECRET: opts.sessionSecret,
      // The portal is served on plain http on loopback; see README (Configuration).
      SECURE_COOKIES: process.env.SECURE_COOKIES ?? 'false',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const collect = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4000);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', (chunk: Buffer) => {
    collect(chunk);
    for (const line of chunk.toString().split('\n').filter(Boolean)) opts.log(`[web] ${line}`);
  });
  // If this Node process exits without calling stop(), do not leave the portal running.
  const killOnExit = () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
  };
  process.on('exit', killOnExit);

  const url = `http://127.0.0.1:${opts.port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The portal exited with code ${child.exitCode}:\n${output}`);
    try {
      const res = await fetch(`${url}/login`);
      if (res.status < 500) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGTERM');
      throw new Error(`The portal did not answer on ${url} within 60 s:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  let stopping: Promise<void> | null = null;
  const stop = (): Promise<void> => {
    stopping ??= new Promise<void>((resolve) => {
      process.off('exit', killOnExit);
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
      child.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
      child.kill('SIGTERM');
    });
    return stopping;
  };
  return { url, stop };
}
