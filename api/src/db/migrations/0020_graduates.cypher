// Graduate database: certificate numbers identify imported graduates; invitation codes
// are looked up by hash; peer requests and hand-offs are addressed by id.
CREATE CONSTRAINT coordinator_certificate_number IF NOT EXISTS FOR (c:Coordinator) REQUIRE c.certificateNumber IS UNIQUE;
CREATE CONSTRAINT invitation_id IF NOT EXISTS FOR (i:Invitation) REQUIRE i.id IS UNIQUE;
CREATE CONSTRAINT invitation_code_hash IF NOT EXISTS FOR (i:Invitation) REQUIRE i.codeHash IS UNIQUE;
CREATE CONSTRAINT peer_request_id IF NOT EXISTS FOR (r:PeerRequest) REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT handoff_id IF NOT EXISTS FOR (h:Handoff) REQUIRE h.id IS UNIQUE;
CREATE CONSTRAINT handoff_message_id IF NOT EXISTS FOR (m:HandoffMessage) REQUIRE m.id IS UNIQUE;
CREATE INDEX coordinator_cohort IF NOT EXISTS FOR (c:Coordinator) ON (c.cohort);
CREATE INDEX coordinator_email IF NOT EXISTS FOR (c:Coordinator) ON (c.email);
