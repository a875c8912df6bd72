import { connectGraph } from '../api/src/db/graph.js';
import { loadApiConfig } from '../api/src/config.js';
import { createMeiliClient } from '../api/src/modules/search/meili-backend.js';
import { drainOutboxOnce, reindexAll } from '../api/src/modules/search/sync.js';
import { createProgress } from '../graph-seeds/src/progress.js';

// `npm run search:reindex`: pushes every partner from Neo4j (NEO4J_URI) to Meilisearch (MEILI_HOST,
// MEILI_MASTER_KEY) with the project's index settings, then drains the outbox of changes made
// meanwhile. `-- --follow` keeps draining the outbox (retrying with back-off) until Ctrl-C.
async function main(): Promise<void> {
  const { MEILI_HOST, MEILI_MASTER_KEY } = loadApiConfig();
  if (!MEILI_HOST) throw new Error('MEILI_HOST is not set: the Neo4j backend needs no reindex.');
  const uri = process.env.NEO4J_URI;
  if (!uri) throw new Error('NEO4J_URI is not set (start Tsunagu with `npm start`, or point it at Neo4j).');
  const graph = await connectGraph({
    uri,
    user: process.env.NEO4J_USER ?? 'neo4j',
    password: process.env.NEO4J_PASSWORD ?? 'neo4j',
    database: process.env.NEO4J_DATABASE,
  });
  const client = createMeiliClient({ host: MEILI_HOST, apiKey: MEILI_MASTER_KEY });
  try {
    const [{ total }] = await graph.readRows<{ total: number }>('MATCH (p:Partner) RETURN count(p) AS total');
    const progress = createProgress('partners', total);
    const done = await reindexAll(graph, client, (n) => progress.update(n));
    progress.done();
    console.log(`reindexed ${done} partners into ${MEILI_HOST}`);
    console.log(`outbox: pushed ${await drainOutboxOnce(graph, client)} pending change(s)`);
    if (process.argv.includes('--follow')) {
      console.log('following the outbox (Ctrl-C to stop)…');
      let delayMs = 1_000;
      for (;;) {
        try {
          const n = await drainOutboxOnce(graph, client);
          if (n) console.log(`outbox: pushed ${n}`);
          delayMs = 1_000;
        } catch (error) {
          delayMs = Math.min(delayMs * 2, 300_000);
          console.error(`outbox: ${(error as Error).message}; retrying in ${delayMs / 1000} s`);
        }
        await new Promise((resolve) => setTimeout(resolve, delayMs));
      }
    }
  } finally {
    await graph.driver.close();
  }
}

main().catch((error: Error) => {
  console.error(`search:reindex failed: ${error.message}`);
  process.exit(1);
});
