/** mulberry32: a tiny deterministic PRNG, so the same seed always yields the same data set. */
export function createRandom(seed: number) {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
  const chance = (p: number): boolean => next() < p;

  /** Picks by weight in O(log n) using a cumulative table. */
  const weighted = <T>(items: readonly T[], weightOf: (item: T) => number): (() => T) => {
    const cumulative: number[] = [];
    let total = 0;
    for (const item of items) {
      total += Math.max(0, weightOf(item));
      cumulative.push(total);
    }
    return () => {
      const r = next() * total;
      let lo = 0;
      let hi = cumulative.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (cumulative[mid] > r) hi = mid;
        else lo = mid + 1;
      }
      return items[lo];
    };
  };

  /** Up to `count` distinct values drawn from `draw`. */
  const distinct = <T>(count: number, draw: () => T): T[] => {
    const out = new Set<T>();
    for (let tries = 0; out.size < count && tries < count * 6; tries++) out.add(draw());
    return [...out];
  };

  return { next, int, pick, chance, weighted, distinct };
}

export type Random = ReturnType<typeof createRandom>;
