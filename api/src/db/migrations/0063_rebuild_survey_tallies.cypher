// Until session 5, two submits to the same tally shard could both append a key that was new to it
// (api/src/modules/surveys/tally.ts now takes the shard's lock before reading its lists), counting
// that answer twice. Rebuilds every survey's running totals from its responses, as REBUILD_TALLY
// does for one survey; the group keys repeat tally.ts's groupKeys, which a .cypher file cannot import.
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
