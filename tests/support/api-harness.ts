import { randomUUID } from 'node:crypto';
import { loadApiConfig } from '../../api/src/config.js';
import { connectGraph, type Graph } from '../../api/src/db/graph.js';
import { hashPassword } from '../../api/src/modules/auth/passwords.js';
import type { RoleName } from '../../api/src/modules/auth/repository.js';
import { startApi, type RunningApi } from '../../api/src/server.js';
import { testNeo4jUri } from './stack-env.js';

export interface GqlResult<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: { message: string; extensions?: Record<string, unknown> & { code?: string } }[];
  extensions?: { neo4jRoundTrips?: number };
}

export interface Harness {
  graph: Graph;
  api: RunningApi;
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ): Promise<GqlResult<T>>;
  /** A user of the given role with a unique e-mail; removed by close(). */
  createUser(role: RoleName, opts?: { prefecture?: string; password?: string }): Promise<TestUser>;
  signIn(user: TestUser): Promise<string>;
  close(): Promise<void>;
}

export interface TestUser {
  id: string;
  email: string;
  password: string;
  role: RoleName;
}

export const TEST_PASSWORD = 'correct-horse-battery-staple';

/** Starts an API in this process (port 0) on the test Neo4j, with round-trip counts exposed. */
export async function startHarness(env: Record<string, string> = {}): Promise<Harness> {
  const uri = testNeo4jUri();
  const config = loadApiConfig({
    ...process.env,
    NEO4J_URI: uri,
    API_PORT: '0',
    EXPOSE_ROUND_TRIPS: 'true',
    NODE_ENV: 'test',
    ...env,
  });
  const graph = await connectGraph({ uri, user: config.NEO4J_USER, password: config.NEO4J_PASSWORD });
  const api = await startApi(config, graph, () => {});
  const created: string[] = [];
  const passwordHash = await hashPassword(TEST_PASSWORD);

  const gql = async <T>(query: string, variables?: Record<string, unknown>, token?: string) => {
    const res = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return { status: res.status, ...((await res.json()) as object) } as GqlResult<T>;
  };

  return {
    graph,
    api,
    gql,
    async createUser(role, opts = {}) {
      const id = `test-user-${randomUUID()}`;
      const email = `${id}@test.tsunagu.example`;
      await graph.writeRows(
        `CREATE (u:User {id: $id, email: $email, passwordHash: $hash, role: $role, displayName: $name,
                         locale: 'ja', failedSignIns: 0, test: true})
         WITH u MATCH (p:Prefecture {code: $prefecture}) CREATE (u)-[:HOME_PREFECTURE]->(p)`,
        { id, email, hash: passwordHash, role, name: `Test ${role}`, prefecture: opts.prefecture ?? '13' },
      );
      created.push(id);
      return { id, email, password: TEST_PASSWORD, role };
    },
    async signIn(user) {
      const result = await gql<{ signIn: { sessionToken: string } }>(
        'mutation($input: SignInInput!) { signIn(input: $input) { sessionToken } }',
        { input: { email: user.email, password: user.password } },
      );
      if (!result.data?.signIn) throw new Error(`sign-in failed: ${JSON.stringify(result.errors)}`);
      return result.data.signIn.sessionToken;
    },
    async close() {
      await graph.writeRows(
        `MATCH (u:User) WHERE u.id IN $ids
         OPTIONAL MATCH (u)-[:HAS_SESSION]->(s:Session)
         WITH u, collect(s) AS sessions
         FOREACH (s IN sessions | DETACH DELETE s)
         DETACH DELETE u`,
        { ids: created },
      );
      await api.close();
      await graph.driver.close();
    },
  };
}

export function errorCode(result: GqlResult): string | undefined {
  return result.errors?.[0]?.extensions?.code;
}
