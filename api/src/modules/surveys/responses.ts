import { randomUUID } from 'node:crypto';
import type { Graph, GraphTx } from '../../db/graph.js';
import { NotFoundError } from '../../errors.js';
import type { SurveyAnswerInput } from '../../generated/graphql.js';
import { toAnswerMap, validateSubmission, type AnswerMap } from './answers.js';
import { RESPONDENT, SURVEY_PROJECTION, visibleTo } from './cypher.js';
import { SurveyClosedError } from './errors.js';
import { UPDATE_TALLY, groupKeys, tallyShardKey } from './tally.js';
import { questionsOf, surveyStatus, type SurveyRow } from './model.js';

interface RespondentRow {
  survey: SurveyRow;
  prefCode: string | null;
  bureauCode: string | null;
  cohort: number | null;
}

const READ_FOR_ANSWER = `${RESPONDENT}
  MATCH (s:Survey {id: $surveyId}) WHERE ${visibleTo('s')}
  RETURN ${SURVEY_PROJECTION} AS survey, prefCode, bureauCode, cohort`;

/** The survey and the respondent's region, read in the write transaction; throws unless they may answer now. */
async function requireAnswerable(tx: GraphTx, userId: string, surveyId: string): Promise<RespondentRow> {
  const row = await tx.one<RespondentRow>(READ_FOR_ANSWER, { userId, surveyId });
  if (!row || !row.survey.inAudience || !row.survey.publishedAt) throw new NotFoundError('The survey');
  const status = surveyStatus(row.survey);
  if (status === 'SCHEDULED') throw new SurveyClosedError('SURVEY_NOT_OPEN');
  if (status === 'CLOSED') throw new SurveyClosedError('SURVEY_CLOSED');
  return row;
}

/**
 * Drafts and submits. Exactly-once rests on the has-answered marker
 * (:SurveyParticipation {key: "<surveyId>:<userId>"}) with a uniqueness constraint: MERGE on it inside
 * the submit's transaction serialises concurrent submits of one respondent, and only the transaction
 * that created the marker creates the response. The marker carries no timestamp and nothing the
 * response carries, so an anonymous response cannot be joined to it (docs/surveys.md, "Anonymity").
 */
export class SurveyResponseRepository {
  constructor(private readonly graph: Graph) {}

  async saveDraft(
    userId: string,
    surveyId: string,
    answers: readonly SurveyAnswerInput[],
  ): Promise<SurveyRow> {
    return this.graph.write(async (tx) => {
      const { survey } = await requireAnswerable(tx, userId, surveyId);
      if (survey.answered) throw new SurveyClosedError('ALREADY_SUBMITTED');
      const map: AnswerMap = toAnswerMap(questionsOf(survey), answers);
      const answersJson = JSON.stringify(map);
      const saved = await tx.one<{ savedAt: string }>(
        `MATCH (u:User {id: $userId})
         MERGE (d:SurveyDraft {key: $key})
         ON CREATE SET d.surveyId = $surveyId
         SET d.answersJson = $answersJson, d.savedAt = datetime()
         MERGE (u)-[:DRAFTED]->(d)
         RETURN d.savedAt AS savedAt`,
        { userId, surveyId, key: `${surveyId}:${userId}`, answersJson },
      );
      return { ...survey, draftJson: answersJson, draftSavedAt: saved!.savedAt };
    });
  }

  /** Stores the response once; returns whether this call stored or changed it (false for a retry). */
  async submit(
    userId: string,
    surveyId: string,
    answers: readonly SurveyAnswerInput[],
  ): Promise<{ survey: SurveyRow; stored: boolean }> {
    return this.graph.write(async (tx) => {
      const who = await requireAnswerable(tx, userId, surveyId);
      const { survey } = who;
      const editable = survey.allowEdit && !survey.anonymous;
      if (survey.answered && !editable) return { survey, stored: false };
      const stored = validateSubmission(questionsOf(survey), toAnswerMap(questionsOf(survey), answers));
      const [result] = await tx.rows<{ created: boolean; edited: boolean }>(
        `MATCH (u:User {id: $userId})
         MERGE (p:SurveyParticipation {key: $key})
         ON CREATE SET p.surveyId = $surveyId, p.claim = $claim
         WITH u, p, coalesce(p.claim = $claim, false) AS created
         REMOVE p.claim
         WITH u, created
         // A new response: anonymous ones get no link to u and no time; identified ones both.
         CALL (u, created) {
           WITH u, created WHERE created
           CREATE (r:SurveyResponse {id: randomUUID(), surveyId: $surveyId, version: $version,
                   answersJson: $a.answersJson, choices: $a.choices, texts: $a.texts, answered: $a.answered,
                   prefectureCode: $prefCode, bureauCode: $bureauCode, cohort: $cohort})
           FOREACH (_ IN CASE WHEN $anonymous THEN [] ELSE [1] END |
             SET r.submittedAt = datetime(), r.updatedAt = datetime()
             CREATE (u)-[:RESPONDED]->(r))
           RETURN count(r) AS made
         }
         // An identified, editable survey answered before: change the answers in place.
         CALL (u, created) {
           WITH u, created WHERE NOT created AND $editable
           MATCH (u)-[:RESPONDED]->(r:SurveyResponse {surveyId: $surveyId})
           WITH r, r.choices AS before
           SET r.answersJson = $a.answersJson, r.choices = $a.choices, r.texts = $a.texts, r.answered = $a.answered,
               r.version = $version, r.updatedAt = datetime()
           RETURN count(r) AS changed, collect(before)[0] AS before
         }
         // Running totals (tally.ts): a new response adds its keys; an edit swaps old keys for new ones.
         CALL (created, changed, before) {
           WITH created, changed, before WHERE created OR changed > 0
           WITH CASE WHEN created THEN $a.choices + $groupKeys ELSE $a.choices END AS tallyInc,
                CASE WHEN created THEN [] ELSE coalesce(before, []) END AS tallyDec,
                CASE WHEN created THEN 1 ELSE 0 END AS tallyCount
           ${UPDATE_TALLY}
           RETURN count(*) AS tallied
         }
         OPTIONAL MATCH (u)-[:DRAFTED]->(d:SurveyDraft {key: $key})
         DETACH DELETE d
         RETURN created, changed > 0 AS edited`,
        {
          userId,
          surveyId,
          key: `${surveyId}:${userId}`,
          claim: randomUUID(),
          version: survey.version,
          a: stored,
          prefCode: who.prefCode,
          bureauCode: who.bureauCode,
          cohort: who.cohort,
          anonymous: survey.anonymous,
          editable,
          tallyKey: tallyShardKey(surveyId),
          groupKeys: groupKeys(who.prefCode, who.cohort),
        },
      );
      const changed = Boolean(result?.created || result?.edited);
      // The survey as it now stands for this viewer, without reading it again.
      const after: SurveyRow = {
        ...survey,
        answered: true,
        draftJson: null,
        draftSavedAt: null,
        myResponseJson: survey.anonymous ? null : stored.answersJson,
      };
      return { survey: changed ? after : survey, stored: changed };
    });
  }
}
