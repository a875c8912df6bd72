import { z } from 'zod';
import type { Graph } from '../../db/graph.js';
import type { ReferenceCatalog } from '../reference/catalog.js';
import { geoMapOf } from './input.js';
import { createMeiliClient, MeiliSearchBackend } from './meili-backend.js';
import { Neo4jSearchBackend } from './neo4j-backend.js';
import { startOutboxDrainer } from './sync.js';
import type { GeoMap, SearchBackend } from './types.js';

const searchEnv = z.object({
  MEILI_HOST: z.string().url().optional(),
  MEILI_API_KEY: z.string().optional(),
});

export type SearchConfig = z.infer<typeof searchEnv>;

/** Parses the search backend's environment once, failing fast with the variable's name. */
export function loadSearchConfig(env: NodeJS.ProcessEnv = process.env): SearchConfig {
  const parsed = searchEnv.safeParse(env);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid search configuration: ${issues}`);
  }
  return parsed.data;
}

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

/** Meilisearch when MEILI_HOST is set, Neo4j full-text otherwise. */
export function createSearchBackend(catalog: ReferenceCatalog, config = loadSearchConfig()): SearchBackend {
  const geo = cachedGeo(catalog);
  if (config.MEILI_HOST) {
    return new MeiliSearchBackend(
      createMeiliClient({ host: config.MEILI_HOST, apiKey: config.MEILI_API_KEY }),
      geo,
    );
  }
  return new Neo4jSearchBackend(geo);
}

const backends = new WeakMap<ReferenceCatalog, SearchBackend>();

/** One backend per process (keyed by its catalog), created on first use. */
export function searchBackendFor(catalog: ReferenceCatalog): SearchBackend {
  let backend = backends.get(catalog);
  if (!backend) {
    backend = createSearchBackend(catalog);
    backends.set(catalog, backend);
  }
  return backend;
}

/**
 * With MEILI_HOST set, drains the search outbox into Meilisearch in the background (retries with
 * back-off while it is down); without it, nothing to sync and null.
 */
export function startSearchSync(
  graph: Graph,
  log: (line: string) => void,
  config = loadSearchConfig(),
): { stop(): Promise<void> } | null {
  if (!config.MEILI_HOST) return null;
  const client = createMeiliClient({ host: config.MEILI_HOST, apiKey: config.MEILI_API_KEY });
  return startOutboxDrainer(graph, client, log);
}
