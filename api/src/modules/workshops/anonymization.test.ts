import { describe, expect, it } from 'vitest';
import { AnonymizationError, findAnonymizationFlags, requireAnonymized } from './anonymization.js';

const kinds = (text: string) => findAnonymizationFlags({ body: text }).map((f) => [f.kind, f.match]);

describe('workshop anonymization check', () => {
  it('keeps the shared hard identifiers, including every full date', () => {
    expect(kinds('連絡先 090-1234-5678、在留カード AB12345678CD、2025年4月12日に来所')).toEqual([
      ['RESIDENCE_CARD_NUMBER', 'AB12345678CD'],
      ['BIRTH_DATE', '2025年4月12日'],
      ['PHONE_NUMBER', '090-1234-5678'],
    ]);
    expect(findAnonymizationFlags({ body: 'mail a@example.com' })[0]).toMatchObject({ soft: false });
  });

  it('flags names with honorifics, in Japanese and English', () => {
    expect(kinds('【架空】田中さんとグエン様、佐藤氏に相談した')).toEqual([
      ['PERSONAL_NAME', '田中さん'],
      ['PERSONAL_NAME', 'グエン様'],
      ['PERSONAL_NAME', '佐藤氏'],
    ]);
    expect(kinds('We called Ms. Santos and Mr. Tran Van')).toEqual([
      ['PERSONAL_NAME', 'Ms. Santos'],
      ['PERSONAL_NAME', 'Mr. Tran Van'],
    ]);
    expect(kinds('花子さんが来た')).toEqual([['PERSONAL_NAME', '花子さん']]);
  });

  it('does not flag role nouns and placeholders', () => {
    expect(
      kinds('相談者さんとお子さん、ご家族様、担当者様、Aさん、〇〇さん、Mr. X、皆さん、支援団体職員さん'),
    ).toEqual([]);
  });

  it('flags a town or village together with a rare nationality, across fields', () => {
    const flags = findAnonymizationFlags({
      background: '【架空】〇〇県の山田町で暮らす',
      problem: 'スリランカ国籍の方',
    });
    expect(flags).toEqual([
      { field: 'problem', kind: 'RARE_COMBINATION', match: '山田町 + スリランカ', soft: true },
    ]);
    expect(kinds('川辺村に住むウガンダ出身の方')).toEqual([['RARE_COMBINATION', '川辺村 + ウガンダ']]);
  });

  it('does not flag a common nationality, a city, or a rare nationality without a town', () => {
    expect(kinds('山田町に住むベトナム国籍の方')).toEqual([]);
    expect(kinds('前橋市に住むスリランカ国籍の方')).toEqual([]);
    expect(kinds('スリランカ国籍の方、タイミングよく市町村の窓口へ、インドネシア人')).toEqual([]);
  });

  it('blocks until soft flags are confirmed; hard flags can never be confirmed', () => {
    const fields = { body: '田中さんに連絡 090-1234-5678' };
    const confirmAll = findAnonymizationFlags(fields).map(({ field, kind, match }) => ({
      field,
      kind,
      match,
    }));
    const error = (() => {
      try {
        requireAnonymized(fields, confirmAll);
      } catch (e) {
        return e as AnonymizationError;
      }
    })();
    expect(error).toBeInstanceOf(AnonymizationError);
    expect(error!.extensions.flags).toEqual([
      { field: 'body', kind: 'PHONE_NUMBER', match: '090-1234-5678', soft: false },
    ]);
    expect(error!.extensions.field).toBe('body');
    expect(
      requireAnonymized({ body: '田中さんに連絡した' }, [
        { field: 'body', kind: 'PERSONAL_NAME', match: '田中さん' },
      ]),
    ).toEqual([{ field: 'body', kind: 'PERSONAL_NAME', match: '田中さん', soft: true }]);
    expect(() => requireAnonymized({ body: '田中さんに連絡した' }, [])).toThrow(AnonymizationError);
  });

  it('lets an anonymized case through', () => {
    const text =
      '【架空】30代の技能実習生Aさん、北関東の町で暮らす。2025年春に来所し、通訳者さんを通じて労働条件を相談。';
    expect(findAnonymizationFlags({ body: text })).toEqual([]);
  });
});
