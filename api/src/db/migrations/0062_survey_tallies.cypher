// Running totals of answers (api/src/modules/surveys/tally.ts): one node per survey and shard.
CREATE CONSTRAINT survey_tally_key IF NOT EXISTS FOR (t:SurveyTally) REQUIRE t.key IS UNIQUE;
CREATE INDEX survey_tally_survey IF NOT EXISTS FOR (t:SurveyTally) ON (t.surveyId);
