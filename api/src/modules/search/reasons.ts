import type { DistanceTier, RankingSignals } from './ranking.js';

export type SearchReasonKind =
  | 'TEXT_MATCH'
  | 'DOMAIN_MATCH'
  | 'LANGUAGE_MATCH'
  | 'STATUS_MATCH'
  | 'DISTANCE'
  | 'REFERRALS'
  | 'PEER_ENDORSEMENT'
  | 'ENDORSEMENTS'
  | 'VERIFIED'
  | 'STALE';

/** A reason as the API returns it; reference fields are codes, resolved from the catalog by the resolvers. */
export interface SearchReasonRow {
  kind: SearchReasonKind;
  tier?: DistanceTier;
  distanceKm?: number | null;
  languageCode?: string;
  statusCode?: string;
  domainCodes?: string[];
  graduates?: number;
  resolved?: number;
  peerGraduates?: number;
  endorsements?: number;
  peerEndorsements?: number;
  hops?: number;
}

export interface ReasonContext {
  language: string | null;
  status: string | null;
  /** The requested domain codes the partner serves (itself or through a sub-domain). */
  matchedDomains: string[];
}

/** Explains a result: the signals that raised (or, for STALE, lowered) its score, most important first. */
export function reasonsFor(s: RankingSignals, ctx: ReasonContext): SearchReasonRow[] {
  const reasons: SearchReasonRow[] = [];
  if (s.stale) reasons.push({ kind: 'STALE' });
  if (s.peerEndorsementsHop1 + s.peerEndorsementsHop2 > 0) {
    reasons.push({
      kind: 'PEER_ENDORSEMENT',
      peerEndorsements: s.peerEndorsementsHop1 + s.peerEndorsementsHop2,
      hops: s.peerEndorsementsHop1 > 0 ? 1 : 2,
    });
  }
  if (s.textScore > 0) reasons.push({ kind: 'TEXT_MATCH' });
  if (ctx.matchedDomains.length) reasons.push({ kind: 'DOMAIN_MATCH', domainCodes: ctx.matchedDomains });
  if (s.languageMatch && ctx.language) reasons.push({ kind: 'LANGUAGE_MATCH', languageCode: ctx.language });
  if (s.statusMatch && ctx.status) reasons.push({ kind: 'STATUS_MATCH', statusCode: ctx.status });
  reasons.push({ kind: 'DISTANCE', tier: s.tier, distanceKm: s.distanceKm ?? null });
  if (s.graduates > 0) {
    reasons.push({
      kind: 'REFERRALS',
      graduates: s.graduates,
      resolved: s.resolvedGraduates,
      peerGraduates: s.peerGraduates,
    });
  }
  const othersEndorsements = s.endorsements - s.peerEndorsementsHop1 - s.peerEndorsementsHop2;
  if (othersEndorsements > 0) reasons.push({ kind: 'ENDORSEMENTS', endorsements: s.endorsements });
  if (s.verified) reasons.push({ kind: 'VERIFIED' });
  return reasons;
}
