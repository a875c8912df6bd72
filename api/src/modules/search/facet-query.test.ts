import { describe, expect, it } from 'vitest';
import { facetQuery, facetToken } from './facet-query.js';
import type { GeoMap } from './types.js';

const geo: GeoMap = {
  '10': { bureau: 'TKY', block: 'KNT', borders: ['07', '09', '11'], latitude: 36.39, longitude: 139.06 },
  '47': { bureau: 'FUK', block: 'KYO', borders: [], latitude: 26.21, longitude: 127.68 },
};
const need = {
  domains: ['WRK-CND'],
  language: 'vi',
  languageRequired: true,
  status: null,
  prefecture: '10',
  includeRemote: true,
};

describe('facetQuery', () => {
  it('writes codes as the tokens of facetText', () => {
    expect(facetToken('dom', 'WRK-CND')).toBe('dom_wrk_cnd');
    expect(facetToken('lang', 'zh-Hans')).toBe('lang_zh_hans');
    expect(facetToken('status', 'SSW_1')).toBe('status_ssw_1');
  });

  it('requires the domains and the language and boosts the place by tier', () => {
    expect(facetQuery(need, geo)).toBe(
      '+(dom_wrk_cnd) +lang_vi pref_10^100000 (pref_07 pref_09 pref_11)^10000 bureau_tky^1000 block_knt^100 (nationwide remote)^50',
    );
  });

  it('makes the language a boost when other languages are included', () => {
    expect(facetQuery({ ...need, languageRequired: false }, geo)).toContain('+(dom_wrk_cnd) lang_vi^20 ');
  });

  it('with only a preferred language, takes every partner, those offering it first', () => {
    expect(facetQuery({ ...need, domains: null, languageRequired: false }, geo)).toMatch(
      /^lang_vi\^20 \+partner /,
    );
  });

  it('excludes nationwide bodies when remote services are left out, and has no place without a prefecture', () => {
    expect(facetQuery({ ...need, includeRemote: false, prefecture: null }, geo)).toBe(
      '+(dom_wrk_cnd) +lang_vi -nationwide',
    );
    expect(facetQuery({ ...need, prefecture: '47' }, geo)).not.toContain('()');
  });

  it('is null without a domain or a language', () => {
    expect(facetQuery({ ...need, domains: null, language: null }, geo)).toBeNull();
  });
});
