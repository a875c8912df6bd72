import { describe, expect, it } from 'vitest';
import { catalogLexiconEntries, type LexiconReference } from './catalog-entries.js';
import { seedReference } from './test-lexicon.js';
import type { LexiconKind } from './types.js';

const entries = catalogLexiconEntries(seedReference());
const codesFor = (kind: LexiconKind, term: string) =>
  entries.find((e) => e.kind === kind && e.term === term)?.codes ?? null;

describe('catalogLexiconEntries', () => {
  it('splits domain labels into their meaningful parts', () => {
    for (const part of ['労働条件', '労働契約', '賃金', '労働時間'])
      expect(codesFor('DOMAIN', part), part).toEqual(['WRK-CND']);
    expect(codesFor('DOMAIN', 'Working conditions')).toEqual(['WRK-CND']);
    expect(codesFor('DOMAIN', 'wages')).toEqual(['WRK-CND']);
    expect(codesFor('DOMAIN', '特定技能')).toEqual(['WRK-PRG']);
    expect(codesFor('DOMAIN', 'DV')).toEqual(['FAM-DV']);
    expect(codesFor('DOMAIN', '離婚')).toEqual(['REG-FAM']);
    expect(codesFor('DOMAIN', 'unemployment')).toEqual(['WRK-JOB']);
  });

  it('drops parts too generic to name a topic', () => {
    for (const part of [
      '取得',
      '変更',
      '取消',
      'その他',
      'acquisition',
      'change',
      'entry',
      'health',
      'Other',
    ]) {
      expect(codesFor('DOMAIN', part), part).toBeNull();
    }
  });

  it('gives a part shared by a domain and its sub-domain to the sub-domain', () => {
    expect(codesFor('DOMAIN', '医療')).toEqual(['HLT-MED']);
    expect(codesFor('DOMAIN', '子育て')).toEqual(['FAM-CC']);
    expect(codesFor('DOMAIN', '福祉')).toEqual(['SOC-WEL']);
    expect(codesFor('DOMAIN', 'personal status')).toEqual(['REG-FAM']);
  });

  it('names languages in Japanese, English and their own script, leaving ambiguous names out', () => {
    expect(codesFor('LANGUAGE', 'ベトナム語')).toEqual(['vi']);
    expect(codesFor('LANGUAGE', 'Tiếng Việt')).toEqual(['vi']);
    expect(codesFor('LANGUAGE', 'カンボジア語')).toEqual(['km']);
    expect(codesFor('LANGUAGE', 'Myanmar')).toEqual(['my']);
    expect(codesFor('LANGUAGE', '繁体字')).toEqual(['zh-Hant']);
    expect(codesFor('LANGUAGE', '中国語')).toBeNull();
    expect(codesFor('LANGUAGE', 'Chinese')).toBeNull();
    expect(codesFor('LANGUAGE', '日本語')).toBeNull();
    expect(codesFor('LANGUAGE', 'ベトナム')).toBeNull();
  });

  it('names only distinctive statuses, without their sub-type letters', () => {
    expect(codesFor('STATUS', '技能実習1号')).toEqual(['TECHNICAL_INTERN_1']);
    expect(codesFor('STATUS', '日本人の配偶者')).toEqual(['SPOUSE_OF_JAPANESE']);
    expect(codesFor('STATUS', '技術・人文知識・国際業務')).toEqual(['ENGINEER_HUMANITIES_INTL']);
    expect(codesFor('STATUS', 'Specified Skilled Worker')).toBeNull();
    for (const generic of ['医療', '教育', '研究', '技能', '介護', '文化活動', '経営・管理', 'Professor']) {
      expect(codesFor('STATUS', generic), generic).toBeNull();
    }
  });

  it('names prefectures with and without 都/府/県, and in English', () => {
    expect(codesFor('PREFECTURE', '群馬県')).toEqual(['10']);
    expect(codesFor('PREFECTURE', '群馬')).toEqual(['10']);
    expect(codesFor('PREFECTURE', '東京')).toEqual(['13']);
    expect(codesFor('PREFECTURE', '京都')).toEqual(['26']);
    expect(codesFor('PREFECTURE', '北海道')).toEqual(['01']);
    expect(codesFor('PREFECTURE', '北海')).toBeNull();
    expect(codesFor('PREFECTURE', 'Gunma')).toEqual(['10']);
  });

  it('takes the API catalog rows (parentCode, no native names)', () => {
    const ref: LexiconReference = {
      domains: [
        { code: 'A', nameJa: '親・共通', nameEn: 'Parent', parentCode: null },
        { code: 'A-1', nameJa: '共通', nameEn: 'Child', parentCode: 'A' },
      ],
      languages: [{ code: 'vi', nameJa: 'ベトナム語', nameEn: 'Vietnamese' }],
      statuses: [],
      prefectures: [],
    };
    const got = catalogLexiconEntries(ref).map((e) => [e.term, e.kind, e.codes, e.source]);
    expect(got).toEqual([
      ['親', 'DOMAIN', ['A'], 'catalog'],
      ['共通', 'DOMAIN', ['A-1'], 'catalog'],
      ['Parent', 'DOMAIN', ['A'], 'catalog'],
      ['Child', 'DOMAIN', ['A-1'], 'catalog'],
      ['ベトナム語', 'LANGUAGE', ['vi'], 'catalog'],
      ['Vietnamese', 'LANGUAGE', ['vi'], 'catalog'],
    ]);
  });
});
