import { describe, expect, it } from 'vitest';
import { findIdentifier, findIdentifiers } from './identifiers.js';

describe('identifier detection', () => {
  it.each([
    ['連絡先は090-1234-5678です', 'phone number'],
    ['電話 03 1234 5678', 'phone number'],
    ['call +81 90 1234 5678', 'phone number'],
    ['在留カード AB12345678CD を確認', 'residence card number'],
    ['在留カード ＡＢ１２３４５６７８ＣＤ', 'residence card number'],
    ['mail: someone@example.com', 'e-mail address'],
    ['1990年4月12日生まれ', 'birth date'],
    ['born 1990-04-12', 'birth date'],
    ['平成2年4月12日', 'birth date'],
  ])('flags %s', (text, kind) => {
    expect(findIdentifier(text)).toBe(kind);
  });

  it('lists every identifier with what matched', () => {
    const found = findIdentifiers(
      '本人 tanaka@example.jp、電話 080-1111-2222、カード XY87654321ZW、1990年4月1日生、別紙 1990-04-01',
    );
    expect(found).toEqual([
      { kind: 'RESIDENCE_CARD_NUMBER', match: 'XY87654321ZW' },
      { kind: 'EMAIL_ADDRESS', match: 'tanaka@example.jp' },
      { kind: 'BIRTH_DATE', match: '1990年4月1日' },
      { kind: 'BIRTH_DATE', match: '1990-04-01' },
      { kind: 'PHONE_NUMBER', match: '080-1111-2222' },
    ]);
  });

  it('does not call the digits of a date or a card number a phone number', () => {
    expect(findIdentifiers('2024-04-01').map((f) => f.kind)).toEqual(['BIRTH_DATE']);
    expect(findIdentifiers('AB12345678CD').map((f) => f.kind)).toEqual(['RESIDENCE_CARD_NUMBER']);
  });

  it('lets an anonymous summary through', () => {
    const text =
      '【架空】30代の技能実習生、労働条件の相談。2025年度から在留、ベトナム語で対応希望。相談は3回目。';
    expect(findIdentifiers(text)).toEqual([]);
    expect(findIdentifier(text)).toBeNull();
  });
});
