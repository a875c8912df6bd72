import type { Graph } from '../../db/graph.js';
import { PARTNER_CARD_WITH_TRUST_PROJECTION } from '../directory/partner-projection.js';
import { facetQuery } from './facet-query.js';
import { NEARBY_TIERS, rankingParameters } from './ranking.js';
import { searchStatement, type CandidateSource } from './scoring-cypher.js';
import type { GeoMap, SearchBackend, SearchHit, SearchPage, SearchQuery } from './types.js';

/** Candidates taken from each full-text index (best Lucene scores first) before graph scoring. */
export const TEXT_CANDIDATE_LIMIT = 200;
/** Candidates meeting the need, nearest first, from the facet index. */
export const FACET_CANDIDATE_LIMIT = 200;
/**
 * Partners looked at near the searcher when there is neither text nor a need (own prefecture
 * first, then its neighbours, then nationwide bodies). A cap, not a ranking.
 */
export const BROWSE_CANDIDATE_LIMIT = 300;

const STATEMENTS: Record<CandidateSource, string> = {
  indexed: searchStatement('indexed', PARTNER_CARD_WITH_TRUST_PROJECTION),
  given: searchStatement('given', PARTNER_CARD_WITH_TRUST_PROJECTION),
  browse: searchStatement('browse', PARTNER_CARD_WITH_TRUST_PROJECTION),
};

/** Parameters of the full-text candidate source. */
function textParameters(query: SearchQuery) {
  return {
    text: query.text,
    englishText: query.englishText,
    useEnglishIndex: query.englishText !== null,
    textLimit: TEXT_CANDIDATE_LIMIT,
  };
}

interface SearchRow {
  userPref: string | null;
  foundNearby: boolean | null;
  hits: SearchHit[];
}

/** The prefecture distances refer to: chosen or understood, else where the searcher works, else home. */
export function searchOrigin(query: SearchQuery): string | null {
  return query.prefecture ?? query.viewer.workPrefecture ?? query.viewer.homePrefecture;
}

function needCandidatesWanted(query: SearchQuery): boolean {
  return query.domains !== null || query.text === null;
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
    requiredLanguage: query.languageRequired ? query.language : null,
    status: query.status,
    // The need's candidates come from the whole country when the need names domains, or when
    // there is no text; a language alone with text ranks the text's matches, it does not add
    // every partner that speaks it.
    facetQuery: needCandidatesWanted(query)
      ? facetQuery(
          {
            domains: query.domains?.map((d) => d.code) ?? null,
            language: query.language,
            languageRequired: query.languageRequired,
            status: query.status,
            prefecture: searchOrigin(query),
            includeRemote: query.includeRemote,
          },
          geo,
        )
      : null,
    facetLimit: FACET_CANDIDATE_LIMIT,
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

/** The source and parameters of a search on the Neo4j indexes (Meilisearch uses it without text). */
export function neo4jPlan(
  query: SearchQuery,
  geo: GeoMap,
): { source: CandidateSource; params: Record<string, unknown> } {
  const base = scoringParameters(query, geo);
  if (query.text || base.facetQuery) {
    return { source: 'indexed', params: { ...base, ...textParameters(query) } };
  }
  return { source: 'browse', params: { ...base, browseLimit: BROWSE_CANDIDATE_LIMIT } };
}

/** The default backend: Neo4j full-text indexes for text and need, graph ranking in the same statement. */
export class Neo4jSearchBackend implements SearchBackend {
  readonly name = 'neo4j' as const;
  constructor(private readonly geo: () => GeoMap) {}

  search(graph: Graph, query: SearchQuery): Promise<SearchPage> {
    const plan = neo4jPlan(query, this.geo());
    return runScoredSearch(graph, plan.source, plan.params);
  }
}

/** Database hits of one search (PROFILE, summed over the plan); for the benchmark, never per request. */
export async function profileSearch(graph: Graph, query: SearchQuery, geo: GeoMap): Promise<number> {
  const plan = neo4jPlan(query, geo);
  const session = graph.driver.session({ defaultAccessMode: 'READ' });
  try {
    const result = await session.run(`PROFILE ${STATEMENTS[plan.source]}`, plan.params);
    const sum = (node: { dbHits: number; children: unknown[] }): number =>
      node.dbHits + node.children.reduce<number>((n, c) => n + sum(c as typeof node), 0);
    return result.summary.profile ? sum(result.summary.profile) : 0;
  } finally {
    await session.close();
  }
}
