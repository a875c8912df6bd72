// Certificate history (docs/certificates.md): one (:Certificate) per issued certificate, held by a Coordinator.
CREATE CONSTRAINT certificate_id IF NOT EXISTS FOR (c:Certificate) REQUIRE c.id IS UNIQUE;
CREATE INDEX certificate_expires_on IF NOT EXISTS FOR (c:Certificate) ON (c.expiresOn);
CREATE INDEX coordinator_certificate_expires_on IF NOT EXISTS FOR (c:Coordinator) ON (c.certificateExpiresOn);
