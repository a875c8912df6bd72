/** Whether a and b are at most one edit apart (insertion, deletion, substitution, or swap of neighbours). */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  if (a.length === b.length) {
    let first = -1;
    for (let i = 0; i < a.length; i++) {
      if (a[i] === b[i]) continue;
      if (first === -1) first = i;
      else if (i === first + 1 && a[first] === b[i] && a[i] === b[first]) {
        return a.slice(i + 1) === b.slice(i + 1);
      } else return false;
    }
    return true;
  }
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  return short.slice(i) === long.slice(i + 1);
}

/** Keys shorter than this are not stored: the lookup below is exact only from this length on. */
export const MIN_INDEXED_LENGTH = 5;

function addTo(map: Map<string, string[]>, at: string, key: string) {
  const keys = map.get(at);
  if (!keys) map.set(at, [key]);
  else if (!keys.includes(key)) keys.push(key);
}

/**
 * Finds the keys at most one edit from a query. One edit changes at most two neighbouring
 * characters, so in strings of five or more characters it leaves the first two or the last two
 * as they were: the candidates are the keys sharing the query's first two or last two characters.
 */
export class OneEditIndex {
  private readonly byPrefix = new Map<string, string[]>();
  private readonly bySuffix = new Map<string, string[]>();

  add(key: string): void {
    if (key.length < MIN_INDEXED_LENGTH) return;
    addTo(this.byPrefix, key.slice(0, 2), key);
    addTo(this.bySuffix, key.slice(-2), key);
  }

  /** The key one edit from the query, the longest if several (null when none or the query is too short). */
  find(query: string): string | null {
    if (query.length < MIN_INDEXED_LENGTH - 1) return null;
    let best: string | null = null;
    for (const keys of [this.byPrefix.get(query.slice(0, 2)), this.bySuffix.get(query.slice(-2))]) {
      for (const key of keys ?? []) {
        if (Math.abs(key.length - query.length) > 1 || (best !== null && key.length <= best.length)) continue;
        if (withinOneEdit(query, key)) best = key;
      }
    }
    return best;
  }
}
