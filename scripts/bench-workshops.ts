import type { Graph } from '../api/src/db/graph.js';
import { migrate } from '../api/src/db/migrate.js';
import { hashSessionToken, newSessionToken } from '../api/src/modules/auth/tokens.js';
import { readReferenceData } from '../graph-seeds/src/data-files.js';
import { loadReferenceData } from '../graph-seeds/src/reference-loader.js';
import { connectBenchGraph, openBenchNeo4j, startBenchApi } from './lib/bench-api.js';
import { formatSummary, measure } from './lib/latency.js';

// `npm run bench:workshops`: in its own embedded Neo4j (.data/neo4j-bench-workshops, or NEO4J_URI):
// 200 synthetic graduates register at once for 150 seats (all through GraphQL over HTTP), then the
// workshop page (organizer, with roster and groups), the group split, and the knowledge-base search
// over 2,000 synthetic insights are timed. Sessions are written directly (no argon2 sign-ins).
const GRADUATES = 200;
const SEATS = 150;
const INSIGHTS = 2_000;
const PREFECTURES = ['01', '04', '13', '23', '27', '34', '37', '40', '10', '22'];
const DOMAINS = ['WRK-CND', 'RES-STS', 'EDU-SCH', 'HLT-MED', 'FAM-DV'];
const PAGE = `query($id: ID!) { workshop(id: $id) { id title confirmedCount waitlistCount myRegistration { status }
  organizers { id displayName } facilitators { id displayName } themes { code nameJa } } }`;
const PANEL = `query($id: ID!, $first: Int!) { workshop(id: $id) { groups { number members { id displayName bureau { code } } }
  roster(first: $first) { edges { node { participant { id displayName } status waitlistPosition attended } } } } }`;
const SEARCH = `query($text: String) { knowledgeInsights(filter: {text: $text}, first: 20) { edges { node { id title } } } }`;

async function sessionFor(graph: Graph, userId: string): Promise<string> {
  const token = newSessionToken();
  await graph.writeRows(
    `MATCH (u:User {id: $userId})
     CREATE (u)-[:HAS_SESSION]->(:Session {id: randomUUID(), tokenHash: $hash, createdAt: datetime(),
                                           expiresAt: datetime() + duration('PT12H')})`,
    { userId, hash: hashSessionToken(token) },
  );
  return token;
}

async function seed(graph: Graph): Promise<{ organizer: string; graduates: string[] }> {
  await graph.writeRows(
    `MATCH (w:Workshop {benchmark: true}) OPTIONAL MATCH (g:WorkshopGroup)-[:GROUP_OF]->(w) DETACH DELETE g, w`,
  );
  await graph.writeRows(
    `MERGE (u:User {id: 'bench-organizer'})
     SET u.email = 'organizer@bench.tsunagu.example', u.role = 'WORKSHOP_ORGANIZER',
         u.displayName = '【架空】ベンチ主催者', u.locale = 'ja', u.synthetic = true`,
  );
  const rows = Array.from({ length: GRADUATES }, (_, i) => ({
    id: `bench-grad-${i}`,
    prefecture: PREFECTURES[i % PREFECTURES.length],
    domain: DOMAINS[i % DOMAINS.length],
  }));
  await graph.writeRows(
    `UNWIND $rows AS r
     MERGE (u:User {id: r.id})
     SET u.email = r.id + '@bench.tsunagu.example', u.role = 'COORDINATOR', u.displayName = '【架空】' + r.id,
         u.locale = 'ja', u.synthetic = true
     MERGE (c:Coordinator {id: 'c-' + r.id}) SET c.displayName = '【架空】' + r.id, c.synthetic = true
     MERGE (u)-[:ACTS_AS]->(c)
     WITH c, r MATCH (p:Prefecture {code: r.prefecture}), (d:SupportDomain {code: r.domain})
     MERGE (c)-[:WORKS_IN]->(p) MERGE (c)-[:EXPERT_IN]->(d)`,
    { rows },
  );
  const [{ n }] = await graph.readRows<{ n: number }>(
    'RETURN COUNT { (i:KnowledgeInsight {benchmark: true}) } AS n',
  );
  if (n < INSIGHTS) {
    const insights = Array.from({ length: INSIGHTS }, (_, i) => ({
      id: `bench-insight-${i}`,
      title: `【架空】ベンチマーク用の学び ${i} ${['通訳', '監督署', '在留手続', '学校', '医療'][i % 5]}`,
      lesson: `架空の学びです。${['賃金未払いは監督署へ同行', '在留期間の更新は早めに', '学校の手続は通訳と', '医療通訳を探す', 'DV相談は専門窓口へ'][i % 5]}。Synthetic lesson ${i}.`,
      domain: DOMAINS[i % DOMAINS.length],
    }));
    await graph.writeRows(
      `MATCH (org:User {id: 'bench-organizer'})
       UNWIND $rows AS r
       MERGE (i:KnowledgeInsight {id: r.id})
       SET i.title = r.title, i.lesson = r.lesson, i.domainCodes = [r.domain], i.bureauCode = null,
           i.createdAt = datetime() - duration({minutes: toInteger(substring(r.id, 14))}), i.benchmark = true,
           i.synthetic = true, i.confirmedFlags = []
       MERGE (org)-[:PUBLISHED]->(i)`,
      { rows: insights },
    );
  }
  return { organizer: 'bench-organizer', graduates: rows.map((r) => r.id) };
}

async function main(): Promise<void> {
  const neo4j = await openBenchNeo4j(
    'neo4j-bench-workshops',
    Number(process.env.BENCH_WORKSHOPS_BOLT_PORT ?? 7741),
  );
  const graph = await connectBenchGraph(neo4j.uri);
  // Reference data before the API starts: its catalog is read once at boot.
  await migrate(graph);
  await loadReferenceData(graph, readReferenceData());
  const people = await seed(graph);
  const api = await startBenchApi(neo4j.uri, graph);
  try {
    const { gql } = api;
    const organizerToken = await sessionFor(graph, people.organizer);
    const tokens = await Promise.all(people.graduates.map((id) => sessionFor(graph, id)));
    const now = Date.now();
    const iso = (ms: number) => new Date(now + ms).toISOString();
    const created = await gql(
      `mutation($input: CreateWorkshopInput!) { createWorkshop(input: $input) { workshop { id } } }`,
      {
        input: {
          content: {
            title: '【架空】ベンチマーク研究会',
            description: '',
            themes: ['WRK-CND'],
            format: 'ONLINE',
            startsAt: iso(86_400_000),
            endsAt: iso(90_000_000),
            onlineUrl: 'https://meet.example/bench',
            capacity: SEATS,
            registrationOpensAt: iso(-3_600_000),
            registrationClosesAt: iso(80_000_000),
            eligibility: 'ANY_GRADUATE',
            facilitatorEmails: ['organizer@bench.tsunagu.example'],
          },
        },
      },
      organizerToken,
    );
    const workshopId = created.data.createWorkshop.workshop.id as string;
    await graph.writeRows('MATCH (w:Workshop {id: $id}) SET w.benchmark = true', { id: workshopId });

    const latencies: number[] = [];
    const started = performance.now();
    const results = await Promise.all(
      tokens.map(async (token) => {
        const t = performance.now();
        try {
          const r = await gql(
            `mutation($input: RegisterForWorkshopInput!) { registerForWorkshop(input: $input) { registration { status } } }`,
            { input: { workshopId, peerConsent: true } },
            token,
          );
          return r.data.registerForWorkshop.registration.status as string;
        } catch (error) {
          return `FAILED: ${(error as Error).message.slice(0, 160)}`;
        } finally {
          latencies.push(performance.now() - t);
        }
      }),
    );
    const wall = performance.now() - started;
    latencies.sort((a, b) => a - b);
    const confirmed = results.filter((s) => s === 'CONFIRMED').length;
    const waitlisted = results.filter((s) => s === 'WAITLISTED').length;
    const failed = results.filter((s) => s.startsWith('FAILED'));
    if (failed.length) console.log(`failed registrations: ${failed.length}, e.g. ${failed[0]}`);
    const [booked] = await graph.readRows<{ n: number }>(
      `MATCH (:Coordinator)-[:REGISTERED {status: 'CONFIRMED'}]->(w:Workshop {id: $id}) RETURN count(*) AS n`,
      { id: workshopId },
    );
    console.log(`confirmed seats in the graph: ${booked.n} of ${SEATS} (never more)`);
    console.log(
      `${GRADUATES} parallel registrations for ${SEATS} seats: ${confirmed} confirmed, ${waitlisted} waitlisted; ` +
        `wall ${Math.round(wall)} ms, p50 ${Math.round(latencies[Math.floor(GRADUATES / 2)])} ms, ` +
        `p95 ${Math.round(latencies[Math.floor(GRADUATES * 0.95)])} ms, max ${Math.round(latencies.at(-1)!)} ms`,
    );
    const split = performance.now();
    await gql(
      `mutation($input: SplitWorkshopGroupsInput!) { splitWorkshopGroups(input: $input) { workshop { id } } }`,
      { input: { workshopId, seed: 1 } },
      organizerToken,
    );
    console.log(
      `split of ${SEATS} into ${Math.ceil(SEATS / 15)} groups: ${Math.round(performance.now() - split)} ms`,
    );
    const page = await api.countedGql(PAGE, { id: workshopId }, organizerToken);
    const panel = await api.countedGql(PANEL, { id: workshopId, first: 100 }, organizerToken);
    console.log(`round trips: workshop page ${page.roundTrips}, organizer panel ${panel.roundTrips}`);
    console.log(
      formatSummary(
        'workshop page, 1 client',
        await measure(() => gql(PAGE, { id: workshopId }, tokens[0]).then(() => {}), {
          total: 300,
          concurrency: 1,
        }),
      ),
    );
    console.log(
      formatSummary(
        'organizer panel (100 roster rows + groups), 1 client',
        await measure(() => gql(PANEL, { id: workshopId, first: 100 }, organizerToken).then(() => {}), {
          total: 200,
          concurrency: 1,
        }),
      ),
    );
    const words = ['監督署', '通訳 学校', '在留手続', 'Synthetic'];
    let k = 0;
    console.log(
      formatSummary(
        `knowledge search over ${INSIGHTS} insights, 1 client`,
        await measure(() => gql(SEARCH, { text: words[k++ % words.length] }, tokens[1]).then(() => {}), {
          total: 300,
          concurrency: 1,
        }),
      ),
    );
    console.log(
      formatSummary(
        'knowledge browse (no text), 1 client',
        await measure(() => gql(SEARCH, { text: null }, tokens[1]).then(() => {}), {
          total: 300,
          concurrency: 1,
        }),
      ),
    );
  } finally {
    await graph.writeRows(
      `MATCH (u:User)-[:HAS_SESSION]->(s:Session) WHERE u.id STARTS WITH 'bench-' DETACH DELETE s`,
    );
    await api.close();
    await graph.driver.close();
    await neo4j.stop();
  }
}

main().catch((error: Error) => {
  console.error(`bench:workshops failed: ${error.message}`);
  process.exit(1);
});
