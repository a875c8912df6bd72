/**
 * Runs the embedded Neo4j in the foreground until Ctrl-C.
 *
 *   tsx scripts/neo4j.ts [--port N] [--home DIR] [--heap 1g] [--page-cache 512m]
 *
 * Defaults: port from NEO4J_BOLT_PORT or 7687, home .data/neo4j (relative to the repo root).
 * Only Node built-ins are used, so this works before `npm install` has run (given tsx).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { LauncherError, startEmbeddedNeo4j } from './lib/neo4j-launcher.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const USAGE = 'usage: tsx scripts/neo4j.ts [--port N] [--home DIR] [--heap SIZE] [--page-cache SIZE]';

function parseArgs(argv: string[]) {
  const envPort = process.env.NEO4J_BOLT_PORT;
  const opts = {
    port: envPort ? Number(envPort) : 7687,
    home: path.join(ROOT, '.data', 'neo4j'),
    heap: undefined as string | undefined,
    pageCache: undefined as string | undefined,
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new Error(`${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case '--port':
        opts.port = Number(value());
        break;
      case '--home':
        opts.home = path.resolve(value());
        break;
      case '--heap':
        opts.heap = value();
        break;
      case '--page-cache':
        opts.pageCache = value();
        break;
      case '-h':
      case '--help':
        console.log(USAGE);
        process.exit(0);
        break;
      default:
        throw new Error(`unknown argument ${flag}`);
    }
  }
  if (!Number.isInteger(opts.port) || opts.port < 1 || opts.port > 65535) {
    throw new Error(`invalid port ${opts.port} (from --port or NEO4J_BOLT_PORT)`);
  }
  return opts;
}

async function main(): Promise<void> {
  let opts;
  try {
    opts = parseArgs(process.argv.slice(2));
  } catch (err) {
    console.error(`${(err as Error).message}\n${USAGE}`);
    process.exit(2);
  }

  const verbose = process.env.TSUNAGU_NEO4J_VERBOSE === '1';
  const started = Date.now();
  let neo4j;
  try {
    neo4j = await startEmbeddedNeo4j({
      port: opts.port,
      homeDir: opts.home,
      heap: opts.heap,
      pageCache: opts.pageCache,
      // Progress lines only; the JVM's full output is in <home>/launcher.log.
      log: (line) => {
        if (verbose || line.startsWith('neo4j-launcher:') || line.startsWith('mvn:')) console.log(line);
      },
    });
  } catch (err) {
    if (err instanceof LauncherError) {
      console.error(`error [${err.code}]: ${err.message}`);
      process.exit(1);
    }
    throw err;
  }

  console.log(`Neo4j is ready at ${neo4j.uri} (no auth, loopback only) after ${Date.now() - started} ms`);
  console.log(`data and logs: ${opts.home}; press Ctrl-C to stop`);

  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping Neo4j...`);
    neo4j.stop().then(
      () => {
        console.log('Neo4j stopped');
        process.exit(0);
      },
      (err) => {
        console.error('failed to stop Neo4j:', err);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
}

await main();
