import { partnerNameKey } from '../../../api/src/modules/directory/partner-keys.js';
import type { PrefectureItem } from '../data-files.js';
import type { Bilingual } from './archetype-types.js';
import type { Municipality } from './places.js';
import type { Random } from './random.js';

// Name parts combined at random: the results are fictional and every generated name carries a
// visible 【架空】/ [synthetic] mark.
const WORDS: Bilingual[] = [
  ['ひまわり', 'Himawari'],
  ['つばさ', 'Tsubasa'],
  ['かけはし', 'Kakehashi'],
  ['みらい', 'Mirai'],
  ['あおぞら', 'Aozora'],
  ['ともに', 'Tomoni'],
  ['にじ', 'Niji'],
  ['こだま', 'Kodama'],
  ['わかば', 'Wakaba'],
  ['さくら', 'Sakura'],
  ['まなび', 'Manabi'],
  ['ゆい', 'Yui'],
  ['はばたき', 'Habataki'],
  ['ひかり', 'Hikari'],
  ['あゆみ', 'Ayumi'],
  ['いずみ', 'Izumi'],
  ['かがやき', 'Kagayaki'],
  ['きずな', 'Kizuna'],
  ['こもれび', 'Komorebi'],
  ['そよかぜ', 'Soyokaze'],
  ['たんぽぽ', 'Tanpopo'],
  ['つむぎ', 'Tsumugi'],
  ['なごみ', 'Nagomi'],
  ['のぞみ', 'Nozomi'],
  ['はなみずき', 'Hanamizuki'],
  ['ふれあい', 'Fureai'],
  ['ほほえみ', 'Hohoemi'],
  ['みどり', 'Midori'],
  ['めばえ', 'Mebae'],
  ['やまびこ', 'Yamabiko'],
  ['よつば', 'Yotsuba'],
  ['あさひ', 'Asahi'],
  ['いろどり', 'Irodori'],
  ['えがお', 'Egao'],
  ['おひさま', 'Ohisama'],
  ['すずらん', 'Suzuran'],
  ['ともしび', 'Tomoshibi'],
  ['みなと', 'Minato'],
  ['あかり', 'Akari'],
  ['ことのは', 'Kotonoha'],
  ['あすなろ', 'Asunaro'],
  ['いちょう', 'Icho'],
  ['うみかぜ', 'Umikaze'],
  ['かえで', 'Kaede'],
  ['きらり', 'Kirari'],
  ['くすのき', 'Kusunoki'],
  ['こすもす', 'Kosumosu'],
  ['しおさい', 'Shiosai'],
  ['せせらぎ', 'Seseragi'],
  ['つどい', 'Tsudoi'],
  ['ともえ', 'Tomoe'],
  ['なかま', 'Nakama'],
  ['はるかぜ', 'Harukaze'],
  ['ぽかぽか', 'Pokapoka'],
  ['まどか', 'Madoka'],
  ['むすび', 'Musubi'],
  ['もみじ', 'Momiji'],
  ['ゆうやけ', 'Yuyake'],
  ['りんどう', 'Rindo'],
  ['わをん', 'Wawon'],
];
const SURNAMES: Bilingual[] = [
  ['佐藤', 'Sato'],
  ['鈴木', 'Suzuki'],
  ['高橋', 'Takahashi'],
  ['田中', 'Tanaka'],
  ['伊藤', 'Ito'],
  ['渡辺', 'Watanabe'],
  ['山本', 'Yamamoto'],
  ['中村', 'Nakamura'],
  ['小林', 'Kobayashi'],
  ['加藤', 'Kato'],
  ['吉田', 'Yoshida'],
  ['山田', 'Yamada'],
  ['佐々木', 'Sasaki'],
  ['山口', 'Yamaguchi'],
  ['松田', 'Matsuda'],
  ['井上', 'Inoue'],
  ['木村', 'Kimura'],
  ['林', 'Hayashi'],
  ['清水', 'Shimizu'],
  ['森', 'Mori'],
  ['池田', 'Ikeda'],
  ['橋本', 'Hashimoto'],
  ['阿部', 'Abe'],
  ['石川', 'Ishikawa'],
  ['中島', 'Nakajima'],
  ['前田', 'Maeda'],
  ['藤田', 'Fujita'],
  ['小川', 'Ogawa'],
  ['岡田', 'Okada'],
  ['後藤', 'Goto'],
  ['村上', 'Murakami'],
  ['近藤', 'Kondo'],
  ['石井', 'Ishii'],
  ['坂本', 'Sakamoto'],
  ['遠藤', 'Endo'],
  ['青木', 'Aoki'],
];
// A name already taken in the same prefecture gets a branch qualifier (…教室 駅前分室).
const BRANCHES: Bilingual[] = [
  ['駅前', 'Ekimae'],
  ['中央', 'Chuo'],
  ['北', 'North'],
  ['南', 'South'],
  ['東', 'East'],
  ['西', 'West'],
  ['本町', 'Honmachi'],
  ['栄町', 'Sakaemachi'],
  ['緑町', 'Midoricho'],
  ['旭町', 'Asahicho'],
  ['港町', 'Minatomachi'],
  ['新町', 'Shinmachi'],
  ['幸町', 'Saiwaicho'],
  ['若葉台', 'Wakabadai'],
  ['桜台', 'Sakuradai'],
  ['青葉台', 'Aobadai'],
  ['松原', 'Matsubara'],
  ['大橋', 'Ohashi'],
  ['川端', 'Kawabata'],
  ['山手', 'Yamate'],
  ['平和町', 'Heiwacho'],
  ['元町', 'Motomachi'],
  ['寿町', 'Kotobukicho'],
  ['日の出町', 'Hinodecho'],
];
// Nationwide services that share a name are told apart by a regional desk.
const REGIONS: Bilingual[] = [
  ['東日本', 'East Japan'],
  ['西日本', 'West Japan'],
  ['北海道・東北', 'Hokkaido and Tohoku'],
  ['関東', 'Kanto'],
  ['中部', 'Chubu'],
  ['関西', 'Kansai'],
  ['中国・四国', 'Chugoku and Shikoku'],
  ['九州・沖縄', 'Kyushu and Okinawa'],
];
const REDRAWS = 4;

export interface PartnerName {
  ja: string;
  en: string;
  nameKey: string;
  /** The municipality the name states (the address must be there), or null. */
  municipality: Municipality | null;
}
export interface NameContext {
  prefecture: PrefectureItem | null;
  municipalities: readonly Municipality[];
  /** The community group's nationality, for {nation}. */
  nation?: Bilingual;
}

/** A template split into literal text (even indexes) and placeholder names (odd indexes). */
interface CompiledTemplate {
  ja: string[];
  en: string[];
  municipality: boolean;
}
interface CompiledTemplates {
  templates: CompiledTemplate[];
  /** Templates with a name word or family name: they may have branches. Without any, there is one
   * such office per place (a city's counter). */
  branchable: CompiledTemplate[];
}
const compileOne = ([ja, en]: Bilingual): CompiledTemplate => ({
  ja: ja.split(/\{(\w+)\}/),
  en: en.split(/\{(\w+)\}/),
  municipality: ja.includes('{place}') || ja.includes('{muni}'),
});
const compile = (templates: readonly Bilingual[]): CompiledTemplates => ({
  templates: templates.map(compileOne),
  branchable: templates.filter(([ja]) => /\{(word|surname)\}/.test(ja)).map(compileOne),
});

const render = (tokens: string[], values: Record<string, string>) => {
  let out = tokens[0];
  for (let i = 1; i < tokens.length; i += 2) out += values[tokens[i]] + tokens[i + 1];
  return out;
};
const shortPrefecture = (p: PrefectureItem) => p.nameJa.replace(/[都府県]$/, '');

/**
 * Names partners from their archetype's templates, unique by `partnerNameKey` within a
 * prefecture (and among nationwide partners): a clash redraws the parts, then adds a branch
 * (a regional desk for nationwide ones); an office there is one of per place (no name word)
 * gets null instead, so the caller picks another archetype.
 */
export function createPartnerNamer(random: Random) {
  const used = new Map<string, Set<string>>();
  const nextBranch = new Map<string, number>();
  const compiled = new WeakMap<readonly Bilingual[], CompiledTemplates>();

  const fill = (templates: CompiledTemplate[], ctx: NameContext) => {
    const template = random.pick(templates);
    const muni = template.municipality && ctx.municipalities.length ? random.pick(ctx.municipalities) : null;
    const [wordJa, wordEn] = random.pick(WORDS);
    const surIndex = random.int(0, SURNAMES.length - 1);
    const [surJa, surEn] = SURNAMES[surIndex];
    const [sur2Ja, sur2En] = SURNAMES[(surIndex + random.int(1, SURNAMES.length - 1)) % SURNAMES.length];
    const pref = ctx.prefecture;
    const values: Record<string, string> = {
      word: wordJa,
      Word: wordEn,
      place: muni?.shortJa ?? (pref ? shortPrefecture(pref) : ''),
      Place: muni?.shortEn ?? pref?.nameEn ?? '',
      muni: muni?.ja ?? pref?.nameJa ?? '',
      Muni: muni?.en ?? pref?.nameEn ?? '',
      pref: pref?.nameJa ?? '',
      Pref: pref?.nameEn ?? '',
      prefShort: pref ? shortPrefecture(pref) : '',
      surname: surJa,
      Surname: surEn,
      surname2: sur2Ja,
      Surname2: sur2En,
      nation: ctx.nation?.[0] ?? '',
      Nation: ctx.nation?.[1] ?? '',
    };
    return {
      ja: `【架空】${render(template.ja, values)}`,
      en: `[synthetic] ${render(template.en, values)}`,
      municipality: muni,
    };
  };

  const branchName = (nationwide: boolean, n: number): Bilingual => {
    const [list, office, officeEn] = nationwide ? [REGIONS, '窓口', 'Desk'] : [BRANCHES, '分室', 'Branch'];
    return n < list.length
      ? [`${list[n][0]}${office}`, `${list[n][1]} ${officeEn}`]
      : [`第${n - list.length + 2}${office}`, `${officeEn} ${n - list.length + 2}`];
  };

  const claim = (taken: Set<string>, name: Omit<PartnerName, 'nameKey'>): PartnerName | null => {
    const nameKey = partnerNameKey(name.ja);
    if (taken.has(nameKey)) return null;
    taken.add(nameKey);
    return { ...name, nameKey };
  };

  return (templates: readonly Bilingual[], ctx: NameContext): PartnerName | null => {
    const scope = ctx.prefecture?.code ?? 'NATIONWIDE';
    const taken = used.get(scope) ?? used.set(scope, new Set()).get(scope)!;
    const compiledTemplates =
      compiled.get(templates) ?? compiled.set(templates, compile(templates)).get(templates)!;
    for (let attempt = 0; attempt <= REDRAWS; attempt++) {
      const name = claim(taken, fill(compiledTemplates.templates, ctx));
      if (name) return name;
    }
    if (!compiledTemplates.branchable.length) return null;
    const base = fill(compiledTemplates.branchable, ctx);
    const name = claim(taken, base);
    if (name) return name;
    const counterKey = `${scope}|${base.ja}`;
    for (let n = nextBranch.get(counterKey) ?? 0; ; n++) {
      const [branchJa, branchEn] = branchName(!ctx.prefecture, n);
      const branch = claim(taken, {
        ja: `${base.ja} ${branchJa}`,
        en: `${base.en}, ${branchEn}`,
        municipality: base.municipality,
      });
      if (!branch) continue;
      nextBranch.set(counterKey, n + 1);
      return branch;
    }
  };
}
