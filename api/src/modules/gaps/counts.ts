/** A count as one viewer may see it (GraphQL GapCount). */
export interface GapCountView {
  exact: number | null;
  lower: number;
  upper: number;
}

/**
 * Exact for ISA; otherwise bands of five: 1–4 shows as "<5", 5–9 as "5–9" and so on. Every count,
 * total and difference a non-ISA viewer can compute is then uncertain by four, so no filter
 * combination narrows a count to one report (docs/gaps.md, "Small cells").
 */
export function viewCount(n: number, exact: boolean): GapCountView {
  if (exact) return { exact: n, lower: n, upper: n };
  if (n <= 0) return { exact: null, lower: 0, upper: 0 };
  if (n < 5) return { exact: null, lower: 1, upper: 4 };
  const lower = Math.floor(n / 5) * 5;
  return { exact: null, lower, upper: lower + 4 };
}

/** Sort key that never orders two counts within one band (the order would tell them apart). */
export function rankKey(n: number, exact: boolean): number {
  return exact ? n : viewCount(n, false).lower;
}
