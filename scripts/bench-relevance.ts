import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Graph } from '../api/src/db/graph.js';
import { migrate } from '../api/src/db/migrate.js';
import { hashPassword } from '../api/src/modules/auth/passwords.js';
import { ReferenceCatalog } from '../api/src/modules/reference/catalog.js';
import { NEARBY_TIERS } from '../api/src/modules/search/ranking.js';
import { DEMO_SEED } from '../graph-seeds/src/index.js';
import { readReferenceData } from '../graph-seeds/src/data-files.js';
import { loadReferenceData } from '../graph-seeds/src/reference-loader.js';
import { DEMO_SIZES, ensureSyntheticDataset } from '../graph-seeds/src/synthetic/dataset.js';
import { createMeiliClient } from '../api/src/modules/search/meili-backend.js';
import { reindexAll } from '../api/src/modules/search/sync.js';
import { connectBenchGraph, openBenchNeo4j, startBenchApi, type BenchApi } from './lib/bench-api.js';
import {
  findMeilisearchBinary,
  startMeilisearch,
  type MeilisearchProcess,
} from './lib/meilisearch-process.js';
import { JUDGED_QUERIES, type JudgedQuery, type QueryCategory } from './lib/relevance-queries.js';

// `npm run bench:relevance`: runs the judged queries (scripts/lib/relevance-queries.ts) through
// GraphQL against the demo directory (the synthetic set `npm start` loads, in its own Neo4j under
// .data/neo4j-relevance, or NEO4J_URI) and prints P@5, nDCG@10 and the zero-result rate per query
// category for both search backends in one run: Neo4j, then Meilisearch (MEILI_HOST, else one started
// from MEILISEARCH_BIN / ../shared/meilisearch/meilisearch / PATH under .data/meili-relevance,
// reindexed from this Neo4j first), and the ratios Meilisearch / Neo4j.
// Relevance comes from the directory's facts: a partner is relevant when it serves one of the
// need's domains (or a sub-domain) and offers the need's language; for nDCG it counts 2 when it
// is also nearby (same prefecture, bordering, same bureau region) and 1 otherwise.
// Targets: natural text-only queries P@5 ≥ 0.8 and zero results ≤ 2 %; structured needs P@5 ≥ 0.95.

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const PASSWORD = 'bench-relevance-password';
const SEARCH = `query($input: PartnerSearchInput!) {
  searchPartners(input: $input, first: 10) {
    backend
    edges { node { tier partner { id } } }
  }
}`;

interface PartnerFacts {
  id: string;
  domainCodes: string[];
  languageCodes: string[];
  prefectureCode: string | null;
}

interface Scored {
  query: JudgedQuery;
  precision: number | null;
  ndcg: number | null;
  results: number;
  relevantInDirectory: number;
}

/** A COORDINATOR sign-in per origin prefecture (its home prefecture; no Coordinator node). */
async function ensureUsers(graph: Graph, prefectures: string[]): Promise<Map<string, string>> {
  const hash = await hashPassword(PASSWORD);
  const rows = prefectures.map((code) => ({
    code,
    id: `bench-relevance-${code}`,
    email: `bench-relevance-${code}@bench.tsunagu.example`,
  }));
  await graph.writeRows(
    `UNWIND $rows AS r
     MATCH (pref:Prefecture {code: r.code})
     MERGE (u:User {id: r.id})
     SET u.email = r.email, u.passwordHash = $hash, u.role = 'COORDINATOR', u.locale = 'ja',
         u.displayName = '【架空】関連性ベンチマーク', u.failedSignIns = 0, u.synthetic = true
     MERGE (u)-[:HOME_PREFECTURE]->(pref)`,
    { rows, hash },
  );
  return new Map(rows.map((r) => [r.code, r.email]));
}

function relevantTo(query: JudgedQuery, catalog: ReferenceCatalog) {
  const matching = new Set(query.need.domains.flatMap((d) => catalog.domainWithDescendants(d)));
  return (p: PartnerFacts) =>
    p.domainCodes.some((d) => matching.has(d)) &&
    (!query.need.language || p.languageCodes.includes(query.need.language));
}

function dcg(gains: number[]): number {
  return gains.reduce((sum, g, i) => sum + (2 ** g - 1) / Math.log2(i + 2), 0);
}

async function runQueries(
  api: BenchApi,
  tokens: Map<string, string>,
  facts: Map<string, PartnerFacts>,
  catalog: ReferenceCatalog,
  nearbyOf: (from: string) => Set<string>,
): Promise<{ backend: string; scored: Scored[] }> {
  const scored: Scored[] = [];
  let backend = '';
  for (const query of JUDGED_QUERIES) {
    const input = {
      text: query.text ?? null,
      domains: query.domains ?? null,
      language: query.language ?? null,
    };
    const body = await api.gql(SEARCH, { input }, tokens.get(query.from));
    backend = body.data.searchPartners.backend;
    const hits: { tier: string; partner: { id: string } }[] = body.data.searchPartners.edges.map(
      (e: { node: unknown }) => e.node,
    );
    const isRelevant = relevantTo(query, catalog);
    const relevant = [...facts.values()].filter(isRelevant);
    const nearby = nearbyOf(query.from);
    const grade = (p: PartnerFacts | undefined) =>
      p && isRelevant(p) ? (nearby.has(p.prefectureCode ?? '') ? 2 : 1) : 0;
    const gains = hits.map((h) => grade(facts.get(h.partner.id)));
    const ideal = relevant
      .map(grade)
      .sort((a, b) => b - a)
      .slice(0, 10);
    const top5 = gains.slice(0, 5).filter((g) => g > 0).length;
    scored.push({
      query,
      precision: relevant.length ? top5 / Math.min(5, relevant.length) : null,
      ndcg: relevant.length ? dcg(gains) / dcg(ideal) : null,
      results: hits.length,
      relevantInDirectory: relevant.length,
    });
  }
  return { backend, scored };
}

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : NaN);

/** P@5 of the text-only queries and of all queries (the figures the ratios compare). */
function headline(scored: Scored[]) {
  const p5 = (rows: Scored[]) => mean(rows.filter((s) => s.precision !== null).map((s) => s.precision!));
  const nd = (rows: Scored[]) => mean(rows.filter((s) => s.ndcg !== null).map((s) => s.ndcg!));
  const text = scored.filter((s) => s.query.category !== 'structured' && s.query.category !== 'mixed');
  return { textP5: p5(text), allP5: p5(scored), textNdcg: nd(text), allNdcg: nd(scored) };
}

function report(backend: string, scored: Scored[]): void {
  const groups: [string, (c: QueryCategory) => boolean][] = [
    ['natural-ja', (c) => c === 'natural-ja'],
    ['natural-en', (c) => c === 'natural-en'],
    ['kana', (c) => c === 'kana'],
    ['abbreviation', (c) => c === 'abbreviation'],
    ['typo', (c) => c === 'typo'],
    ['mixed (text + filters)', (c) => c === 'mixed'],
    ['structured (filters only)', (c) => c === 'structured'],
    ['text-only, all (target P@5 ≥ 0.8, zero ≤ 2 %)', (c) => c !== 'structured' && c !== 'mixed'],
    ['all', () => true],
  ];
  console.log(`\nbackend: ${backend}`);
  console.log(
    `  ${'category'.padEnd(48)} ${'queries'.padStart(7)} ${'P@5'.padStart(6)} ${'nDCG@10'.padStart(8)} ${'zero'.padStart(7)}`,
  );
  for (const [label, pick] of groups) {
    const rows = scored.filter((s) => pick(s.query.category));
    const judged = rows.filter((s) => s.precision !== null);
    const zero = rows.filter((s) => s.results === 0 && s.relevantInDirectory > 0).length / rows.length;
    console.log(
      `  ${label.padEnd(48)} ${String(rows.length).padStart(7)} ${mean(judged.map((s) => s.precision!))
        .toFixed(3)
        .padStart(6)} ` +
        `${mean(judged.map((s) => s.ndcg!))
          .toFixed(3)
          .padStart(8)} ${(zero * 100).toFixed(1).padStart(6)}%`,
    );
  }
  const weak = scored.filter((s) => s.precision !== null && s.precision < 0.8);
  if (weak.length) {
    console.log('  queries with P@5 < 0.8:');
    for (const s of weak) {
      console.log(
        `    [${s.query.category}] ${JSON.stringify(s.query.text ?? null)} ${JSON.stringify({ domains: s.query.domains, language: s.query.language })} from ${s.query.from}: P@5 ${s.precision!.toFixed(2)}, ${s.results} results, ${s.relevantInDirectory} relevant in the directory`,
      );
    }
  }
  const unjudgeable = scored.filter((s) => s.precision === null);
  if (unjudgeable.length) {
    console.log(
      `  ${unjudgeable.length} queries have no relevant partner in the directory (left out of P@5/nDCG): ` +
        unjudgeable.map((s) => JSON.stringify(s.query.text ?? s.query.need)).join(', '),
    );
  }
}

async function main(): Promise<void> {
  const neo4j = await openBenchNeo4j(
    'neo4j-relevance',
    Number(process.env.RELEVANCE_NEO4J_BOLT_PORT ?? 7690),
  );
  const graph = await connectBenchGraph(neo4j.uri);
  let api: BenchApi | null = null;
  let meili: MeilisearchProcess | null = null;
  try {
    await migrate(graph);
    const ref = readReferenceData();
    await loadReferenceData(graph, ref);
    await ensureSyntheticDataset(graph, ref, DEMO_SIZES, DEMO_SEED);
    const catalog = new ReferenceCatalog(graph);
    await catalog.refresh();
    const rows = await graph.readRows<PartnerFacts>(
      `MATCH (p:Partner) RETURN p.id AS id, coalesce(p.domainCodes, []) AS domainCodes,
              coalesce(p.languageCodes, []) AS languageCodes, p.prefectureCode AS prefectureCode`,
    );
    const facts = new Map(rows.map((r) => [r.id, r]));
    const nearbyOf = (from: string) => {
      const home = catalog.get('prefectures', from)!;
      return new Set(
        catalog
          .all('prefectures')
          .filter(
            (p) => p.code === from || home.borderCodes.includes(p.code) || p.bureauCode === home.bureauCode,
          )
          .map((p) => p.code),
      );
    };
    console.log(
      `bench:relevance — ${JUDGED_QUERIES.length} judged queries on the demo directory (${rows.length} partners; nearby tiers: ${[...NEARBY_TIERS].join(', ')})`,
    );
    const origins = [...new Set(JUDGED_QUERIES.map((query) => query.from))];
    const emails = await ensureUsers(graph, origins);
    const results: { backend: string; scored: Scored[] }[] = [];
    api = await startBenchApi(neo4j.uri, graph, { MEILI_HOST: '', MEILI_MASTER_KEY: '' });
    const signIn = async (a: BenchApi) => {
      const tokens = new Map<string, string>();
      for (const [code, email] of emails) tokens.set(code, await a.signIn(email, PASSWORD));
      return tokens;
    };
    results.push(await runQueries(api, await signIn(api), facts, catalog, nearbyOf));
    await api.close();
    api = null;

    let host = process.env.MEILI_HOST;
    let key = process.env.MEILI_MASTER_KEY;
    const binary = host ? null : findMeilisearchBinary();
    if (!host && binary) {
      meili = await startMeilisearch({
        binary,
        dataDir: path.join(ROOT, '.data', 'meili-relevance'),
        fresh: true,
        log: (line) => console.log(line),
      });
      host = meili.host;
      key = meili.masterKey;
    }
    if (host) {
      const started = Date.now();
      const n = await reindexAll(graph, createMeiliClient({ host, apiKey: key }), () => {});
      console.log(`meilisearch: ${n} partners indexed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      api = await startBenchApi(neo4j.uri, graph, { MEILI_HOST: host, MEILI_MASTER_KEY: key ?? '' });
      results.push(await runQueries(api, await signIn(api), facts, catalog, nearbyOf));
    } else {
      console.log('meilisearch: not measured (no MEILI_HOST and no Meilisearch binary)');
    }
    for (const r of results) report(r.backend, r.scored);
    if (results.length === 2) {
      const [n, m] = results.map((r) => headline(r.scored));
      const ratio = (a: number, b: number) => (b ? (a / b).toFixed(3) : 'n/a');
      console.log('\nMeilisearch / Neo4j');
      console.log(
        `  P@5 text-only     ${m.textP5.toFixed(3)} / ${n.textP5.toFixed(3)} = ${ratio(m.textP5, n.textP5)}`,
      );
      console.log(
        `  P@5 all           ${m.allP5.toFixed(3)} / ${n.allP5.toFixed(3)} = ${ratio(m.allP5, n.allP5)}`,
      );
      console.log(
        `  nDCG@10 text-only ${m.textNdcg.toFixed(3)} / ${n.textNdcg.toFixed(3)} = ${ratio(m.textNdcg, n.textNdcg)}`,
      );
      console.log(
        `  nDCG@10 all       ${m.allNdcg.toFixed(3)} / ${n.allNdcg.toFixed(3)} = ${ratio(m.allNdcg, n.allNdcg)}`,
      );
    }
  } finally {
    await api?.close();
    await meili?.stop();
    await graph.driver.close();
    await neo4j.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
