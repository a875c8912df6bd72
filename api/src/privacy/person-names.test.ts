import { describe, expect, it } from 'vitest';
import { findPersonNames } from './person-names.js';

describe('likely names of people', () => {
  it.each([
    ['グエン・ヴァン・アンさんから相談があった', ['グエン・ヴァン・アンさん']],
    ['相談者はグエン・ヴァン・アン', ['グエン・ヴァン・アン']],
    ['相談者はグエン、30代', ['グエン']],
    ['ベトナム人のトランさんが来所', ['トランさん']],
    ['フィリピン国籍のMaria Santosが同席', ['Maria Santos']],
    ['Maria Santosさんと面談', ['Maria Santosさん']],
    ['利用者 Nguyen Van An に説明', ['Nguyen Van An']],
    ['ジャン＝ピエール・マルタンの件', ['ジャン=ピエール・マルタン']],
    ['田中さんと佐藤氏、Ms. Santos', ['田中さん', '佐藤氏', 'Ms. Santos']],
  ])('finds the name in %s', (text, names) => {
    expect(findPersonNames(text)).toEqual(names);
  });

  it.each([
    '相談者さんとお子さん、ご家族様、担当者様、Aさん、〇〇さん、皆さん',
    '相談者はハローワークに行った',
    'ベトナム人の相談者が増えている',
    'ハラスメントの相談、ポルトガル語の通訳',
    '技能実習生のサポートについて',
  ])('leaves %s alone', (text) => {
    expect(findPersonNames(text)).toEqual([]);
  });

  it('reports an unknown katakana word after a role word: the writer confirms it is not a person', () => {
    expect(findPersonNames('相談者はテラスに行った')).toEqual(['テラス']);
  });
});
