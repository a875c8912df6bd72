// Rebuilds every survey's running totals from its responses, as REBUILD_TALLY does for one survey, so
// that totals written while two submits to one tally shard could both append the same new key (a key
// counted twice) are replaced; api/src/modules/surveys/tally.ts takes the shard's lock before reading
// its lists. The group keys repeat tally.ts's groupKeys, which a .cypher file cannot import.
MATCH (t:SurveyTally) DETACH DELETE t;
MATCH (r:SurveyResponse)
WITH r.surveyId AS surveyId,
     r.choices + CASE WHEN r.prefectureCode IS NULL THEN [] ELSE ['@p:' + r.prefectureCode] END
       + CASE WHEN r.cohort IS NULL THEN [] ELSE ['@c:' + toString(toInteger(r.cohort))] END AS keys
WITH surveyId, count(*) AS n, collect(keys) AS lists
CALL (surveyId, n, lists) {
  UNWIND lists AS l
  UNWIND l AS k
  WITH k, count(*) AS c
  WITH collect(k) AS keys, collect(c) AS counts
  CREATE (:SurveyTally {key: surveyId + '|rebuilt', surveyId: surveyId, keys: keys, counts: counts, n: n})
};
