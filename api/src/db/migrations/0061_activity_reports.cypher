// Monthly activity reports: one per coordinator and month ("<coordinatorId>:<YYYY-MM>").
CREATE CONSTRAINT activity_report_id IF NOT EXISTS FOR (r:ActivityReport) REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT activity_report_key IF NOT EXISTS FOR (r:ActivityReport) REQUIRE r.key IS UNIQUE;
CREATE INDEX activity_report_period IF NOT EXISTS FOR (r:ActivityReport) ON (r.period);
