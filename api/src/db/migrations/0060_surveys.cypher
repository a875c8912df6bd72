// Surveys (docs/surveys.md). Exactly-once submit and one draft per person rest on these keys.
CREATE CONSTRAINT survey_id IF NOT EXISTS FOR (s:Survey) REQUIRE s.id IS UNIQUE;
CREATE CONSTRAINT survey_response_id IF NOT EXISTS FOR (r:SurveyResponse) REQUIRE r.id IS UNIQUE;
// "<surveyId>:<userId>": the has-answered marker, separate from the (possibly anonymous) response.
CREATE CONSTRAINT survey_participation_key IF NOT EXISTS FOR (p:SurveyParticipation) REQUIRE p.key IS UNIQUE;
CREATE CONSTRAINT survey_draft_key IF NOT EXISTS FOR (d:SurveyDraft) REQUIRE d.key IS UNIQUE;
CREATE INDEX survey_response_survey IF NOT EXISTS FOR (r:SurveyResponse) ON (r.surveyId);
CREATE INDEX survey_participation_survey IF NOT EXISTS FOR (p:SurveyParticipation) ON (p.surveyId);
CREATE INDEX survey_closes_at IF NOT EXISTS FOR (s:Survey) ON (s.closesAt);
