import type { ApiConfig } from '../../config.js';
import type { Graph } from '../../db/graph.js';
import type { ReferenceCatalog } from '../reference/catalog.js';
import { geoMapOf } from './input.js';
import { createMeiliClient, MeiliSearchBackend } from './meili-backend.js';
import { Neo4jSearchBackend } from './neo4j-backend.js';
import { startOutboxDrainer } from './sync.js';
import type { GeoMap, SearchBackend } from './types.js';

/** The part of the API configuration the search backend reads (api/src/config.ts validates it). */
export type SearchConfig = Pick<ApiConfig, 'MEILI_HOST' | 'MEILI_MASTER_KEY'>;

/** Geo data derived from the catalog, recomputed only when the catalog's prefecture list changes. */
function cachedGeo(catalog: ReferenceCatalog): () => GeoMap {
  let source: unknown = null;
  let geo: GeoMap = {};
  return () => {
    const prefectures = catalog.all('prefectures');
    if (prefectures !== source) {
      source = prefectures;
      geo = geoMapOf(catalog);
    }
    return geo;
  };
}

/** Meilisearch when MEILI_HOST is set, Neo4j full-text otherwise; created once per API process. */
export function createSearchBackend(catalog: ReferenceCatalog, config: SearchConfig): SearchBackend {
  const geo = cachedGeo(catalog);
  if (config.MEILI_HOST) {
    return new MeiliSearchBackend(
      createMeiliClient({ host: config.MEILI_HOST, apiKey: config.MEILI_MASTER_KEY }),
      geo,
    );
  }
  return new Neo4jSearchBackend(geo);
}

/**
 * With MEILI_HOST set, applies the index settings and drains the search outbox into Meilisearch
 * in the background (retries with back-off while it is down); without it, nothing to sync and null.
 */
export function startSearchSync(
  graph: Graph,
  config: SearchConfig,
  log: (line: string) => void,
): { stop(): Promise<void> } | null {
  if (!config.MEILI_HOST) return null;
  const client = createMeiliClient({ host: config.MEILI_HOST, apiKey: config.MEILI_MASTER_KEY });
  return startOutboxDrainer(graph, client, log);
}
