import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, startHarness, type Harness, type TestUser } from '../support/api-harness.js';
import { createSearchFixture, type SearchFixture } from '../search/fixtures.js';

const SEARCH = `query($input: PartnerSearchInput!, $first: Int, $after: String) {
  searchPartners(input: $input, first: $first, after: $after) {
    backend foundNearby prefecture { code }
    need {
      terms { kind text domains { code } language { code } prefecture { code } }
      domains { code } language { code } languageRequired status { code } prefectureFromText remainingText
    }
    edges { node {
      score tier distanceKm partner { id name languages { code } }
      reasons { kind tier distanceKm graduates resolved peerEndorsements hops language { code } domains { code } }
      introduction { chain hops }
    } }
    pageInfo { hasNextPage endCursor }
  }
}`;
type Node = {
  score: number;
  tier: string;
  distanceKm: number | null;
  partner: { id: string; name: string; languages: { code: string }[] };
  reasons: {
    kind: string;
    tier: string | null;
    distanceKm: number | null;
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
    need: {
      terms: { kind: string; text: string; domains: { code: string }[]; language: { code: string } | null }[];
      domains: { code: string }[];
      language: { code: string } | null;
      languageRequired: boolean;
      prefectureFromText: boolean;
      remainingText: string | null;
    };
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
    // A requested language is a need: partners without it are left out by default.
    expect(nodeOf(result.data!, fixture.partners.withoutVi)).toBeUndefined();
  });

  it('lists partners without the language after those with it when other languages are included', async () => {
    const result = await search(
      { text: fixture.token('lang'), language: 'vi', includeOtherLanguages: true },
      coordinatorToken,
    );
    expect(result.errors).toBeUndefined();
    const ids = result.data!.searchPartners.edges.map((e) => e.node.partner.id);
    expect(ids.indexOf(fixture.partners.withVi)).toBeLessThan(ids.indexOf(fixture.partners.withoutVi));
    expect(nodeOf(result.data!, fixture.partners.withoutVi)!.reasons.map((r) => r.kind)).not.toContain(
      'LANGUAGE_MATCH',
    );
    expect(result.data!.searchPartners.need).toMatchObject({
      language: { code: 'vi' },
      languageRequired: false,
    });
  });

  it('reads the text into a need and says what it understood', async () => {
    const result = await search({ text: `ベトナム語 労災 ${fixture.token('lang')}` }, coordinatorToken);
    expect(result.errors).toBeUndefined();
    const { need } = result.data!.searchPartners;
    expect(need.terms.map((t) => [t.kind, t.text])).toEqual([
      ['LANGUAGE', 'ベトナム語'],
      ['DOMAIN', '労災'],
    ]);
    expect(need).toMatchObject({
      language: { code: 'vi' },
      languageRequired: true,
      prefectureFromText: false,
      remainingText: fixture.token('lang'),
    });
    expect(need.domains.map((d) => d.code)).toContain('WRK-SAF');
    const edges = result.data!.searchPartners.edges;
    expect(edges.length).toBeGreaterThan(0);
    // Every result meets the need: it serves the domain and offers the language.
    for (const { node } of edges) {
      expect(node.partner.languages.map((l) => l.code)).toContain('vi');
      expect(node.reasons.map((r) => r.kind)).toContain('DOMAIN_MATCH');
    }
    expect(result.extensions?.neo4jRoundTrips).toBeLessThanOrEqual(3);
  });

  it('gives the distance in km for partners with coordinates', async () => {
    const result = await search({ text: fixture.token('dist') }, coordinatorToken);
    const local = nodeOf(result.data!, fixture.partners.local)!;
    expect(local.distanceKm).toBeCloseTo(0, 0);
    const distant = nodeOf(result.data!, fixture.partners.distant)!;
    expect(distant.distanceKm).toBeGreaterThan(1400);
    expect(distant.reasons.find((r) => r.kind === 'DISTANCE')!.distanceKm).toBe(distant.distanceKm);
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
    // A chosen domain is a need: partners serving it come from the whole country, the text's match first.
    const health = await search({ text: fixture.token('text'), domains: ['HLT'] }, coordinatorToken);
    const healthIds = health.data!.searchPartners.edges.map((e) => e.node.partner.id);
    expect(healthIds[0]).toBe(fixture.partners.medical);
    expect(healthIds).not.toContain(fixture.partners.labour);
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

/** A term no lexicon has; removed before and after the run. */
const TEST_TERM = 'ろうむてすとよう';

describe('search terms added by ISA', () => {
  beforeAll(() =>
    h.graph.writeRows('MATCH (t:SearchTerm {term: $term}) DETACH DELETE t', { term: TEST_TERM }),
  );
  afterAll(() =>
    h.graph.writeRows('MATCH (t:SearchTerm {term: $term}) DETACH DELETE t', { term: TEST_TERM }),
  );

  const ADD = `mutation($input: AddSearchTermInput!) {
    addSearchTerm(input: $input) { searchTerm { id term kind domains { code } language { code } addedBy } }
  }`;
  const REMOVE = 'mutation($id: ID!) { removeSearchTerm(id: $id) { id } }';
  const LIST = 'query { searchTerms { id term kind } }';
  type Added = {
    addSearchTerm: { searchTerm: { id: string; term: string; kind: string; domains: { code: string }[] } };
  };

  it('lets ISA add a term that the next search understands, and remove it', async () => {
    const term = TEST_TERM;
    const added = await h.gql<Added>(
      ADD,
      { input: { term, kind: 'DOMAIN', codes: ['WRK-CND'] } },
      adminToken,
    );
    expect(added.errors).toBeUndefined();
    const { id } = added.data!.addSearchTerm.searchTerm;
    expect(added.data!.addSearchTerm.searchTerm).toMatchObject({
      term,
      kind: 'DOMAIN',
      domains: [{ code: 'WRK-CND' }],
    });
    const understood = await search({ text: `${term} ${fixture.token('text')}` }, coordinatorToken);
    expect(understood.data!.searchPartners.need.terms).toEqual([
      expect.objectContaining({ kind: 'DOMAIN', text: term, domains: [{ code: 'WRK-CND' }] }),
    ]);
    const ids = understood.data!.searchPartners.edges.map((e) => e.node.partner.id);
    expect(ids).toContain(fixture.partners.labour);
    expect(ids).not.toContain(fixture.partners.medical);
    const list = await h.gql<{ searchTerms: { id: string }[] }>(LIST, {}, adminToken);
    expect(list.data!.searchTerms.map((t) => t.id)).toContain(id);

    expect(
      errorCode(
        await h.gql(ADD, { input: { term: ` ${term} `, kind: 'DOMAIN', codes: ['WRK'] } }, adminToken),
      ),
    ).toBe('CONFLICT');
    expect((await h.gql(REMOVE, { id }, adminToken)).errors).toBeUndefined();
    expect(errorCode(await h.gql(REMOVE, { id }, adminToken))).toBe('NOT_FOUND');
    const after = await search({ text: `${term} ${fixture.token('text')}` }, coordinatorToken);
    expect(after.data!.searchPartners.need.terms).toEqual([]);
  });

  it('rejects bad terms naming the field and writes nothing', async () => {
    const before = await h.graph.readRows<{ n: number }>('MATCH (t:SearchTerm) RETURN count(t) AS n');
    const cases: [Record<string, unknown>, string][] = [
      [{ term: '  ', kind: 'DOMAIN', codes: ['WRK'] }, 'term'],
      [{ term: 'あ'.repeat(41), kind: 'DOMAIN', codes: ['WRK'] }, 'term'],
      [{ term: `${fixture.run}x`, kind: 'DOMAIN', codes: [] }, 'codes'],
      [{ term: `${fixture.run}x`, kind: 'DOMAIN', codes: ['NOPE'] }, 'codes'],
      [{ term: `${fixture.run}x`, kind: 'LANGUAGE', codes: ['vi', 'pt'] }, 'codes'],
      [{ term: `${fixture.run}x`, kind: 'PREFECTURE', codes: ['99'] }, 'codes'],
    ];
    for (const [input, field] of cases) {
      const result = await h.gql(ADD, { input }, adminToken);
      expect(errorCode(result), field).toBe('BAD_USER_INPUT');
      expect(result.errors![0].extensions!.field).toBe(field);
    }
    const after = await h.graph.readRows<{ n: number }>('MATCH (t:SearchTerm) RETURN count(t) AS n');
    expect(after[0].n).toBe(before[0].n);
  });

  it('is for ISA only', async () => {
    const input = { term: `${fixture.run}y`, kind: 'LANGUAGE', codes: ['vi'] };
    expect(errorCode(await h.gql(ADD, { input }, coordinatorToken))).toBe('FORBIDDEN');
    expect(errorCode(await h.gql(ADD, { input }, localGovToken))).toBe('FORBIDDEN');
    expect(errorCode(await h.gql(LIST, {}, coordinatorToken))).toBe('FORBIDDEN');
    expect(errorCode(await h.gql(REMOVE, { id: 'x' }, coordinatorToken))).toBe('FORBIDDEN');
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
