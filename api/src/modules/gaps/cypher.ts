/**
 * The gap dashboard's Cypher. Reports and searches are read from the monthly aggregates
 * (GapMonthly, written by signals.ts); referral outcomes are counted live from REFERRED, where the
 * referral's prefecture is where its coordinator works (else the partner's) and a referral is
 * addressed when a GapAddressal for its prefecture and domain was made after it.
 */

const AGGREGATE_ROWS = `
  MATCH (g:GapMonthly)
  WHERE g.open = $open AND g.month >= $from AND g.month <= $to AND g.source IN $sources
    AND ($prefecture IS NULL OR g.prefectureCode = $prefecture)
    AND ($domainCodes IS NULL OR g.domainCode IN $domainCodes)
    AND ($language IS NULL OR g.languageCode = $language)`;

const REFERRAL_ROWS = `
  MATCH (c:Coordinator)-[r:REFERRED]->(pa:Partner)
  WHERE 'REFERRAL' IN $sources AND r.outcome IN $outcomes
    AND r.date >= date($fromDate) AND r.date < date($toDateExclusive)
    AND ($domainCodes IS NULL OR r.domain IN $domainCodes)
    AND ($language IS NULL OR r.language = $language)
  WITH r, coalesce([(c)-[:WORKS_IN]->(w:Prefecture) | w.code][0], pa.prefectureCode) AS p
  WHERE p IS NOT NULL AND ($prefecture IS NULL OR p = $prefecture)
    AND EXISTS {
      MATCH (a:GapAddressal {prefectureCode: p})
      WHERE r.domain IN a.domainCodes AND a.at > r.createdAt AND (a.languageCode IS NULL OR a.languageCode = r.language)
    } <> $open`;

/** Rows (prefecture, domain, month, n) of the dashboard. */
export const DASHBOARD_ROWS = `
CALL () {
  ${AGGREGATE_ROWS}
  RETURN g.prefectureCode AS p, g.domainCode AS d, g.month AS m, g.count AS n
  UNION ALL
  ${REFERRAL_ROWS}
  RETURN p, r.domain AS d, substring(toString(r.date), 0, 7) AS m, 1 AS n
}
RETURN p, d, m, sum(n) AS n`;

/** Rows (domain, language, n) of one prefecture. */
export const PREFECTURE_NEEDS = `
CALL () {
  ${AGGREGATE_ROWS}
  RETURN g.domainCode AS d, g.languageCode AS l, g.count AS n
  UNION ALL
  ${REFERRAL_ROWS}
  RETURN r.domain AS d, coalesce(r.language, '') AS l, 1 AS n
}
RETURN d, l, sum(n) AS n`;

/** Up to five partners per need in the prefecture or a bordering one; those offering the language first. */
export const NEARBY_PARTNERS = `
UNWIND $needs AS need
CALL (need) {
  MATCH (p:Partner)
  WHERE p.prefectureCode IN $near AND any(code IN p.domainCodes WHERE code IN need.domainCodes)
  WITH p, need.language IS NOT NULL AND need.language IN p.languageCodes AS offers
  ORDER BY offers DESC, CASE WHEN p.prefectureCode = $prefecture THEN 0 ELSE 1 END, p.name, p.id
  LIMIT 5
  RETURN collect(p { .id, .name, .prefectureCode, offersLanguage: offers }) AS partners
}
RETURN need.key AS key, partners`;

export const ADDRESSALS = `
MATCH (a:GapAddressal {prefectureCode: $prefecture})-[:COVERED_BY]->(p:Partner)
WITH a, p ORDER BY a.at DESC LIMIT 20
RETURN a { .id, .prefectureCode, .domainCode, .languageCode, .at, .signals, .notified,
           partner: p { .id, .name, .prefectureCode, offersLanguage: a.languageCode IN p.languageCodes } } AS row`;

/** The partner for markGapAddressed, and whether it serves the domain. */
export const ADDRESSING_PARTNER = `
MATCH (p:Partner {id: $partnerId})
RETURN p { .id, .name, .prefectureCode, offersLanguage: $language IN p.languageCodes } AS partner,
       any(code IN p.domainCodes WHERE code IN $domainCodes) AS serves`;

/** Moves the open aggregates of the gap to their addressed twins; returns how many signals moved. */
export const MOVE_TO_ADDRESSED = `
OPTIONAL MATCH (g:GapMonthly {prefectureCode: $prefecture})
WHERE g.open = true AND g.domainCode IN $domainCodes AND ($language IS NULL OR g.languageCode = $language)
CALL (g) {
  WITH g WHERE g IS NOT NULL
  WITH g, g.count AS n,
       g.month + '|' + g.prefectureCode + '|' + g.domainCode + '|' + g.languageCode + '|' + g.statusCode + '|' + g.source + '|A' AS key
  MERGE (a:GapMonthly {key: key})
    ON CREATE SET a.month = g.month, a.prefectureCode = g.prefectureCode, a.domainCode = g.domainCode,
                  a.languageCode = g.languageCode, a.statusCode = g.statusCode, a.source = g.source,
                  a.open = false, a.count = 0
  SET a.count = a.count + n
  DETACH DELETE g
  RETURN n
}
RETURN coalesce(sum(n), 0) AS moved`;

/** Open referrals of the gap (counted before the addressal exists). */
export const OPEN_REFERRALS = `
MATCH (c:Coordinator)-[r:REFERRED]->(pa:Partner)
WHERE r.outcome IN $outcomes AND r.domain IN $domainCodes AND ($language IS NULL OR r.language = $language)
WITH r, coalesce([(c)-[:WORKS_IN]->(w:Prefecture) | w.code][0], pa.prefectureCode) AS p
WHERE p = $prefecture AND NOT EXISTS {
  MATCH (a:GapAddressal {prefectureCode: p})
  WHERE r.domain IN a.domainCodes AND a.at > r.createdAt AND (a.languageCode IS NULL OR a.languageCode = r.language)
}
RETURN count(r) AS n`;

/** Marks the gap's open reports addressed; returns the accounts that reported them. */
export const ADDRESS_REPORTS = `
OPTIONAL MATCH (r:MissingPartnerReport {prefectureCode: $prefecture})
WHERE r.domainCode IN $domainCodes AND ($language IS NULL OR r.languageCode = $language) AND r.addressedAt IS NULL
SET r.addressedAt = datetime(), r.addressalId = $id
WITH r
OPTIONAL MATCH (r)-[:REPORTED_BY]->(reporter)
OPTIONAL MATCH (u:User)-[:ACTS_AS]->(reporter)
WITH count(r) AS reports,
     collect(DISTINCT coalesce(u.id, CASE WHEN reporter:User THEN reporter.id END)) AS userIds
RETURN reports, [id IN userIds WHERE id IS NOT NULL] AS userIds`;

export const CREATE_ADDRESSAL = `
MATCH (p:Partner {id: $partnerId})
CREATE (a:GapAddressal {id: $id, at: datetime(), prefectureCode: $prefecture, domainCode: $domain,
                        domainCodes: $domainCodes, languageCode: $language, signals: $signals,
                        notified: $notified, byUserId: $userId})
CREATE (a)-[:COVERED_BY]->(p)
RETURN a { .id, .prefectureCode, .domainCode, .languageCode, .at, .signals, .notified,
           partner: p { .id, .name, .prefectureCode, offersLanguage: a.languageCode IN p.languageCodes } } AS row`;

export const MY_REPORTS = `
MATCH (u:User {id: $userId})
OPTIONAL MATCH (u)-[:ACTS_AS]->(c:Coordinator)
WITH [x IN [u, c] WHERE x IS NOT NULL] AS reporters
UNWIND reporters AS reporter
MATCH (r:MissingPartnerReport)-[:REPORTED_BY]->(reporter)
WITH DISTINCT r ORDER BY r.createdAt DESC LIMIT 50
RETURN r { .id, .prefectureCode, .domainCode, .languageCode, .note, .createdAt, .addressedAt } AS row`;
