import { describe, expect, it } from 'vitest';
import { seedLexicon } from './test-lexicon.js';
import { understandQuery } from './understand.js';

const lexicon = seedLexicon();
const understand = (text: string) => understandQuery(lexicon, text);
const need = (text: string) => {
  const q = understand(text);
  return {
    domains: q.domains,
    language: q.language,
    status: q.status,
    prefecture: q.prefecture,
    rest: q.remainingText,
  };
};
const NOTHING = { domains: [], language: null, status: null, prefecture: null, rest: null };

describe('understandQuery: the cases coordinators type', () => {
  it.each([
    ['ベトナム語 未払い賃金', { domains: ['WRK-CND'], language: 'vi' }],
    ['unpaid wages Vietnamese', { domains: ['WRK-CND'], language: 'vi' }],
    ['年金 脱退一時金', { domains: ['SOC-PEN'] }],
    ['労災 ネパール語', { domains: ['WRK-SAF'], language: 'ne' }],
    ['domestic violence shelter Portuguese', { domains: ['FAM-DV'], language: 'pt' }],
    ['群馬県 ポルトガル語 子育て', { domains: ['FAM-CC'], language: 'pt', prefecture: '10' }],
    ['vietnames labor', { domains: ['WRK'], language: 'vi' }],
    ['ﾍﾞﾄﾅﾑ語', { language: 'vi' }],
    ['ろうどうそうだん', { domains: ['WRK'] }],
    ['ビザ 更新 タガログ語', { domains: ['RES-VSA', 'RES-STS'], language: 'fil' }],
    ['入管 オーバーステイ', { domains: ['RES-STS', 'RES-VIO'] }],
    ['技能実習生 失踪', { domains: ['WRK-PRG'], status: 'TECHNICAL_INTERN_1' }],
    ['特定技能 転職', { domains: ['WRK-PRG', 'WRK-JOB'], status: 'SSW_1' }],
    ['パワハラ', { domains: ['WRK-HAR'] }],
    ['残業代', { domains: ['WRK-CND'] }],
    ['DV', { domains: ['FAM-DV'] }],
    ['ハロワ', { domains: ['WRK-JOB'] }],
    ['浜松市 ブラジル', { language: 'pt', prefecture: '22' }],
    ['Osaka Nepali clinic', { domains: ['HLT-MED'], language: 'ne', prefecture: '27' }],
  ])('%s', (text, expected) => {
    expect(need(text)).toEqual({ ...NOTHING, ...expected });
  });

  it('reads 労基署 as working conditions (and safety)', () => {
    expect(understand('労基署').domains).toContain('WRK-CND');
    expect(understand('労働基準監督署').domains).toEqual(['WRK-CND', 'WRK-SAF']);
  });

  it('keeps what it does not know as text', () => {
    expect(need('ひまわり')).toEqual({ ...NOTHING, rest: 'ひまわり' });
    expect(need('在留カード 紛失')).toEqual({ ...NOTHING, domains: ['RES-CRD'], rest: '紛失' });
  });

  it('reads an empty or blank string as nothing', () => {
    for (const text of ['', '   ', '\u3000', '・、。']) {
      expect(understand(text)).toEqual({
        domains: [],
        language: null,
        status: null,
        prefecture: null,
        terms: [],
        remainingText: null,
      });
    }
  });
});

describe('understandQuery: lexicon families', () => {
  it('abbreviations', () => {
    expect(need('労基').domains).toEqual(['WRK-CND', 'WRK-SAF']);
    expect(need('国保 社保').domains).toEqual(['SOC-INS']);
    expect(need('セクハラ マタハラ').domains).toEqual(['WRK-HAR']);
    expect(need('在特').domains).toEqual(['RES-VIO']);
    expect(need('技人国').status).toBe('ENGINEER_HUMANITIES_INTL');
    expect(need('医療通訳').domains).toEqual(['LNG', 'HLT-MED']);
  });

  it('kana readings of domain words', () => {
    expect(need('ろうさい').domains).toEqual(['WRK-SAF']);
    expect(need('ねんきん').domains).toEqual(['SOC-PEN']);
    expect(need('ざいりゅう').domains).toEqual(['RES-STS']);
    expect(need('びざ').domains).toEqual(['RES-VSA', 'RES-STS']);
    expect(need('つうやく いりょう').domains).toEqual(['LNG', 'HLT-MED']);
    expect(need('にほんごきょうしつ').domains).toEqual(['JPN']);
    expect(need('こそだて しゅっさん').domains).toEqual(['FAM-CC', 'FAM-PRG']);
    expect(need('すまい ぜいきん がっこう').domains).toEqual(['HOU', 'TAX', 'EDU-SCH']);
  });

  it('katakana, hiragana, half-width and full-width spellings alike', () => {
    for (const text of ['ベトナム語', 'べとなむ語', 'ﾍﾞﾄﾅﾑ語', 'ｖｉｅｔｎａｍｅｓｅ', 'VIETNAMESE']) {
      expect(need(text).language, text).toBe('vi');
    }
    for (const text of ['ハローワーク', 'はろーわーく', 'ﾊﾛｰﾜｰｸ'])
      expect(need(text).domains, text).toEqual(['WRK-JOB']);
    expect(need('ＤＶ').domains).toEqual(['FAM-DV']);
    expect(need('ゴミ').domains).toEqual(['LIF']);
    expect(need('ごみ').domains).toEqual(['LIF']);
  });

  it('English, with one typo in words of six letters or more', () => {
    expect(need('wage theft overtime dismissal').domains).toEqual(['WRK-CND']);
    expect(need('residence card').domains).toEqual(['RES-CRD']);
    expect(need('lump-sum withdrawal').domains).toEqual(['SOC-PEN']);
    expect(need("driver's license").domains).toEqual(['TRA']);
    expect(need('domestic violance').domains).toEqual(['FAM-DV']);
    expect(need('portugese').language).toBe('pt');
    expect(need('hospitl').domains).toEqual(['HLT-MED']);
    expect(need('overstey').domains).toEqual(['RES-VIO']);
    expect(need('lump sum withdrawl').domains).toEqual(['SOC-PEN']);
  });

  it('short English words only exactly, and stop words never by typo', () => {
    expect(need('taks').domains).toEqual([]);
    expect(need('vissa').domains).toEqual([]);
    expect(need('cooking class')).toEqual({ ...NOTHING, rest: 'cooking class' });
    expect(need('rental apartment dental clinic').domains).toEqual(['HOU', 'HLT-MED']);
  });

  it('romaji', () => {
    expect(need('roudou').domains).toEqual(['WRK']);
    expect(need('rousai').domains).toEqual(['WRK-SAF']);
    expect(need('nenkin').domains).toEqual(['SOC-PEN']);
    expect(need('biza').domains).toEqual(['RES-VSA', 'RES-STS']);
    expect(need('zairyu').domains).toEqual(['RES-STS']);
    expect(need('tsuyaku').domains).toEqual(['LNG']);
    expect(need('tsuuyaku').domains).toEqual(['LNG']);
  });

  it('languages', () => {
    expect(need('タガログ語').language).toBe('fil');
    expect(need('tagalog').language).toBe('fil');
    expect(need('Tiếng Việt').language).toBe('vi');
    expect(need('tieng viet').language).toBe('vi');
    expect(need('中国語').language).toBe('zh-Hans');
    expect(need('chinese').language).toBe('zh-Hans');
    expect(need('繁体字').language).toBe('zh-Hant');
    expect(need('ビルマ語').language).toBe('my');
    expect(need('ミャンマー語').language).toBe('my');
    expect(need('やさしい日本語').language).toBe('ja-plain');
    expect(need('português').language).toBe('pt');
    expect(need('español').language).toBe('es');
    expect(need('한국어').language).toBe('ko');
    expect(need('नेपाली').language).toBe('ne');
  });

  it('reads 日本語 as Japanese learning, not as a language need', () => {
    expect(need('日本語')).toEqual({ ...NOTHING, domains: ['JPN'] });
    expect(need('にほんご')).toEqual({ ...NOTHING, domains: ['JPN'] });
  });

  it('nationalities give their language, after an explicit language', () => {
    expect(need('ベトナム').language).toBe('vi');
    expect(need('ベトナム人').language).toBe('vi');
    expect(need('ベトナム出身').language).toBe('vi');
    expect(need('ネパール人').language).toBe('ne');
    expect(need('ペルー').language).toBe('es');
    expect(need('フィリピン人').language).toBe('fil');
    expect(need('日系ブラジル人')).toEqual({ ...NOTHING, language: 'pt' });
    expect(need('ブラジル人 スペイン語').language).toBe('es');
    expect(understand('ベトナム人').terms).toEqual([
      { kind: 'NATIONALITY', codes: ['vi'], text: 'ベトナム人' },
    ]);
  });

  it('statuses, and 特定技能 as both a domain and a status', () => {
    expect(understand('特定技能').terms).toEqual([
      { kind: 'DOMAIN', codes: ['WRK-PRG'], text: '特定技能' },
      { kind: 'STATUS', codes: ['SSW_1'], text: '特定技能' },
    ]);
    expect(need('特定技能2号').status).toBe('SSW_2');
    expect(need('永住者').status).toBe('PERMANENT_RESIDENT');
    expect(need('永住').domains).toEqual(['RES-PR']);
    expect(need('日本人の配偶者等').status).toBe('SPOUSE_OF_JAPANESE');
    expect(need('留学生').status).toBe('STUDENT');
    expect(need('家族滞在').status).toBe('DEPENDENT');
    expect(need('医療').status).toBeNull();
    expect(need('教育').status).toBeNull();
  });

  it('prefectures and cities', () => {
    expect(need('群馬').prefecture).toBe('10');
    expect(need('Gunma').prefecture).toBe('10');
    expect(need('東京都').prefecture).toBe('13');
    expect(need('京都').prefecture).toBe('26');
    expect(need('北海道').prefecture).toBe('01');
    expect(need('大泉町').prefecture).toBe('10');
    expect(need('川口市').prefecture).toBe('11');
    expect(need('新宿区').prefecture).toBe('13');
    expect(need('hamamatsu').prefecture).toBe('22');
    expect(need('名古屋 豊橋').prefecture).toBe('23');
    expect(need('那覇').prefecture).toBe('47');
  });

  it('stop words are removed and never understood', () => {
    const q = understand('ベトナム語の未払い賃金について相談したい');
    expect(q.terms.map((t) => t.kind)).toEqual(['LANGUAGE', 'DOMAIN']);
    expect(q.remainingText).toBeNull();
    expect(need('ろうどう 窓口 センター 支援')).toEqual({ ...NOTHING, domains: ['WRK'] });
    expect(need('help with consultation support center office')).toEqual(NOTHING);
  });
});
