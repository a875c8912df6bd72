import type { Graph } from '../../db/graph.js';

/** Result filters as the repository takes them; `choiceKey` = "<questionId>|<value>". */
export interface ResultsFilter {
  prefecture: string | null;
  bureau: string | null;
  cohort: number | null;
  choiceKey: string | null;
}

/** Responses or audience members counted per prefecture and cohort (bureaus follow from the prefecture). */
export interface GroupCount {
  p: string | null;
  c: number | null;
  n: number;
}

export interface RawResults {
  total: number;
  filtered: number;
  keyCounts: { k: string; c: number }[];
  responseGroups: GroupCount[];
  audienceGroups: GroupCount[];
}

export interface CsvResponseRow {
  id: string;
  answersJson: string;
  submittedAt: string | null;
  respondentName: string | null;
  respondentEmail: string | null;
  prefectureCode: string | null;
  bureauCode: string | null;
  cohort: number | null;
}

/** One free-text answer row; `rid` (the random response id) only orders equal texts and pages. */
export interface TextAnswerRow {
  text: string;
  rid: string;
}

const FILTERED = `
  MATCH (r:SurveyResponse {surveyId: $id})
  WHERE ($prefecture IS NULL OR r.prefectureCode = $prefecture) AND ($bureau IS NULL OR r.bureauCode = $bureau)
    AND ($cohort IS NULL OR r.cohort = $cohort) AND ($choiceKey IS NULL OR $choiceKey IN r.choices)`;

// Value counts of the filtered responses: one UNWIND of the flat `choices` lists.
const KEY_COUNTS = `${FILTERED}
  UNWIND r.choices AS k
  WITH k, count(*) AS c
  RETURN collect({k: k, c: c}) AS keyCounts`;

const RESPONSE_GROUPS = `
  CALL () { ${FILTERED} RETURN count(r) AS filtered }
  CALL () {
    MATCH (r:SurveyResponse {surveyId: $id})
    WITH r.prefectureCode AS p, r.cohort AS c, count(*) AS n
    RETURN collect({p: p, c: c, n: n}) AS responseGroups, sum(n) AS total
  }
  RETURN filtered, responseGroups, total`;

// Audience members per prefecture and cohort: graduates by their workplace, accounts without one by their
// home prefecture (as cypher.ts AUDIENCE_MEMBERS); $prefs = audience prefectures plus those of audience bureaus.
const AUDIENCE_GROUPS = `
  MATCH (s:Survey {id: $id})
  CALL (s) {
    MATCH (p:Prefecture)<-[:WORKS_IN]-(c:Coordinator)<-[:ACTS_AS]-(u:User {role: 'COORDINATOR'})
    WHERE s.audienceAll OR p.code IN $prefs
       OR (size(s.audienceWorkshops) > 0 AND EXISTS { (c)-[:ATTENDED]->(w:Workshop) WHERE w.id IN s.audienceWorkshops })
    RETURN p.code AS p, c.cohort AS c, count(DISTINCT u) AS n
    UNION ALL
    MATCH (u:User {role: 'COORDINATOR'})-[:HOME_PREFECTURE]->(p:Prefecture)
    WHERE NOT EXISTS { (u)-[:ACTS_AS]->(:Coordinator)-[:WORKS_IN]->(:Prefecture) }
      AND (s.audienceAll OR p.code IN $prefs
        OR (size(s.audienceWorkshops) > 0 AND EXISTS { (u)-[:ACTS_AS]->(:Coordinator)-[:ATTENDED]->(w:Workshop) WHERE w.id IN s.audienceWorkshops }))
    RETURN p.code AS p, [(u)-[:ACTS_AS]->(c:Coordinator) | c.cohort][0] AS c, count(*) AS n
  }
  RETURN collect({p: p, c: c, n: n}) AS audienceGroups`;

interface TallyRow {
  total: number;
  tallied: number;
  shards: { keys: string[]; counts: number[] }[];
}

const TALLIES = `
  MATCH (t:SurveyTally {surveyId: $id})
  WITH sum(t.n) AS tallied, collect({keys: t.keys, counts: t.counts}) AS shards
  RETURN tallied, shards, COUNT { (:SurveyResponse {surveyId: $id}) } AS total`;

/** Sums the shards: answer keys as value counts, "@p:"/"@c:" keys as response groups. */
function fromTallies(tally: TallyRow): Omit<RawResults, 'audienceGroups'> {
  const sums = new Map<string, number>();
  for (const shard of tally.shards) {
    shard.keys.forEach((k, i) => sums.set(k, (sums.get(k) ?? 0) + shard.counts[i]));
  }
  const keyCounts: RawResults['keyCounts'] = [];
  const responseGroups: GroupCount[] = [];
  for (const [k, c] of sums) {
    if (c <= 0) continue; // a value that edits took back entirely
    if (k.startsWith('@p:')) responseGroups.push({ p: k.slice(3), c: null, n: c });
    else if (k.startsWith('@c:')) responseGroups.push({ p: null, c: Number(k.slice(3)), n: c });
    else keyCounts.push({ k, c });
  }
  return { total: tally.total, filtered: tally.total, keyCounts, responseGroups };
}

/**
 * Audience sizes per group change only when accounts or workplaces change, so each API process keeps
 * them for AUDIENCE_TTL_MS per survey and audience definition (the response side is never cached).
 */
export const AUDIENCE_TTL_MS = 60_000;
const audienceCache = new Map<string, { at: number; groups: Promise<GroupCount[]> }>();

/** Aggregation of responses in Cypher; suppression, bureaus and labels are applied by results.ts. */
export class SurveyResultsRepository {
  constructor(private readonly graph: Graph) {}

  /**
   * Three read statements run side by side (value counts, response groups, audience groups): their
   * latencies overlap instead of adding up (measured in docs/surveys.md).
   */
  async aggregate(
    id: string,
    filter: ResultsFilter,
    audiencePrefectures: string[],
    audienceKey: string,
  ): Promise<RawResults> {
    const params = { id, ...filter, prefs: audiencePrefectures };
    const unfiltered = Object.values(filter).every((v) => v === null);
    if (unfiltered) {
      // Running totals (tally.ts), used when they account for every response; otherwise scan.
      const [tally, audienceGroups] = await Promise.all([
        this.graph.readOne<TallyRow>(TALLIES, params),
        this.audienceGroups(params, audienceKey),
      ]);
      if (tally && tally.tallied === tally.total) return { ...fromTallies(tally), audienceGroups };
    }
    const [keys, groups, audienceGroups] = await Promise.all([
      this.graph.readOne<{ keyCounts: RawResults['keyCounts'] }>(KEY_COUNTS, params),
      this.graph.readOne<{ filtered: number; responseGroups: GroupCount[]; total: number }>(
        RESPONSE_GROUPS,
        params,
      ),
      this.audienceGroups(params, audienceKey),
    ]);
    const responseGroups = groups?.responseGroups ?? [];
    return {
      total: groups?.total ?? 0,
      filtered: groups?.filtered ?? 0,
      keyCounts: keys?.keyCounts ?? [],
      responseGroups,
      audienceGroups,
    };
  }

  private audienceGroups(params: Record<string, unknown>, key: string): Promise<GroupCount[]> {
    const cached = audienceCache.get(key);
    if (cached && Date.now() - cached.at < AUDIENCE_TTL_MS) return cached.groups;
    const groups = this.graph
      .readOne<{ audienceGroups: GroupCount[] }>(AUDIENCE_GROUPS, params)
      .then((row) => row?.audienceGroups ?? []);
    audienceCache.set(key, { at: Date.now(), groups });
    groups.catch(() => audienceCache.delete(key));
    return groups;
  }

  /** Free-text answers of one question in text order (keyset on text, then the random response id). */
  async textAnswers(
    id: string,
    questionId: string,
    search: string | null,
    filter: ResultsFilter,
    limit: number,
    after: [string, string] | null,
  ): Promise<TextAnswerRow[]> {
    return this.graph.readRows<TextAnswerRow>(
      `${FILTERED}
       UNWIND r.texts AS t
       WITH r, t WHERE t STARTS WITH $prefix
       WITH r.id AS rid, substring(t, size($prefix)) AS text
       WHERE ($search IS NULL OR toLower(text) CONTAINS toLower($search))
         AND ($afterText IS NULL OR text > $afterText OR (text = $afterText AND rid > $afterRid))
       RETURN text, rid ORDER BY text, rid LIMIT toInteger($limit)`,
      {
        id,
        ...filter,
        prefix: `${questionId}|`,
        search,
        limit,
        afterText: after?.[0] ?? null,
        afterRid: after?.[1] ?? null,
      },
    );
  }

  /** How many responses the filters keep, and all of them (for the suppression rule of free-text lists). */
  async counts(id: string, filter: ResultsFilter): Promise<{ filtered: number; total: number }> {
    const row = await this.graph.readOne<{ filtered: number; total: number }>(
      `CALL () { ${FILTERED} RETURN count(r) AS filtered }
         RETURN filtered, COUNT { (:SurveyResponse {surveyId: $id}) } AS total`,
      { id, ...filter },
    );
    return row ?? { filtered: 0, total: 0 };
  }

  /**
   * Every response for the CSV, ordered by the random response id (never by time). Identity columns
   * are read only for identified surveys.
   */
  async csvRows(id: string, anonymous: boolean): Promise<CsvResponseRow[]> {
    return this.graph.readRows<CsvResponseRow>(
      `MATCH (r:SurveyResponse {surveyId: $id})
       OPTIONAL MATCH (u:User)-[:RESPONDED]->(r) WHERE NOT $anonymous
       RETURN r.id AS id, r.answersJson AS answersJson,
              CASE WHEN $anonymous THEN null ELSE r.submittedAt END AS submittedAt,
              u.displayName AS respondentName, u.email AS respondentEmail,
              CASE WHEN $anonymous THEN null ELSE r.prefectureCode END AS prefectureCode,
              CASE WHEN $anonymous THEN null ELSE r.bureauCode END AS bureauCode,
              CASE WHEN $anonymous THEN null ELSE r.cohort END AS cohort
       ORDER BY r.id`,
      { id, anonymous },
    );
  }
}
