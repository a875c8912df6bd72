/**
 * Likely names of people in free text (NFKC-folded first). A name cannot be told from a word by pattern alone, so
 * these are "soft" findings that the writer confirms or removes; the rules catch the shapes names take in
 * consultation notes:
 *
 * - a kanji/kana word before an honorific (田中さん, グエン・ヴァン・アン様), unless it is a role noun (相談者さん,
 *   お子さん, 担当者様 …) or a placeholder (Aさん, 〇〇さん);
 * - a katakana name in two or more parts joined by ・ or ＝ (グエン・ヴァン・アン), with or without an honorific;
 * - a name after a role word or a nationality (相談者はグエン, ベトナム人のトランさん, 利用者 Maria Santos);
 * - Latin names: "Mr./Ms./Mrs./Miss/Dr. Xxx", and two or more capitalised words before an honorific (Maria Santosさん).
 */
const ROLE_NOUNS = new Set(
  (
    '相談者 本人 ご本人 家族 ご家族 子 お子 息子 娘 夫 妻 旦那 奥 母 父 お母 お父 親 保護者 利用者 支援者 職員 担当者 ' +
    '通訳 通訳者 先生 社長 店長 大家 管理人 患者 実習生 技能実習生 学生 生徒 同僚 上司 雇用主 依頼者 お客 皆 皆さま ' +
    '住民 相手 相談員 参加者 講師 弁護士 医師 看護師 行政書士 司法書士 社労士 受講者 修了者 コーディネーター ' +
    'ボランティア スタッフ'
  ).split(' '),
);

/** Katakana words joined by ・ or ＝ (NFKC turns ＝ into =): the usual way foreign full names are written. */
const KATAKANA_FULL_NAME = /(?<![ァ-ヶー])[ァ-ヶー]{2,}(?:[・=][ァ-ヶー]{1,}){1,4}(?![ァ-ヶー])/g;
const HONORIFIC_NAME = /([一-龯々ァ-ヶー・=]{1,24})\s?(さん|さま|様|氏|くん|君|ちゃん)/g;
const LATIN_HONORIFIC = /\b(?:Mr|Ms|Mrs|Miss|Dr)\.?\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?/g;
const LATIN_FULL_NAME_HONORIFIC = /\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,3}\s?(?:さん|さま|様|氏)/g;
/** A role word or "…人の/…国籍の" right before a name (katakana or Latin). */
const INTRODUCED_NAME =
  /(?:相談者|ご本人|本人|利用者|依頼者|患者|技能実習生|実習生|留学生|被害者|[ァ-ヶー一-龯]{1,8}(?:人|国籍|出身))(?:の|は|が|で|、|,|:|：)?\s?([ァ-ヶー]{2,}(?:[・=][ァ-ヶー]+)*|[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,3})/g;
/** Katakana words that follow a role word without being names. */
const NOT_NAMES = new Set(
  (
    'サポート スタッフ ボランティア グループ センター ケース コミュニティ カード ビザ サービス ハローワーク ' +
    'フレスク オンライン メール アプリ'
  ).split(' '),
);

function isRole(word: string): boolean {
  // Single-character roles (子, 娘 …) must match whole words, or 花子さん would pass.
  return ROLE_NOUNS.has(word) || [...ROLE_NOUNS].some((r) => r.length > 1 && word.endsWith(r));
}

/** The likely names of people in `text`, each once, in the order the rules find them. */
export function findPersonNames(text: string): string[] {
  const folded = text.normalize('NFKC');
  const found: string[] = [];
  const add = (name: string) => {
    const trimmed = name.trim();
    if (trimmed && !found.some((f) => f.includes(trimmed))) found.push(trimmed);
  };
  for (const m of folded.matchAll(HONORIFIC_NAME)) {
    const word = m[1].replace(/^[・=]+/, '');
    if (word && !isRole(word)) add(`${word}${m[2]}`);
  }
  for (const m of folded.matchAll(LATIN_FULL_NAME_HONORIFIC)) add(m[0]);
  for (const m of folded.matchAll(LATIN_HONORIFIC)) add(m[0]);
  for (const m of folded.matchAll(KATAKANA_FULL_NAME)) add(m[0]);
  for (const m of folded.matchAll(INTRODUCED_NAME)) {
    if (!NOT_NAMES.has(m[1]) && !isRole(m[1])) add(m[1]);
  }
  return found;
}
