import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OPERATION_LIMITS } from '../../api/src/security/limits.js';
import { errorCode, startHarness, type Harness } from '../support/api-harness.js';

let h: Harness;
let token: string;
beforeAll(async () => {
  h = await startHarness({ BODY_LIMIT_BYTES: '20000' });
  token = await h.signIn(await h.createUser('ISA_ADMIN'));
});
afterAll(() => h?.close());

// prefectures { borders { borders { … { code } … } } }
const nested = (depth: number) =>
  `{ prefectures ${'{ borders '.repeat(depth)}{ code }${' }'.repeat(depth)} }`;

describe('operation limits are enforced before any database work', () => {
  it('rejects an over-deep query', async () => {
    const result = await h.gql(nested(OPERATION_LIMITS.maxDepth + 2), {}, token);
    expect(errorCode(result)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(result.errors![0].message).toMatch(/depth/i);
    expect(result.extensions?.neo4jRoundTrips).toBe(0);
  });

  it('rejects too many aliases', async () => {
    const aliases = Array.from(
      { length: OPERATION_LIMITS.maxAliases + 1 },
      (_, i) => `a${i}: health { ok }`,
    ).join(' ');
    const result = await h.gql(`{ ${aliases} }`, {}, token);
    expect(errorCode(result)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(result.errors![0].message).toMatch(/alias/i);
    expect(result.extensions?.neo4jRoundTrips).toBe(0);
  });

  it('rejects an over-costly query', async () => {
    const q = `{ partners(first: 100) { edges { node {
      domains { code nameJa nameEn parentCode } languages { code nameJa nameEn priority }
      prefecture { code nameJa nameEn borders { code nameJa nameEn block { code nameJa } } } } } } }`;
    const result = await h.gql(q, {}, token);
    expect(errorCode(result)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(result.errors![0].message).toMatch(/cost/i);
    expect(result.extensions?.neo4jRoundTrips).toBe(0);
  });

  it('rejects a query with too many tokens', async () => {
    // 4 tokens per repetition: well over the token limit, well under the body limit
    const q = `{ ${'health{ok}'.repeat(OPERATION_LIMITS.maxTokens / 3)} }`;
    const result = await h.gql(q, {}, token);
    expect(errorCode(result)).toBe('GRAPHQL_PARSE_FAILED');
    expect(result.errors![0].message).toMatch(/token/i);
  });

  it('answers malformed GraphQL with GRAPHQL_PARSE_FAILED', async () => {
    const result = await h.gql('{ viewer { ', {}, token);
    expect(result.status).toBe(400);
    expect(errorCode(result)).toBe('GRAPHQL_PARSE_FAILED');
    expect(result.extensions?.neo4jRoundTrips).toBe(0);
  });

  it('answers an unknown field with GRAPHQL_VALIDATION_FAILED', async () => {
    const result = await h.gql('{ viewer { passwordHash } }', {}, token);
    expect(errorCode(result)).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});

describe('HTTP layer', () => {
  const post = (body: string, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
    fetch(`${h.api.url}/graphql`, { method: 'POST', headers, body });

  it('answers a body that is not JSON with 400', async () => {
    const res = await post('{"query": ');
    expect(res.status).toBe(400);
  });

  it('refuses a body over the size limit with 413', async () => {
    const res = await post(JSON.stringify({ query: `{ viewer { id } } #${'x'.repeat(30_000)}` }));
    expect(res.status).toBe(413);
  });

  it('allows the larger upload limit only with a valid session, whatever Authorization says', async () => {
    const big = JSON.stringify({ query: `{ viewer { id } } #${'x'.repeat(30_000)}` });
    const json = { 'content-type': 'application/json' };
    for (const authorization of ['Bearer junk', 'Basic YTpi', 'Bearer ']) {
      const res = await post(big, { ...json, authorization });
      expect(res.status, authorization).toBe(413);
    }
    const signedIn = await post(big, { ...json, authorization: `Bearer ${token}` });
    expect(signedIn.status).toBe(200);
    expect(((await signedIn.json()) as { data: { viewer: { id: string } } }).data.viewer.id).toBeTruthy();
  });

  it('answers a chunked body over the limit with 413 rather than resetting the connection', async () => {
    const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = request(`${h.api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' },
      });
      req.on('response', (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      });
      req.on('error', reject);
      req.write('{"query": "{ viewer { id } } #');
      for (let i = 0; i < 30; i++) req.write('x'.repeat(1_000));
      req.end('"}');
    });
    expect(answer.status).toBe(413);
    expect(answer.body).toContain('BAD_REQUEST');
  });

  it('blocks a cross-site simple request (CSRF prevention)', async () => {
    const res = await post('{"query":"{ viewer { id } }"}', { 'content-type': 'text/plain' });
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/CSRF|preflight/i);
  });

  it('reports health with the Neo4j version', async () => {
    const res = await fetch(`${h.api.url}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ ok: true, neo4jVersion: expect.stringMatching(/^5\./) });
  });

  it('answers unknown paths with 404', async () => {
    expect((await fetch(`${h.api.url}/nope`)).status).toBe(404);
  });
});

describe('production mode', () => {
  let prod: Harness;
  beforeAll(async () => {
    prod = await startHarness({ NODE_ENV: 'production', EXPOSE_ROUND_TRIPS: 'true' });
  });
  afterAll(() => prod?.close());

  it('turns introspection off', async () => {
    const result = await prod.gql('{ __schema { types { name } } }');
    expect(errorCode(result)).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('never exposes round-trip counts or stack traces', async () => {
    const result = await prod.gql('{ accounts { edges { cursor } } }');
    expect(errorCode(result)).toBe('UNAUTHENTICATED');
    expect(result.errors![0].extensions!.stacktrace).toBeUndefined();
    expect(result.extensions?.neo4jRoundTrips).toBeUndefined();
  });
});
