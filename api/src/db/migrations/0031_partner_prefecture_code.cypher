// Directory pages by prefecture read the composite index in (prefecture, name) order; prefectureCode
// mirrors the partner's LOCATED_IN relationship and is written together with it.
CREATE INDEX partner_prefecture_name IF NOT EXISTS FOR (p:Partner) ON (p.prefectureCode, p.name);
MATCH (p:Partner)-[:LOCATED_IN]->(x:Prefecture) WHERE p.prefectureCode IS NULL OR p.prefectureCode <> x.code
CALL (p, x) { SET p.prefectureCode = x.code } IN TRANSACTIONS OF 10000 ROWS;
