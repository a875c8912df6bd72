import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { ensureChromium } from './lib/chromium.js';
import {
  findMeilisearchBinary,
  startMeilisearch,
  type MeilisearchProcess,
} from './lib/meilisearch-process.js';
import { ROOT, startStack } from './lib/stack.js';

// `npm test`: checks generated code, starts one real Neo4j (fresh, under .data/neo4j-test), the
// API and the portal with demo data, then runs every Vitest suite (unit, integration, browser)
// against them. Extra arguments go to vitest (e.g. `npm test -- tests/api`). The Meilisearch
// contract runs against MEILI_HOST when set, else against a Meilisearch this script starts from
// MEILISEARCH_BIN / ../shared/meilisearch/meilisearch / PATH (fresh, under .data/meili-test); the
// portal and API of the stack keep the Neo4j backend either way unless MEILI_HOST is set.
const log = (line: string) => console.log(`[test] ${line}`);
const bin = (name: string) => path.join(ROOT, 'node_modules', '.bin', name);
const port = (name: string, fallback: number) => Number(process.env[name] ?? fallback);

async function main(): Promise<number> {
  const chromium = ensureChromium(log);

  log('checking that generated GraphQL code matches schema/ (codegen --check)…');
  const codegen = spawnSync(bin('graphql-codegen'), ['--config', 'codegen.ts', '--check'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (codegen.status !== 0) {
    console.error(codegen.stdout + codegen.stderr);
    console.error('[test] generated files differ from schema/: run `npm run codegen` and commit the output.');
    return 1;
  }

  // Meilisearch for its contract suite: a server of the user's (MEILI_HOST) or one started here.
  let meili: MeilisearchProcess | null = null;
  const meiliBinary = findMeilisearchBinary();
  const meiliEnv: Record<string, string> = {};
  if (meiliBinary) meiliEnv.TEST_MEILISEARCH_BIN = meiliBinary;
  if (process.env.MEILI_HOST) {
    log(`Meilisearch contract against ${process.env.MEILI_HOST} (MEILI_HOST)`);
    meiliEnv.TEST_MEILI_HOST = process.env.MEILI_HOST;
    if (process.env.MEILI_MASTER_KEY) meiliEnv.TEST_MEILI_API_KEY = process.env.MEILI_MASTER_KEY;
  } else if (meiliBinary) {
    meili = await startMeilisearch({
      binary: meiliBinary,
      dataDir: path.join(ROOT, '.data', 'meili-test'),
      fresh: true,
      log,
    });
    meiliEnv.TEST_MEILI_HOST = meili.host;
    meiliEnv.TEST_MEILI_API_KEY = meili.masterKey;
  } else {
    log(
      'no Meilisearch binary (MEILISEARCH_BIN, ../shared/meilisearch/meilisearch, PATH) and no MEILI_HOST:',
    );
    log('the Meilisearch contract suite will be skipped');
  }

  const stack = await startStack({
    neo4jHome: process.env.TEST_NEO4J_HOME ?? path.join(ROOT, '.data', 'neo4j-test'),
    neo4jPort: port('TEST_NEO4J_BOLT_PORT', 7688),
    apiPort: port('TEST_API_PORT', 4100),
    webPort: port('TEST_PORT', 3100),
    freshDatabase: true,
    withoutPortal: process.env.TEST_WITHOUT_PORTAL === '1',
    log,
  });
  try {
    const vitest = spawn(bin('vitest'), ['run', ...process.argv.slice(2)], {
      cwd: ROOT,
      stdio: 'inherit',
      env: {
        ...process.env,
        NEO4J_URI: stack.neo4jUri,
        API_URL: `${stack.apiUrl}/graphql`,
        PORTAL_URL: stack.portalUrl,
        CHROMIUM_PATH: chromium,
        ...meiliEnv,
      },
    });
    const forward = () => vitest.kill('SIGINT');
    process.once('SIGINT', forward);
    return await new Promise<number>((resolve) => vitest.on('exit', (code) => resolve(code ?? 1)));
  } finally {
    log('stopping the test stack…');
    await stack.stop();
    await meili?.stop();
  }
}

main()
  .then((code) => process.exit(code))
  .catch((error: Error) => {
    console.error(`[test] ${error.message}`);
    process.exit(1);
  });
