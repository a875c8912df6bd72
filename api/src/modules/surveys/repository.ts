import { randomUUID } from 'node:crypto';
import type { Graph } from '../../db/graph.js';
import { RESPONDENT, SURVEY_PROJECTION, canManage, inAudience, visibleTo } from './cypher.js';
import type { SurveyContentProps } from './content.js';
import type { SurveyRow } from './model.js';

/** Surveys for a respondent: published, in their audience, open now or answered by them. */
const MINE = `(s.publishedAt IS NOT NULL AND ${inAudience('s')} AND s.opensAt <= datetime()
  AND (s.closesAt > datetime() OR EXISTS { (:SurveyParticipation {key: s.id + ':' + u.id}) }))`;

const OPEN_UNANSWERED = `(s.publishedAt IS NOT NULL AND ${inAudience('s')} AND s.opensAt <= datetime()
  AND s.closesAt > datetime() AND NOT EXISTS { (:SurveyParticipation {key: s.id + ':' + u.id}) })`;

/** Survey definitions: the builder's writes and the viewer's lists (all Cypher of surveys, except answers and results). */
export class SurveyRepository {
  constructor(private readonly graph: Graph) {}

  async surveyForViewer(userId: string, id: string): Promise<SurveyRow | null> {
    const row = await this.graph.readOne<{ survey: SurveyRow }>(
      `${RESPONDENT} MATCH (s:Survey {id: $id}) WHERE ${visibleTo('s')} RETURN ${SURVEY_PROJECTION} AS survey`,
      { userId, id },
    );
    return row?.survey ?? null;
  }

  /** Soonest close first; keyset on (closesAt, id). */
  async mySurveys(userId: string, limit: number, after: [string, string] | null): Promise<SurveyRow[]> {
    const rows = await this.graph.readRows<{ survey: SurveyRow }>(
      `${RESPONDENT} MATCH (s:Survey) WHERE ${MINE}
         AND ($afterAt IS NULL OR s.closesAt > datetime($afterAt) OR (s.closesAt = datetime($afterAt) AND s.id > $afterId))
       WITH u, role, prefCode, bureauCode, attended, isAdmin, s ORDER BY s.closesAt, s.id LIMIT toInteger($limit)
       RETURN ${SURVEY_PROJECTION} AS survey`,
      { userId, limit, afterAt: after?.[0] ?? null, afterId: after?.[1] ?? null },
    );
    return rows.map((r) => r.survey);
  }

  /** Newest first; keyset on (createdAt, id). */
  async managedSurveys(userId: string, limit: number, after: [string, string] | null): Promise<SurveyRow[]> {
    const rows = await this.graph.readRows<{ survey: SurveyRow }>(
      `${RESPONDENT} MATCH (s:Survey) WHERE ${canManage('s')}
         AND ($afterAt IS NULL OR s.createdAt < datetime($afterAt) OR (s.createdAt = datetime($afterAt) AND s.id < $afterId))
       WITH u, role, prefCode, bureauCode, attended, isAdmin, s ORDER BY s.createdAt DESC, s.id DESC LIMIT toInteger($limit)
       RETURN ${SURVEY_PROJECTION} AS survey`,
      { userId, limit, afterAt: after?.[0] ?? null, afterId: after?.[1] ?? null },
    );
    return rows.map((r) => r.survey);
  }

  async openSurveyCount(userId: string): Promise<number> {
    const row = await this.graph.readOne<{ n: number }>(
      `${RESPONDENT} RETURN COUNT { MATCH (s:Survey) WHERE ${OPEN_UNANSWERED} } AS n`,
      {
        userId,
      },
    );
    return row?.n ?? 0;
  }

  /**
   * Creates a draft. For a workshop organizer (`organizerOnly`), every audience workshop must be one
   * they organize; otherwise nothing is written and null is returned.
   */
  async createSurvey(
    userId: string,
    content: SurveyContentProps,
    organizerOnly: boolean,
  ): Promise<SurveyRow | null> {
    const row = await this.graph.write((tx) =>
      tx.one<{ survey: SurveyRow }>(
        `${RESPONDENT}
         WHERE NOT $organizerOnly OR all(w IN $content.audienceWorkshops WHERE EXISTS { (u)-[:ORGANIZES]->(:Workshop {id: w}) })
         CREATE (s:Survey {id: $id, version: 1, createdAt: datetime(), updatedAt: datetime()})
         SET s += $content, s.opensAt = datetime($content.opensAt), s.closesAt = datetime($content.closesAt)
         CREATE (u)-[:AUTHORED]->(s)
         RETURN ${SURVEY_PROJECTION} AS survey`,
        { userId, id: randomUUID(), content, organizerOnly },
      ),
    );
    return row?.survey ?? null;
  }

  /**
   * Replaces the content. When responses exist and the questions change, the old questions are kept as a
   * (:SurveyVersion) and the version goes up; responses carry the version they answered.
   */
  async updateSurvey(
    userId: string,
    id: string,
    content: SurveyContentProps,
    organizerOnly: boolean,
  ): Promise<SurveyRow | null> {
    const row = await this.graph.write((tx) =>
      tx.one<{ survey: SurveyRow }>(
        `${RESPONDENT}
         MATCH (s:Survey {id: $id}) WHERE ${canManage('s')}
           AND (NOT $organizerOnly OR all(w IN $content.audienceWorkshops WHERE EXISTS { (u)-[:ORGANIZES]->(:Workshop {id: w}) }))
         WITH u, role, prefCode, bureauCode, attended, isAdmin, s,
              s.questionsJson <> $content.questionsJson AND EXISTS { (:SurveyResponse {surveyId: s.id}) } AS newVersion
         FOREACH (_ IN CASE WHEN newVersion THEN [1] ELSE [] END |
           CREATE (:SurveyVersion {id: randomUUID(), version: s.version, questionsJson: s.questionsJson,
                   replacedAt: datetime()})-[:VERSION_OF]->(s))
         SET s += $content, s.opensAt = datetime($content.opensAt), s.closesAt = datetime($content.closesAt),
             s.updatedAt = datetime(), s.version = s.version + CASE WHEN newVersion THEN 1 ELSE 0 END
         RETURN ${SURVEY_PROJECTION} AS survey`,
        { userId, id, content, organizerOnly },
      ),
    );
    return row?.survey ?? null;
  }

  async publishSurvey(userId: string, id: string): Promise<SurveyRow | null> {
    const row = await this.graph.write((tx) =>
      tx.one<{ survey: SurveyRow }>(
        `${RESPONDENT}
         MATCH (s:Survey {id: $id}) WHERE ${canManage('s')}
         SET s.publishedAt = coalesce(s.publishedAt, datetime()), s.updatedAt = datetime()
         RETURN ${SURVEY_PROJECTION} AS survey`,
        { userId, id },
      ),
    );
    return row?.survey ?? null;
  }

  /** A new draft with the same content (title marked as a copy), authored by the viewer. */
  async duplicateSurvey(userId: string, id: string, copyTitle: string): Promise<SurveyRow | null> {
    const row = await this.graph.write((tx) =>
      tx.one<{ survey: SurveyRow }>(
        `${RESPONDENT}
         MATCH (orig:Survey {id: $id}) WHERE ${canManage('orig')}
         CREATE (s:Survey {id: $newId, version: 1, createdAt: datetime(), updatedAt: datetime()})
         SET s += orig { .description, .opensAt, .closesAt, .anonymous, .allowEdit, .reminderDaysBeforeClose,
                         .audienceAll, .audienceBureaus, .audiencePrefectures, .audienceWorkshops, .questionsJson },
             s.title = left(orig.title + $suffix, 200), s.duplicateOf = orig.id
         CREATE (u)-[:AUTHORED]->(s)
         RETURN ${SURVEY_PROJECTION} AS survey`,
        { userId, id, newId: randomUUID(), suffix: copyTitle },
      ),
    );
    return row?.survey ?? null;
  }
}
