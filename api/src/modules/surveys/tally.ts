// Running totals of a survey's answers, so unfiltered results read a few small nodes instead of
// unwinding every response (measured in docs/surveys.md). A submit adds its keys to one of
// TALLY_SHARDS (:SurveyTally) nodes, chosen at random, so concurrent submits rarely wait on the same
// node. Keys are the response's `choices` ("q1|yes", "q2#") plus "@p:<prefecture>" and "@c:<cohort>".
// Tallies hold counts only, never who or when.

export const TALLY_SHARDS = 16;

export function tallyShardKey(surveyId: string): string {
  return `${surveyId}|${Math.floor(Math.random() * TALLY_SHARDS)}`;
}

/**
 * The group keys of a respondent (prefecture and cohort), counted with their answers: a Cypher list
 * expression over the two named variables.
 */
export const groupKeys = (prefectureCode: string, cohort: string) =>
  `(CASE WHEN ${prefectureCode} IS NULL THEN [] ELSE ['@p:' + ${prefectureCode}] END
    + CASE WHEN ${cohort} IS NULL THEN [] ELSE ['@c:' + toString(toInteger(${cohort}))] END)`;

/**
 * Adds $inc and subtracts $dec (lists of keys) on the shard $tallyKey, inside the caller's transaction
 * (needs `WITH` scope for `tallyInc`/`tallyDec`/`tallyCount`). MERGE on the key takes the node's lock.
 */
export const UPDATE_TALLY = `
  MERGE (t:SurveyTally {key: $tallyKey})
  ON CREATE SET t.surveyId = $surveyId, t.keys = [], t.counts = [], t.n = 0
  WITH t, tallyInc, tallyDec, tallyCount, [k IN tallyInc + tallyDec WHERE NOT k IN t.keys | k] AS both
  // An edit may subtract on another shard than the one that added: counts per shard can go below zero,
  // the sum over shards stays right.
  WITH t, tallyInc, tallyDec, tallyCount, reduce(acc = [], k IN both | CASE WHEN k IN acc THEN acc ELSE acc + k END) AS added
  // Rewriting the two lists costs a property write of every key; most submits add no new key.
  FOREACH (_ IN CASE WHEN size(added) > 0 THEN [1] ELSE [] END |
    SET t.keys = t.keys + added, t.counts = t.counts + [x IN added | 0])
  WITH t, tallyInc, tallyDec, tallyCount
  SET t.counts = [i IN range(0, size(t.keys) - 1) |
                  t.counts[i] + CASE WHEN t.keys[i] IN tallyInc THEN 1 ELSE 0 END
                              - CASE WHEN t.keys[i] IN tallyDec THEN 1 ELSE 0 END],
      t.n = t.n + tallyCount`;

/** Rebuilds a survey's tally from its responses (one shard); for seeded data. */
export const REBUILD_TALLY = `
  MATCH (t:SurveyTally {surveyId: $surveyId}) DETACH DELETE t
  WITH count(*) AS dropped
  MATCH (r:SurveyResponse {surveyId: $surveyId})
  WITH count(r) AS n, collect(r.choices + ${groupKeys('r.prefectureCode', 'r.cohort')}) AS lists
  UNWIND lists AS l UNWIND l AS k
  WITH n, k, count(*) AS c
  WITH n, collect(k) AS keys, collect(c) AS counts
  CREATE (:SurveyTally {key: $surveyId + '|rebuilt', surveyId: $surveyId, keys: keys, counts: counts, n: n})`;
