const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/**
 * Turns user text into a safe Lucene query for db.index.fulltext.queryNodes: special characters
 * are escaped and the words are ANDed, so "労働 相談" finds documents with both.
 */
export function toLuceneQuery(text: string): string | null {
  const words = text
    .normalize('NFKC')
    .split(/\s+/)
    .map((w) => w.replace(LUCENE_SPECIAL, '\\$&').replace(/\b(AND|OR|NOT)\b/g, (m) => m.toLowerCase()))
    .filter(Boolean);
  return words.length ? words.join(' AND ') : null;
}
