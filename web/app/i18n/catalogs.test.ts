import { describe, expect, it } from 'vitest';
import { en } from './en';
import { ja } from './ja';
import { t } from './index';

describe('message catalogs', () => {
  it('have exactly the same keys', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(ja).sort());
  });

  it.each([
    ['ja', ja],
    ['en', en],
  ] as const)('%s has no empty messages', (_locale, catalog) => {
    const empty = Object.entries(catalog).filter(([, message]) => message.trim() === '');
    expect(empty).toEqual([]);
  });

  it('use the same placeholders in both languages', () => {
    const placeholders = (message: string) => [...message.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(ja) as (keyof typeof ja)[]) {
      expect(placeholders(en[key]), key).toEqual(placeholders(ja[key]));
    }
  });

  it('fills parameters', () => {
    expect(t('en', 'login.error.tooManyAttempts', { minutes: 5 })).toContain('5 minutes');
    expect(t('ja', 'home.greeting', { name: '山田' })).toBe('ようこそ、山田さん');
  });
});
