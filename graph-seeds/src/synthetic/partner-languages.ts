import type { ReferenceData } from '../data-files.js';
import type { Bilingual, LanguagePolicy } from './archetype-types.js';
import type { Random } from './random.js';

/**
 * Approximate regional tilts on the national nationality shares (multipliers by nationality),
 * hand-written from the well-known pattern of foreign residents: Brazilians and Peruvians in the
 * manufacturing belt (Gunma, Shizuoka, Aichi, Mie, Gifu, Shiga), Koreans in Osaka, Kyoto and Hyogo,
 * Nepalis in Tokyo, Fukuoka and Okinawa, Vietnamese widely spread. Only for spreading synthetic
 * data; not a statistic.
 */
const REGION_TILT: Record<string, Record<string, number>> = {
  '01': { 'Viet Nam': 1.5, China: 1.2 },
  '08': { 'Viet Nam': 1.4, Philippines: 1.3, Indonesia: 1.6, Brazil: 1.3 },
  '09': { Philippines: 1.3, Peru: 2.5, Brazil: 1.5, 'Viet Nam': 1.2 },
  '10': { Brazil: 4, Peru: 3, Philippines: 1.5, 'Viet Nam': 1.3, Nepal: 1.2 },
  '11': { China: 1.4, 'Viet Nam': 1.1 },
  '13': { China: 1.5, Korea: 1.3, Nepal: 1.5, Myanmar: 1.3, 'United States': 1.5, 'Viet Nam': 0.7 },
  '14': { China: 1.2, Philippines: 1.1 },
  '19': { Brazil: 1.5, Philippines: 1.3 },
  '20': { Brazil: 1.5, Philippines: 1.4 },
  '21': { Philippines: 2.2, Brazil: 2.5 },
  '22': { Brazil: 4.5, Philippines: 1.8, Peru: 2.5, 'Viet Nam': 1.1 },
  '23': { Brazil: 3, Philippines: 1.6, 'Viet Nam': 1.2, Peru: 1.5 },
  '24': { Brazil: 3, Philippines: 1.5, 'Viet Nam': 1.3, Peru: 1.5 },
  '25': { Brazil: 3.5, Peru: 1.5 },
  '26': { Korea: 2.2, China: 1.2 },
  '27': { Korea: 2.5, China: 1.2, 'Viet Nam': 1.2 },
  '28': { Korea: 1.8, 'Viet Nam': 1.4 },
  '34': { 'Viet Nam': 1.5, Philippines: 1.3 },
  '40': { Nepal: 2, 'Viet Nam': 1.3 },
  '43': { 'Viet Nam': 1.5, Taiwan: 3 },
  '46': { 'Viet Nam': 1.6, Philippines: 1.3 },
  '47': { Philippines: 1.5, Nepal: 2, 'United States': 4 },
};

/** The nationality a community group names itself after, by its language. */
export const COMMUNITY_NATIONS: Record<string, Bilingual> = {
  'zh-Hans': ['中国', 'Chinese'],
  vi: ['ベトナム', 'Vietnamese'],
  ko: ['韓国', 'Korean'],
  fil: ['フィリピン', 'Filipino'],
  pt: ['ブラジル', 'Brazilian'],
  ne: ['ネパール', 'Nepali'],
  id: ['インドネシア', 'Indonesian'],
  my: ['ミャンマー', 'Myanmar'],
  'zh-Hant': ['台湾', 'Taiwanese'],
  th: ['タイ', 'Thai'],
  si: ['スリランカ', 'Sri Lankan'],
  hi: ['インド', 'Indian'],
  es: ['ペルー', 'Peruvian'],
};

/** Foreign languages drawn like the nationalities of foreign residents, tilted by prefecture. */
export function createLanguageDrawer(ref: ReferenceData, random: Random) {
  const foreignLanguagesOf = ref.nationalities.map((n) => {
    const languages = n.languages.filter((l) => l !== 'ja');
    return languages.length ? languages : ['en'];
  });
  const indices = ref.nationalities.map((_, i) => i);
  const pickerFor = (tilt: Record<string, number> = {}) =>
    random.weighted(
      indices,
      (i) => ref.nationalities[i].share * (tilt[ref.nationalities[i].nationalityEn] ?? 1),
    );
  const national = pickerFor();
  const byPrefecture = new Map(ref.prefectures.map((p) => [p.code, pickerFor(REGION_TILT[p.code])]));

  const foreign = (prefecture: string | null): string => {
    const nationality = (prefecture ? byPrefecture.get(prefecture)! : national)();
    return random.pick(foreignLanguagesOf[nationality]);
  };

  /** A community group's language: a nationality's own language (not English) found in the prefecture. */
  const community = (prefecture: string | null): string => {
    for (let tries = 0; tries < 8; tries++) {
      const language = foreign(prefecture);
      if (COMMUNITY_NATIONS[language]) return language;
    }
    return 'vi';
  };

  /** 'ja' first, then Plain Japanese when offered, then the foreign languages. */
  const forPolicy = (
    policy: LanguagePolicy,
    prefecture: string | null,
    communityLanguage?: string,
  ): string[] => {
    const languages = ['ja'];
    if (random.chance(policy.plain)) languages.push('ja-plain');
    if (communityLanguage) return [...languages, communityLanguage];
    const drawn = random.distinct(random.int(policy.foreign[0], policy.foreign[1]), () =>
      foreign(prefecture),
    );
    if (policy.english && !drawn.includes('en') && random.chance(policy.english)) drawn.push('en');
    return [...languages, ...drawn];
  };

  return { foreign, community, forPolicy };
}
