// Password links are looked up by the hash of their token; the audit page pages newest first and filters by action.
CREATE CONSTRAINT password_token_hash IF NOT EXISTS FOR (t:PasswordToken) REQUIRE t.tokenHash IS UNIQUE;
CREATE INDEX audit_entry_at IF NOT EXISTS FOR (e:AuditEntry) ON (e.at);
CREATE INDEX audit_entry_action IF NOT EXISTS FOR (e:AuditEntry) ON (e.action);
CREATE INDEX audit_entry_target IF NOT EXISTS FOR (e:AuditEntry) ON (e.targetId);
