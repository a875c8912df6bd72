import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, startHarness, type Harness, type TestUser } from '../support/api-harness.js';
import { createSearchFixture, type SearchFixture } from '../search/fixtures.js';

const SEARCH = `query($input: PartnerSearchInput!, $first: Int, $after: String) {
  searchPartners(input: $input, first: $first, after: $after) {
    backend foundNearby prefecture { code }
    edges { node {
      score tier partner { id name }
      reasons { kind tier graduates resolved peerEndorsements hops language { code } domains { code } }
      introduction { chain hops }
    } }
    pageInfo { hasNextPage endCursor }
  }
}`;
type Node = {
  score: number;
  tier: string;
  partner: { id: string; name: string };
  reasons: {
    kind: string;
    tier: string | null;
    graduates: number | null;
    resolved: number | null;
    hops: number | null;
    language: { code: string } | null;
  }[];
  introduction: { chain: string[]; hops: number } | null;
};
type SearchData = {
  searchPartners: {
    backend: string;
    foundNearby: boolean;
    prefecture: { code: string } | null;
    edges: { node: Node }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};
const REPORT = `mutation($input: ReportMissingPartnerInput!) {
  reportMissingPartner(input: $input) { report { id prefecture { code } domain { code } language { code } note createdAt } }
}`;

let h: Harness;
let fixture: SearchFixture;
let coordinator: TestUser;
let coordinatorToken: string;
let adminToken: string;
let localGovToken: string;

beforeAll(async () => {
  h = await startHarness();
  fixture = await createSearchFixture(h.graph);
  coordinator = await h.createUser('COORDINATOR', { prefecture: '13' });
  await h.graph.writeRows(
    'MATCH (u:User {id: $user}), (c:Coordinator {id: $me}) CREATE (u)-[:ACTS_AS]->(c)',
    { user: coordinator.id, me: fixture.me },
  );
  coordinatorToken = await h.signIn(coordinator);
  adminToken = await h.signIn(await h.createUser('ISA_ADMIN', { prefecture: '27' }));
  localGovToken = await h.signIn(await h.createUser('LOCAL_GOV', { prefecture: '10' }));
});
afterAll(async () => {
  await h?.graph.writeRows('MATCH (r:MissingPartnerReport) WHERE r.note STARTS WITH $run DETACH DELETE r', {
    run: fixture?.run ?? '-',
  });
  await fixture?.remove();
  await h?.close();
});

const search = (input: Record<string, unknown>, token: string, first = 20) =>
  h.gql<SearchData>(SEARCH, { input, first }, token);
const nodeOf = (data: SearchData, id: string) =>
  data.searchPartners.edges.find((e) => e.node.partner.id === id)?.node;

describe('searchPartners', () => {
  it('defaults to the coordinator’s WORKS_IN prefecture, else the home prefecture', async () => {
    const mine = await search({ text: fixture.token('dist') }, coordinatorToken);
    expect(mine.errors).toBeUndefined();
    expect(mine.data!.searchPartners.prefecture?.code).toBe('10');
    const admin = await search({ text: fixture.token('dist') }, adminToken);
    expect(admin.data!.searchPartners.prefecture?.code).toBe('27');
    const chosen = await search({ text: fixture.token('dist'), prefecture: '47' }, coordinatorToken);
    expect(chosen.data!.searchPartners.prefecture?.code).toBe('47');
  });

  it('answers in two round trips with typed reasons on every result', async () => {
    const result = await search({ text: fixture.token('lang'), language: 'vi' }, coordinatorToken);
    expect(result.errors).toBeUndefined();
    expect(result.extensions?.neo4jRoundTrips).toBe(2); // session + one search statement
    expect(result.data!.searchPartners.backend).toBe('neo4j');
    const withVi = nodeOf(result.data!, fixture.partners.withVi)!;
    expect(withVi.reasons.map((r) => r.kind)).toEqual(
      expect.arrayContaining(['TEXT_MATCH', 'LANGUAGE_MATCH', 'DISTANCE']),
    );
    expect(withVi.reasons.find((r) => r.kind === 'LANGUAGE_MATCH')!.language?.code).toBe('vi');
    expect(withVi.reasons.find((r) => r.kind === 'DISTANCE')!.tier).toBe('SAME_PREFECTURE');
    expect(nodeOf(result.data!, fixture.partners.withoutVi)!.reasons.map((r) => r.kind)).not.toContain(
      'LANGUAGE_MATCH',
    );
  });

  it('explains trust and peer endorsements', async () => {
    const peer = await search({ text: fixture.token('peer') }, coordinatorToken);
    const endorsed = nodeOf(peer.data!, fixture.partners.endorsedByPeer)!;
    expect(endorsed.reasons.find((r) => r.kind === 'PEER_ENDORSEMENT')).toMatchObject({ hops: 1 });
    const intro = await search({ text: fixture.token('intro') }, coordinatorToken);
    const referred = nodeOf(intro.data!, fixture.partners.introduced)!;
    expect(referred.reasons.find((r) => r.kind === 'REFERRALS')).toMatchObject({ graduates: 1, resolved: 1 });
  });

  it('filters by domain and by remote/nationwide inclusion', async () => {
    const labour = await search({ text: fixture.token('text'), domains: ['WRK'] }, coordinatorToken);
    const found = labour.data!.searchPartners.edges.map((e) => e.node.partner.id);
    expect(found).toContain(fixture.partners.labour);
    expect(found).not.toContain(fixture.partners.medical);
    const health = await search({ text: fixture.token('text'), domains: ['HLT'] }, coordinatorToken);
    expect(health.data!.searchPartners.edges.map((e) => e.node.partner.id)).toEqual([
      fixture.partners.medical,
    ]);
  });

  it('says whether anything was found nearby', async () => {
    const far = await search({ text: fixture.token('intro') }, coordinatorToken);
    expect(far.data!.searchPartners.foundNearby).toBe(false);
    const near = await search({ text: fixture.token('dist') }, coordinatorToken);
    expect(near.data!.searchPartners.foundNearby).toBe(true);
  });

  it('rejects bad input naming the field', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ text: 'x'.repeat(201) }, 'text'],
      [{ language: 'xx-nope' }, 'language'],
      [{ domains: ['NOPE'] }, 'domains'],
      [{ prefecture: '99' }, 'prefecture'],
      [{ status: 'NOPE' }, 'status'],
    ];
    for (const [input, field] of cases) {
      const result = await search(input, coordinatorToken);
      expect(errorCode(result), field).toBe('BAD_USER_INPUT');
      expect(result.errors![0].extensions!.field).toBe(field);
    }
    expect(errorCode(await search({ text: 'x' }, ''))).toBe('UNAUTHENTICATED');
  });
});

describe('who can introduce me', () => {
  it('gives the shortest peer chain (display names only) to a graduate who referred there, for far partners', async () => {
    const result = await search({ text: fixture.token('intro') }, coordinatorToken);
    expect(result.errors).toBeUndefined();
    const introduced = nodeOf(result.data!, fixture.partners.introduced)!;
    expect(introduced.tier).toBe('FAR');
    expect(introduced.introduction).toEqual({
      chain: ['【架空】検索 同期一', '【架空】検索 同期二'],
      hops: 2,
    });
    // the only referrer of this one is 4 hops away: beyond the bound of 3
    expect(nodeOf(result.data!, fixture.partners.tooFar)!.introduction).toBeNull();
    // session + search + one batched statement for all introductions of the page
    expect(result.extensions?.neo4jRoundTrips).toBe(3);
  });

  it('offers no introduction for nearby partners', async () => {
    const result = await search({ text: fixture.token('dist') }, coordinatorToken);
    expect(nodeOf(result.data!, fixture.partners.local)!.introduction).toBeNull();
  });

  it('never shows coordinators to LOCAL_GOV', async () => {
    const direct = await h.gql(
      'query($id: ID!) { introductionToPartner(partnerId: $id) { chain } }',
      { id: fixture.partners.introduced },
      localGovToken,
    );
    expect(errorCode(direct)).toBe('FORBIDDEN');
    const result = await search({ text: fixture.token('intro') }, localGovToken);
    expect(result.errors).toBeUndefined();
    expect(result.data!.searchPartners.edges.every((e) => e.node.introduction === null)).toBe(true);
  });
});

describe('searchSuggestions', () => {
  const SUGGEST =
    'query($prefix: String!, $first: Int) { searchSuggestions(prefix: $prefix, first: $first) { kind label id } }';
  type Suggestions = { searchSuggestions: { kind: string; label: string; id: string }[] };

  it('suggests partner names after the synthetic mark, in one statement', async () => {
    const result = await h.gql<Suggestions>(SUGGEST, { prefix: fixture.token('text') }, coordinatorToken);
    expect(result.errors).toBeUndefined();
    expect(result.data!.searchSuggestions.map((s) => s.id).sort()).toEqual(
      [fixture.partners.labour, fixture.partners.medical].sort(),
    );
    expect(result.extensions?.neo4jRoundTrips).toBe(2);
  });

  it('suggests domain labels in Japanese and English, at most `first`', async () => {
    const ja = await h.gql<Suggestions>(SUGGEST, { prefix: '就労' }, coordinatorToken);
    expect(ja.data!.searchSuggestions[0]).toMatchObject({ kind: 'DOMAIN', id: 'WRK' });
    const en = await h.gql<Suggestions>(SUGGEST, { prefix: 'employ', first: 3 }, coordinatorToken);
    expect(en.data!.searchSuggestions[0]).toMatchObject({ kind: 'DOMAIN', id: 'WRK' });
    const many = await h.gql<Suggestions>(SUGGEST, { prefix: '【' }, coordinatorToken);
    expect(many.data!.searchSuggestions.length).toBeLessThanOrEqual(10);
    expect(errorCode(await h.gql(SUGGEST, { prefix: 'a', first: 11 }, coordinatorToken))).toBe(
      'BAD_USER_INPUT',
    );
  });
});

describe('reportMissingPartner', () => {
  it('stores a coordinator’s report linked to their Coordinator node', async () => {
    const note = `${fixture.run} no Vietnamese labour counsel nearby`;
    const result = await h.gql<{
      reportMissingPartner: { report: { id: string; note: string; language: { code: string } } };
    }>(REPORT, { input: { prefecture: '10', domain: 'WRK-CND', language: 'vi', note } }, coordinatorToken);
    expect(result.errors).toBeUndefined();
    const report = result.data!.reportMissingPartner.report;
    expect(report).toMatchObject({ note, language: { code: 'vi' } });
    const [stored] = await h.graph.readRows<{ reporter: string; pref: string; domain: string }>(
      `MATCH (r:MissingPartnerReport {id: $id})-[:REPORTED_BY]->(c:Coordinator),
             (r)-[:IN_PREFECTURE]->(p:Prefecture), (r)-[:FOR_DOMAIN]->(d:SupportDomain)
       RETURN c.id AS reporter, p.code AS pref, d.code AS domain`,
      { id: report.id },
    );
    expect(stored).toEqual({ reporter: fixture.me, pref: '10', domain: 'WRK-CND' });
  });

  it('rejects bad input naming the field and writes nothing', async () => {
    const before = await h.graph.readRows<{ n: number }>(
      'MATCH (r:MissingPartnerReport) RETURN count(r) AS n',
    );
    const cases: [Record<string, unknown>, string][] = [
      [{ prefecture: '99', domain: 'WRK' }, 'prefecture'],
      [{ prefecture: '10', domain: 'NOPE' }, 'domain'],
      [{ prefecture: '10', domain: 'WRK', language: 'xx' }, 'language'],
      [{ prefecture: '10', domain: 'WRK', note: `${fixture.run}${'あ'.repeat(1000)}` }, 'note'],
    ];
    for (const [input, field] of cases) {
      const result = await h.gql(REPORT, { input }, coordinatorToken);
      expect(errorCode(result), field).toBe('BAD_USER_INPUT');
      expect(result.errors![0].extensions!.field).toBe(field);
    }
    const after = await h.graph.readRows<{ n: number }>(
      'MATCH (r:MissingPartnerReport) RETURN count(r) AS n',
    );
    expect(after[0].n).toBe(before[0].n);
  });

  it('is for coordinators only', async () => {
    const input = { prefecture: '10', domain: 'WRK', note: `${fixture.run} forbidden` };
    expect(errorCode(await h.gql(REPORT, { input }, adminToken))).toBe('FORBIDDEN');
    expect(errorCode(await h.gql(REPORT, { input }, localGovToken))).toBe('FORBIDDEN');
    expect(errorCode(await h.gql(REPORT, { input }))).toBe('UNAUTHENTICATED');
  });
});
