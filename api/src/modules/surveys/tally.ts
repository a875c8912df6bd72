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
 * Adds the keys `tallyInc` and subtracts `tallyDec` (lists in `WITH` scope, with `tallyCount`) on the
 * shard $tallyKey, inside the caller's transaction.
 */
export const UPDATE_TALLY = `
  MERGE (t:SurveyTally {key: $tallyKey})
  ON CREATE SET t.surveyId = $surveyId, t.keys = [], t.counts = [], t.n = 0
  // The shard's write lock first: a SET whose value reads the property it writes takes the lock before
  // reading. The lists read next are then the last committed ones, so two submits cannot both append
  // the same new key, and keys and counts stay the same length.
  SET t.n = t.n + tallyCount
  WITH t, tallyInc, tallyDec, t.keys AS keys, t.counts AS counts
  WITH t, tallyInc, tallyDec, keys, counts,
       reduce(acc = [], k IN tallyInc + tallyDec | CASE WHEN k IN keys OR k IN acc THEN acc ELSE acc + k END) AS added
  // Bound to variables, the lists are read once, not once per element; most submits add no key.
  WITH t, tallyInc, tallyDec, keys + added AS keys, counts + [x IN added | 0] AS counts, size(added) > 0 AS grew
  FOREACH (_ IN CASE WHEN grew THEN [1] ELSE [] END | SET t.keys = keys)
  // An edit may subtract on another shard than the one that added: counts per shard can go below zero,
  // the sum over shards stays right.
  SET t.counts = [i IN range(0, size(keys) - 1) |
                  counts[i] + CASE WHEN keys[i] IN tallyInc THEN 1 ELSE 0 END
                            - CASE WHEN keys[i] IN tallyDec THEN 1 ELSE 0 END]`;

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
