import type { Graph } from '../../api/src/db/graph.js';
import { readReferenceData } from './data-files.js';
import { loadDemoAccounts } from './demo-accounts.js';
import { loadDemoCertificates } from './demo-certificates.js';
import { loadDemoSurveys } from './demo-surveys.js';
import { loadDemoWorkshops } from './demo-workshops.js';
import { loadReferenceData } from './reference-loader.js';
import { DEMO_SIZES, ensureSyntheticDataset } from './synthetic/dataset.js';
import { DEMO_GAP_SIZES, loadSyntheticGaps } from './synthetic/gaps.js';
import { jstMonth } from '../../api/src/modules/gaps/signals.js';
import type { SyntheticSizes } from './synthetic/generate.js';

export { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo-accounts.js';
export { BENCH_SIZES, DEMO_SIZES } from './synthetic/dataset.js';

export const DEMO_SEED = 20_260_401;

/** Reference data, then the synthetic network, then the demo accounts (which link into it). */
export async function seedGraph(
  graph: Graph,
  options: { sizes?: SyntheticSizes; seed?: number; log?: (line: string) => void } = {},
): Promise<void> {
  const ref = readReferenceData();
  await loadReferenceData(graph, ref);
  await ensureSyntheticDataset(
    graph,
    ref,
    options.sizes ?? DEMO_SIZES,
    options.seed ?? DEMO_SEED,
    options.log,
  );
  await loadDemoAccounts(graph);
  // Surveys and activity reports demo: an open survey, an anonymous one with responses, a year of reports.
  await loadDemoSurveys(graph);
  // Workshops demo: an upcoming workshop with a waitlist and a past one with an insight.
  await loadDemoWorkshops(graph);
  // Gaps demo: a year of synthetic unmet-need aggregates, so the dashboard and map are not empty.
  await loadSyntheticGaps(graph, ref, DEMO_GAP_SIZES, jstMonth(), options.seed ?? DEMO_SEED);
  // Certificate history for seeded coordinators; the demo coordinator's renewal story.
  await loadDemoCertificates(graph);
}
