import { readFileSync } from 'node:fs';
import { catalogLexiconEntries, type LexiconReference } from './catalog-entries.js';
import { createLexicon, mergeLexiconEntries } from './lexicon.js';
import type { LexiconEntry, LexiconKind } from './types.js';

// For the unit tests: the lexicon as the API builds it, from the seed files instead of the graph.

const SEED_DATA = new URL('../../../../../graph-seeds/data/', import.meta.url);

export function seedItems<T>(file: string): T[] {
  return (JSON.parse(readFileSync(new URL(file, SEED_DATA), 'utf8')) as { items: T[] }).items;
}

export function seedReference(): LexiconReference {
  return {
    domains: seedItems<{ code: string; nameJa: string; nameEn: string; parent: string | null }>(
      'support-domains.json',
    ).map((d) => ({ ...d, parentCode: d.parent })),
    languages: seedItems('languages.json'),
    statuses: seedItems('statuses-of-residence.json'),
    prefectures: seedItems('prefectures.json'),
  };
}

export interface CuratedItem {
  term: string;
  kind: LexiconKind;
  codes: string[];
  src: string;
}

export function curatedItems(): CuratedItem[] {
  const file = JSON.parse(readFileSync(new URL('./lexicon.json', import.meta.url), 'utf8'));
  return (file as { items: CuratedItem[] }).items;
}

export function curatedEntries(): LexiconEntry[] {
  return curatedItems().map((i) => ({ term: i.term, kind: i.kind, codes: i.codes, source: i.src }));
}

export function seedLexicon() {
  return createLexicon(mergeLexiconEntries(catalogLexiconEntries(seedReference()), curatedEntries()));
}
