import type { Random } from './random.js';

// Common name parts, combined at random: the results are fictional and every generated name
// carries a visible 【架空】/ [synthetic] mark.
const SURNAMES: [string, string][] = [
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
  ['松本', 'Matsumoto'],
  ['井上', 'Inoue'],
  ['木村', 'Kimura'],
  ['林', 'Hayashi'],
  ['清水', 'Shimizu'],
  ['森', 'Mori'],
  ['グエン', 'Nguyen'],
  ['サントス', 'Santos'],
  ['キム', 'Kim'],
  ['リ', 'Li'],
  ['ガルシア', 'Garcia'],
];
const GIVEN_NAMES: [string, string][] = [
  ['陽子', 'Yoko'],
  ['美咲', 'Misaki'],
  ['健太', 'Kenta'],
  ['翔', 'Sho'],
  ['直樹', 'Naoki'],
  ['由美', 'Yumi'],
  ['大輔', 'Daisuke'],
  ['さくら', 'Sakura'],
  ['拓也', 'Takuya'],
  ['麻衣', 'Mai'],
  ['アン', 'Anh'],
  ['マリア', 'Maria'],
  ['ジン', 'Jin'],
  ['ホア', 'Hoa'],
  ['ルイス', 'Luis'],
  ['恵', 'Megumi'],
  ['誠', 'Makoto'],
  ['彩', 'Aya'],
  ['亮', 'Ryo'],
  ['千尋', 'Chihiro'],
];
const PARTNER_WORDS: [string, string][] = [
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
];
const KIND_SUFFIXES: Record<string, [string, string][]> = {
  ADM: [
    ['市 多文化共生相談窓口', 'City Multicultural Consultation Counter'],
    ['町 外国人相談窓口', 'Town Foreign Residents Counter'],
  ],
  SPI: [
    ['国際クリニック', 'International Clinic'],
    ['日本語学校', 'Japanese Language School'],
    ['労働相談センター', 'Labour Consultation Center'],
  ],
  SUP: [
    ['国際交流協会', 'International Association'],
    ['外国人支援ネットワーク', 'Foreign Residents Support Network'],
    ['子ども日本語教室', "Children's Japanese Class"],
  ],
  EXP: [
    ['法律事務所', 'Law Office'],
    ['行政書士事務所', 'Gyoseishoshi Office'],
    ['社会保険労務士事務所', 'Labour and Social Security Attorney Office'],
  ],
  SVC: [
    ['生活サポート', 'Life Support Services'],
    ['住まい相談デスク', 'Housing Help Desk'],
  ],
  INT: [
    ['医療通訳の会', 'Medical Interpreters Group'],
    ['通訳翻訳センター', 'Interpreting and Translation Center'],
  ],
};

export function personName(random: Random): { ja: string; en: string; display: string } {
  const [surJa, surEn] = random.pick(SURNAMES);
  const [givJa, givEn] = random.pick(GIVEN_NAMES);
  return {
    ja: `${surJa} ${givJa}`,
    en: `${givEn} ${surEn}`,
    display: `【架空】${surJa} ${givJa}`,
  };
}

export function partnerName(random: Random, kind: string, placeJa: string, placeEn: string) {
  const [wordJa, wordEn] = random.pick(PARTNER_WORDS);
  const [suffixJa, suffixEn] = random.pick(KIND_SUFFIXES[kind] ?? KIND_SUFFIXES.SUP);
  return {
    ja: `【架空】${wordJa}${placeJa.replace(/[都道府県]$/, '')}${suffixJa}`,
    en: `[synthetic] ${wordEn} ${placeEn} ${suffixEn}`,
  };
}
