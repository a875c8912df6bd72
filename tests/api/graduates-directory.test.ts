import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, startHarness, type Harness } from '../support/api-harness.js';
import { coordinatorFixtures, type TestCoordinator } from '../fixtures/graduates/coordinators.js';

// A cohort no seed uses, so the filters see only this file's coordinators.
const COHORT = 2091;
const LIST = `query($first: Int, $after: String, $f: CoordinatorFilter, $sort: CoordinatorSort) {
  coordinators(first: $first, after: $after, filter: $f, sort: $sort) {
    edges { node { id cohort expert prefecture { code } } } pageInfo { hasNextPage endCursor } } }`;
type Page = {
  coordinators: {
    edges: { node: { id: string; cohort: number; expert: boolean; prefecture: { code: string } } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};

let h: Harness;
let fixtures: ReturnType<typeof coordinatorFixtures>;
let reader: TestCoordinator;
const made: Record<string, TestCoordinator> = {};

beforeAll(async () => {
  h = await startHarness();
  fixtures = coordinatorFixtures(h);
  reader = await fixtures.create({ prefecture: '13' });
  made.gunmaVi = await fixtures.create({
    prefecture: '10',
    cohort: COHORT,
    languages: ['ja', 'vi'],
    domains: ['WRK-CND'],
  });
  made.tokyoExpert = await fixtures.create({
    prefecture: '13',
    cohort: COHORT,
    props: { expert: true },
    domains: ['RES-STS'],
  });
  made.osaka = await fixtures.create({ prefecture: '27', cohort: COHORT, languages: ['ja', 'pt'] });
  made.osakaOlder = await fixtures.create({ prefecture: '27', cohort: COHORT - 1 });
});
afterAll(async () => {
  await fixtures?.cleanup();
  await h?.close();
});

const ids = (page: Page) => page.coordinators.edges.map((e) => e.node.id).sort();
async function list(variables: Record<string, unknown>) {
  const result = await h.gql<Page>(LIST, { first: 50, ...variables }, reader.token);
  expect(result.errors).toBeUndefined();
  expect(result.extensions?.neo4jRoundTrips).toBe(2);
  return result.data!;
}

describe('graduate directory filters', () => {
  it('filters by cohort, prefecture, bureau region, language, domain and expert', async () => {
    expect(ids(await list({ f: { cohort: COHORT } }))).toEqual(
      [made.gunmaVi.id, made.tokyoExpert.id, made.osaka.id].sort(),
    );
    expect(ids(await list({ f: { cohort: COHORT, prefecture: '27' } }))).toEqual([made.osaka.id]);
    expect(ids(await list({ f: { cohort: COHORT, bureau: 'TKY' } }))).toEqual(
      [made.gunmaVi.id, made.tokyoExpert.id].sort(),
    );
    expect(ids(await list({ f: { cohort: COHORT, language: 'pt' } }))).toEqual([made.osaka.id]);
    expect(ids(await list({ f: { cohort: COHORT, domain: 'WRK' } }))).toEqual([made.gunmaVi.id]);
    expect(ids(await list({ f: { cohort: COHORT, expert: true } }))).toEqual([made.tokyoExpert.id]);
  });

  it('sorts by cohort (newest first) with keyset pages that neither skip nor repeat', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 4; i++) {
      const page: Page = await list({ first: 1, after, sort: 'COHORT', f: { prefecture: '27' } });
      seen.push(...page.coordinators.edges.map((e) => e.node.id));
      if (!page.coordinators.pageInfo.hasNextPage) break;
      after = page.coordinators.pageInfo.endCursor;
    }
    const ours = seen.filter((id) => id === made.osaka.id || id === made.osakaOlder.id);
    expect(ours).toEqual([made.osaka.id, made.osakaOlder.id]);
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('rejects a cursor of the other sort order', async () => {
    const page = await list({ first: 1, f: { cohort: COHORT } });
    const result = await h.gql(
      LIST,
      { first: 1, after: page.coordinators.pageInfo.endCursor, sort: 'COHORT' },
      reader.token,
    );
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
  });
});
