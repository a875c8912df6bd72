import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadApiConfig } from '../../api/src/config.js';
import { connectGraph, type Graph } from '../../api/src/db/graph.js';
import { migrate } from '../../api/src/db/migrate.js';
import { startApi, type RunningApi } from '../../api/src/server.js';
import { seedGraph } from '../../graph-seeds/src/index.js';
import { createMeiliClient } from '../../api/src/modules/search/meili-backend.js';
import { reindexAll } from '../../api/src/modules/search/sync.js';
import { findMeilisearchBinary, startMeilisearch } from './meilisearch-process.js';
import { buildLauncherIfNeeded, startEmbeddedNeo4j, type EmbeddedNeo4j } from './neo4j-launcher.js';
import { buildWebIfStale, startWeb, type WebProcess } from './web-process.js';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface StackOptions {
  /** Folder for the embedded Neo4j's data and logs (git-ignored). */
  neo4jHome: string;
  neo4jPort: number;
  apiPort: number;
  webPort: number;
  /** Start with an empty embedded database (tests). */
  freshDatabase?: boolean;
  /** Leave the portal out (API-only test runs; browser tests then fail). */
  withoutPortal?: boolean;
  /**
   * 'meilisearch': search with Meilisearch, started from MEILISEARCH_BIN (or the shared binary, or
   * PATH) under `meiliHome` unless MEILI_HOST names a server; reindexed from Neo4j at start.
   */
  searchBackend?: 'neo4j' | 'meilisearch';
  meiliHome?: string;
  log: (line: string) => void;
}

export interface RunningStack {
  neo4jUri: string;
  apiUrl: string;
  portalUrl: string;
  graph: Graph;
  api: RunningApi;
  stop(): Promise<void>;
}

/** A random secret kept in a file (mode 600), so restarts reuse it. */
function keyFile(file: string): string {
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(16).toString('hex'), { mode: 0o600 });
  }
  return readFileSync(file, 'utf8').trim();
}

function sessionSecret(dataDir: string): string {
  if (process.env.SESSION_SECRET) return process.env.SESSION_SECRET;
  const file = path.join(dataDir, 'session-secret');
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600 });
  }
  return readFileSync(file, 'utf8').trim();
}

/**
 * Brings up the whole product: Neo4j (embedded unless NEO4J_URI is set), migrations, reference
 * and demo data, the GraphQL API and the portal. stop() tears it down in reverse order.
 */
export async function startStack(opts: StackOptions): Promise<RunningStack> {
  const stops: (() => Promise<void>)[] = [];
  const stop = async () => {
    for (const fn of stops.reverse()) await fn().catch((e: Error) => opts.log(`stop: ${e.message}`));
    stops.length = 0;
  };
  try {
    let neo4jUri = process.env.NEO4J_URI;
    if (neo4jUri) {
      opts.log(`using the Neo4j server at ${neo4jUri} (NEO4J_URI)`);
    } else {
      await buildLauncherIfNeeded(opts.log);
      if (opts.freshDatabase) {
        const { rmSync } = await import('node:fs');
        rmSync(opts.neo4jHome, { recursive: true, force: true });
      }
      const neo4j: EmbeddedNeo4j = await startEmbeddedNeo4j({
        port: opts.neo4jPort,
        homeDir: opts.neo4jHome,
        heap: process.env.NEO4J_HEAP,
        pageCache: process.env.NEO4J_PAGECACHE,
        log: opts.log,
      });
      stops.push(() => neo4j.stop());
      neo4jUri = neo4j.uri;
      opts.log(`embedded Neo4j ready at ${neo4jUri} (data in ${path.relative(ROOT, opts.neo4jHome)})`);
    }

    if (opts.searchBackend === 'meilisearch' && !process.env.MEILI_HOST) {
      const binary = findMeilisearchBinary();
      if (!binary)
        throw new Error(
          'SEARCH_BACKEND=meilisearch needs a Meilisearch binary: set MEILISEARCH_BIN (README, "Meilisearch") or MEILI_HOST',
        );
      const home = opts.meiliHome ?? path.join(ROOT, '.data', 'meili');
      const meili = await startMeilisearch({
        binary,
        dataDir: home,
        port: Number(process.env.MEILI_PORT ?? 7700),
        masterKey: process.env.MEILI_MASTER_KEY ?? keyFile(path.join(home, 'master-key')),
        log: opts.log,
      });
      stops.push(() => meili.stop());
      // Partner writes read these to queue their reindex (search/outbox.ts).
      process.env.MEILI_HOST = meili.host;
      process.env.MEILI_MASTER_KEY = meili.masterKey;
    }

    const config = loadApiConfig({ ...process.env, NEO4J_URI: neo4jUri, API_PORT: String(opts.apiPort) });
    const graph = await connectGraph({
      uri: neo4jUri,
      user: config.NEO4J_USER,
      password: config.NEO4J_PASSWORD,
      database: config.NEO4J_DATABASE,
    });
    stops.push(() => graph.driver.close());

    const started = Date.now();
    await migrate(graph, undefined, opts.log);
    await seedGraph(graph, { log: opts.log });
    opts.log(`migrations and seed data ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    if (opts.searchBackend === 'meilisearch' && config.MEILI_HOST) {
      const client = createMeiliClient({ host: config.MEILI_HOST, apiKey: config.MEILI_MASTER_KEY });
      const n = await reindexAll(graph, client, () => {});
      opts.log(`Meilisearch at ${config.MEILI_HOST}: ${n} partners indexed`);
    }

    const api = await startApi(config, graph, (level, message, extra) => {
      if (level !== 'info')
        opts.log(`[api] ${level}: ${message} ${extra instanceof Error ? extra.stack : ''}`);
    });
    stops.push(() => api.close());

    if (opts.withoutPortal) {
      // The address it would have, for links the API writes (e.g. in e-mails); nothing listens there.
      return { neo4jUri, apiUrl: api.url, portalUrl: `http://127.0.0.1:${opts.webPort}`, graph, api, stop };
    }
    buildWebIfStale(opts.log);
    const web: WebProcess = await startWeb({
      port: opts.webPort,
      apiUrl: `${api.url}/graphql`,
      sessionSecret: sessionSecret(path.join(ROOT, '.data')),
      log: opts.log,
    });
    stops.push(() => web.stop());

    return { neo4jUri, apiUrl: api.url, portalUrl: web.url, graph, api, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
