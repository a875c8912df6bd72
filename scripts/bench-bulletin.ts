import type { Graph } from '../api/src/db/graph.js';
import { migrate } from '../api/src/db/migrate.js';
import { hashPassword } from '../api/src/modules/auth/passwords.js';
import { readReferenceData } from '../graph-seeds/src/data-files.js';
import { loadReferenceData } from '../graph-seeds/src/reference-loader.js';
import { createRandom } from '../graph-seeds/src/synthetic/random.js';
import { connectBenchGraph, openBenchNeo4j, startBenchApi } from './lib/bench-api.js';
import { formatSummary, measure } from './lib/latency.js';

// `npm run bench:bulletin`: 5,000 notices and 50,000 read receipts (1,000 synthetic readers) in
// their own embedded Neo4j (.data/neo4j-bench-bulletin, or NEO4J_URI); then the notice list with
// unread counts for one coordinator through GraphQL over HTTP. Target: p95 ≤ 30 ms.
const NOTICES = 5_000;
const READERS = 1_000;
const RECEIPTS = 50_000;
const PASSWORD = 'bench-bulletin-password';
const LIST = `{ notices(first: 20) { unreadCount pageInfo { hasNextPage endCursor }
  edges { node { id title category importance pinned unread updatedSinceRead acknowledgementDue publishAt } } } }`;

async function seed(graph: Graph): Promise<void> {
  const [{ loaded }] = await graph.readRows<{ loaded: number }>(
    'RETURN COUNT { (n:Notice {benchmark: true}) } AS loaded',
  );
  if (loaded === NOTICES) return;
  const random = createRandom(99);
  const ref = readReferenceData();
  const pickPref = random.weighted(ref.prefectures, (p) => p.foreignResidents);
  const bureaus = ref.bureaus.filter((b) => b.kind === 'REGIONAL_BUREAU').map((b) => b.code);
  const passwordHash = await hashPassword(PASSWORD);
  const readers = Array.from({ length: READERS }, (_, i) => ({
    id: `bench-reader-${i}`,
    email: `reader${i}@bench.tsunagu.example`,
    prefecture: i === 0 ? '27' : pickPref().code,
  }));
  await graph.writeRows(
    `UNWIND $rows AS r MERGE (u:User {id: r.id})
     SET u.email = r.email, u.passwordHash = $hash, u.role = 'COORDINATOR', u.displayName = '【架空】' + r.id,
         u.locale = 'ja', u.failedSignIns = 0, u.synthetic = true
     WITH u, r MATCH (p:Prefecture {code: r.prefecture}) MERGE (u)-[:HOME_PREFECTURE]->(p)`,
    { rows: readers, hash: passwordHash },
  );
  const categories = ['ADMINISTRATIVE', 'LAW_CHANGE', 'INSTITUTIONAL', 'TRAINING_CERTIFICATION', 'EVENT'];
  const notices = Array.from({ length: NOTICES }, (_, i) => {
    const kind = random.next();
    return {
      id: `bench-notice-${i}`,
      title: `【架空】ベンチマーク用のお知らせ ${i}`,
      body: 'ベンチマーク用の架空のお知らせです。Synthetic notice for the benchmark.',
      category: random.pick(categories),
      importance: random.chance(0.2) ? 'REQUIRES_ACKNOWLEDGEMENT' : 'NORMAL',
      audienceAll: kind < 0.4,
      audienceBureaus: kind >= 0.4 && kind < 0.8 ? [random.pick(bureaus)] : [],
      audiencePrefectures: kind >= 0.8 ? random.distinct(3, () => pickPref().code) : [],
      audienceRoles: random.chance(0.1) ? ['LOCAL_GOV'] : [],
      daysAgo: random.int(0, 900),
      pinned: i < 3,
    };
  });
  for (let i = 0; i < notices.length; i += 1_000) {
    await graph.writeRows(
      `UNWIND $rows AS r MERGE (n:Notice {id: r.id})
       SET n.title = r.title, n.body = r.body, n.category = r.category, n.importance = r.importance,
           n.audienceAll = r.audienceAll, n.audienceBureaus = r.audienceBureaus,
           n.audiencePrefectures = r.audiencePrefectures, n.audienceRoles = r.audienceRoles,
           n.attachmentTitles = [], n.attachmentUrls = [], n.version = 1, n.benchmark = true, n.synthetic = true,
           n.createdAt = datetime() - duration({days: r.daysAgo}), n.publishAt = datetime() - duration({days: r.daysAgo}),
           n.updatedAt = datetime() - duration({days: r.daysAgo}),
           n.pinnedUntil = CASE WHEN r.pinned THEN datetime() + duration({days: 30}) END`,
      { rows: notices.slice(i, i + 1_000) },
    );
  }
  const seen = new Set<string>();
  const receipts: { u: string; n: string }[] = [];
  while (receipts.length < RECEIPTS) {
    const u = `bench-reader-${random.int(0, READERS - 1)}`;
    const n = `bench-notice-${random.int(0, NOTICES - 1)}`;
    if (seen.has(`${u}|${n}`)) continue;
    seen.add(`${u}|${n}`);
    receipts.push({ u, n });
  }
  for (let i = 0; i < receipts.length; i += 5_000) {
    await graph.writeRows(
      `UNWIND $rows AS r MATCH (u:User {id: r.u}), (n:Notice {id: r.n})
       MERGE (u)-[x:READ]->(n) SET x.at = datetime(), x.version = 1`,
      { rows: receipts.slice(i, i + 5_000) },
    );
  }
  console.log(`seeded ${NOTICES} notices, ${READERS} readers, ${RECEIPTS} read receipts`);
}

async function main(): Promise<void> {
  const neo4j = await openBenchNeo4j(
    'neo4j-bench-bulletin',
    Number(process.env.BENCH_BULLETIN_BOLT_PORT ?? 7721),
  );
  const graph = await connectBenchGraph(neo4j.uri);
  const api = await startBenchApi(neo4j.uri, graph);
  try {
    await migrate(graph);
    await loadReferenceData(graph, readReferenceData());
    await seed(graph);
    const { gql } = api;
    const token = await api.signIn('reader0@bench.tsunagu.example', PASSWORD);
    const sample = await api.countedGql(LIST, {}, token);
    console.log(
      `reader in Osaka sees ${sample.data.notices.unreadCount} unread; round trips per list: ${sample.roundTrips}`,
    );
    // The embedded Neo4j was started by this run: let its JIT settle (steady state is what a server sees).
    await measure(() => gql(LIST, {}, token).then(() => {}), { total: 1, concurrency: 1, warmup: 500 });
    const floor = await measure(() => gql('{ viewer { id } }', {}, token).then(() => {}), {
      total: 400,
      concurrency: 1,
    });
    console.log(formatSummary('baseline: viewer (session lookup only), 1 client', floor));
    const one = await measure(() => gql(LIST, {}, token).then(() => {}), { total: 400, concurrency: 1 });
    console.log(formatSummary('notice list + unread count, 1 client', one));
    const sixteen = await measure(() => gql(LIST, {}, token).then(() => {}), { total: 800, concurrency: 16 });
    console.log(formatSummary('notice list + unread count, 16 clients', sixteen));
    console.log(`target p95 ≤ 30 ms (1 client): ${one.p95 <= 30 ? 'met' : 'NOT met'}`);
  } finally {
    await api.close();
    await graph.driver.close();
    await neo4j.stop();
  }
}

main().catch((error: Error) => {
  console.error(`bench:bulletin failed: ${error.message}`);
  process.exit(1);
});
