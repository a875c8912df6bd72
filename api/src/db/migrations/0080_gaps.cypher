// Gaps: monthly aggregates of unmet need (one node per month, prefecture, domain, language, source and state),
// what was marked addressed, and the referral outcomes the dashboard counts live.
CREATE CONSTRAINT gap_monthly_key IF NOT EXISTS FOR (g:GapMonthly) REQUIRE g.key IS UNIQUE;
CREATE INDEX gap_monthly_month IF NOT EXISTS FOR (g:GapMonthly) ON (g.open, g.month);
CREATE INDEX gap_monthly_pref IF NOT EXISTS FOR (g:GapMonthly) ON (g.prefectureCode, g.domainCode);
CREATE CONSTRAINT gap_addressal_id IF NOT EXISTS FOR (a:GapAddressal) REQUIRE a.id IS UNIQUE;
CREATE INDEX gap_addressal_key IF NOT EXISTS FOR (a:GapAddressal) ON (a.prefectureCode, a.domainCode);
CREATE INDEX referral_outcome IF NOT EXISTS FOR ()-[r:REFERRED]-() ON (r.outcome);
CREATE INDEX missing_report_key IF NOT EXISTS FOR (r:MissingPartnerReport) ON (r.prefectureCode, r.domainCode);
