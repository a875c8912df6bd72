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
export function personName(random: Random): { ja: string; en: string; display: string } {
  const [surJa, surEn] = random.pick(SURNAMES);
  const [givJa, givEn] = random.pick(GIVEN_NAMES);
  return {
    ja: `${surJa} ${givJa}`,
    en: `${givEn} ${surEn}`,
    display: `【架空】${surJa} ${givJa}`,
  };
}
