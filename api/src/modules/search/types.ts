import type { UnderstoodQuery } from './understanding/index.js';
import type { Graph } from '../../db/graph.js';
import type { PartnerCardRow } from '../directory/partner-projection.js';
import type { DistanceTier, RankingSignals } from './ranking.js';

/** Where each prefecture sits (from the reference catalog), for distance tiers computed in the query. */
export type GeoMap = Record<
  string,
  { bureau: string; block: string; borders: string[]; latitude: number | null; longitude: number | null }
>;

/** A validated search, as every backend receives it. */
export interface SearchQuery {
  /** Lucene-safe query of the text left after query understanding (see lucene.ts), or null. */
  text: string | null;
  /** The same for the english index: its Latin words only, or null. */
  englishText: string | null;
  /** The text left after query understanding, as typed (for backends with their own query syntax). */
  rawText: string | null;
  /** What the typed text was read as (null without text). */
  understood: UnderstoodQuery | null;
  /** The need's domain codes (chosen and understood), and for each the codes that match it. */
  domains: { code: string; matches: string[] }[] | null;
  language: string | null;
  /** The language must be offered (a requested language, unless other languages were asked for). */
  languageRequired: boolean;
  status: string | null;
  /** Explicit or understood prefecture; null means the searcher's own. */
  prefecture: string | null;
  /** The prefecture was read from the text (none was chosen). */
  prefectureFromText: boolean;
  includeRemote: boolean;
  viewer: {
    coordinatorId: string | null;
    homePrefecture: string | null;
    /** Where the searcher works (their Coordinator's WORKS_IN), if anywhere. */
    workPrefecture: string | null;
    /** Parameters of the directory's partner projection (address disclosure, people's names). */
    scope: Record<string, unknown>;
  };
  /** Rows to return (page size + 1, to know whether more follow). */
  limit: number;
  after: { score: number; id: string } | null;
}

export interface SearchHit {
  partner: PartnerCardRow;
  score: number;
  tier: DistanceTier;
  signals: RankingSignals;
}

export interface SearchPage {
  hits: SearchHit[];
  /** The prefecture the tiers refer to. */
  prefectureCode: string | null;
  /** Some candidate (not only on this page) is in a nearby tier. */
  foundNearby: boolean;
}

/** One interface, two implementations: Neo4j full-text (default) and Meilisearch (MEILI_HOST). */
export interface SearchBackend {
  readonly name: 'neo4j' | 'meilisearch';
  /** Runs the search with the request's graph (so round trips are counted on the request). */
  search(graph: Graph, query: SearchQuery): Promise<SearchPage>;
}
