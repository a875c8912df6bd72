import type { Graph } from '../../../api/src/db/graph.js';
import type { ReferenceData } from '../data-files.js';
import { GENERATOR_VERSION, generateSyntheticDataset, type SyntheticSizes } from './generate.js';
import { deleteSyntheticData, writeSyntheticDataset, type LoadReport } from './write.js';

export const DEMO_SIZES: SyntheticSizes = {
  coordinators: 300,
  partners: 2_000,
  referrals: 4_000,
  endorsements: 600,
  peerLinksPerCoordinator: 4,
};

export const BENCH_SIZES: SyntheticSizes = {
  coordinators: 10_000,
  partners: 100_000,
  referrals: 400_000,
  endorsements: 40_000,
  peerLinksPerCoordinator: 5,
};

/**
 * Loads a synthetic data set unless the same one (seed and sizes) is already in the graph; a
 * different one is replaced. A (:SyntheticDataset) marker records what is loaded, written last,
 * so an interrupted load is detected and redone.
 */
export async function ensureSyntheticDataset(
  graph: Graph,
  ref: ReferenceData,
  sizes: SyntheticSizes,
  seed: number,
  log: (line: string) => void = console.log,
): Promise<LoadReport | null> {
  const key = JSON.stringify({ version: GENERATOR_VERSION, seed, ...sizes });
  const existing = await graph.readRows<{ key: string }>(
    'MATCH (d:SyntheticDataset {synthetic: true}) RETURN d.key AS key',
  );
  if (existing.length === 1 && existing[0].key === key) return null;
  const hasSynthetic = await graph.readRows('MATCH (n:Partner {synthetic: true}) RETURN n LIMIT 1');
  if (existing.length || hasSynthetic.length) {
    log('replacing the synthetic data set in the graph');
    await deleteSyntheticData(graph);
  }
  const data = generateSyntheticDataset(ref, sizes, seed);
  const report = await writeSyntheticDataset(graph, data);
  await graph.writeRows('CREATE (:SyntheticDataset {synthetic: true, key: $key, loadedAt: datetime()})', {
    key,
  });
  const rate = Math.round(report.relationships / Math.max(report.seconds, 0.001));
  log(
    `synthetic data loaded: ${report.nodes} nodes, ${report.relationships} relationships in ${report.seconds.toFixed(1)} s (${rate} relationships/s)`,
  );
  return report;
}
