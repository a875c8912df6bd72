/**
 * The search statement, assembled only from the constant fragments below (never from input):
 * viewer context → candidates (one of CANDIDATES) → filters → graph signals → score (the formula
 * of ranking.ts with its weights as $w) → one page plus "found nearby", in one round trip.
 */

import { STALE_PREDICATE, VIEWER_CERTIFIED } from '../directory/partner-projection.js';

/** Who is searching: the effective prefecture and the peers 1 and 2 PEER_OF hops away. */
const VIEWER = `
OPTIONAL MATCH (me:Coordinator {id: $coordinatorId})
OPTIONAL MATCH (me)-[:WORKS_IN]->(wp:Prefecture)
WITH me, certified, coalesce($prefecture, wp.code, $homePrefecture) AS userPref,
     CASE WHEN $prefecture IS NULL OR $prefecture = wp.code THEN me.municipality END AS userMunicipality
CALL (me) {
  OPTIONAL MATCH (me)-[:PEER_OF]-(a:Coordinator)
  WITH me, collect(DISTINCT a) AS hop1
  OPTIONAL MATCH (me)-[:PEER_OF]-(:Coordinator)-[:PEER_OF]-(b:Coordinator)
  WHERE b <> me AND NOT b IN hop1
  RETURN hop1, collect(DISTINCT b) AS hop2
}
WITH me, userPref, userMunicipality, hop1, hop2, $geo[userPref] AS ug, certified`;

/** Variables of the viewer context that each candidate fragment carries on. */
const CARRY = 'userPref, userMunicipality, ug, hop1, hop2, certified';

/** Partners meeting the need, nearest first from the whole country (search/facet-query.ts). */
const FACET_CANDIDATES = `
    UNWIND CASE WHEN $facetQuery IS NULL THEN [] ELSE [true] END AS useFacets
    CALL db.index.fulltext.queryNodes('partner_facets', $facetQuery, {limit: $facetLimit}) YIELD node
    RETURN node AS p, 0.0 AS textScore`;

/** Ways to produce (p, textScore) candidates; the key is chosen by the backend, not by input. */
export const CANDIDATES = {
  /**
   * The need's facet candidates plus both full-text indexes on the text left after query
   * understanding (cjk for Japanese, english with stemming), each normalised to 0..1.
   */
  indexed: `
  CALL () {
    ${FACET_CANDIDATES}
    UNION ALL
    UNWIND CASE WHEN $text IS NULL THEN [] ELSE [true] END AS useText
    CALL db.index.fulltext.queryNodes('partner_text', $text, {limit: $textLimit}) YIELD node, score
    WITH collect({p: node, s: score}) AS hits, max(score) AS top
    UNWIND hits AS h RETURN h.p AS p, h.s / top AS textScore
    UNION ALL
    // The english analyzer splits Japanese into single characters (noise): only for Latin text.
    UNWIND CASE WHEN $useEnglishIndex THEN [true] ELSE [] END AS useEnglish
    CALL db.index.fulltext.queryNodes('partner_text_en', $englishText, {limit: $textLimit}) YIELD node, score
    WITH collect({p: node, s: score}) AS hits, max(score) AS top
    UNWIND hits AS h RETURN h.p AS p, h.s / top AS textScore
  }
  WITH p, max(textScore) AS textScore, ${CARRY}`,
  /** Candidates found by an external engine (Meilisearch), with its relevance 0..1, plus the need's. */
  given: `
  CALL () {
    UNWIND $candidates AS cand
    MATCH (p:Partner {id: cand.id})
    RETURN p, toFloat(cand.textScore) AS textScore
    UNION ALL
    ${FACET_CANDIDATES}
  }
  WITH p, max(textScore) AS textScore, ${CARRY}`,
  /** Neither text nor need: the searcher's prefecture and its neighbours, plus nationwide bodies (capped). */
  browse: `
  CALL (userPref, ug) {
    UNWIND CASE WHEN userPref IS NULL THEN [] ELSE [userPref] + ug.borders END AS code
    MATCH (:Prefecture {code: code})<-[:LOCATED_IN]-(p)
    RETURN p
    UNION
    MATCH (p:Partner {nationwide: true}) WHERE $includeRemote
    RETURN p
  }
  WITH p, 0.0 AS textScore, ${CARRY} LIMIT toInteger($browseLimit)`,
} as const;
export type CandidateSource = keyof typeof CANDIDATES;

/**
 * Filters, signals and the score; then the page. Weights come from ranking.ts as $w.
 * Place, domains, languages and statuses are read from the partner's own properties
 * (`prefectureCode` and the link mirrors of directory/partner-mirrors.ts), so a candidate costs
 * a few property reads instead of a walk of its whole relationship chain. Only the trust signals
 * need relationships: one walk of the REFERRED and ENDORSED that enter the partner (by the graph
 * contract, always from a Coordinator), whose counters also fill the result card's `trust`.
 */
const SCORE_AND_PAGE = `
  WHERE ($includeRemote OR NOT coalesce(p.nationwide, false))
    AND ($domainCodes IS NULL OR any(code IN p.domainCodes WHERE code IN $domainCodes))
    AND ($requiredLanguage IS NULL OR $requiredLanguage IN coalesce(p.languageCodes, []))
  WITH p, textScore, ${CARRY}, coalesce(p.domainCodes, []) AS pDomains, p.prefectureCode AS pc,
       [(p)<-[r:REFERRED|ENDORSED]-(c) | {t: type(r), c: c, r: r}] AS trustLinks
  WITH p, textScore, ${CARRY}, pDomains, pc,
       [l IN trustLinks WHERE l.t = 'REFERRED'] AS referrals,
       [l IN trustLinks WHERE l.t = 'ENDORSED' | l.c] AS endorsers
  WITH p, textScore, ${CARRY}, pDomains, pc, referrals, endorsers,
       [l IN referrals WHERE l.r.outcome = 'RESOLVED' | l.c] AS resolvedReferrers
  // Graduates are distinct coordinators; a reduce over a handful of referrals is far cheaper than
  // an aggregating subquery per candidate.
  WITH p, textScore, ${CARRY}, pDomains, pc, endorsers, size(referrals) AS referralCount,
       size(resolvedReferrers) AS resolvedCount,
       reduce(seen = [], l IN referrals | CASE WHEN l.c IN seen THEN seen ELSE seen + l.c END) AS graduateNodes,
       reduce(seen = [], c IN resolvedReferrers | CASE WHEN c IN seen THEN seen ELSE seen + c END) AS resolvedNodes
  WITH p, textScore, certified, referralCount, resolvedCount, endorsers,
       size(graduateNodes) AS graduates, size(resolvedNodes) AS resolvedGraduates,
       size([c IN graduateNodes WHERE c IN hop1 OR c IN hop2]) AS peerGraduates,
       size([c IN resolvedNodes WHERE c IN hop1 OR c IN hop2]) AS peerResolvedGraduates,
       CASE WHEN $domainGroups IS NULL THEN null
            ELSE toFloat(size([g IN $domainGroups WHERE any(code IN pDomains WHERE code IN g)])) / size($domainGroups)
       END AS domainShare,
       CASE WHEN $language IS NULL THEN null ELSE $language IN coalesce(p.languageCodes, []) END AS languageMatch,
       CASE WHEN $status IS NULL THEN null ELSE $status IN coalesce(p.statusCodes, []) END AS statusMatch,
       coalesce(p.verifiedByIsa, false) AS verified,
       ${STALE_PREDICATE} AS stale,
       CASE WHEN p.latitude IS NOT NULL AND p.longitude IS NOT NULL AND ug.latitude IS NOT NULL
            THEN round(point.distance(point({latitude: p.latitude, longitude: p.longitude}),
                                      point({latitude: ug.latitude, longitude: ug.longitude})) / 1000.0, 1)
       END AS distanceKm,
       CASE
         WHEN pc IS NOT NULL AND pc = userPref AND userMunicipality IS NOT NULL
              AND p.municipality = userMunicipality THEN 'SAME_MUNICIPALITY'
         WHEN pc IS NOT NULL AND pc = userPref THEN 'SAME_PREFECTURE'
         WHEN pc IS NOT NULL AND pc IN ug.borders THEN 'BORDERING_PREFECTURE'
         WHEN pc IS NOT NULL AND $geo[pc].bureau = ug.bureau THEN 'SAME_BUREAU_REGION'
         WHEN pc IS NOT NULL AND $geo[pc].block = ug.block THEN 'SAME_BLOCK'
         WHEN $includeRemote AND (coalesce(p.nationwide, false) OR coalesce(p.remote, false))
              THEN 'NATIONWIDE_OR_REMOTE'
         ELSE 'FAR'
       END AS tier
  WITH p, textScore, certified, graduates, resolvedGraduates, peerGraduates, peerResolvedGraduates,
       domainShare, languageMatch, statusMatch, verified, stale, tier, distanceKm,
       {referralCount: referralCount, resolvedCount: resolvedCount, endorsementCount: size(endorsers)} AS trust,
       size(endorsers) AS endorsements,
       size([c IN endorsers WHERE c IN hop1]) AS peerEndorsementsHop1,
       size([c IN endorsers WHERE c IN hop2]) AS peerEndorsementsHop2
  WITH p, certified, trust, {textScore: textScore, domainShare: domainShare, languageMatch: languageMatch,
           statusMatch: statusMatch, tier: tier, distanceKm: distanceKm, graduates: graduates, resolvedGraduates: resolvedGraduates,
           peerGraduates: peerGraduates, peerResolvedGraduates: peerResolvedGraduates,
           endorsements: endorsements, peerEndorsementsHop1: peerEndorsementsHop1,
           peerEndorsementsHop2: peerEndorsementsHop2, verified: verified, stale: stale} AS s
  WITH p, s, certified, trust,
       $w.resolved * log(1 + s.resolvedGraduates + s.peerResolvedGraduates)
       + $w.graduates * log(1 + s.graduates)
       + $w.endorsements * log(1 + s.endorsements - s.peerEndorsementsHop1 - s.peerEndorsementsHop2
           + $w.peerEndorsementFactor.hop1 * s.peerEndorsementsHop1
           + $w.peerEndorsementFactor.hop2 * s.peerEndorsementsHop2) AS rawTrust
  WITH p, s, certified, trust,
       $w.text * s.textScore + $w.domain * coalesce(s.domainShare, 0.0)
       + CASE WHEN s.languageMatch THEN $w.language ELSE 0.0 END
       + CASE WHEN s.statusMatch THEN $w.status ELSE 0.0 END
       + $w.tier[s.tier] + $w.perKm * coalesce(s.distanceKm, 0.0)
       + CASE WHEN rawTrust > $w.maxTrust THEN $w.maxTrust ELSE rawTrust END
       + CASE WHEN s.verified THEN $w.verified ELSE 0.0 END
       + CASE WHEN s.stale THEN $w.stale ELSE 0.0 END AS score
  ORDER BY score DESC, p.id
  RETURN collect({p: p, id: p.id, score: score, signals: s, trust: trust}) AS rows`;

const PAGE = `
WITH userPref, certified, rows, any(row IN rows WHERE row.signals.tier IN $nearbyTiers) AS foundNearby
WITH userPref, certified, foundNearby,
     [row IN rows WHERE $afterScore IS NULL OR row.score < $afterScore
                     OR (row.score = $afterScore AND row.id > $afterId)][0..toInteger($limit)] AS page
CALL (page, certified) {
  UNWIND page AS hit
  WITH hit, hit.p AS p, hit.trust AS trust
  RETURN collect({score: hit.score, signals: hit.signals, partner: ${'$PROJECTION'}}) AS hits
}
RETURN userPref, foundNearby, hits`;

/**
 * The whole statement for one candidate source; `projection` is the directory's constant partner
 * projection (it needs `certified`, bound by VIEWER_CERTIFIED, for tiered address disclosure).
 */
export function searchStatement(source: CandidateSource, projection: string): string {
  return `${VIEWER_CERTIFIED}
${VIEWER}
CALL (me, ${CARRY}) {
  ${CANDIDATES[source]}
  ${SCORE_AND_PAGE}
}
${PAGE.replace('$PROJECTION', projection)}`;
}
