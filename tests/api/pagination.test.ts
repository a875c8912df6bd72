import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeCursor } from '../../api/src/pagination.js';
import { coordinatorFixtures } from '../fixtures/graduates/coordinators.js';
import { errorCode, startHarness, type Harness } from '../support/api-harness.js';

const PARTNERS = `query($first: Int, $after: String, $filter: PartnerFilter) {
  partners(first: $first, after: $after, filter: $filter) {
    edges { cursor node { id name prefecture { code } languages { code } domains { code } } }
    pageInfo { hasNextPage hasPreviousPage endCursor }
  }
}`;
type Page = {
  partners: {
    edges: {
      cursor: string;
      node: { id: string; name: string; prefecture: { code: string } | null; languages: { code: string }[] };
    }[];
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
  };
};

let h: Harness;
let token: string;
beforeAll(async () => {
  h = await startHarness();
  token = await h.signIn(await h.createUser('COORDINATOR'));
});
afterAll(() => h?.close());

describe('partner connection', () => {
  it('walks pages in (name, id) order without overlap, in two round trips per page', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 3; page++) {
      const result: Awaited<ReturnType<typeof h.gql<Page>>> = await h.gql<Page>(
        PARTNERS,
        { first: 25, after, filter: { prefecture: '13' } },
        token,
      );
      expect(result.errors).toBeUndefined();
      // one round trip for the session, one for the page and all its nested fields
      expect(result.extensions?.neo4jRoundTrips).toBe(2);
      const { edges, pageInfo } = result.data!.partners;
      expect(edges).toHaveLength(25);
      expect(pageInfo.hasPreviousPage).toBe(page > 0);
      expect(edges.every((e) => e.node.prefecture?.code === '13')).toBe(true);
      seen.push(...edges.map((e) => e.node.id));
      after = pageInfo.endCursor;
    }
    expect(new Set(seen).size).toBe(75);
  });

  it('filters by language and by a parent domain', async () => {
    const result = await h.gql<Page>(
      PARTNERS,
      { first: 20, filter: { language: 'vi', domain: 'WRK' } },
      token,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.partners.edges.length).toBeGreaterThan(0);
    expect(result.data!.partners.edges.every((e) => e.node.languages.some((l) => l.code === 'vi'))).toBe(
      true,
    );
  });

  it('answers BAD_USER_INPUT naming `after` for a forged cursor, and `first` for a bad size', async () => {
    const forged = await h.gql(PARTNERS, { first: 5, after: 'bm90LWEtY3Vyc29y' }, token);
    expect(errorCode(forged)).toBe('BAD_USER_INPUT');
    expect(forged.errors![0].extensions!.field).toBe('after');
    for (const first of [0, -1, 101]) {
      const bad = await h.gql(PARTNERS, { first }, token);
      expect(errorCode(bad)).toBe('BAD_USER_INPUT');
      expect(bad.errors![0].extensions!.field).toBe('first');
    }
  });
});

describe('nested references', () => {
  it('batches memberOf for a whole page into one extra round trip (DataLoader)', async () => {
    const names = await h.graph.readRows<{ name: string }>(
      "MATCH (p:Partner)-[:MEMBER_OF]->(:Partner {id: 'org-fresc'}) RETURN p.name AS name ORDER BY name",
    );
    expect(names.length).toBe(8);
    // Start the page just before the first member (id '' sorts before every id).
    const after = encodeCursor([names[0].name, '']);
    type Rows = { partners: { edges: { node: { id: string; memberOf: { id: string } | null } }[] } };
    const result = await h.gql<Rows>(
      'query($after: String) { partners(first: 50, after: $after) { edges { node { id memberOf { id name } } } } }',
      { after },
      token,
    );
    expect(result.errors).toBeUndefined();
    const members = result.data!.partners.edges.filter((e) => e.node.memberOf);
    expect(members.length).toBeGreaterThanOrEqual(1);
    expect(members.every((e) => e.node.memberOf!.id === 'org-fresc')).toBe(true);
    // session + page + one batched memberOf statement, however many members the page holds
    expect(result.extensions?.neo4jRoundTrips).toBe(3);
  });
});

describe('forged cursors', () => {
  const connections: { role: 'COORDINATOR' | 'ISA_ADMIN'; query: string; datetime?: boolean }[] = [
    { datetime: true, role: 'COORDINATOR', query: 'qaThreads(first: 2, after: $after) { edges { cursor } }' },
    {
      datetime: true,
      role: 'COORDINATOR',
      query: 'knowledgeInsights(first: 2, after: $after) { edges { cursor } }',
    },
    { datetime: true, role: 'COORDINATOR', query: 'workshops(first: 2, after: $after) { edges { cursor } }' },
    { datetime: true, role: 'COORDINATOR', query: 'mySurveys(first: 2, after: $after) { edges { cursor } }' },
    {
      datetime: true,
      role: 'ISA_ADMIN',
      query: 'managedSurveys(first: 2, after: $after) { edges { cursor } }',
    },
    { datetime: true, role: 'COORDINATOR', query: 'notices(first: 2, after: $after) { edges { cursor } }' },
    {
      datetime: true,
      role: 'COORDINATOR',
      query: 'notifications(first: 2, after: $after) { edges { cursor } }',
    },
    { role: 'COORDINATOR', query: 'partners(first: 2, after: $after) { edges { cursor } }' },
    { role: 'COORDINATOR', query: 'coordinators(first: 2, after: $after) { edges { cursor } }' },
    {
      role: 'COORDINATOR',
      query: 'coordinators(first: 2, after: $after, sort: COHORT) { edges { cursor } }',
    },
    { role: 'COORDINATOR', query: 'myPeers(first: 2, after: $after) { edges { cursor } }' },
    {
      datetime: true,
      role: 'COORDINATOR',
      query: 'peerRequests(first: 2, after: $after) { edges { cursor } }',
    },
    { datetime: true, role: 'COORDINATOR', query: 'handoffs(first: 2, after: $after) { edges { cursor } }' },
    { role: 'COORDINATOR', query: 'myActivityReports(first: 2, after: $after) { edges { cursor } }' },
    { role: 'ISA_ADMIN', query: 'accounts(first: 2, after: $after) { edges { cursor } }' },
    {
      role: 'COORDINATOR',
      query: 'searchPartners(input: { text: "労働" }, first: 2, after: $after) { edges { cursor } }',
    },
  ];
  // Wrong kinds or arity for every connection; the date-time ones also refuse what `datetime()` cannot read.
  const forge = (keys: unknown[]) => Buffer.from(JSON.stringify(keys)).toString('base64url');
  const forged = [[1, 2], [null, 'x'], [1, 2, 3, 4], [{}]].map(forge);
  const forgedTimes = [
    ['junk', 'x'],
    ['2026-02-30T00:00:00Z', 'x'],
  ].map(forge);
  let coordinatorToken: string;
  let isaToken: string;
  let created: ReturnType<typeof coordinatorFixtures>;
  beforeAll(async () => {
    created = coordinatorFixtures(h);
    coordinatorToken = (await created.create({ prefecture: '10' })).token;
    isaToken = await h.signIn(await h.createUser('ISA_ADMIN'));
  });
  afterAll(() => created?.cleanup());

  it.each(connections)(
    '$query answers BAD_USER_INPUT on `after`, never a database error',
    async ({ role, query, datetime }) => {
      const viewerToken = role === 'COORDINATOR' ? coordinatorToken : isaToken;
      for (const after of datetime ? [...forged, ...forgedTimes] : forged) {
        const result = await h.gql(`query($after: String) { ${query} }`, { after }, viewerToken);
        expect(errorCode(result), `${query} ${after}`).toBe('BAD_USER_INPUT');
        expect(result.errors![0].extensions!.field).toBe('after');
        expect(JSON.stringify(result.errors)).not.toMatch(/Neo4j|Cypher|detail/i);
      }
    },
  );

  it('still accepts the cursors the API hands out', async () => {
    for (const query of ['partners', 'coordinators']) {
      const first = await h.gql<Record<string, { pageInfo: { endCursor: string | null } }>>(
        `query { ${query}(first: 1) { pageInfo { endCursor } } }`,
        {},
        token,
      );
      expect(first.errors).toBeUndefined();
      const after = first.data![query].pageInfo.endCursor;
      expect(after, query).toBeTruthy();
      const next = await h.gql(
        `query($after: String) { ${query}(first: 1, after: $after) { edges { cursor } } }`,
        { after },
        token,
      );
      expect(next.errors, query).toBeUndefined();
    }
  });
});
