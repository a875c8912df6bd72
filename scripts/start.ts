import path from 'node:path';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../graph-seeds/src/index.js';
import { ROOT, startStack } from './lib/stack.js';

const log = (line: string) => console.log(`[tsunagu] ${line}`);
const port = (name: string, fallback: number) => Number(process.env[name] ?? fallback);

function searchBackend(): 'neo4j' | 'meilisearch' {
  const value = process.env.SEARCH_BACKEND ?? (process.env.MEILI_HOST ? 'meilisearch' : 'neo4j');
  if (value !== 'neo4j' && value !== 'meilisearch')
    throw new Error(`SEARCH_BACKEND must be neo4j or meilisearch (got ${value})`);
  return value;
}

async function main(): Promise<void> {
  const started = Date.now();
  const stack = await startStack({
    neo4jHome: path.join(ROOT, '.data', 'neo4j'),
    neo4jPort: port('NEO4J_BOLT_PORT', 7687),
    apiPort: port('API_PORT', 4000),
    webPort: port('PORT', 3000),
    searchBackend: searchBackend(),
    log,
  });
  const width = Math.max(...DEMO_ACCOUNTS.map((a) => a.email.length));
  console.log(`
  Tsunagu is running (ready in ${((Date.now() - started) / 1000).toFixed(1)} s)

    Portal       ${stack.portalUrl}
    GraphQL API  ${stack.apiUrl}/graphql   (health: ${stack.apiUrl}/health)
    Neo4j        ${stack.neo4jUri}
    Search       ${process.env.MEILI_HOST ? `Meilisearch ${process.env.MEILI_HOST}` : 'Neo4j full-text'}

  Demo sign-ins (synthetic accounts), password: ${DEMO_PASSWORD}
${DEMO_ACCOUNTS.map((a) => `    ${a.email.padEnd(width)}  ${a.role}`).join('\n')}

  Press Ctrl-C to stop everything.
`);
  let stopping = false;
  const shutdown = async () => {
    if (stopping) return;
    stopping = true;
    log('stopping portal, API and Neo4j…');
    await stack.stop();
    log('stopped cleanly');
    process.exit(0);
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

main().catch((error: Error) => {
  console.error(`\n[tsunagu] could not start: ${error.message}\n`);
  process.exit(1);
});
