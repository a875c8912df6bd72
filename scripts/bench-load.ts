import path from 'node:path';
import { connectGraph } from '../api/src/db/graph.js';
import { migrate } from '../api/src/db/migrate.js';
import { readReferenceData } from '../graph-seeds/src/data-files.js';
import { loadReferenceData } from '../graph-seeds/src/reference-loader.js';
import { BENCH_SIZES, ensureSyntheticDataset } from '../graph-seeds/src/synthetic/dataset.js';
import { buildLauncherIfNeeded, startEmbeddedNeo4j } from './lib/neo4j-launcher.js';
import { ROOT } from './lib/stack.js';

// `npm run bench:load`: loads the large synthetic set (10k coordinators, 100k partners, >1M
// relationships) into its own embedded Neo4j under .data/neo4j-bench (or NEO4J_URI) and prints
// the load rate. The set stays there for the search benchmarks; a second run reuses it.
const SEED = 4242;

async function main(): Promise<void> {
  let uri = process.env.NEO4J_URI;
  let stop = async () => {};
  if (!uri) {
    await buildLauncherIfNeeded(console.log);
    const neo4j = await startEmbeddedNeo4j({
      port: Number(process.env.BENCH_NEO4J_BOLT_PORT ?? 7689),
      homeDir: path.join(ROOT, '.data', 'neo4j-bench'),
      heap: process.env.NEO4J_HEAP,
      pageCache: process.env.NEO4J_PAGECACHE ?? '1g',
    });
    uri = neo4j.uri;
    stop = () => neo4j.stop();
  }
  const graph = await connectGraph({
    uri,
    user: process.env.NEO4J_USER ?? 'neo4j',
    password: process.env.NEO4J_PASSWORD ?? 'neo4j',
  });
  try {
    await migrate(graph);
    const ref = readReferenceData();
    await loadReferenceData(graph, ref);
    const report = await ensureSyntheticDataset(graph, ref, BENCH_SIZES, SEED);
    const [counts] = await graph.readRows<{ nodes: number; relationships: number }>(
      'RETURN COUNT { (n) } AS nodes, COUNT { ()-[r]->() } AS relationships',
    );
    console.log(`graph now holds ${counts.nodes} nodes and ${counts.relationships} relationships`);
    if (report) {
      console.log(
        `load: ${report.relationships} relationships + ${report.nodes} nodes in ${report.seconds.toFixed(1)} s = ` +
          `${Math.round(report.relationships / report.seconds)} relationships/s`,
      );
    } else {
      console.log(
        'load: the benchmark data set was already loaded (delete .data/neo4j-bench to measure again)',
      );
    }
  } finally {
    await graph.driver.close();
    await stop();
  }
}

main().catch((error: Error) => {
  console.error(`bench:load failed: ${error.message}`);
  process.exit(1);
});
