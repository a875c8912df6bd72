import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectGraph, type Graph } from '../../api/src/db/graph.js';
import type { SessionViewer } from '../../api/src/modules/auth/repository.js';
import { ReferenceCatalog } from '../../api/src/modules/reference/catalog.js';
import { SET_PARTNER_LINK_MIRRORS } from '../../api/src/modules/directory/partner-mirrors.js';
import { buildSearchQuery, type PartnerSearchInput } from '../../api/src/modules/search/input.js';
import { SearchLexicon } from '../../api/src/modules/search/lexicon-store.js';
import { scoreCandidate } from '../../api/src/modules/search/ranking.js';
import type { SearchBackend, SearchPage } from '../../api/src/modules/search/types.js';
import { testNeo4jUri } from '../support/stack-env.js';
import { createSearchFixture, type SearchFixture } from './fixtures.js';

/** A backend under test, and how to make freshly written partners searchable in it. */
export interface BackendUnderTest {
  backend: SearchBackend;
  indexPartners(graph: Graph, ids: string[]): Promise<void>;
  /** Reduces English words to their stem ("groups" finds "group"); Meilisearch does not. */
  stems: boolean;
}

export type BackendFactory = (catalog: ReferenceCatalog) => Promise<BackendUnderTest>;

/**
 * The one contract every search backend must satisfy: the same fixtures, the same queries, the
 * same expectations about what is found and in which order.
 */
export function runSearchContract(label: string, makeBackend: BackendFactory): void {
  describe(`search contract: ${label}`, () => {
    let graph: Graph;
    let catalog: ReferenceCatalog;
    let fixture: SearchFixture;
    let subject: BackendUnderTest;
    let lexicon: SearchLexicon;

    beforeAll(async () => {
      graph = await connectGraph({ uri: testNeo4jUri(), user: 'neo4j', password: 'neo4j' });
      catalog = new ReferenceCatalog(graph);
      await catalog.refresh();
      lexicon = new SearchLexicon(graph, catalog);
      fixture = await createSearchFixture(graph);
      subject = await makeBackend(catalog);
      await subject.indexPartners(graph, Object.values(fixture.partners));
    });
    afterAll(async () => {
      await fixture?.remove();
      await subject?.indexPartners(graph, Object.values(fixture?.partners ?? {}));
      await graph?.driver.close();
    });

    const viewer = (): SessionViewer => ({
      id: `${fixture.run}-user`,
      email: 'search-contract@test.tsunagu.example',
      displayName: 'Test',
      role: 'COORDINATOR',
      locale: 'ja',
      prefectureCode: '13',
      workPrefectureCode: '10',
      coordinatorId: fixture.me,
      sessionId: 's',
      sessionExpiresAt: new Date(Date.now() + 3_600_000).toISOString(),
    });

    async function search(
      input: PartnerSearchInput,
      limit = 50,
      after: { score: number; id: string } | null = null,
    ) {
      const query = buildSearchQuery(input, viewer(), catalog, { limit, after }, await lexicon.current());
      return subject.backend.search(graph, query);
    }
    const ids = (page: SearchPage) => page.hits.map((h) => h.partner.id);
    const position = (page: SearchPage, id: string) => {
      const at = ids(page).indexOf(id);
      expect(at, `${id} should be found`).toBeGreaterThanOrEqual(0);
      return at;
    };

    it('at equal relevance ranks a local partner above a distant one', async () => {
      const page = await search({ text: fixture.token('dist') });
      const { local, distant } = fixture.partners;
      expect(position(page, local)).toBeLessThan(position(page, distant));
      expect(page.hits.find((h) => h.partner.id === local)!.signals.tier).toBe('SAME_PREFECTURE');
      expect(page.hits.find((h) => h.partner.id === distant)!.signals.tier).toBe('FAR');
      expect(page.prefectureCode).toBe('10'); // the coordinator's WORKS_IN, not the home prefecture 13
    });

    it('measures distance from a prefecture the searcher chooses', async () => {
      const page = await search({ text: fixture.token('dist'), prefecture: '47' });
      const { local, distant } = fixture.partners;
      expect(position(page, distant)).toBeLessThan(position(page, local));
      expect(page.prefectureCode).toBe('47');
    });

    it('treats a requested language as a need, with a switch to include the others after', async () => {
      const { withVi, withoutVi } = fixture.partners;
      const needed = await search({ text: fixture.token('lang'), language: 'vi' });
      expect(ids(needed)).toContain(withVi);
      expect(ids(needed)).not.toContain(withoutVi);
      const all = await search({ text: fixture.token('lang'), language: 'vi', includeOtherLanguages: true });
      expect(position(all, withVi)).toBeLessThan(position(all, withoutVi));
      expect(all.hits.find((h) => h.partner.id === withVi)!.signals.languageMatch).toBe(true);
    });

    it('a language need beats distance: a distant partner with it above a local one without it', async () => {
      const { local, distant } = fixture.partners;
      await graph.writeRows(
        `MATCH (p:Partner {id: $distant}), (l:Language {code: 'uk'}) CREATE (p)-[:OFFERS_LANGUAGE]->(l)
         WITH p ${SET_PARTNER_LINK_MIRRORS}`,
        { distant },
      );
      await subject.indexPartners(graph, [distant]);
      try {
        const page = await search({
          text: fixture.token('dist'),
          language: 'uk',
          includeOtherLanguages: true,
        });
        expect(position(page, distant)).toBeLessThan(position(page, local));
        const needed = await search({ text: fixture.token('dist'), language: 'uk' });
        expect(ids(needed)).toEqual([distant]);
      } finally {
        await graph.writeRows(
          `MATCH (p:Partner {id: $distant})-[r:OFFERS_LANGUAGE]->(:Language {code: 'uk'}) DELETE r
           WITH DISTINCT p ${SET_PARTNER_LINK_MIRRORS}`,
          { distant },
        );
        await subject.indexPartners(graph, [distant]);
      }
    });

    it('takes need candidates from the whole country, nearest first, each meeting the need', async () => {
      const page = await search({ domains: ['WRK-CND'], language: 'vi' }, 20);
      expect(page.hits.length).toBeGreaterThan(0);
      for (const hit of page.hits) {
        expect(hit.partner.languageCodes).toContain('vi');
        expect(hit.partner.domainCodes).toContain('WRK-CND');
      }
      // Partners meeting the need in the searcher's own prefecture are among the first page.
      const [own] = await graph.readRows<{ n: number }>(
        `MATCH (p:Partner {prefectureCode: '10'}) WHERE 'WRK-CND' IN p.domainCodes AND 'vi' IN p.languageCodes
         RETURN count(p) AS n`,
      );
      const sameTier = page.hits.filter((h) =>
        ['SAME_MUNICIPALITY', 'SAME_PREFECTURE'].includes(h.signals.tier),
      );
      if (own.n > 0) expect(sameTier.length).toBeGreaterThan(0);
      expect(sameTier.length).toBeLessThanOrEqual(own.n);
      // The fixture's far partner meeting a rare need is found from Gunma.
      const rare = await search({ text: fixture.token('intro'), domains: ['RES-STS'] });
      expect(ids(rare)).toContain(fixture.partners.introduced);
    });

    it('reads typed text into the need (understanding), the rest going to full-text', async () => {
      const page = await search({ text: `労働条件 ${fixture.token('text')}` });
      const { labour, medical } = fixture.partners;
      expect(ids(page)).toContain(labour);
      expect(ids(page)).not.toContain(medical);
      expect(page.hits.find((h) => h.partner.id === labour)!.signals.textScore).toBeGreaterThan(0);
    });

    it('counts distinct graduates, resolved ones and endorsements, telling peers apart', async () => {
      const id = `${fixture.run}-trusted`;
      const token = fixture.token('trust');
      await graph.writeRows(
        `MATCH (pref:Prefecture {code: '10'}), (peer1:Coordinator {id: $peer1}), (peer2:Coordinator {id: $peer2}),
               (stranger:Coordinator {id: $stranger})
         CREATE (p:Partner {id: $id, name: '【架空】' + $token + ' 窓口', alternateName: '[synthetic] ' + $token + ' desk',
                            kind: 'SUP', synthetic: true, createdAt: datetime(), testRun: $run})
         CREATE (p)-[:LOCATED_IN]->(pref) SET p.prefectureCode = pref.code
         CREATE (peer1)-[:REFERRED {outcome: 'RESOLVED', synthetic: true}]->(p)
         CREATE (peer1)-[:REFERRED {outcome: 'RESOLVED', synthetic: true}]->(p)
         CREATE (peer1)-[:REFERRED {outcome: 'PARTLY_RESOLVED', synthetic: true}]->(p)
         CREATE (peer2)-[:REFERRED {outcome: 'NO_CAPACITY', synthetic: true}]->(p)
         CREATE (stranger)-[:REFERRED {outcome: 'RESOLVED', synthetic: true}]->(p)
         CREATE (peer2)-[:ENDORSED {note: '【架空】test', date: date(), synthetic: true}]->(p)
         CREATE (stranger)-[:ENDORSED {note: '【架空】test', date: date(), synthetic: true}]->(p)`,
        {
          id,
          token,
          run: fixture.run,
          peer1: fixture.peer1,
          peer2: fixture.peer2,
          stranger: fixture.stranger,
        },
      );
      await subject.indexPartners(graph, [id]);
      const page = await search({ text: token });
      expect(page.hits.find((h) => h.partner.id === id)?.signals).toMatchObject({
        graduates: 3,
        resolvedGraduates: 2,
        peerGraduates: 2,
        peerResolvedGraduates: 1,
        endorsements: 2,
        peerEndorsementsHop1: 0,
        peerEndorsementsHop2: 1,
      });
    });

    it('moves a partner endorsed by a peer up', async () => {
      const page = await search({ text: fixture.token('peer') });
      const { endorsedByPeer, notEndorsed } = fixture.partners;
      expect(position(page, endorsedByPeer)).toBeLessThan(position(page, notEndorsed));
      expect(page.hits.find((h) => h.partner.id === endorsedByPeer)!.signals.peerEndorsementsHop1).toBe(1);
    });

    it('reads 労働 and labour as the labour need, and stems other English words', async () => {
      const { labour, medical } = fixture.partners;
      const ja = await search({ text: `労働 ${fixture.token('text')}` });
      expect(ids(ja)).toContain(labour);
      expect(ids(ja)).not.toContain(medical);
      const en = await search({ text: `labour ${fixture.token('text')}` });
      expect(ids(en)).toContain(labour);
      expect(ids(en)).not.toContain(medical);
      if (!subject.stems) return;
      // "groups" → "group" (english analyzer): the medical interpreters group ranks first.
      const stemmed = await search({ text: `groups ${fixture.token('text')}` });
      expect(position(stemmed, medical)).toBeLessThan(position(stemmed, labour));
    });

    it('filters by domain, a parent domain matching its sub-domains', async () => {
      const page = await search({ text: fixture.token('text'), domains: ['WRK'] });
      expect(ids(page)).toContain(fixture.partners.labour);
      expect(ids(page)).not.toContain(fixture.partners.medical);
      expect(page.hits.find((h) => h.partner.id === fixture.partners.labour)!.signals.domainShare).toBe(1);
    });

    it('scores in the database exactly as the pure ranking module does', async () => {
      const page = await search({ text: fixture.token('peer'), language: 'ja' });
      expect(page.hits.length).toBeGreaterThan(0);
      for (const hit of page.hits) expect(hit.score).toBeCloseTo(scoreCandidate(hit.signals), 9);
    });

    it('pages with a (score, id) cursor without overlap', async () => {
      const text = ['dist', 'lang', 'peer', 'text'].map(fixture.token).join(' ');
      const all = await search({ text }, 50);
      const first = await search({ text }, 3);
      const last = first.hits[2];
      const rest = await search({ text }, 50, { score: last.score, id: last.partner.id });
      expect([...ids(first), ...ids(rest)]).toEqual(ids(all));
    });

    it('treats Lucene syntax in user text as plain text', async () => {
      const page = await search({ text: `${fixture.token('text')} AND ("労働" OR [x TO y]) ~ * ? \\ /` });
      expect(ids(page)).toContain(fixture.partners.labour);
    });
  });
}
