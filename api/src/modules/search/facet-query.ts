/**
 * The Lucene query over `partner_facets` (the whitespace-analysed `facetText` of
 * directory/partner-mirrors.ts) that finds the partners meeting a need, nearest first, from the
 * whole country. Built only from catalog codes the input validation has already checked, never
 * from typed text.
 *
 * Required clauses (`+`) hold the need: at least one of the requested domains (a domain token is
 * written for each served domain and its ancestors, so a parent matches its sub-domains), and the
 * language unless other languages were asked for. Optional clauses boost the searcher's place by
 * tier, each tier ten times the next, so Lucene's per-term weights (rarer prefectures weigh a few
 * times more) cannot reorder tiers; the exact tier, distance and trust are scored afterwards in
 * Cypher on these candidates.
 */
import type { GeoMap } from './types.js';

/** Token of a code as written into `facetText`. */
export function facetToken(prefix: 'dom' | 'lang' | 'status', code: string): string {
  return `${prefix}_${code.toLowerCase().replace(/-/g, '_')}`;
}

export const FACET_PLACE_BOOSTS = {
  prefecture: 100_000,
  border: 10_000,
  bureau: 1_000,
  block: 100,
  remote: 50,
  language: 20,
  status: 5,
} as const;

export interface FacetNeed {
  /** Requested domain codes (any of them meets the need). */
  domains: string[] | null;
  language: string | null;
  /** True when the language must be offered (the default for a requested language). */
  languageRequired: boolean;
  status: string | null;
  prefecture: string | null;
  includeRemote: boolean;
}

/** The facet query for a need, or null when the need names neither domains nor a language. */
export function facetQuery(need: FacetNeed, geo: GeoMap): string | null {
  const clauses: string[] = [];
  if (need.domains?.length) {
    clauses.push(`+(${need.domains.map((d) => facetToken('dom', d)).join(' ')})`);
  }
  if (need.language) {
    const token = facetToken('lang', need.language);
    clauses.push(need.languageRequired ? `+${token}` : `${token}^${FACET_PLACE_BOOSTS.language}`);
  }
  if (!clauses.some((c) => c.startsWith('+'))) {
    if (!need.language) return null;
    // Only a preferred language: every partner is a candidate, those offering it first.
    clauses.push('+partner');
  }
  if (need.status) clauses.push(`${facetToken('status', need.status)}^${FACET_PLACE_BOOSTS.status}`);
  const place = need.prefecture ? geo[need.prefecture] : undefined;
  if (need.prefecture && place) {
    const b = FACET_PLACE_BOOSTS;
    clauses.push(`pref_${need.prefecture}^${b.prefecture}`);
    if (place.borders.length)
      clauses.push(`(${place.borders.map((c) => `pref_${c}`).join(' ')})^${b.border}`);
    clauses.push(`bureau_${place.bureau.toLowerCase()}^${b.bureau}`);
    clauses.push(`block_${place.block.toLowerCase()}^${b.block}`);
  }
  if (need.includeRemote) clauses.push(`(nationwide remote)^${FACET_PLACE_BOOSTS.remote}`);
  else clauses.push('-nationwide');
  return clauses.join(' ');
}
