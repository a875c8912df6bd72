/**
 * Runs a real Meilisearch server binary as a child process: loopback only, a free port, a random
 * master key, its own data folder. Node built-ins only (like neo4j-launcher.ts).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { accessSync, constants, createWriteStream, mkdirSync, rmSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * The binary the project's tests and CI use: shared/meilisearch/meilisearch beside the repository
 * (../shared/…), or beside a folder above it (a worktree under a folder of worktrees).
 */
export function sharedMeilisearchBinary(): string | null {
  for (let dir = path.resolve(ROOT, '..'); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'shared', 'meilisearch', 'meilisearch');
    if (executable(candidate)) return candidate;
    if (path.dirname(dir) === dir) return null;
  }
}

function executable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The Meilisearch binary to start: MEILISEARCH_BIN when set (an error if it is not executable),
 * else ../shared/meilisearch/meilisearch when present, else `meilisearch` on PATH, else null.
 */
export function findMeilisearchBinary(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.MEILISEARCH_BIN) {
    if (!executable(env.MEILISEARCH_BIN))
      throw new Error(`MEILISEARCH_BIN=${env.MEILISEARCH_BIN} is not an executable file`);
    return env.MEILISEARCH_BIN;
  }
  const shared = sharedMeilisearchBinary();
  if (shared) return shared;
  for (const dir of (env.PATH ?? '').split(path.delimiter)) {
    if (dir && executable(path.join(dir, 'meilisearch'))) return path.join(dir, 'meilisearch');
  }
  return null;
}

/** A free loopback TCP port, chosen by the OS. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export interface MeilisearchOptions {
  binary: string;
  /** Data folder (created; wiped first with `fresh`). */
  dataDir: string;
  fresh?: boolean;
  /** Default: a free port. */
  port?: number;
  /** Default: 32 random hex characters. */
  masterKey?: string;
  startTimeoutMs?: number;
  log?: (line: string) => void;
}

export interface MeilisearchProcess {
  host: string;
  masterKey: string;
  port: number;
  dataDir: string;
  pid: number | undefined;
  /** SIGTERM, waits for the exit (SIGKILL after 20 s). */
  stop(): Promise<void>;
  /** Starts the server again on the same port, key and data (after stop()). */
  restart(): Promise<void>;
}

async function waitHealthy(host: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null)
      throw new Error(`Meilisearch exited during start-up (code ${child.exitCode ?? child.signalCode})`);
    try {
      const res = await fetch(`${host}/health`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`Meilisearch did not answer ${host}/health within ${timeoutMs / 1000} s`);
}

export async function startMeilisearch(opts: MeilisearchOptions): Promise<MeilisearchProcess> {
  const log = opts.log ?? (() => {});
  const port = opts.port ?? (await freePort());
  const masterKey = opts.masterKey ?? randomBytes(16).toString('hex');
  const host = `http://127.0.0.1:${port}`;
  if (opts.fresh) rmSync(opts.dataDir, { recursive: true, force: true });
  mkdirSync(opts.dataDir, { recursive: true });
  let child: ChildProcess | null = null;

  const launch = async () => {
    const out = createWriteStream(path.join(opts.dataDir, 'meilisearch.log'), { flags: 'a' });
    const proc = spawn(
      opts.binary,
      [
        '--db-path',
        path.join(opts.dataDir, 'data.ms'),
        '--dump-dir',
        path.join(opts.dataDir, 'dumps'),
        '--snapshot-dir',
        path.join(opts.dataDir, 'snapshots'),
        '--http-addr',
        `127.0.0.1:${port}`,
        '--no-analytics',
        '--env',
        'development',
        '--log-level',
        'WARN',
      ],
      // The key goes by environment, not argv, so `ps` does not show it.
      { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, MEILI_MASTER_KEY: masterKey } },
    );
    proc.stdout?.pipe(out);
    proc.stderr?.pipe(out);
    child = proc;
    try {
      await waitHealthy(host, proc, opts.startTimeoutMs ?? 30_000);
    } catch (error) {
      proc.kill('SIGKILL');
      throw new Error(`${(error as Error).message}; see ${path.join(opts.dataDir, 'meilisearch.log')}`);
    }
    log(`Meilisearch ready at ${host} (pid ${proc.pid}, data in ${opts.dataDir})`);
  };

  const stop = async () => {
    const proc = child;
    child = null;
    if (!proc || proc.exitCode !== null || proc.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => proc.once('exit', () => resolve()));
    proc.kill('SIGTERM');
    const timer = setTimeout(() => proc.kill('SIGKILL'), 20_000);
    await exited;
    clearTimeout(timer);
  };

  await launch();
  return {
    host,
    masterKey,
    port,
    dataDir: opts.dataDir,
    get pid() {
      return child?.pid;
    },
    stop,
    async restart() {
      await stop();
      await launch();
    },
  };
}
