import http from 'node:http';
import path from 'node:path';
import { loadApiConfig } from '../../api/src/config.js';
import { connectGraph, type Graph } from '../../api/src/db/graph.js';
import { startApi } from '../../api/src/server.js';
import { buildLauncherIfNeeded, startEmbeddedNeo4j } from './neo4j-launcher.js';
import { ROOT } from './stack.js';

// What the benchmarks share: their own embedded Neo4j (or NEO4J_URI), the API in-process with
// round-trip counts exposed, and a GraphQL client over real HTTP.

/** A GraphQL response body as the benchmarks read it. */
export type GqlBody = { data?: any; errors?: unknown[] };

export interface BenchNeo4j {
  uri: string;
  /** The embedded Neo4j's process id; undefined with NEO4J_URI. */
  pid: number | undefined;
  stop(): Promise<void>;
}

/** NEO4J_URI if set, else an embedded Neo4j under .data/<folder> on `port` (kept between runs). */
export async function openBenchNeo4j(folder: string, port: number): Promise<BenchNeo4j> {
  if (process.env.NEO4J_URI) return { uri: process.env.NEO4J_URI, pid: undefined, stop: async () => {} };
  await buildLauncherIfNeeded(console.log);
  const neo4j = await startEmbeddedNeo4j({ port, homeDir: path.join(ROOT, '.data', folder) });
  return { uri: neo4j.uri, pid: neo4j.pid, stop: () => neo4j.stop() };
}

export interface BenchApi {
  url: string;
  /** POSTs one operation; throws on GraphQL errors. */
  gql(query: string, variables?: object, token?: string): Promise<GqlBody>;
  /**
   * As gql, with the Neo4j statements the API ran for it (the graph's counter, so only while
   * nothing else runs). The benchmarks run the API in production mode, which never exposes them.
   */
  countedGql(query: string, variables?: object, token?: string): Promise<GqlBody & { roundTrips: number }>;
  /** Signs in through the API and returns the session token. */
  signIn(email: string, password: string): Promise<string>;
  close(): Promise<void>;
}

/** Starts the API in-process on a free port (it migrates on start) against `graph`; `env` overrides settings. */
export async function startBenchApi(
  uri: string,
  graph: Graph,
  env: Record<string, string> = {},
): Promise<BenchApi> {
  const config = loadApiConfig({
    ...process.env,
    NEO4J_URI: uri,
    API_PORT: '0',
    ...env,
  });
  const api = await startApi(config, graph, () => {});
  // The client shares the machine's two cores with the API and Neo4j, so it should cost little:
  // node:http on kept-alive sockets, not fetch (undici), which costs several times the CPU per request.
  const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
  const gql = async (query: string, variables: object = {}, token?: string): Promise<GqlBody> => {
    const body = (await post(
      agent,
      `${api.url}/graphql`,
      JSON.stringify({ query, variables }),
      token,
    )) as GqlBody;
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body;
  };
  return {
    url: api.url,
    gql,
    countedGql: async (query, variables, token) => {
      const before = graph.counter.count;
      const body = await gql(query, variables, token);
      return { ...body, roundTrips: graph.counter.count - before };
    },
    signIn: async (email, password) =>
      (
        await gql('mutation($i: SignInInput!) { signIn(input: $i) { sessionToken } }', {
          i: { email, password },
        })
      ).data.signIn.sessionToken as string,
    close: () => {
      agent.destroy();
      return api.close();
    },
  };
}

/** POSTs a JSON body on `agent`'s sockets and returns the parsed JSON response. */
function post(agent: http.Agent, url: string, body: string, token?: string): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      url,
      {
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('error', reject);
        response.on('end', () => {
          try {
            resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')));
          } catch (error) {
            reject(error);
          }
        });
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

/** Connects a driver to `uri` with the configured credentials. */
export function connectBenchGraph(uri: string): Promise<Graph> {
  return connectGraph({
    uri,
    user: process.env.NEO4J_USER ?? 'neo4j',
    password: process.env.NEO4J_PASSWORD ?? 'neo4j',
  });
}
