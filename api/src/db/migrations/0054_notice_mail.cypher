// E-mail about notices: one claim per person, notice (and version to confirm), so no process mails twice.
CREATE CONSTRAINT mail_claim_key IF NOT EXISTS FOR (c:MailClaim) REQUIRE c.key IS UNIQUE;
