import { formatLoadRate, openBenchDataset } from './lib/bench-dataset.js';

// `npm run bench:load`: loads the large synthetic set (10k coordinators, 100k partners, >1M
// relationships) into its own embedded Neo4j under .data/neo4j-bench (or NEO4J_URI) and prints
// the load rate. The set stays there for the search benchmarks; a second run reuses it.
async function main(): Promise<void> {
  const bench = await openBenchDataset();
  try {
    const [counts] = await bench.graph.readRows<{ nodes: number; relationships: number }>(
      'RETURN COUNT { (n) } AS nodes, COUNT { ()-[r]->() } AS relationships',
    );
    console.log(`graph now holds ${counts.nodes} nodes and ${counts.relationships} relationships`);
    console.log(formatLoadRate(bench.load));
  } finally {
    await bench.close();
  }
}

main().catch((error: Error) => {
  console.error(`bench:load failed: ${error.message}`);
  process.exit(1);
});
