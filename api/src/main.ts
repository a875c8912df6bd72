import { loadApiConfig } from './config.js';
import { connectGraph } from './db/graph.js';
import { consoleLogger, startApi } from './server.js';

// Entry point of the API process. The orchestrator (scripts/start.ts) starts Neo4j first and
// passes NEO4J_URI; run alone, the API requires NEO4J_URI to be set.
async function main(): Promise<void> {
  const config = loadApiConfig();
  if (!config.NEO4J_URI)
    throw new Error('NEO4J_URI is not set: start the API through `npm start`, or set it.');
  const graph = await connectGraph({
    uri: config.NEO4J_URI,
    user: config.NEO4J_USER,
    password: config.NEO4J_PASSWORD,
    database: config.NEO4J_DATABASE,
  });
  const api = await startApi(config, graph);
  consoleLogger('info', `GraphQL API listening on ${api.url}/graphql`);
  const shutdown = async () => {
    await api.close();
    await graph.driver.close();
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

main().catch((error: Error) => {
  console.error(`[api] failed to start: ${error.message}`);
  process.exit(1);
});
