import { parseArgs } from 'node:util';
import { connectGraph } from '../../api/src/db/graph.js';
import { migrate } from '../../api/src/db/migrate.js';
import { readReferenceData } from './data-files.js';
import { loadDemoAccounts } from './demo-accounts.js';
import { loadReferenceData } from './reference-loader.js';
import { BENCH_SIZES, DEMO_SIZES, ensureSyntheticDataset } from './synthetic/dataset.js';
import { DEMO_SEED } from './index.js';

// Usage: tsx graph-seeds/src/cli.ts <reference|demo|synthetic> [--preset demo|bench]
//   [--seed N] [--coordinators N] [--partners N] [--referrals N] [--endorsements N] [--peers N]
// Needs NEO4J_URI (npm start / npm test set it; see README).
const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    preset: { type: 'string', default: 'demo' },
    seed: { type: 'string' },
    coordinators: { type: 'string' },
    partners: { type: 'string' },
    referrals: { type: 'string' },
    endorsements: { type: 'string' },
    peers: { type: 'string' },
  },
});

function sizeFlag(name: keyof typeof values, fallback: number): number {
  const raw = values[name];
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} must be a whole number, got "${raw}"`);
  return n;
}

async function main(): Promise<void> {
  const command = positionals[0] ?? 'demo';
  const uri = process.env.NEO4J_URI;
  if (!uri) throw new Error('NEO4J_URI is not set (run `npm start` first, or point it at a Neo4j 5 server).');
  const graph = await connectGraph({
    uri,
    user: process.env.NEO4J_USER ?? 'neo4j',
    password: process.env.NEO4J_PASSWORD ?? 'neo4j',
    database: process.env.NEO4J_DATABASE,
  });
  try {
    await migrate(graph);
    const ref = readReferenceData();
    await loadReferenceData(graph, ref);
    if (command === 'reference') return;
    const base = values.preset === 'bench' ? BENCH_SIZES : DEMO_SIZES;
    const sizes = {
      coordinators: sizeFlag('coordinators', base.coordinators),
      partners: sizeFlag('partners', base.partners),
      referrals: sizeFlag('referrals', base.referrals),
      endorsements: sizeFlag('endorsements', base.endorsements),
      peerLinksPerCoordinator: sizeFlag('peers', base.peerLinksPerCoordinator),
    };
    const seed = sizeFlag('seed', DEMO_SEED);
    const report = await ensureSyntheticDataset(graph, ref, sizes, seed);
    if (!report) console.log('synthetic data set already loaded (same seed and sizes)');
    await loadDemoAccounts(graph);
  } finally {
    await graph.driver.close();
  }
}

main().catch((error: Error) => {
  console.error(`seed failed: ${error.message}`);
  process.exit(1);
});
