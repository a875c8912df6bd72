import { runPrefix } from '../support/run-prefix.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, startHarness, type Harness } from '../support/api-harness.js';
import type { TestCoordinator } from '../fixtures/graduates/coordinators.js';
import { workshopFixtures } from './workshops.fixtures.js';

const RUN = runPrefix('kb');
const PUBLISH = `mutation($input: PublishKnowledgeInsightInput!) { publishKnowledgeInsight(input: $input) {
  insight { id title domains { code } bureau { code } workshopId workshopTitle publishedBy { id } } } }`;
const SEARCH = `query($filter: KnowledgeInsightFilter, $first: Int, $after: String) {
  knowledgeInsights(filter: $filter, first: $first, after: $after) {
    edges { node { id title lesson } } pageInfo { hasNextPage endCursor } } }`;
const ONE = `query($id: ID!) { knowledgeInsight(id: $id) { id title lesson } }`;

let h: Harness;
let fx: ReturnType<typeof workshopFixtures>;
let organizer: { id: string; token: string };
let otherOrganizerToken: string;
let localGovToken: string;
let elsewhere: TestCoordinator;
let workshopId: string;
const ids: string[] = [];

beforeAll(async () => {
  h = await startHarness();
  fx = workshopFixtures(h);
  const o = await h.createUser('WORKSHOP_ORGANIZER', { prefecture: '27' });
  organizer = { id: o.id, token: await h.signIn(o) };
  otherOrganizerToken = await h.signIn(await h.createUser('WORKSHOP_ORGANIZER'));
  localGovToken = await h.signIn(await h.createUser('LOCAL_GOV'));
  // A graduate in Hokkaido (Sapporo bureau) looks for an insight from an Osaka-region workshop.
  elsewhere = await fx.create('01');
  workshopId = await fx.createWorkshop(organizer.token, RUN, { prefecture: '27' });
}, 60_000);

afterAll(async () => {
  await h?.graph.writeRows('MATCH (i:KnowledgeInsight) WHERE i.id IN $ids DETACH DELETE i', { ids });
  await fx?.cleanup();
  await h?.close();
});

const publish = (token: string, input: Record<string, unknown>) =>
  h.gql<{ publishKnowledgeInsight: { insight: { id: string; workshopTitle: string | null } } }>(
    PUBLISH,
    {
      input: {
        title: `【架空】${RUN} 賃金未払いは早めに監督署へ`,
        lesson: `${RUN} 労働基準監督署に早い段階で同行すると、未払い残業代の解決が早かった。通訳の手配も先に。`,
        domains: ['WRK-CND'],
        bureau: 'OSK',
        workshopId,
        ...input,
      },
    },
    token,
  );

describe('publishing insights', () => {
  it('lets the workshop’s organizer publish; others and the identifier check refuse', async () => {
    const result = await publish(organizer.token, {});
    expect(result.errors).toBeUndefined();
    ids.push(result.data!.publishKnowledgeInsight.insight.id);
    expect(result.data!.publishKnowledgeInsight.insight.workshopTitle).toContain(RUN);
    expect(errorCode(await publish(otherOrganizerToken, {}))).toBe('FORBIDDEN');
    expect(errorCode(await publish(elsewhere.token, {}))).toBe('FORBIDDEN');
    const named = await publish(organizer.token, { lesson: 'グエンさんの件では 090-1234-5678 に連絡した' });
    expect(errorCode(named)).toBe('BAD_USER_INPUT');
    expect(named.errors![0].extensions!.flags).toEqual([
      { field: 'lesson', kind: 'PHONE_NUMBER', match: '090-1234-5678', soft: false },
      { field: 'lesson', kind: 'PERSONAL_NAME', match: 'グエンさん', soft: true },
    ]);
    const badDomain = await publish(organizer.token, { domains: ['NOPE'] });
    expect(badDomain.errors![0].extensions!.field).toBe('domains');
    const noWorkshop = await publish(otherOrganizerToken, {
      workshopId: null,
      title: `【架空】${RUN} 医療通訳の探し方`,
      lesson: `${RUN} 医療通訳は地域の国際交流協会に相談すると見つかりやすい。`,
      domains: ['HLT-MED'],
      bureau: null,
    });
    expect(noWorkshop.errors).toBeUndefined();
    ids.push(noWorkshop.data!.publishKnowledgeInsight.insight.id);
  });
});

describe('browsing and searching the knowledge base', () => {
  type Page = {
    knowledgeInsights: {
      edges: { node: { id: string; title: string } }[];
      pageInfo: { hasNextPage: boolean; endCursor: string };
    };
  };

  it('finds an Osaka-region insight for a graduate in another bureau region, by Japanese words', async () => {
    const found = await h.gql<Page>(SEARCH, { filter: { text: '監督署 残業代' } }, elsewhere.token);
    expect(found.errors).toBeUndefined();
    expect(found.data!.knowledgeInsights.edges.map((e) => e.node.id)).toContain(ids[0]);
    const byRun = await h.gql<Page>(SEARCH, { filter: { text: RUN } }, elsewhere.token);
    expect(byRun.data!.knowledgeInsights.edges.map((e) => e.node.id).sort()).toEqual([...ids].sort());
  });

  it('filters by domain (a parent domain finds its sub-domains) and by region scope', async () => {
    const wrk = await h.gql<Page>(SEARCH, { filter: { text: RUN, domain: 'WRK' } }, elsewhere.token);
    expect(wrk.data!.knowledgeInsights.edges.map((e) => e.node.id)).toEqual([ids[0]]);
    const hlt = await h.gql<Page>(SEARCH, { filter: { text: RUN, domain: 'HLT-MED' } }, elsewhere.token);
    expect(hlt.data!.knowledgeInsights.edges.map((e) => e.node.id)).toEqual([ids[1]]);
    const osk = await h.gql<Page>(SEARCH, { filter: { text: RUN, bureau: 'OSK' } }, elsewhere.token);
    expect(osk.data!.knowledgeInsights.edges.map((e) => e.node.id)).toEqual([ids[0]]);
    expect(errorCode(await h.gql(SEARCH, { filter: { domain: 'NOPE' } }, elsewhere.token))).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('pages newest first with cursors, and treats query syntax as text', async () => {
    const first = await h.gql<Page>(SEARCH, { filter: { text: RUN }, first: 1 }, elsewhere.token);
    expect(first.data!.knowledgeInsights.edges.map((e) => e.node.id)).toEqual([ids[1]]);
    expect(first.data!.knowledgeInsights.pageInfo.hasNextPage).toBe(true);
    const second = await h.gql<Page>(
      SEARCH,
      { filter: { text: RUN }, first: 1, after: first.data!.knowledgeInsights.pageInfo.endCursor },
      elsewhere.token,
    );
    expect(second.data!.knowledgeInsights.edges.map((e) => e.node.id)).toEqual([ids[0]]);
    const odd = await h.gql<Page>(SEARCH, { filter: { text: 'AND (( "監督署' } }, elsewhere.token);
    expect(odd.errors).toBeUndefined();
  });

  it('is closed to LOCAL_GOV', async () => {
    expect(errorCode(await h.gql(SEARCH, {}, localGovToken))).toBe('FORBIDDEN');
    expect(errorCode(await h.gql(ONE, { id: ids[0] }, localGovToken))).toBe('FORBIDDEN');
    const one = await h.gql<{ knowledgeInsight: { id: string } }>(ONE, { id: ids[0] }, elsewhere.token);
    expect(one.data!.knowledgeInsight.id).toBe(ids[0]);
  });
});
