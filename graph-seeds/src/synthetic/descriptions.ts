import type { ReferenceData } from '../data-files.js';
import type { Bilingual, PartnerArchetype } from './archetype-types.js';
import { DOMAIN_PHRASES } from './domain-phrases.js';
import type { Random } from './random.js';

export interface PartnerToDescribe {
  archetype: PartnerArchetype;
  domains: readonly string[];
  languages: readonly string[];
  /** Where it is (the intro's {area}): the municipality of its name, else its prefecture, else 全国 / Japan. */
  area: Bilingual;
  nation?: Bilingual;
  remoteModes: readonly string[];
  sensitiveAddress: boolean;
  fees: string;
}

const DOMAIN_SENTENCES_JA = [
  (list: string) => `${list}の相談に対応しています。`,
  (list: string) => `主な相談内容は${list}です。`,
  (list: string) => `${list}について相談できます。`,
  (list: string) => `${list}などの相談を受け付けています。`,
];
const DOMAIN_SENTENCES_EN = [
  (list: string) => `It helps with ${list}.`,
  (list: string) => `Main topics: ${list}.`,
  (list: string) => `You can ask about ${list}.`,
  (list: string) => `Areas covered include ${list}.`,
];
const REMOTE_SENTENCES: Record<string, Bilingual> = {
  PHONE: ['電話での相談も可能です。', 'Consultations by phone are possible.'],
  ONLINE: ['オンライン（ビデオ通話）での相談も可能です。', 'Online (video call) consultations are possible.'],
  'PHONE+ONLINE': ['電話・オンライン相談も可能です。', 'Phone and online consultations are possible.'],
};
const IN_PERSON: Bilingual = [
  '窓口での対面相談が中心です（予約をおすすめします）。',
  'Consultations are mostly in person; booking ahead is recommended.',
];
const PROTECTED_ADDRESS: Bilingual = [
  '安全のため所在地は公開していません。',
  'For safety, the address is not published.',
];
const FREE: Bilingual = ['相談は無料で、秘密は守られます。', 'Consultations are free and confidential.'];

const englishList = (items: string[]) =>
  items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;

/**
 * Writes a partner's description, Japanese then English, from what it does: its archetype's
 * intro, the phrases of its domains, its languages by name, how it can be reached and notes.
 * Both halves carry the synthetic mark (【架空】, [synthetic]).
 */
export function createDescriber(ref: ReferenceData, random: Random) {
  const languageNames = new Map(ref.languages.map((l) => [l.code, [l.nameJa, l.nameEn] as const]));

  const languageSentence = (p: PartnerToDescribe): Bilingual => {
    const japanese = p.languages.filter((l) => l === 'ja' || l === 'ja-plain');
    const foreign = p.languages.filter((l) => l !== 'ja' && l !== 'ja-plain');
    const ja = (codes: string[]) => codes.map((c) => languageNames.get(c)![0]);
    const en = (codes: string[]) => codes.map((c) => languageNames.get(c)![1]);
    const [jJa, fJa, jEn, fEn] = [
      ja(japanese).join('・'),
      ja(foreign).join('・'),
      englishList(en(japanese)),
      englishList(en(foreign)),
    ];
    if (!foreign.length) return [`${jJa}で対応します。`, `Consultations in ${jEn}.`];
    if (p.archetype.kind === 'INT' && random.chance(0.6)) {
      return [
        `${fJa}の通訳者が登録しています（依頼の受付は${jJa}）。`,
        `Interpreters for ${fEn}; requests are taken in ${jEn}.`,
      ];
    }
    switch (random.int(0, 2)) {
      case 0:
        return [
          `対応言語：${ja([...p.languages]).join('、')}。`,
          `Languages: ${en([...p.languages]).join(', ')}.`,
        ];
      case 1:
        return [`${fJa}で相談できます（${jJa}も可）。`, `Consultations in ${fEn} (${jEn} also possible).`];
      default:
        return [`${jJa}のほか、${fJa}に対応しています。`, `Staff speak ${fEn} as well as ${jEn}.`];
    }
  };

  return (p: PartnerToDescribe): string => {
    const a = p.archetype;
    const fillIn = (text: string) =>
      text
        .replaceAll('{area}', p.area[0])
        .replaceAll('{Area}', p.area[1])
        .replaceAll('{nation}', p.nation?.[0] ?? '')
        .replaceAll('{Nation}', p.nation?.[1] ?? '');
    const [introJa, introEn] = random.pick(a.intro);
    const sentences: Bilingual[] = [[fillIn(introJa), fillIn(introEn)]];
    const phrases = p.domains.map((d) => DOMAIN_PHRASES[d]);
    sentences.push([
      random.pick(DOMAIN_SENTENCES_JA)(phrases.map((x) => x[0]).join('、')),
      random.pick(DOMAIN_SENTENCES_EN)(phrases.map((x) => x[1]).join('; ')),
    ]);
    sentences.push(languageSentence(p));
    const notes = random.distinct(random.int(0, Math.min(2, a.notes.length)), () => random.pick(a.notes));
    sentences.push(...notes);
    if (p.remoteModes.length) sentences.push(REMOTE_SENTENCES[p.remoteModes.join('+')]);
    else if (!p.sensitiveAddress && random.chance(0.4)) sentences.push(IN_PERSON);
    if (p.sensitiveAddress) sentences.push(PROTECTED_ADDRESS);
    if (p.fees.startsWith('【架空】無料') && random.chance(0.5)) sentences.push(FREE);
    const ja = sentences.map((s) => s[0]).join('');
    const en = sentences.map((s) => s[1]).join(' ');
    return `【架空】${ja} [synthetic] ${en}`;
  };
}
