/** Lucene query-syntax characters that must be escaped in user text (Neo4j full-text indexes). */
const LUCENE_SPECIAL = /[+\-!(){}[\]^"~*?:\\/&|]/g;

/** Longest text accepted from a user, in characters. */
export const MAX_SEARCH_TEXT = 200;

/**
 * Turns user text into a safe Lucene query: special characters are escaped, words are OR-ed (the
 * default operator), and Lucene's own operator words (AND, OR, NOT) are quoted away by lower-casing.
 * Returns null when nothing searchable remains.
 */
export function toLuceneQuery(text: string | null | undefined): string | null {
  const words = (text ?? '')
    .normalize('NFKC')
    .split(/\s+/)
    .map((w) => w.replace(LUCENE_SPECIAL, (c) => `\\${c}`))
    .map((w) => (/^(AND|OR|NOT|TO)$/.test(w) ? w.toLowerCase() : w))
    .filter((w) => w.length > 0);
  return words.length ? words.join(' ') : null;
}
