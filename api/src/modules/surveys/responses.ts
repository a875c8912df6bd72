import { randomUUID } from 'node:crypto';
import type { Graph } from '../../db/graph.js';
import { ConflictError, NotFoundError } from '../../errors.js';
import type { SurveyAnswerInput } from '../../generated/graphql.js';
import { toAnswerMap, validateSubmission, type AnswerMap, type StoredAnswers } from './answers.js';
import { RESPONDENT, SURVEY_PROJECTION, inAudience, visibleTo } from './cypher.js';
import type { SurveyDefinitionCache } from './definitions.js';
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

/** The row's survey and region; throws unless the respondent may answer it now. */
function requireAnswerable(row: RespondentRow | null): RespondentRow {
  if (!row || !row.survey.inAudience || !row.survey.publishedAt) throw new NotFoundError('The survey');
  const status = surveyStatus(row.survey);
  if (status === 'SCHEDULED') throw new SurveyClosedError('SURVEY_NOT_OPEN');
  if (status === 'CLOSED') throw new SurveyClosedError('SURVEY_CLOSED');
  return row;
}

/** What the submit statement found: OPEN when it wrote (or the call was a retry). */
type SubmitVerdict = 'OPEN' | 'NOT_FOUND' | 'STALE' | 'SURVEY_NOT_OPEN' | 'SURVEY_CLOSED';

/** Reads of a definition that went stale between validation and the write, before giving up. */
const STALE_ATTEMPTS = 3;

/** A submit's result; the payload's survey is read only when the client asks for it. */
export interface SubmitOutcome {
  viewerId: string;
  surveyId: string;
  stored: boolean;
}

/**
 * The whole submit. The verdict gates every write; the answers were validated against the definition
 * at $revision, so nothing is written unless the survey is still at it.
 */
const SUBMIT = `${RESPONDENT}
  MATCH (s:Survey {id: $surveyId})
  WITH u, prefCode, bureauCode, cohort, CASE
    WHEN s.publishedAt IS NULL OR NOT ${inAudience('s')} THEN 'NOT_FOUND'
    WHEN coalesce(toString(s.updatedAt), '') <> $revision THEN 'STALE'
    WHEN s.closesAt <= datetime($now) THEN 'SURVEY_CLOSED'
    WHEN s.opensAt > datetime($now) THEN 'SURVEY_NOT_OPEN'
    ELSE 'OPEN' END AS verdict
  CALL (u, prefCode, bureauCode, cohort, verdict) {
    WITH u, prefCode, bureauCode, cohort, verdict WHERE verdict = 'OPEN'
    MERGE (p:SurveyParticipation {key: $key})
    ON CREATE SET p.surveyId = $surveyId, p.claim = $claim
    WITH u, prefCode, bureauCode, cohort, p, coalesce(p.claim = $claim, false) AS created
    REMOVE p.claim
    WITH u, prefCode, bureauCode, cohort, created
    // A new response: anonymous ones get no link to u and no time; identified ones both.
    CALL (u, prefCode, bureauCode, cohort, created) {
      WITH u, prefCode, bureauCode, cohort, created WHERE created
      CREATE (r:SurveyResponse {id: randomUUID(), surveyId: $surveyId, version: $version,
              answersJson: $a.answersJson, choices: $a.choices, texts: $a.texts, answered: $a.answered,
              prefectureCode: prefCode, bureauCode: bureauCode, cohort: cohort})
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
    CALL (prefCode, cohort, created, changed, before) {
      WITH prefCode, cohort, created, changed, before WHERE created OR changed > 0
      WITH CASE WHEN created THEN $a.choices + ${groupKeys('prefCode', 'cohort')} ELSE $a.choices END AS tallyInc,
           CASE WHEN created THEN [] ELSE coalesce(before, []) END AS tallyDec,
           CASE WHEN created THEN 1 ELSE 0 END AS tallyCount
      ${UPDATE_TALLY}
      RETURN count(*) AS tallied
    }
    OPTIONAL MATCH (u)-[:DRAFTED]->(d:SurveyDraft {key: $key})
    DETACH DELETE d
    RETURN collect({created: created, edited: changed > 0})[0] AS outcome
  }
  RETURN verdict, outcome.created AS created, outcome.edited AS edited`;

/**
 * Drafts and submits. Exactly-once rests on the has-answered marker
 * (:SurveyParticipation {key: "<surveyId>:<userId>"}) with a uniqueness constraint: MERGE on it inside
 * the submit's transaction serialises concurrent submits of one respondent, and only the transaction
 * that created the marker creates the response. The marker carries no timestamp and nothing the
 * response carries, so an anonymous response cannot be joined to it (docs/surveys.md, "Anonymity").
 */
export class SurveyResponseRepository {
  constructor(
    private readonly graph: Graph,
    private readonly definitions: SurveyDefinitionCache,
  ) {}

  async saveDraft(
    userId: string,
    surveyId: string,
    answers: readonly SurveyAnswerInput[],
  ): Promise<SurveyRow> {
    return this.graph.write(async (tx) => {
      const { survey } = requireAnswerable(
        await tx.one<RespondentRow>(READ_FOR_ANSWER, { userId, surveyId }),
      );
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

  /**
   * Stores the response once; `stored` is false for a retry (or a resubmit the survey does not allow).
   * One write statement checks access, the open and close times and the definition's revision, then
   * writes; answers are validated before it against the process's cached definition (definitions.ts).
   */
  async submit(
    userId: string,
    surveyId: string,
    answers: readonly SurveyAnswerInput[],
  ): Promise<SubmitOutcome> {
    let definition = await this.definitions.get(this.graph, surveyId);
    for (let attempt = 1; ; attempt++) {
      if (!definition) throw new NotFoundError('The survey');
      let stored: StoredAnswers;
      try {
        stored = validateSubmission(definition.questions, toAnswerMap(definition.questions, answers));
      } catch (error) {
        // The cached questions may be older than the answers: judge them by the current ones.
        const current = attempt === 1 ? await this.definitions.load(this.graph, surveyId) : definition;
        if (current && current.revision !== definition.revision) {
          definition = current;
          continue;
        }
        return this.rejectedAnswers(userId, surveyId, error);
      }
      const editable = definition.allowEdit && !definition.anonymous;
      // Auto-commit, retried on transient errors: a repeat after an unknown outcome finds the
      // has-answered marker and stores nothing more.
      const [row] = await this.graph.writeIdempotent<{
        verdict: SubmitVerdict;
        created: boolean | null;
        edited: boolean | null;
      }>(SUBMIT, {
        userId,
        surveyId,
        revision: definition.revision,
        now: new Date().toISOString(),
        key: `${surveyId}:${userId}`,
        claim: randomUUID(),
        version: definition.version,
        a: stored,
        anonymous: definition.anonymous,
        editable,
        tallyKey: tallyShardKey(surveyId),
      });
      const verdict = row?.verdict ?? 'NOT_FOUND';
      if (verdict === 'STALE') {
        definition = await this.definitions.load(this.graph, surveyId);
        if (attempt < STALE_ATTEMPTS) continue;
        throw new ConflictError('The survey changed while the answers were being stored; submit them again.');
      }
      if (verdict === 'NOT_FOUND') throw new NotFoundError('The survey');
      if (verdict !== 'OPEN') throw new SurveyClosedError(verdict);
      return { viewerId: userId, surveyId, stored: Boolean(row?.created || row?.edited) };
    }
  }

  /**
   * Answers that fail validation: the same errors as a valid submit would get come first (so nothing
   * about a survey the viewer may not answer leaks), and a retry of a stored response stays a retry.
   */
  private async rejectedAnswers(userId: string, surveyId: string, error: unknown): Promise<SubmitOutcome> {
    const { survey } = requireAnswerable(
      await this.graph.readOne<RespondentRow>(READ_FOR_ANSWER, { userId, surveyId }),
    );
    if (survey.answered && !(survey.allowEdit && !survey.anonymous)) {
      return { viewerId: userId, surveyId, stored: false };
    }
    throw error;
  }
}
