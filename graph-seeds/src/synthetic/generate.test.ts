import { describe, expect, it } from 'vitest';
import { readReferenceData } from '../data-files.js';
import { countRelationships, generateSyntheticDataset } from './generate.js';

const ref = readReferenceData();
const SIZES = {
  coordinators: 400,
  partners: 4_000,
  referrals: 6_000,
  endorsements: 500,
  peerLinksPerCoordinator: 4,
};

describe('synthetic data generator', () => {
  const a = generateSyntheticDataset(ref, SIZES, 7);

  it('is deterministic for a seed and differs across seeds', () => {
    expect(generateSyntheticDataset(ref, SIZES, 7)).toEqual(a);
    expect(generateSyntheticDataset(ref, SIZES, 8).partners[0]).not.toEqual(a.partners[0]);
  });

  it('makes every name visibly synthetic', () => {
    expect(
      a.coordinators.every((c) => c.displayName.startsWith('【架空】') && c.nameEn.includes('[synthetic]')),
    ).toBe(true);
    expect(
      a.partners.every((p) => p.name.startsWith('【架空】') && p.alternateName.startsWith('[synthetic]')),
    ).toBe(true);
    expect(a.coordinators.every((c) => c.email.endsWith('@synthetic.tsunagu.example'))).toBe(true);
  });

  it('gives prefectures with many foreign residents more partners', () => {
    const count = (code: string) => a.partners.filter((p) => p.prefecture === code).length;
    expect(count('13')).toBeGreaterThan(count('31') * 5); // Tokyo vs Tottori
  });

  it('spreads languages like resident nationalities (Chinese and Vietnamese lead, Mongolian is rare)', () => {
    const offering = (code: string) => a.partners.filter((p) => p.languages.includes(code)).length;
    expect(offering('zh-Hans')).toBeGreaterThan(offering('mn') * 3);
    expect(offering('vi')).toBeGreaterThan(offering('mn') * 3);
  });

  it('references only known codes and keeps referrals mostly local', () => {
    const domains = new Set(ref.domains.map((d) => d.code));
    const languages = new Set(ref.languages.map((l) => l.code));
    expect(
      a.partners.every(
        (p) => p.domains.every((d) => domains.has(d)) && p.languages.every((l) => languages.has(l)),
      ),
    ).toBe(true);
    const coordPref = new Map(a.coordinators.map((c) => [c.id, c.prefecture]));
    const partnerPref = new Map(a.partners.map((p) => [p.id, p.prefecture]));
    const local = a.referrals.filter((r) => coordPref.get(r.c) === partnerPref.get(r.p)).length;
    expect(local / a.referrals.length).toBeGreaterThan(0.5);
    expect(local / a.referrals.length).toBeLessThan(0.95);
  });

  it('counts the relationships it will create', () => {
    expect(countRelationships(a)).toBeGreaterThan(SIZES.partners * 3 + SIZES.referrals);
  });
});
