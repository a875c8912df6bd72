/**
 * Text folded for matching, with the way back to the original string: `text[k]` comes from
 * `original.slice(starts[k], ends[k])`. Offsets are UTF-16 indices, like String.prototype.slice.
 */
export interface NormalizedText {
  text: string;
  starts: number[];
  ends: number[];
}

// Diacritics on Latin letters only: Cyrillic й or Devanagari vowel signs are letters of their own.
const LATIN_DIACRITICS = /(\p{Script=Latin})[\u0300-\u036f]+/gu;
// Combining marks, and the half-width voiced sound marks that NFKC turns into combining ones.
const MARK = /[\p{M}\uFF9E\uFF9F]/u;
const SEPARATOR = /[\p{P}\p{S}\p{Z}\s\p{Cc}]/u;
const INVISIBLE = /\p{Cf}/u;
const APOSTROPHES = new Set(["'", '\u2018', '\u2019', '\u02bc', '`']);
// Latin letters that have no decomposition in Unicode, so stripping diacritics leaves them as they are.
const LATIN_SPECIAL: Record<string, string> = {
  đ: 'd',
  ð: 'd',
  ø: 'o',
  ł: 'l',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ı: 'i',
  þ: 'th',
};

function isKatakanaToFold(code: number): boolean {
  return (code >= 0x30a1 && code <= 0x30f6) || code === 0x30fd || code === 0x30fe;
}

/** One character (already NFKC, lower-cased, without diacritics) as it is matched. */
function foldChar(ch: string): string {
  const code = ch.charCodeAt(0);
  if (isKatakanaToFold(code)) return String.fromCharCode(code - 0x60);
  if (APOSTROPHES.has(ch)) return '';
  if (ch === '\u30fc') return ch; // the long vowel mark is a letter here
  if (SEPARATOR.test(ch)) return ' ';
  if (INVISIBLE.test(ch)) return '';
  return LATIN_SPECIAL[ch] ?? ch;
}

/** A base character with its combining marks, folded. */
function foldCluster(cluster: string): string {
  if (cluster.length === 1) {
    const code = cluster.charCodeAt(0);
    if (code < 0x80) {
      if ((code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x7a)) return cluster;
      if (code >= 0x41 && code <= 0x5a) return String.fromCharCode(code + 0x20);
      return foldChar(cluster);
    }
    if ((code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3041 && code <= 0x3096)) return cluster;
    if (code >= 0x30a1 && code <= 0x30f6) return String.fromCharCode(code - 0x60);
  }
  const plain = cluster
    .normalize('NFKC')
    .toLowerCase()
    .normalize('NFD')
    .replace(LATIN_DIACRITICS, '$1')
    .normalize('NFC');
  let out = '';
  for (const ch of plain) out += foldChar(ch);
  return out;
}

/**
 * Folds text for matching: NFKC (full and half width), lower case, katakana to hiragana, Latin
 * diacritics stripped, punctuation and symbols to spaces (apostrophes dropped), runs of spaces
 * collapsed to one. The long vowel mark stays.
 */
export function normalizeForMatching(original: string): NormalizedText {
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let i = 0;
  while (i < original.length) {
    let j = i + (original.codePointAt(i)! > 0xffff ? 2 : 1);
    while (j < original.length) {
      const next = String.fromCodePoint(original.codePointAt(j)!);
      if (!MARK.test(next)) break;
      j += next.length;
    }
    const folded = foldCluster(original.slice(i, j));
    for (let k = 0; k < folded.length; k++) {
      const unit = folded[k];
      if (unit === ' ' && text.endsWith(' ')) continue;
      text += unit;
      starts.push(i);
      ends.push(j);
    }
    i = j;
  }
  return { text, starts, ends };
}

/** The normalized form of a lexicon term: what two terms must share to be the same term. */
export function normalizedKey(term: string): string {
  return normalizeForMatching(term).text.trim();
}

const WORD_CHAR = /[0-9\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}]/u;

/** Characters of space-separated scripts: a term in them matches only as whole words. */
export function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && WORD_CHAR.test(ch);
}
