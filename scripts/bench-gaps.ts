import type { Graph } from '../api/src/db/graph.js';
import { migrate } from '../api/src/db/migrate.js';
import { hashPassword } from '../api/src/modules/auth/passwords.js';
import { jstMonth } from '../api/src/modules/gaps/signals.js';
import { readReferenceData } from '../graph-seeds/src/data-files.js';
import { loadReferenceData } from '../graph-seeds/src/reference-loader.js';
import { loadSyntheticGaps } from '../graph-seeds/src/synthetic/gaps.js';
import { connectBenchGraph, openBenchNeo4j, startBenchApi } from './lib/bench-api.js';
import { formatSummary, measure } from './lib/latency.js';

// `npm run bench:gaps`: 100,000 missing-partner reports and 1,000,000 logged searches over 24 months
// (their monthly aggregates, as the API stores them; plus the 100,000 report nodes) in their own embedded
// Neo4j (.data/neo4j-bench-gaps, or NEO4J_URI); then the dashboard and the map data through GraphQL over
// HTTP for ISA (the country, exact) and a local government (its prefecture). Target: p95 ≤ 200 ms.
const SEARCHES = 1_000_000;
const REPORTS = 100_000;
const MONTHS = 24;
const PASSWORD = 'bench-gaps-password';
const COUNT = 'exact lower upper';
const DASHBOARD = `query($filter: GapFilterInput) { gapDashboard(filter: $filter) {
  exact total { ${COUNT} } nationalTotal { ${COUNT} }
  prefectures { prefecture { code } count { ${COUNT} } }
  cells { prefecture { code } domain { code } count { ${COUNT} } }
  months { month partial count { ${COUNT} } } } }`;
const MAP = `query($filter: GapFilterInput) { gapDashboard(filter: $filter) { prefectures { prefecture { code } count { ${COUNT} } } } }`;

async function seed(graph: Graph): Promise<void> {
  const [{ reports }] = await graph.readRows<{ reports: number }>(
    'RETURN COUNT { (r:MissingPartnerReport {benchmark: true}) } AS reports',
  );
  const ref = readReferenceData();
  const started = Date.now();
  const rows = await loadSyntheticGaps(
    graph,
    ref,
    { searches: SEARCHES, reports: REPORTS, months: MONTHS },
    jstMonth(),
    14,
  );
  if (Number(reports) < REPORTS) {
    const prefectures = ref.prefectures.map((p) => p.code);
    const domains = ref.domains.filter((d) => d.parent !== null).map((d) => d.code);
    for (let i = Number(reports); i < REPORTS; i += 10_000) {
      await graph.writeRows(
        `UNWIND range($from, $to) AS i
         CREATE (:MissingPartnerReport {id: 'bench-report-' + i, benchmark: true, synthetic: true,
           createdAt: datetime() - duration({days: i % 700}), prefectureCode: $prefectures[i % size($prefectures)],
           domainCode: $domains[(i * 7) % size($domains)], languageCode: 'vi', note: null})`,
        { from: i, to: Math.min(i + 9_999, REPORTS - 1), prefectures, domains },
      );
    }
  }
  const hash = await hashPassword(PASSWORD);
  await graph.writeRows(
    `UNWIND $rows AS r MERGE (u:User {id: r.id})
     SET u.email = r.email, u.passwordHash = $hash, u.role = r.role, u.displayName = '【架空】' + r.id,
         u.locale = 'ja', u.failedSignIns = 0, u.synthetic = true
     WITH u, r MATCH (p:Prefecture {code: r.prefecture}) MERGE (u)-[:HOME_PREFECTURE]->(p)`,
    {
      hash,
      rows: [
        {
          id: 'bench-gaps-isa',
          email: 'isa@bench-gaps.tsunagu.example',
          role: 'ISA_ADMIN',
          prefecture: '13',
        },
        { id: 'bench-gaps-lg', email: 'lg@bench-gaps.tsunagu.example', role: 'LOCAL_GOV', prefecture: '23' },
      ],
    },
  );
  console.log(
    `seeded ${SEARCHES.toLocaleString()} searches and ${REPORTS.toLocaleString()} reports as ${rows.toLocaleString()} monthly aggregates in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
}

async function main(): Promise<void> {
  const neo4j = await openBenchNeo4j('neo4j-bench-gaps', Number(process.env.BENCH_GAPS_BOLT_PORT ?? 7719));
  const graph = await connectBenchGraph(neo4j.uri);
  try {
    await migrate(graph);
    await loadReferenceData(graph, readReferenceData());
    await seed(graph);
    const api = await startBenchApi(neo4j.uri, graph);
    try {
      const isa = await api.signIn('isa@bench-gaps.tsunagu.example', PASSWORD);
      const lg = await api.signIn('lg@bench-gaps.tsunagu.example', PASSWORD);
      const year = { from: null, to: null };
      const twoYears = { from: `${Number(jstMonth().slice(0, 4)) - 2}-${jstMonth().slice(5)}`, to: null };
      const sample = await api.countedGql(DASHBOARD, { filter: year }, isa);
      console.log(
        `ISA dashboard: ${sample.data.gapDashboard.cells.length} cells, total ${sample.data.gapDashboard.total.exact}; round trips ${sample.roundTrips}`,
      );
      const cases: [string, string, object, string][] = [
        ['ISA dashboard, 12 months', DASHBOARD, { filter: year }, isa],
        ['ISA map, 12 months', MAP, { filter: year }, isa],
        ['ISA dashboard, 25 months (all data)', DASHBOARD, { filter: twoYears }, isa],
        [
          'ISA dashboard, labour + Vietnamese',
          DASHBOARD,
          { filter: { domains: ['WRK'], language: 'vi' } },
          isa,
        ],
        ['LOCAL_GOV dashboard (Aichi), 12 months', DASHBOARD, { filter: year }, lg],
        ['LOCAL_GOV map, 12 months', MAP, { filter: year }, lg],
      ];
      for (const [, query, variables, token] of cases)
        await measure(() => api.gql(query, variables, token).then(() => {}), {
          total: 1,
          concurrency: 1,
          warmup: 60,
        });
      const results: string[] = [];
      let worst = 0;
      for (const [label, query, variables, token] of cases) {
        const s = await measure(() => api.gql(query, variables, token).then(() => {}), {
          total: 150,
          concurrency: 1,
          neo4jPid: neo4j.pid,
        });
        worst = Math.max(worst, s.p95);
        results.push(formatSummary(`${label}, 1 client`, s));
      }
      for (const line of results) console.log(line);
      console.log(
        `target p95 ≤ 200 ms (dashboard and map): ${worst <= 200 ? 'met' : 'NOT met'} (worst p95 ${worst.toFixed(1)} ms)`,
      );
    } finally {
      await api.close();
    }
  } finally {
    await graph.driver.close();
    await neo4j.stop();
  }
}

main().catch((error: Error) => {
  console.error(`bench:gaps failed: ${error.message}`);
  process.exit(1);
});
