/** Lucene query-syntax characters that must be escaped in user text (Neo4j full-text indexes). */
const LUCENE_SPECIAL = /[+\-!(){}[\]^"~*?:\\/&|]/g;

/** Longest text accepted from a user, in characters. */
export const MAX_SEARCH_TEXT = 200;

/** Latin words this long also match with one typo (a fuzzy clause beside the exact word). */
const FUZZY_MIN_LETTERS = 5;
const LATIN_WORD = /^[a-z]+$/;

function words(text: string | null | undefined): string[] {
  return (text ?? '')
    .normalize('NFKC')
    .split(/\s+/)
    .filter((w) => w.length > 0);
}

const escape = (w: string) => w.replace(LUCENE_SPECIAL, (c) => `\\${c}`);
// Lucene's operator words (AND, OR, NOT, TO) are taken as plain words by lower-casing them.
const plain = (w: string) => (/^(AND|OR|NOT|TO)$/.test(w) ? w.toLowerCase() : w);

/** One word as clauses: the escaped word, and for a long Latin word its one-typo variant too. */
function clauses(word: string): string[] {
  const exact = plain(escape(word));
  const lower = word.toLowerCase();
  return LATIN_WORD.test(lower) && lower.length >= FUZZY_MIN_LETTERS ? [exact, `${lower}~1`] : [exact];
}

/**
 * Turns user text into a safe Lucene query: special characters are escaped, words are OR-ed (the
 * default operator), operator words are lower-cased, and long Latin words tolerate one typo.
 * Returns null when nothing searchable remains.
 */
export function toLuceneQuery(text: string | null | undefined): string | null {
  const parts = words(text).flatMap(clauses);
  return parts.length ? parts.join(' ') : null;
}

/**
 * The query for the english index: only the words with Latin letters (it reads Japanese as single
 * characters, which only adds noise), or null when there are none.
 */
export function toEnglishLuceneQuery(text: string | null | undefined): string | null {
  const parts = words(text)
    .filter((w) => /[A-Za-z]/.test(w))
    .flatMap(clauses);
  return parts.length ? parts.join(' ') : null;
}
