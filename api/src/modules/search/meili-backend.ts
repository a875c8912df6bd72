import { Meilisearch } from 'meilisearch';
import type { Graph } from '../../db/graph.js';
import { MEILI_INDEX, MEILI_SEARCH_LOCALES } from './meili-documents.js';
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
    const candidates = await this.textCandidates(query.rawText, filter);
    return runScoredSearch(graph, 'given', { ...base, candidates });
  }

  /**
   * Partners matching any word of the text, like the Neo4j indexes' OR of words: one federated
   * request with the whole text and each of its words (Meilisearch alone keeps only documents
   * matching all words, dropping words from the end). Scores are divided by the best one, as
   * the Neo4j backend divides Lucene's.
   */
  private async textCandidates(text: string, filter: string[]) {
    const words = [...new Set(text.split(/\s+/u).filter(Boolean))].slice(0, MAX_WORD_QUERIES);
    const texts = words.length > 1 ? [text, ...words] : [text];
    const result = await this.client.multiSearch({
      federation: { limit: TEXT_CANDIDATE_LIMIT },
      // A document matching the whole text outranks one matching a single word (as Lucene's sum
      // of word scores does): the single words weigh half.
      queries: texts.map((q, i) => ({
        indexUid: MEILI_INDEX,
        q,
        filter,
        federationOptions: { weight: i === 0 ? 1 : WORD_WEIGHT },
        matchingStrategy: 'last' as const,
        showRankingScore: true,
        attributesToRetrieve: ['id'],
        locales: [...MEILI_SEARCH_LOCALES],
      })),
    });
    const hits = result.hits as unknown as { id: string; _rankingScore?: number }[];
    const top = Math.max(0, ...hits.map((h) => h._rankingScore ?? 0));
    return hits.map((h) => ({ id: h.id, textScore: top > 0 ? (h._rankingScore ?? 0) / top : 0 }));
  }
}

/** Words searched one by one besides the whole text (longer texts: the first ones). */
const MAX_WORD_QUERIES = 8;
const WORD_WEIGHT = 0.5;
