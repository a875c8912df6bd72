// Cypher fragments of the surveys module: constants, never built from input. The audience follows
// the notices' idea (bulletin/cypher.ts: all regions, bureaus, prefectures) plus workshop attendees.

/** Binds u, role, prefCode, bureauCode, cohort, attended (workshop ids), isAdmin for $userId. */
export const RESPONDENT = `
  MATCH (u:User {id: $userId})
  OPTIONAL MATCH (u)-[:ACTS_AS]->(c:Coordinator)
  OPTIONAL MATCH (c)-[:WORKS_IN]->(wp:Prefecture)
  OPTIONAL MATCH (u)-[:HOME_PREFECTURE]->(hp:Prefecture)
  WITH u, c, coalesce(wp, hp) AS pref LIMIT 1
  WITH u, u.role AS role, pref.code AS prefCode, [(pref)-[:UNDER_BUREAU]->(b:Bureau) | b.code][0] AS bureauCode,
       c.cohort AS cohort, [(c)-[:ATTENDED]->(w:Workshop) | w.id] AS attended, u.role = 'ISA_ADMIN' AS isAdmin`;

/** Graduates only (COORDINATOR accounts) matching any part of the survey's audience. */
export const inAudience = (s: string) => `
  (role = 'COORDINATOR' AND (${s}.audienceAll OR prefCode IN ${s}.audiencePrefectures
    OR bureauCode IN ${s}.audienceBureaus OR any(w IN attended WHERE w IN ${s}.audienceWorkshops)))`;

/** ISA manages every survey; a workshop organizer the surveys they wrote. */
export const canManage = (s: string) => `(isAdmin OR EXISTS { (u)-[:AUTHORED]->(${s}) })`;

/** Every member of the survey's audience, as rows of u, prefCode, bureauCode, cohort (needs s in scope). */
export const AUDIENCE_MEMBERS = `
  MATCH (u:User {role: 'COORDINATOR'})
  OPTIONAL MATCH (u)-[:ACTS_AS]->(c:Coordinator)
  OPTIONAL MATCH (c)-[:WORKS_IN]->(wp:Prefecture)
  OPTIONAL MATCH (u)-[:HOME_PREFECTURE]->(hp:Prefecture)
  WITH s, u, c, coalesce(wp, hp) AS pref
  WITH s, u, c, pref.code AS prefCode, [(pref)-[:UNDER_BUREAU]->(b:Bureau) | b.code][0] AS bureauCode
  WHERE s.audienceAll OR prefCode IN s.audiencePrefectures OR bureauCode IN s.audienceBureaus
     OR EXISTS { (c)-[:ATTENDED]->(w:Workshop) WHERE w.id IN s.audienceWorkshops }
  WITH DISTINCT s, u, prefCode, bureauCode, c.cohort AS cohort`;

/** The survey `s` as the viewer sees it (needs the RESPONDENT bindings). */
export const SURVEY_PROJECTION = `
  s { .id, .title, .description, .opensAt, .closesAt, .anonymous, .allowEdit, .reminderDaysBeforeClose,
      .audienceAll, .audienceBureaus, .audiencePrefectures, .audienceWorkshops, .version, .questionsJson,
      .publishedAt, .createdAt,
      // Counted for managers only (an index count per survey; respondents never see it).
      responseCount: CASE WHEN ${canManage('s')} THEN COUNT { (r:SurveyResponse {surveyId: s.id}) } ELSE 0 END,
      canManage: ${canManage('s')},
      inAudience: ${inAudience('s')},
      answered: EXISTS { (:SurveyParticipation {key: s.id + ':' + u.id}) },
      draftJson: COLLECT { MATCH (d:SurveyDraft {key: s.id + ':' + u.id}) RETURN d.answersJson }[0],
      draftSavedAt: COLLECT { MATCH (d:SurveyDraft {key: s.id + ':' + u.id}) RETURN d.savedAt }[0],
      myResponseJson: CASE WHEN s.anonymous THEN null
                      ELSE [(u)-[:RESPONDED]->(r:SurveyResponse {surveyId: s.id}) | r.answersJson][0] END }`;

/** Managers see a survey in any state; its audience once published. */
export const visibleTo = (s: string) =>
  `(${canManage(s)} OR (${s}.publishedAt IS NOT NULL AND ${inAudience(s)}))`;
