// domainCodes / languageCodes / statusCodes mirror SERVES / OFFERS_LANGUAGE / ACCEPTS_STATUS
// (sorted codes), written with the links by every writer (directory/partner-mirrors.ts, whose
// expressions these are). Search scoring, cards and directory filters read them.
MATCH (p:Partner)
CALL (p) {
  SET p.domainCodes = COLLECT { MATCH (p)-[:SERVES]->(mDomain:SupportDomain) RETURN mDomain.code AS code ORDER BY code },
      p.languageCodes = COLLECT { MATCH (p)-[:OFFERS_LANGUAGE]->(mLanguage:Language) RETURN mLanguage.code AS code ORDER BY code },
      p.statusCodes = COLLECT { MATCH (p)-[:ACCEPTS_STATUS]->(mStatus:StatusOfResidence) RETURN mStatus.code AS code ORDER BY code }
} IN TRANSACTIONS OF 5000 ROWS;
