import { describe, expect, it } from 'vitest';
import { isWordChar, normalizeForMatching, normalizedKey } from './normalize.js';

/** The original text of normalized[from, to). */
function spanOf(original: string, from: number, to: number): string {
  const n = normalizeForMatching(original);
  return original.slice(n.starts[from], n.ends[to - 1]);
}

describe('normalizeForMatching', () => {
  it('folds full width, half width and case', () => {
    expect(normalizeForMatching('ｖｉｅｔｎａｍｅｓｅ').text).toBe('vietnamese');
    expect(normalizeForMatching('ＤＶ').text).toBe('dv');
    expect(normalizeForMatching('特定技能１号').text).toBe('特定技能1号');
  });

  it('folds katakana (full and half width) to hiragana and keeps the long vowel mark', () => {
    expect(normalizeForMatching('ベトナム').text).toBe('べとなむ');
    expect(normalizeForMatching('ﾍﾞﾄﾅﾑ語').text).toBe('べとなむ語');
    expect(normalizeForMatching('ハローワーク').text).toBe('はろーわーく');
    expect(normalizeForMatching('ｾﾝﾀｰ').text).toBe('せんたー');
    expect(normalizeForMatching('ヴ').text).toBe('ゔ');
  });

  it('strips Latin diacritics, also when typed as combining marks', () => {
    expect(normalizeForMatching('Tiếng Việt').text).toBe('tieng viet');
    expect(normalizeForMatching('Português Español Türkçe').text).toBe('portugues espanol turkce');
    expect(normalizeForMatching('Tie\u0302\u0301ng').text).toBe('tieng');
    expect(normalizeForMatching('Đà Nẵng').text).toBe('da nang');
  });

  it('turns punctuation and middle dots into single spaces and drops apostrophes', () => {
    expect(normalizeForMatching('技術・人文知識・国際業務').text).toBe('技術 人文知識 国際業務');
    expect(normalizeForMatching('通訳、翻訳。相談/窓口,支援').text).toBe('通訳 翻訳 相談 窓口 支援');
    expect(normalizeForMatching("driver's  licence").text).toBe('drivers licence');
    expect(normalizeForMatching('lump-sum\u3000withdrawal').text).toBe('lump sum withdrawal');
  });

  it('leaves scripts without case or width alone', () => {
    expect(normalizeForMatching('नेपाली').text).toBe('नेपाली');
    expect(normalizeForMatching('한국어').text).toBe('한국어');
    expect(normalizeForMatching('Русский').text).toBe('русский');
    expect(normalizeForMatching('😀 ok').text).toBe(' ok');
  });

  it('maps every normalized character back to its original span', () => {
    expect(spanOf('ﾍﾞﾄﾅﾑ語 相談', 0, 5)).toBe('ﾍﾞﾄﾅﾑ語');
    expect(spanOf('  Tiếng Việt!', 1, 11)).toBe('Tiếng Việt');
    expect(spanOf('ｖｉｅｔ', 1, 3)).toBe('ｉｅ');
    const n = normalizeForMatching('a𠮷b');
    expect(n.text).toBe('a𠮷b');
    expect('a𠮷b'.slice(n.starts[1], n.ends[2])).toBe('𠮷');
  });

  it('gives the key two terms share when they are the same term', () => {
    expect(normalizedKey(' ベトナム語 ')).toBe(normalizedKey('べとなむ語'));
    expect(normalizedKey('')).toBe('');
  });
});

describe('isWordChar', () => {
  it('holds for space-separated scripts and digits only', () => {
    expect(['a', '7', 'я', 'é'].map(isWordChar)).toEqual([true, true, true, true]);
    expect(['あ', '語', ' ', undefined].map(isWordChar)).toEqual([false, false, false, false]);
  });
});
