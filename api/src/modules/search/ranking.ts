/**
 * The ranking of partner search results, as pure functions. The Neo4j scoring query
 * (scoring-cypher.ts) computes the same formula with these weights passed as parameters, so the
 * order produced inside the database and the score explained here cannot drift apart (a contract
 * test compares them).
 */

export const DISTANCE_TIERS = [
  'SAME_MUNICIPALITY',
  'SAME_PREFECTURE',
  'BORDERING_PREFECTURE',
  'SAME_BUREAU_REGION',
  'SAME_BLOCK',
  'NATIONWIDE_OR_REMOTE',
  'FAR',
] as const;
export type DistanceTier = (typeof DISTANCE_TIERS)[number];

/** Tiers that count as "nearby": when no result is in one of these, the portal offers a missing-partner report. */
export const NEARBY_TIERS: ReadonlySet<DistanceTier> = new Set([
  'SAME_MUNICIPALITY',
  'SAME_PREFECTURE',
  'BORDERING_PREFECTURE',
  'SAME_BUREAU_REGION',
]);

/** Tiers inside the searcher's own prefecture: "who can introduce me" is offered for every other tier. */
export const OWN_PREFECTURE_TIERS: ReadonlySet<DistanceTier> = new Set([
  'SAME_MUNICIPALITY',
  'SAME_PREFECTURE',
]);

export const RANKING_WEIGHTS = {
  /** Text relevance, normalised to 0..1 within one search. */
  text: 3,
  /** Share of requested domains served (0..1). */
  domain: 1,
  /**
   * Offering the requested language outweighs any distance (the largest tier weight is 2.5): when
   * other languages are included, partners that speak the resident's language still lead.
   */
  language: 3,
  status: 0.5,
  tier: {
    SAME_MUNICIPALITY: 2.5,
    SAME_PREFECTURE: 2,
    BORDERING_PREFECTURE: 1.4,
    SAME_BUREAU_REGION: 1,
    SAME_BLOCK: 0.6,
    NATIONWIDE_OR_REMOTE: 0.5,
    FAR: 0,
  } satisfies Record<DistanceTier, number>,
  /** Within a tier the nearer partner wins: a small penalty per km from the searcher's prefectural capital. */
  perKm: -0.0002,
  /** ln(1 + graduates whose referral was resolved, peers counted twice). */
  resolved: 0.5,
  /** ln(1 + graduates who referred at all). */
  graduates: 0.2,
  /** ln(1 + endorsements, a direct peer's counting 3 times and a peer of a peer's twice). */
  endorsements: 0.4,
  peerEndorsementFactor: { hop1: 3, hop2: 2 },
  /**
   * Trust counts up to this much: enough to lift a well-referred partner over the next nearer tier
   * (at most 0.6 apart), never over two, so after the need, distance leads.
   */
  maxTrust: 1,
  verified: 0.3,
  stale: -1,
} as const;

/** What the scoring query measures for one candidate. */
export interface RankingSignals {
  textScore: number;
  /** Null when the search named no domains. */
  domainShare: number | null;
  /** Null when the search named no language. */
  languageMatch: boolean | null;
  statusMatch: boolean | null;
  tier: DistanceTier;
  /** Kilometres from the searcher's prefectural capital, when the partner has coordinates. */
  distanceKm: number | null;
  graduates: number;
  resolvedGraduates: number;
  peerGraduates: number;
  peerResolvedGraduates: number;
  endorsements: number;
  peerEndorsementsHop1: number;
  peerEndorsementsHop2: number;
  verified: boolean;
  stale: boolean;
}

const W = RANKING_WEIGHTS;

/** The trust part of the score: referral outcomes and endorsements, weighted up when they come from peers, capped. */
export function trustScore(s: RankingSignals): number {
  const endorsementWeight =
    s.endorsements -
    s.peerEndorsementsHop1 -
    s.peerEndorsementsHop2 +
    W.peerEndorsementFactor.hop1 * s.peerEndorsementsHop1 +
    W.peerEndorsementFactor.hop2 * s.peerEndorsementsHop2;
  const raw =
    W.resolved * Math.log(1 + s.resolvedGraduates + s.peerResolvedGraduates) +
    W.graduates * Math.log(1 + s.graduates) +
    W.endorsements * Math.log(1 + endorsementWeight);
  return Math.min(W.maxTrust, raw);
}

/** The full score of one candidate. */
export function scoreCandidate(s: RankingSignals): number {
  return (
    W.text * s.textScore +
    W.domain * (s.domainShare ?? 0) +
    (s.languageMatch ? W.language : 0) +
    (s.statusMatch ? W.status : 0) +
    W.tier[s.tier] +
    W.perKm * (s.distanceKm ?? 0) +
    trustScore(s) +
    (s.verified ? W.verified : 0) +
    (s.stale ? W.stale : 0)
  );
}

/** Orders candidates best first; ties broken by id so pages are stable. */
export function rankCandidates<T extends { id: string; signals: RankingSignals }>(
  candidates: readonly T[],
): (T & { score: number })[] {
  return candidates
    .map((c) => ({ ...c, score: scoreCandidate(c.signals) }))
    .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Parameters for the Cypher scoring expression (same weights, flattened). */
export function rankingParameters() {
  return {
    ...W,
    tier: { ...W.tier },
    peerEndorsementFactor: { ...W.peerEndorsementFactor },
  };
}
