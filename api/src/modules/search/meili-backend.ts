import { Meilisearch } from 'meilisearch';
import type { Graph } from '../../db/graph.js';
import { MEILI_INDEX, type PartnerDocument } from './meili-documents.js';
import { neo4jPlan, runScoredSearch, scoringParameters, TEXT_CANDIDATE_LIMIT } from './neo4j-backend.js';
import type { GeoMap, SearchBackend, SearchPage, SearchQuery } from './types.js';

export interface MeiliConfig {
  host: string;
  apiKey?: string;
}

export function createMeiliClient(config: MeiliConfig): Meilisearch {
  return new Meilisearch({ host: config.host, apiKey: config.apiKey });
}

/**
 * Meilisearch finds text candidates for the text left after query understanding (with its typo
 * tolerance and ranking score); the need's candidates, graph signals and the final score then come
 * from Neo4j in one statement, exactly as for the Neo4j backend. A search without text needs no
 * text engine and runs as on Neo4j.
 */
export class MeiliSearchBackend implements SearchBackend {
  readonly name = 'meilisearch' as const;
  constructor(
    private readonly client: Meilisearch,
    private readonly geo: () => GeoMap,
  ) {}

  async search(graph: Graph, query: SearchQuery): Promise<SearchPage> {
    const geo = this.geo();
    if (!query.rawText?.trim()) {
      const plan = neo4jPlan(query, geo);
      return runScoredSearch(graph, plan.source, plan.params);
    }
    const base = scoringParameters(query, geo);
    const filter: string[] = [];
    if (query.domains?.length) {
      filter.push(`domainCodes IN [${query.domains.map((d) => JSON.stringify(d.code)).join(', ')}]`);
    }
    if (query.languageRequired && query.language)
      filter.push(`languageCodes = ${JSON.stringify(query.language)}`);
    if (!query.includeRemote) filter.push('nationwide = false');
    const result = await this.client.index<PartnerDocument>(MEILI_INDEX).search(query.rawText, {
      limit: TEXT_CANDIDATE_LIMIT,
      filter,
      showRankingScore: true,
      attributesToRetrieve: ['id'],
    });
    const candidates = result.hits.map((hit) => ({ id: hit.id, textScore: hit._rankingScore ?? 0 }));
    return runScoredSearch(graph, 'given', { ...base, candidates });
  }
}
