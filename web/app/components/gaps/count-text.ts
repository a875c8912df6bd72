export interface CountView {
  exact?: number | null;
  lower: number;
  upper: number;
}

/** "12" for ISA, "<5" for 1–4, "10–14" for a band, "0" for none. */
export function countText(c: CountView): string {
  if (c.exact !== null && c.exact !== undefined) return String(c.exact);
  if (c.upper === 0) return '0';
  return c.lower === 1 ? '<5' : `${c.lower}–${c.upper}`;
}

/** Shade classes 0–4 from the lowest value the count can have, relative to the largest on the map. */
export function shadeClass(c: CountView, max: number): number {
  const value = c.exact ?? c.lower;
  if (c.upper === 0) return 0;
  if (max <= 0) return 1;
  const share = value / max;
  return share > 0.66 ? 4 : share > 0.33 ? 3 : share > 0.1 ? 2 : 1;
}
