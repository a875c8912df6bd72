import { describe, expect, it } from 'vitest';
import { catalogLexiconEntries } from './catalog-entries.js';
import { normalizedKey } from './normalize.js';
import { curatedItems, seedItems, seedReference } from './test-lexicon.js';
import type { LexiconKind } from './types.js';

const codesOf = (file: string) => new Set(seedItems<{ code: string }>(file).map((i) => i.code));
const KNOWN: Record<Exclude<LexiconKind, 'STOPWORD'>, Set<string>> = {
  DOMAIN: codesOf('support-domains.json'),
  LANGUAGE: codesOf('languages.json'),
  NATIONALITY: codesOf('languages.json'),
  STATUS: codesOf('statuses-of-residence.json'),
  PREFECTURE: codesOf('prefectures.json'),
};
const KINDS = ['DOMAIN', 'LANGUAGE', 'STATUS', 'PREFECTURE', 'NATIONALITY', 'STOPWORD'];

describe('lexicon.json', () => {
  const items = curatedItems();

  it('holds a few hundred items, each with a term, a known kind and a source', () => {
    expect(items.length).toBeGreaterThanOrEqual(200);
    for (const item of items) {
      expect(item.term.trim(), JSON.stringify(item)).not.toBe('');
      expect(normalizedKey(item.term), item.term).not.toBe('');
      expect(KINDS, item.term).toContain(item.kind);
      expect(item.src.trim(), item.term).not.toBe('');
    }
  });

  it('names only codes that exist in graph-seeds/data, as many as the kind takes', () => {
    const unknown = items.flatMap((item) =>
      item.kind === 'STOPWORD'
        ? []
        : item.codes.filter((c) => !KNOWN[item.kind as keyof typeof KNOWN].has(c)),
    );
    expect(unknown).toEqual([]);
    for (const item of items) {
      const [min, max] = { DOMAIN: [1, 3], NATIONALITY: [1, 3], STOPWORD: [0, 0] }[item.kind as string] ?? [
        1, 1,
      ];
      expect(item.codes.length, item.term).toBeGreaterThanOrEqual(min);
      expect(item.codes.length, item.term).toBeLessThanOrEqual(max);
      expect(new Set(item.codes).size, item.term).toBe(item.codes.length);
    }
  });

  it('has no duplicate term and kind, also after normalization', () => {
    const seen = new Map<string, string>();
    const duplicates: string[] = [];
    for (const item of items) {
      const key = `${item.kind}|${normalizedKey(item.term)}`;
      if (seen.has(key)) duplicates.push(`${seen.get(key)} = ${item.term} (${item.kind})`);
      seen.set(key, item.term);
    }
    expect(duplicates).toEqual([]);
  });

  it('covers every family the search reads', () => {
    const kinds = new Set(items.map((i) => i.kind));
    expect([...kinds].sort()).toEqual([...KINDS].sort());
    const terms = new Set(items.map((i) => i.term));
    for (const t of [
      '労基署',
      'ハロワ',
      '入管',
      'ろうどう',
      'roudou',
      'unpaid wages',
      'タガログ語',
      'ベトナム',
      '浜松',
      '相談',
    ]) {
      expect(terms, t).toContain(t);
    }
  });
});

describe('catalog entries from graph-seeds/data', () => {
  it('name only codes that exist', () => {
    const entries = catalogLexiconEntries(seedReference());
    expect(entries.length).toBeGreaterThan(300);
    const unknown = entries.flatMap((e) =>
      e.kind === 'STOPWORD' ? [] : e.codes.filter((c) => !KNOWN[e.kind as keyof typeof KNOWN].has(c)),
    );
    expect(unknown).toEqual([]);
  });
});
