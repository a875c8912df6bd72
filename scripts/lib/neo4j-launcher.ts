/**
 * Node side of the embedded Neo4j launcher (see neo4j-launcher/README.md).
 *
 * Uses only Node built-ins: it runs before (or without) the npm dependencies being installed.
 * It builds the small Maven project in neo4j-launcher/ when needed, then runs
 * `java ... dev.tsunagu.neo4j.Launcher` and waits for its `TSUNAGU_NEO4J_READY` line.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync, type WriteStream } from 'node:fs';
import { mkdir, readdir, rm, stat, writeFile } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

export interface EmbeddedNeo4jOptions {
  port: number;
  homeDir: string;
  /** JVM heap (-Xms and -Xmx). Default '1g'. */
  heap?: string;
  /** Neo4j page cache (server.memory.pagecache.size). Default '512m'. */
  pageCache?: string;
  /** Neo4j total transaction memory (dbms.memory.transaction.total.max). Default '256m'. */
  txMemory?: string;
  /** How long to wait for the READY line. Default 120000. */
  startTimeoutMs?: number;
  /** Receives progress lines and the launcher's own output. */
  log?: (line: string) => void;
}

export interface EmbeddedNeo4j {
  uri: string;
  /** The JVM's process id (benchmarks read its CPU time). */
  pid: number | undefined;
  stop(): Promise<void>;
}

export type LauncherErrorCode =
  'JAVA_MISSING' | 'MAVEN_MISSING' | 'BUILD_FAILED' | 'PORT_IN_USE' | 'START_TIMEOUT' | 'EXITED';

export class LauncherError extends Error {
  readonly code: LauncherErrorCode;
  constructor(code: LauncherErrorCode, message: string) {
    super(message);
    this.name = 'LauncherError';
    this.code = code;
  }
}

/** Absolute path of neo4j-launcher/ (with a trailing separator). */
export const LAUNCHER_DIR = fileURLToPath(new URL('../../neo4j-launcher/', import.meta.url));
const TARGET_DIR = path.join(LAUNCHER_DIR, 'target');
const CLASSES_DIR = path.join(TARGET_DIR, 'classes');
const LIB_DIR = path.join(TARGET_DIR, 'lib');
const MAIN_CLASS_FILE = path.join(CLASSES_DIR, 'dev', 'tsunagu', 'neo4j', 'Launcher.class');
const BUILD_STAMP = path.join(TARGET_DIR, '.tsunagu-build-stamp');
const BUILD_LOCK = path.join(TARGET_DIR, '.tsunagu-build-lock');
const MAIN_CLASS = 'dev.tsunagu.neo4j.Launcher';

const READY_PREFIX = 'TSUNAGU_NEO4J_READY ';
const EXIT_PORT_IN_USE = 3;
const STOP_TIMEOUT_MS = 60_000;
const MIN_JAVA = 17;

const JAVA_HINT =
  'Java 17+ is required to run the embedded Neo4j: install openjdk-17-jre-headless ' +
  '(openjdk-17-jdk-headless for the first build), or set NEO4J_URI to use an existing server';
const MAVEN_HINT =
  'Maven 3.8+ is required to build the embedded Neo4j launcher (neo4j-launcher/): install maven ' +
  'and openjdk-17-jdk-headless, or set NEO4J_URI to use an existing server';

type Log = (line: string) => void;
const noop: Log = () => {};

const stripAnsi = (s: string): string => s.replace(/\x1b\[[0-9;]*[A-Za-z]/g, '');

interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
  error?: NodeJS.ErrnoException;
}

function run(cmd: string, args: string[], cwd?: string): Promise<RunResult> {
  return new Promise((resolve) => {
    execFile(cmd, args, { cwd, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      const err = error as (NodeJS.ErrnoException & { code?: unknown }) | null;
      if (err && typeof err.code === 'string') {
        // spawn failure (ENOENT, EACCES): the command is not there
        resolve({ code: null, stdout: String(stdout), stderr: String(stderr), error: err });
        return;
      }
      const code = err ? (typeof err.code === 'number' ? err.code : 1) : 0;
      resolve({ code, stdout: String(stdout), stderr: String(stderr) });
    });
  });
}

/** Parses the major version out of `java -version` output ("17.0.15", "1.8.0_392", "21"). */
export function parseJavaMajor(versionOutput: string): number | null {
  const m = /version "(\d+)(?:\.(\d+))?/.exec(versionOutput);
  if (!m) return null;
  const first = Number(m[1]);
  return first === 1 && m[2] !== undefined ? Number(m[2]) : first;
}

/** Throws JAVA_MISSING unless `java` on PATH is version 17 or newer. */
export async function checkJava(): Promise<number> {
  const r = await run('java', ['-version']);
  if (r.error) {
    throw new LauncherError('JAVA_MISSING', `\`java\` was not found on PATH. ${JAVA_HINT}.`);
  }
  const out = r.stderr + r.stdout;
  const major = parseJavaMajor(out);
  if (r.code !== 0 || major === null) {
    throw new LauncherError(
      'JAVA_MISSING',
      `\`java -version\` failed (exit ${r.code}): ${out.trim().split('\n').slice(-3).join(' | ')}. ${JAVA_HINT}.`,
    );
  }
  if (major < MIN_JAVA) {
    throw new LauncherError('JAVA_MISSING', `Found Java ${major} on PATH, but ${JAVA_HINT}.`);
  }
  return major;
}

/** Throws MAVEN_MISSING unless `mvn` is on PATH and answers `mvn -v`. */
export async function checkMaven(): Promise<void> {
  const r = await run('mvn', ['-v']);
  if (r.error) {
    throw new LauncherError('MAVEN_MISSING', `\`mvn\` was not found on PATH. ${MAVEN_HINT}.`);
  }
  if (r.code !== 0) {
    const out = stripAnsi(r.stdout + r.stderr).trim();
    throw new LauncherError('MAVEN_MISSING', `\`mvn -v\` failed (exit ${r.code}): ${out}. ${MAVEN_HINT}.`);
  }
}

/** Resolves if nothing listens on 127.0.0.1:port, else throws PORT_IN_USE. */
export function checkPortFree(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EADDRINUSE' || err.code === 'EACCES') {
        reject(portInUse(port));
      } else {
        reject(err);
      }
    });
    server.listen({ port, host: '127.0.0.1', exclusive: true }, () => {
      server.close(() => resolve());
    });
  });
}

function portInUse(port: number): LauncherError {
  return new LauncherError(
    'PORT_IN_USE',
    `Port ${port} on 127.0.0.1 is already in use, so the embedded Neo4j cannot listen there. ` +
      `Stop whatever uses it (is another Neo4j running?), choose another port with NEO4J_BOLT_PORT, ` +
      `or set NEO4J_URI to use an existing Neo4j server.`,
  );
}

async function mtimeMs(file: string): Promise<number> {
  try {
    return (await stat(file)).mtimeMs;
  } catch {
    return 0;
  }
}

async function newestSourceMtime(dir: string): Promise<number> {
  let newest = 0;
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const e of entries) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) newest = Math.max(newest, await newestSourceMtime(p));
    else if (e.name.endsWith('.java')) newest = Math.max(newest, await mtimeMs(p));
  }
  return newest;
}

/** Why the launcher needs (re)building, or null when target/ is up to date. */
async function buildReason(): Promise<string | null> {
  if (!existsSync(MAIN_CLASS_FILE)) return 'target/classes is missing';
  let libCount = 0;
  try {
    libCount = (await readdir(LIB_DIR)).filter((f) => f.endsWith('.jar')).length;
  } catch {
    /* missing */
  }
  if (libCount === 0) return 'target/lib is missing';
  const stamp = await mtimeMs(BUILD_STAMP);
  if (stamp === 0) return 'no record of a complete build';
  const pom = await mtimeMs(path.join(LAUNCHER_DIR, 'pom.xml'));
  if (pom > stamp) return 'pom.xml changed';
  const src = await newestSourceMtime(path.join(LAUNCHER_DIR, 'src'));
  if (src > stamp) return 'Java sources changed';
  return null;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A directory lock so two processes never run Maven on the same folder at once. */
async function withBuildLock<T>(log: Log, fn: () => Promise<T>): Promise<T> {
  await mkdir(TARGET_DIR, { recursive: true });
  const staleMs = 20 * 60_000;
  let waitedLogged = false;
  for (;;) {
    try {
      await mkdir(BUILD_LOCK);
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const age = Date.now() - (await mtimeMs(BUILD_LOCK));
      if (age > staleMs) {
        await rm(BUILD_LOCK, { recursive: true, force: true });
        continue;
      }
      if (!waitedLogged) {
        log('neo4j-launcher: another process is building the launcher; waiting for it');
        waitedLogged = true;
      }
      await sleep(1000);
    }
  }
  try {
    return await fn();
  } finally {
    await rm(BUILD_LOCK, { recursive: true, force: true });
  }
}

function runMaven(log: Log): Promise<{ code: number | null; tail: string[] }> {
  return new Promise((resolve) => {
    const tail: string[] = [];
    const child = spawn('mvn', ['-B', '-q', '-Dstyle.color=never', 'package', '-DskipTests'], {
      cwd: LAUNCHER_DIR,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const onLine = (raw: string) => {
      const line = stripAnsi(raw).trimEnd();
      if (!line) return;
      tail.push(line);
      if (tail.length > 40) tail.shift();
      log(`mvn: ${line}`);
    };
    createInterface({ input: child.stdout! }).on('line', onLine);
    createInterface({ input: child.stderr! }).on('line', onLine);
    child.on('error', (err) => {
      tail.push(String(err));
      resolve({ code: null, tail });
    });
    child.on('close', (code) => resolve({ code, tail }));
  });
}

/**
 * Builds neo4j-launcher/ with `mvn -B -q package -DskipTests` when target/classes or target/lib is
 * missing, or pom.xml or a .java source is newer than the last successful build.
 */
export async function buildLauncherIfNeeded(log: Log = noop): Promise<void> {
  if ((await buildReason()) === null) return;
  await withBuildLock(log, async () => {
    const reason = await buildReason(); // another process may have built it meanwhile
    if (reason === null) return;
    await checkMaven();
    log(
      `neo4j-launcher: building (${reason}); the first build downloads about 170 MB from Maven Central ` +
        `and can take a few minutes`,
    );
    const started = Date.now();
    const { code, tail } = await runMaven(log);
    if (code !== 0) {
      const out = tail.slice(-20).join('\n');
      let hint =
        'Check that Maven Central is reachable (the first build downloads Neo4j and its dependencies, ' +
        'about 170 MB, into ~/.m2), then retry; run `cd neo4j-launcher && mvn -B package -DskipTests` ' +
        'to see the full output. Or set NEO4J_URI to use an existing Neo4j server.';
      if (/No compiler is provided|release version 17 not supported|invalid target release/i.test(out)) {
        hint = 'Maven needs a JDK 17+ (javac), not only a JRE: install openjdk-17-jdk-headless. ' + hint;
      }
      throw new LauncherError(
        'BUILD_FAILED',
        `Building the embedded Neo4j launcher failed (mvn exit ${code}).\n` +
          `Last lines of Maven's output:\n${out || '(none)'}\n${hint}`,
      );
    }
    await writeFile(BUILD_STAMP, `${new Date().toISOString()}\n`);
    log(`neo4j-launcher: built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  });
}

/**
 * Starts Neo4j embedded in a JVM on 127.0.0.1:port, data and Neo4j logs under homeDir.
 * The JVM stops when stop() is called, and also by itself when this process dies (its stdin closes).
 */
export async function startEmbeddedNeo4j(opts: EmbeddedNeo4jOptions): Promise<EmbeddedNeo4j> {
  const log = opts.log ?? noop;
  const heap = opts.heap ?? '1g';
  const pageCache = opts.pageCache ?? '512m';
  const txMemory = opts.txMemory ?? '256m';
  const startTimeoutMs = opts.startTimeoutMs ?? 120_000;
  const homeDir = path.resolve(opts.homeDir);
  const { port } = opts;

  await checkJava();
  await checkPortFree(port);
  await buildLauncherIfNeeded(log);
  await mkdir(homeDir, { recursive: true });

  const launcherLog: WriteStream = createWriteStream(path.join(homeDir, 'launcher.log'), { flags: 'a' });
  launcherLog.on('error', () => {}); // logging must never crash the caller
  launcherLog.write(`--- ${new Date().toISOString()} starting embedded Neo4j on 127.0.0.1:${port}\n`);

  const classpath = [CLASSES_DIR, path.join(LIB_DIR, '*')].join(path.delimiter);
  const args = [
    `-Xms${heap}`,
    `-Xmx${heap}`,
    '-XX:+ExitOnOutOfMemoryError',
    '-cp',
    classpath,
    MAIN_CLASS,
    '--port',
    String(port),
    '--home',
    homeDir,
    '--page-cache',
    pageCache,
    '--tx-memory',
    txMemory,
  ];
  log(`neo4j-launcher: starting Neo4j (heap ${heap}, page cache ${pageCache}) in ${homeDir}`);

  // detached: the JVM gets its own process group, so a terminal Ctrl-C reaches only us and we stop
  // it exactly once through stop(). stdin stays an open pipe: when we die it closes and the JVM stops.
  const child: ChildProcess = spawn('java', args, {
    cwd: LAUNCHER_DIR,
    stdio: ['pipe', 'pipe', 'pipe'],
    detached: true,
  });
  child.stdin!.on('error', () => {}); // EPIPE once the JVM is gone

  const stderrTail: string[] = [];
  let uri: string | null = null;

  const closed = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.on('close', (code, signal) => resolve({ code, signal }));
    // a JVM that could not be spawned at all never emits 'close'
    child.on('error', () => {
      if (child.pid === undefined) resolve({ code: null, signal: null });
    });
  });
  closed.then(({ code, signal }) => {
    launcherLog.write(`--- ${new Date().toISOString()} launcher exited (code ${code}, signal ${signal})\n`);
    launcherLog.end();
  });

  // If this Node process exits without calling stop(), ask the JVM to shut down cleanly.
  const killOnExit = () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
  };
  process.on('exit', killOnExit);

  const ready = new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).on('line', (line) => {
      launcherLog.write(`${line}\n`);
      log(line);
      if (uri === null && line.startsWith(READY_PREFIX)) {
        uri = line.slice(READY_PREFIX.length).trim();
        resolve(uri);
      }
    });
    createInterface({ input: child.stderr! }).on('line', (line) => {
      launcherLog.write(`[stderr] ${line}\n`);
      log(line);
      stderrTail.push(line);
      if (stderrTail.length > 20) stderrTail.shift();
    });
    child.on('error', (err) => {
      reject(
        (err as NodeJS.ErrnoException).code === 'ENOENT'
          ? new LauncherError('JAVA_MISSING', `\`java\` was not found on PATH. ${JAVA_HINT}.`)
          : new LauncherError('EXITED', `Could not start the Neo4j launcher JVM: ${err.message}`),
      );
    });
    closed.then(({ code, signal }) => {
      if (uri !== null) return;
      if (code === EXIT_PORT_IN_USE) {
        reject(portInUse(port));
        return;
      }
      const why = signal ? `signal ${signal}` : `exit code ${code}`;
      reject(
        new LauncherError(
          'EXITED',
          `The embedded Neo4j exited before it was ready (${why}).\n` +
            `Last output:\n${stderrTail.join('\n') || '(none)'}\n` +
            `See ${path.join(homeDir, 'launcher.log')} and ${path.join(homeDir, 'logs', 'debug.log')}.`,
        ),
      );
    });
  });

  let stopping: Promise<void> | null = null;
  const stop = (): Promise<void> => {
    if (stopping) return stopping;
    stopping = (async () => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => {
          log(`neo4j-launcher: Neo4j did not stop within ${STOP_TIMEOUT_MS / 1000} s; killing it`);
          child.kill('SIGKILL');
        }, STOP_TIMEOUT_MS);
        await closed;
        clearTimeout(timer);
      } else {
        await closed;
      }
      process.off('exit', killOnExit);
    })();
    return stopping;
  };

  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new LauncherError(
            'START_TIMEOUT',
            `The embedded Neo4j did not report ready within ${Math.round(startTimeoutMs / 1000)} s. ` +
              `See ${path.join(homeDir, 'launcher.log')} and ${path.join(homeDir, 'logs', 'debug.log')}.`,
          ),
        ),
      startTimeoutMs,
    );
  });

  try {
    const readyUri = await Promise.race([ready, timeout]);
    return { uri: readyUri, pid: child.pid, stop };
  } catch (err) {
    await stop();
    throw err;
  } finally {
    clearTimeout(timer);
  }
}
