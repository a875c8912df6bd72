// Stored notifications of other capabilities (surveys, workshops): idempotent creation by dedupe key.
CREATE CONSTRAINT notification_dedupe_key IF NOT EXISTS FOR (n:Notification) REQUIRE n.dedupeKey IS UNIQUE;
