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
WITH me, userPref, userMunicipality, hop1, hop2, $geo[userPref] AS ug, certified
// The requested reference nodes, looked up once, so each candidate compares node identities
// instead of reading the codes of its neighbours.
OPTIONAL MATCH (wantedLanguage:Language {code: $language})
OPTIONAL MATCH (wantedStatus:StatusOfResidence {code: $status})
WITH me, userPref, userMunicipality, hop1, hop2, ug, certified, wantedLanguage, wantedStatus,
     CASE WHEN $domainGroups IS NULL THEN null
          ELSE [g IN $domainGroups | COLLECT { MATCH (gd:SupportDomain) WHERE gd.code IN g RETURN gd }] END AS domainGroups`;

/** Variables of the viewer context that each candidate fragment carries on. */
const CARRY =
  'userPref, userMunicipality, ug, hop1, hop2, certified, wantedLanguage, wantedStatus, domainGroups';

/** Ways to produce (p, textScore) candidates; the key is chosen by the backend, not by input. */
export const CANDIDATES = {
  /** Both full-text indexes (cjk for Japanese, english with stemming), each normalised to 0..1. */
  fulltext: `
  CALL () {
    CALL db.index.fulltext.queryNodes('partner_text', $text, {limit: $textLimit}) YIELD node, score
    WITH collect({p: node, s: score}) AS hits, max(score) AS top
    UNWIND hits AS h RETURN h.p AS p, h.s / top AS textScore
    UNION ALL
    // The english analyzer splits Japanese into single characters (noise): only for Latin text.
    UNWIND CASE WHEN $useEnglishIndex THEN [true] ELSE [] END AS useEnglish
    CALL db.index.fulltext.queryNodes('partner_text_en', $text, {limit: $textLimit}) YIELD node, score
    WITH collect({p: node, s: score}) AS hits, max(score) AS top
    UNWIND hits AS h RETURN h.p AS p, h.s / top AS textScore
  }
  WITH p, max(textScore) AS textScore, ${CARRY}`,
  /** Candidates found by an external engine (Meilisearch), with its relevance 0..1. */
  given: `
  UNWIND $candidates AS cand
  MATCH (p:Partner {id: cand.id})
  WITH p, toFloat(cand.textScore) AS textScore, ${CARRY}`,
  /** No text: the searcher's prefecture and its neighbours, plus nationwide bodies (capped). */
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
 * Each candidate's relationship chain is walked ONCE (`links`): its place, domains, languages,
 * statuses, referrals and endorsements all come from that one list, comparing neighbours by node
 * identity (the only property reads are a referral's outcome and the prefecture's code; a
 * relationship's type is read once, as reading it costs a db hit each time). Five
 * separate pattern comprehensions walked the chain five times (PROFILE: ~80 db hits a candidate).
 * Types alone tell the direction: by the graph contract SERVES, LOCATED_IN, OFFERS_LANGUAGE and
 * ACCEPTS_STATUS leave a Partner, REFERRED and ENDORSED enter it from a Coordinator.
 */
const SCORE_AND_PAGE = `
  WHERE ($includeRemote OR NOT coalesce(p.nationwide, false))
    AND (domainGroups IS NULL OR EXISTS { (p)-[:SERVES]->(sd) WHERE any(g IN domainGroups WHERE sd IN g) })
  WITH p, textScore, ${CARRY},
       [(p)-[r]-(x) | {t: type(r), x: x, r: r}] AS links
  WITH p, textScore, ${CARRY}, links,
       [l IN links WHERE l.t = 'SERVES' | l.x] AS pDomains,
       [l IN links WHERE l.t = 'LOCATED_IN' | l.x.code][0] AS pc
  CALL (links, hop1, hop2) {
    UNWIND [l IN links WHERE l.t = 'REFERRED'] AS referral
    WITH referral.x AS c, max(CASE WHEN referral.r.outcome = 'RESOLVED' THEN 1 ELSE 0 END) AS resolvedFlag
    WITH resolvedFlag, CASE WHEN c IN hop1 OR c IN hop2 THEN 1 ELSE 0 END AS peerFlag
    RETURN count(*) AS graduates, sum(resolvedFlag) AS resolvedGraduates, sum(peerFlag) AS peerGraduates,
           sum(peerFlag * resolvedFlag) AS peerResolvedGraduates
  }
  WITH p, textScore, certified, graduates, resolvedGraduates, peerGraduates, peerResolvedGraduates,
       [l IN links WHERE l.t = 'ENDORSED' | l.x] AS endorsers,
       CASE WHEN domainGroups IS NULL THEN null
            ELSE toFloat(size([g IN domainGroups WHERE any(x IN pDomains WHERE x IN g)])) / size(domainGroups)
       END AS domainShare,
       CASE WHEN $language IS NULL THEN null
            ELSE any(l IN links WHERE l.t = 'OFFERS_LANGUAGE' AND l.x = wantedLanguage) END AS languageMatch,
       CASE WHEN $status IS NULL THEN null
            ELSE any(l IN links WHERE l.t = 'ACCEPTS_STATUS' AND l.x = wantedStatus) END AS statusMatch,
       coalesce(p.verifiedByIsa, false) AS verified,
       ${STALE_PREDICATE} AS stale,
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
       domainShare, languageMatch, statusMatch, verified, stale, tier,
       size(endorsers) AS endorsements,
       size([c IN endorsers WHERE c IN hop1]) AS peerEndorsementsHop1,
       size([c IN endorsers WHERE c IN hop2]) AS peerEndorsementsHop2
  WITH p, certified, {textScore: textScore, domainShare: domainShare, languageMatch: languageMatch,
           statusMatch: statusMatch, tier: tier, graduates: graduates, resolvedGraduates: resolvedGraduates,
           peerGraduates: peerGraduates, peerResolvedGraduates: peerResolvedGraduates,
           endorsements: endorsements, peerEndorsementsHop1: peerEndorsementsHop1,
           peerEndorsementsHop2: peerEndorsementsHop2, verified: verified, stale: stale} AS s
  WITH p, s, certified,
       $w.text * s.textScore + $w.domain * coalesce(s.domainShare, 0.0)
       + CASE WHEN s.languageMatch THEN $w.language ELSE 0.0 END
       + CASE WHEN s.statusMatch THEN $w.status ELSE 0.0 END
       + $w.tier[s.tier]
       + $w.resolved * log(1 + s.resolvedGraduates + s.peerResolvedGraduates)
       + $w.graduates * log(1 + s.graduates)
       + $w.endorsements * log(1 + s.endorsements - s.peerEndorsementsHop1 - s.peerEndorsementsHop2
           + $w.peerEndorsementFactor.hop1 * s.peerEndorsementsHop1
           + $w.peerEndorsementFactor.hop2 * s.peerEndorsementsHop2)
       + CASE WHEN s.verified THEN $w.verified ELSE 0.0 END
       + CASE WHEN s.stale THEN $w.stale ELSE 0.0 END AS score
  ORDER BY score DESC, p.id
  RETURN collect({p: p, id: p.id, score: score, signals: s}) AS rows`;

const PAGE = `
WITH userPref, certified, rows, any(row IN rows WHERE row.signals.tier IN $nearbyTiers) AS foundNearby
WITH userPref, certified, foundNearby,
     [row IN rows WHERE $afterScore IS NULL OR row.score < $afterScore
                     OR (row.score = $afterScore AND row.id > $afterId)][0..toInteger($limit)] AS page
CALL (page, certified) {
  UNWIND page AS hit
  WITH hit, hit.p AS p
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
