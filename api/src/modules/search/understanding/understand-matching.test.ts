import { describe, expect, it } from 'vitest';
import { createLexicon, mergeLexiconEntries } from './lexicon.js';
import { seedLexicon } from './test-lexicon.js';
import type { LexiconEntry } from './types.js';
import { understandQuery } from './understand.js';

const lexicon = seedLexicon();
const understand = (text: string) => understandQuery(lexicon, text);
const entry = (term: string, kind: LexiconEntry['kind'], codes: string[], source = 'test'): LexiconEntry => ({
  term,
  kind,
  codes,
  source,
});

describe('matching', () => {
  it('prefers the longest term, with no spaces needed between Japanese terms', () => {
    expect(understand('労働基準監督署').terms.map((t) => t.text)).toEqual(['労働基準監督署']);
    expect(understand('ベトナム語未払い賃金').terms.map((t) => t.text)).toEqual(['ベトナム語', '未払い賃金']);
    expect(understand('インドネシア語').language).toBe('id');
    expect(understand('永住者の配偶者等').status).toBe('SPOUSE_OF_PERMANENT_RESIDENT');
  });

  it('matches Latin terms on word boundaries only', () => {
    expect(understand('dvd taxi visage').terms).toEqual([]);
    expect(understand('DVシェルター').terms.map((t) => t.text)).toEqual(['DV', 'シェルター']);
    expect(understand('労災rousai').domains).toEqual(['WRK-SAF']);
  });

  it('keeps short kana terms out of longer words', () => {
    expect(understand('働きたい').terms).toEqual([]);
    expect(understand('ネクタイ').terms).toEqual([]);
    expect(understand('ビザンチン').terms).toEqual([]);
    expect(understand('タイ人').language).toBe('th');
    expect(understand('ﾀｲ語').language).toBe('th');
  });

  it('matches terms written with middle dots with or without them', () => {
    expect(understand('ドメスティックバイオレンス').domains).toEqual(['FAM-DV']);
    expect(understand('ドメスティック・バイオレンス').domains).toEqual(['FAM-DV']);
    expect(understand('技術人文知識国際業務').status).toBe('ENGINEER_HUMANITIES_INTL');
  });

  it('gives each term the span as typed, so the portal can remove it', () => {
    const text = '  ﾍﾞﾄﾅﾑ語・Tiếng Việt／ｖｉｅｔｎａｍｅｓｅ 浜松市で労災 ';
    const terms = understand(text).terms;
    expect(terms.map((t) => t.text)).toEqual([
      'ﾍﾞﾄﾅﾑ語',
      'Tiếng Việt',
      'ｖｉｅｔｎａｍｅｓｅ',
      '浜松市',
      '労災',
    ]);
    for (const t of terms) expect(text).toContain(t.text);
    expect(understand('vietnames labor').terms.map((t) => t.text)).toEqual(['vietnames', 'labor']);
  });

  it('leaves the rest of the text as typed, whitespace collapsed, without lone particles', () => {
    expect(understand('ベトナム語  ひまわり　の会 労災').remainingText).toBe('ひまわり の会');
    expect(understand('ひまわりセンター').remainingText).toBe('ひまわり');
    expect(understand('Osaka  NGO Kizuna').remainingText).toBe('NGO Kizuna');
    expect(understand('労災、').remainingText).toBeNull();
    expect(understand('横浜市中区').remainingText).toBe('中区');
  });
});

describe('mergeLexiconEntries', () => {
  it('lets later lists win on the same normalized term and kind', () => {
    const merged = mergeLexiconEntries(
      [entry('ベトナム', 'NATIONALITY', ['vi'], 'catalog'), entry('労災', 'DOMAIN', ['WRK'], 'catalog')],
      [
        entry('ろうさい', 'DOMAIN', ['WRK-SAF'], 'lexicon.json'),
        entry(' 労災 ', 'DOMAIN', ['WRK-SAF'], 'lexicon.json'),
      ],
      [entry('べとなむ', 'NATIONALITY', ['vi'], 'isa'), entry('ベトナム', 'DOMAIN', ['OTH'], 'isa')],
    );
    expect(merged.map((e) => [e.term, e.kind, e.source])).toEqual([
      ['べとなむ', 'NATIONALITY', 'isa'],
      [' 労災 ', 'DOMAIN', 'lexicon.json'],
      ['ろうさい', 'DOMAIN', 'lexicon.json'],
      ['ベトナム', 'DOMAIN', 'isa'],
    ]);
  });

  it('layers terms ISA added over the built-in ones', () => {
    const base = mergeLexiconEntries([entry('労災', 'DOMAIN', ['WRK-SAF'])]);
    const isa = [
      entry('ろうむてすとよう', 'DOMAIN', ['WRK-CND'], 'isa'),
      entry('労災', 'DOMAIN', ['WRK'], 'isa'),
    ];
    const layered = createLexicon(mergeLexiconEntries(base, isa));
    expect(understandQuery(layered, 'ろうむてすとよう 労災').domains).toEqual(['WRK-CND', 'WRK']);
    expect(understandQuery(createLexicon(base), 'ろうむてすとよう').remainingText).toBe('ろうむてすとよう');
  });

  it('drops entries without letters to match, and non-stop entries without codes', () => {
    const lex = createLexicon([
      entry('・', 'DOMAIN', ['WRK']),
      entry('空', 'DOMAIN', []),
      entry('です', 'STOPWORD', []),
    ]);
    expect(lex.size).toBe(1);
    expect(understandQuery(lex, '空です')).toMatchObject({ terms: [], remainingText: '空' });
  });
});

describe('performance', () => {
  const to200 = (text: string) => text.repeat(Math.ceil(200 / text.length)).slice(0, 200);
  it.each([
    [
      'mixed',
      'ベトナム語 未払い賃金 unpaid wages vietnames 群馬県 ポルトガル語 ﾍﾞﾄﾅﾑ語 ろうどうそうだん ひまわり ',
    ],
    ['Japanese', 'ベトナム語の未払い賃金について相談したい群馬県太田市ポルトガル語子育て'],
    ['English', 'domestic violance shelter Portugese Osaka Nepali clinic lump sum withdrawl someone '],
  ])('reads a 200-character %s query well under a millisecond', (_, text) => {
    const query = to200(text);
    for (let i = 0; i < 200; i++) understand(query);
    const runs = 500;
    const started = performance.now();
    for (let i = 0; i < runs; i++) understand(query);
    expect((performance.now() - started) / runs).toBeLessThan(0.3);
  });
});
