import type { Graph } from '../../db/graph.js';
import { PARTNER_CARD_WITH_TRUST_PROJECTION } from '../directory/partner-projection.js';
import { NEARBY_TIERS, rankingParameters } from './ranking.js';
import { searchStatement, type CandidateSource } from './scoring-cypher.js';
import type { GeoMap, SearchBackend, SearchHit, SearchPage, SearchQuery } from './types.js';

/** Candidates taken from each full-text index (best Lucene scores first) before graph scoring. */
export const TEXT_CANDIDATE_LIMIT = 200;
/**
 * Partners looked at near the searcher when there is no text (own prefecture first, then its
 * neighbours, then nationwide bodies). A cap, not a ranking: in a prefecture with thousands of
 * partners, browsing without text ranks the first ones found; text narrows the search properly.
 */
export const BROWSE_CANDIDATE_LIMIT = 300;

/** Latin letters: the english index is worth asking (it reads Japanese as single characters). */
const LATIN = /[A-Za-z]/;

const STATEMENTS: Record<CandidateSource, string> = {
  fulltext: searchStatement('fulltext', PARTNER_CARD_WITH_TRUST_PROJECTION),
  given: searchStatement('given', PARTNER_CARD_WITH_TRUST_PROJECTION),
  browse: searchStatement('browse', PARTNER_CARD_WITH_TRUST_PROJECTION),
};

/** Parameters of the full-text candidate source. */
function textParameters(text: string) {
  return { text, textLimit: TEXT_CANDIDATE_LIMIT, useEnglishIndex: LATIN.test(text) };
}

interface SearchRow {
  userPref: string | null;
  foundNearby: boolean | null;
  hits: SearchHit[];
}

/** Parameters shared by every candidate source. */
export function scoringParameters(query: SearchQuery, geo: GeoMap) {
  const groups = query.domains?.map((d) => d.matches) ?? null;
  return {
    ...query.viewer.scope,
    coordinatorId: query.viewer.coordinatorId,
    homePrefecture: query.viewer.homePrefecture,
    prefecture: query.prefecture,
    includeRemote: query.includeRemote,
    domainGroups: groups,
    domainCodes: groups ? [...new Set(groups.flat())] : null,
    language: query.language,
    status: query.status,
    geo,
    w: rankingParameters(),
    nearbyTiers: [...NEARBY_TIERS],
    limit: query.limit,
    afterScore: query.after?.score ?? null,
    afterId: query.after?.id ?? null,
  };
}

/**
 * Runs the one-statement search: candidates from `source`, then graph signals and the score in
 * Cypher. Shared by both backends (Meilisearch passes its hits as `given` candidates).
 */
export async function runScoredSearch(
  graph: Graph,
  source: CandidateSource,
  params: Record<string, unknown>,
): Promise<SearchPage> {
  const rows = await graph.readRows<SearchRow>(STATEMENTS[source], params);
  const row = rows[0];
  return {
    hits: row?.hits ?? [],
    prefectureCode: row?.userPref ?? null,
    foundNearby: row?.foundNearby ?? false,
  };
}

/** The default backend: Neo4j full-text indexes for text, graph ranking in the same statement. */
export class Neo4jSearchBackend implements SearchBackend {
  readonly name = 'neo4j' as const;
  constructor(private readonly geo: () => GeoMap) {}

  search(graph: Graph, query: SearchQuery): Promise<SearchPage> {
    const base = scoringParameters(query, this.geo());
    if (query.text) {
      return runScoredSearch(graph, 'fulltext', { ...base, ...textParameters(query.text) });
    }
    return runScoredSearch(graph, 'browse', { ...base, browseLimit: BROWSE_CANDIDATE_LIMIT });
  }
}

/** Database hits of one search (PROFILE, summed over the plan); for the benchmark, never per request. */
export async function profileSearch(graph: Graph, query: SearchQuery, geo: GeoMap): Promise<number> {
  const source: CandidateSource = query.text ? 'fulltext' : 'browse';
  const params = query.text
    ? { ...scoringParameters(query, geo), ...textParameters(query.text) }
    : { ...scoringParameters(query, geo), browseLimit: BROWSE_CANDIDATE_LIMIT };
  const session = graph.driver.session({ defaultAccessMode: 'READ' });
  try {
    const result = await session.run(`PROFILE ${STATEMENTS[source]}`, params);
    const sum = (plan: { dbHits: number; children: unknown[] }): number =>
      plan.dbHits + plan.children.reduce<number>((n, c) => n + sum(c as typeof plan), 0);
    return result.summary.profile ? sum(result.summary.profile) : 0;
  } finally {
    await session.close();
  }
}
