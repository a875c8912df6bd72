import path from 'node:path';
import { connectGraph, type Graph } from '../../api/src/db/graph.js';
import { migrate } from '../../api/src/db/migrate.js';
import { readReferenceData } from '../../graph-seeds/src/data-files.js';
import { loadReferenceData } from '../../graph-seeds/src/reference-loader.js';
import { BENCH_SIZES, ensureSyntheticDataset } from '../../graph-seeds/src/synthetic/dataset.js';
import type { LoadReport } from '../../graph-seeds/src/synthetic/write.js';
import { buildLauncherIfNeeded, startEmbeddedNeo4j } from './neo4j-launcher.js';
import { ROOT } from './stack.js';

/** The seed of the large synthetic set shared by the benchmarks (bench:load, bench:search). */
export const BENCH_SEED = 4242;

export interface BenchDataset {
  uri: string;
  graph: Graph;
  /** The embedded Neo4j's process id; undefined with NEO4J_URI. */
  neo4jPid: number | undefined;
  /** How the set was loaded in this run, or null when it was already there. */
  load: LoadReport | null;
  /** Closes the driver and stops the embedded Neo4j (if this process started it). */
  close(): Promise<void>;
}

/**
 * Opens the benchmark graph: NEO4J_URI if set, else an embedded Neo4j under .data/neo4j-bench
 * (BENCH_NEO4J_BOLT_PORT, default 7689); applies migrations and reference data and loads the
 * large synthetic set (BENCH_SIZES, seed 4242) unless it is already there.
 */
export async function openBenchDataset(log: (line: string) => void = console.log): Promise<BenchDataset> {
  let uri = process.env.NEO4J_URI;
  let stop = async () => {};
  let neo4jPid: number | undefined;
  if (!uri) {
    await buildLauncherIfNeeded(log);
    const neo4j = await startEmbeddedNeo4j({
      port: Number(process.env.BENCH_NEO4J_BOLT_PORT ?? 7689),
      homeDir: path.join(ROOT, '.data', 'neo4j-bench'),
      heap: process.env.NEO4J_HEAP,
      pageCache: process.env.NEO4J_PAGECACHE ?? '1g',
    });
    uri = neo4j.uri;
    neo4jPid = neo4j.pid;
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
    const load = await ensureSyntheticDataset(graph, ref, BENCH_SIZES, BENCH_SEED, log);
    return {
      uri,
      graph,
      neo4jPid,
      load,
      close: async () => {
        await graph.driver.close();
        await stop();
      },
    };
  } catch (error) {
    await graph.driver.close();
    await stop();
    throw error;
  }
}

/** One line saying how fast the set loaded (or that it was reused). */
export function formatLoadRate(load: LoadReport | null): string {
  if (!load)
    return 'load: the benchmark data set was already loaded (delete .data/neo4j-bench to measure again)';
  return (
    `load: ${load.relationships} relationships + ${load.nodes} nodes in ${load.seconds.toFixed(1)} s = ` +
    `${Math.round(load.relationships / load.seconds)} relationships/s`
  );
}
