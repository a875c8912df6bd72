/**
 * `p.domainCodes`, `p.languageCodes` and `p.statusCodes` mirror the partner's SERVES,
 * OFFERS_LANGUAGE and ACCEPTS_STATUS links as sorted code lists, so search scoring, cards and the
 * directory filters read one property instead of walking the partner's relationships (on the 100k
 * set that walk was most of a search's cost). Every writer of those links runs this clause after
 * writing them, in the same transaction; migration 0032 backfills it with the same expressions.
 * Needs `p` in scope.
 */
export const SET_PARTNER_LINK_MIRRORS = `SET
    p.domainCodes = COLLECT { MATCH (p)-[:SERVES]->(mDomain:SupportDomain) RETURN mDomain.code AS code ORDER BY code },
    p.languageCodes = COLLECT { MATCH (p)-[:OFFERS_LANGUAGE]->(mLanguage:Language) RETURN mLanguage.code AS code ORDER BY code },
    p.statusCodes = COLLECT { MATCH (p)-[:ACCEPTS_STATUS]->(mStatus:StatusOfResidence) RETURN mStatus.code AS code ORDER BY code }`;
