import { loadavg } from 'node:os';
import type { Graph } from '../api/src/db/graph.js';
import { hashPassword } from '../api/src/modules/auth/passwords.js';
import type { SessionViewer } from '../api/src/modules/auth/repository.js';
import { ReferenceCatalog } from '../api/src/modules/reference/catalog.js';
import { buildSearchQuery, geoMapOf, type PartnerSearchInput } from '../api/src/modules/search/input.js';
import { SearchLexicon } from '../api/src/modules/search/lexicon-store.js';
import { profileSearch } from '../api/src/modules/search/neo4j-backend.js';
import { formatLoadRate, openBenchDataset } from './lib/bench-dataset.js';
import { startBenchApi } from './lib/bench-api.js';
import { formatSummary, measure, warmUp } from './lib/latency.js';

// `npm run bench:search`: on the large synthetic set (bench:load's, reused or loaded here) starts
// the API in-process, signs in as a synthetic coordinator in Saitama and runs a fixed mix of
// searches and directory pages through GraphQL over HTTP, at 1 and 16 concurrent clients. Prints
// latency percentiles and throughput, Neo4j round trips per operation and PROFILE db hits per
// search. Targets (2-core machine): search p95 ≤ 50 ms (1 client), ≥ 300 req/s (16 clients),
// ≤ 20,000 db hits; directory pages p95 ≤ 30 ms.
const EMAIL = 'bench-search@bench.tsunagu.example';
const PASSWORD = 'bench-search-password';
const USER_ID = 'bench-search-user';
const HOME_PREFECTURE = '11';
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 300);

const SEARCHES: { label: string; input: PartnerSearchInput }[] = [
  { label: '労働 (Japanese text)', input: { text: '労働' } },
  { label: '"labour consultation" + Vietnamese', input: { text: 'labour consultation', language: 'vi' } },
  { label: '通訳 + domain HLT', input: { text: '通訳', domains: ['HLT'] } },
  {
    label: '在留資格 from Osaka, no remote',
    input: { text: '在留資格', prefecture: '27', includeRemote: false },
  },
  { label: '"clinic" from Tokyo', input: { text: 'clinic', prefecture: '13' } },
  {
    label: '"housing" + Portuguese, status',
    input: { text: 'housing', language: 'pt', status: 'SSW_1' },
  },
  { label: 'domain WRK, no text', input: { domains: ['WRK'] } },
  { label: 'WRK + Vietnamese from Shimane', input: { domains: ['WRK'], language: 'vi', prefecture: '32' } },
];

const DIRECTORY_PAGES: { label: string; filter: Record<string, unknown> }[] = [
  { label: 'partners in Tokyo', filter: { prefecture: '13' } },
  { label: 'partners serving WRK in Aichi', filter: { prefecture: '23', domain: 'WRK' } },
  { label: 'partners offering vi', filter: { language: 'vi' } },
  { label: 'verified support groups', filter: { kind: 'SUP', verified: true } },
];

const SEARCH_QUERY = `query($input: PartnerSearchInput!) {
  searchPartners(input: $input, first: 20) {
    foundNearby prefecture { code }
    pageInfo { hasNextPage endCursor }
    edges { cursor node { score tier partner { id name kind prefecture { code } domains { code nameJa }
      languages { code } trust { referralCount resolvedCount endorsementCount } verifiedByIsa stale }
      reasons { kind tier graduates resolved peerGraduates endorsements peerEndorsements hops language { code } } } } } }`;

const DIRECTORY_QUERY = `query($filter: PartnerFilter) {
  partners(first: 20, filter: $filter) {
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id name kind nationwide remote verifiedByIsa stale prefecture { code nameJa }
      domains { code nameJa } languages { code nameJa } trust { referralCount resolvedCount endorsementCount } } } } }`;

/** A synthetic sign-in for the benchmark, acting as a synthetic coordinator of the home prefecture. */
async function ensureBenchUser(graph: Graph): Promise<string> {
  const [row] = await graph.writeRows<{ coordinatorId: string }>(
    `MATCH (c:Coordinator {synthetic: true})-[:WORKS_IN]->(pref:Prefecture {code: $pref})
     WITH c, pref ORDER BY COUNT { (c)-[:PEER_OF]-() } DESC, c.id LIMIT 1
     MERGE (u:User {id: $id})
     SET u.email = $email, u.passwordHash = $hash, u.role = 'COORDINATOR', u.locale = 'ja',
         u.displayName = '【架空】検索ベンチマーク', u.failedSignIns = 0, u.synthetic = true
     MERGE (u)-[:ACTS_AS]->(c)
     MERGE (u)-[:HOME_PREFECTURE]->(pref)
     RETURN c.id AS coordinatorId`,
    { id: USER_ID, email: EMAIL, hash: await hashPassword(PASSWORD), pref: HOME_PREFECTURE },
  );
  if (!row) throw new Error(`no synthetic coordinator works in prefecture ${HOME_PREFECTURE}`);
  return row.coordinatorId;
}

async function main(): Promise<void> {
  console.log(
    `load average before: ${loadavg()
      .map((n) => n.toFixed(2))
      .join(' ')} (2 cores; other test stacks may be running)`,
  );
  const bench = await openBenchDataset();
  const api = await startBenchApi(bench.uri, bench.graph);
  try {
    const coordinatorId = await ensureBenchUser(bench.graph);
    const { gql } = api;
    const token = await api.signIn(EMAIL, PASSWORD);

    console.log(formatLoadRate(bench.load));
    console.log(
      `\nper operation (first 20 results; round trips counted on the API's driver, db hits from PROFILE):`,
    );
    const catalog = new ReferenceCatalog(bench.graph);
    await catalog.refresh();
    const understand = await new SearchLexicon(bench.graph, catalog).current();
    const viewer: SessionViewer = {
      id: USER_ID,
      email: EMAIL,
      displayName: 'bench',
      role: 'COORDINATOR',
      locale: 'ja',
      prefectureCode: HOME_PREFECTURE,
      workPrefectureCode: HOME_PREFECTURE,
      coordinatorId,
      sessionId: 'bench',
      sessionExpiresAt: new Date(Date.now() + 3_600_000).toISOString(),
    };
    for (const { label, input } of SEARCHES) {
      const body = await api.countedGql(SEARCH_QUERY, { input }, token);
      const query = buildSearchQuery(input, viewer, catalog, { limit: 21, after: null }, understand);
      const dbHits = await profileSearch(bench.graph, query, geoMapOf(catalog));
      const found = body.data.searchPartners.edges.length;
      console.log(
        `  search ${label.padEnd(38)} ${body.roundTrips} round trips, ${dbHits} db hits, ${found} results`,
      );
    }
    for (const { label, filter } of DIRECTORY_PAGES) {
      const body = await api.countedGql(DIRECTORY_QUERY, { filter }, token);
      console.log(
        `  directory ${label.padEnd(35)} ${body.roundTrips} round trips, ${body.data.partners.edges.length} results`,
      );
    }

    const viewerQuery = () => gql('{ viewer { id role } }', {}, token).then(() => {});
    let s = 0;
    const search = () =>
      gql(SEARCH_QUERY, { input: SEARCHES[s++ % SEARCHES.length].input }, token).then(() => {});
    let d = 0;
    const directory = () =>
      gql(DIRECTORY_QUERY, { filter: DIRECTORY_PAGES[d++ % DIRECTORY_PAGES.length].filter }, token).then(
        () => {},
      );
    // The embedded Neo4j may have been started by this run: run the mix until the JIT has settled.
    // Its own counter: `s` only moves on searches, so `s % 2` alone picked directory pages forever.
    let m = 0;
    const mixed = () => (m++ % 2 ? search() : directory());
    console.log('');
    await warmUp(mixed, {
      concurrency: 16,
      minMs: 60_000,
      maxMs: 240_000,
      neo4jPid: bench.neo4jPid,
      log: console.log,
    });
    console.log(`latency over HTTP (20 unmeasured requests before each line):`);
    console.log(
      formatSummary(
        'baseline: viewer (session only), 1 client',
        await measure(viewerQuery, { total: SAMPLES, concurrency: 1, neo4jPid: bench.neo4jPid }),
      ),
    );
    console.log(
      formatSummary(
        'search mix, 1 client',
        await measure(search, { total: SAMPLES, concurrency: 1, neo4jPid: bench.neo4jPid }),
      ),
    );
    console.log(
      formatSummary(
        'search mix, 16 clients',
        await measure(search, { total: SAMPLES * 2, concurrency: 16, neo4jPid: bench.neo4jPid }),
      ),
    );
    console.log(
      formatSummary(
        'directory pages, 1 client',
        await measure(directory, { total: SAMPLES, concurrency: 1, neo4jPid: bench.neo4jPid }),
      ),
    );
    console.log(
      formatSummary(
        'directory pages, 16 clients',
        await measure(directory, { total: SAMPLES * 2, concurrency: 16, neo4jPid: bench.neo4jPid }),
      ),
    );
    console.log(
      `load average after: ${loadavg()
        .map((n) => n.toFixed(2))
        .join(' ')}`,
    );
  } finally {
    await api.close();
    await bench.close();
  }
}

main().catch((error: Error) => {
  console.error(`bench:search failed: ${error.message}`);
  process.exit(1);
});
