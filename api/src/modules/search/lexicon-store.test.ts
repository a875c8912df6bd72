import { describe, expect, it } from 'vitest';
import type { Graph } from '../../db/graph.js';
import type { ReferenceCatalog } from '../reference/catalog.js';
import { ADDED_TERMS_TTL_MS, SearchLexicon } from './lexicon-store.js';

/** A graph whose SearchTerm read answers from `terms`, counting the reads. */
function fakeTermsGraph(terms: { term: string; kind: string; codes: string[] }[]) {
  const graph = {
    reads: 0,
    readRows: async () => {
      graph.reads += 1;
      return terms.map((t) => ({ ...t }));
    },
  };
  return graph;
}

const catalog = {
  all: (kind: string) => (kind === 'domains' ? DOMAINS : []),
} as unknown as ReferenceCatalog;
const DOMAINS = [{ code: 'WRK-CND', nameJa: '労働条件', nameEn: 'Working conditions', parentCode: null }];

describe('SearchLexicon', () => {
  it('reads ISA terms before the first search, then in the background when due, and at once after invalidate', async () => {
    const terms = [{ term: 'ろうむてすと', kind: 'DOMAIN', codes: ['WRK-CND'] }];
    const graph = fakeTermsGraph(terms);
    let now = 1_000_000;
    const lexicon = new SearchLexicon(graph as unknown as Graph, catalog, () => now);
    expect((await lexicon.current())('ろうむてすと').domains).toEqual(['WRK-CND']);
    expect(graph.reads).toBe(1);

    terms.push({ term: 'ぬぺらぬぺら', kind: 'DOMAIN', codes: ['WRK-CND'] });
    now += ADDED_TERMS_TTL_MS - 1;
    await lexicon.current();
    expect(graph.reads).toBe(1);
    now += 1;
    // Due: this request is served with the terms it has; the read runs behind it.
    expect((await lexicon.current())('ぬぺらぬぺら').remainingText).toBe('ぬぺらぬぺら');
    expect(graph.reads).toBe(2);
    await new Promise((resolve) => setImmediate(resolve));
    expect((await lexicon.current())('ぬぺらぬぺら').domains).toEqual(['WRK-CND']);

    terms.push({ term: 'ぽむぽむぽむ', kind: 'DOMAIN', codes: ['WRK-CND'] });
    lexicon.invalidate();
    expect((await lexicon.current())('ぽむぽむぽむ').domains).toEqual(['WRK-CND']);
    expect(graph.reads).toBe(3);
  });
});
