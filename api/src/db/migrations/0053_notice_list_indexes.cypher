// The published notice list reads pinned notices by pinnedUntil and the rest in publishAt order.
CREATE INDEX notice_pinned_until IF NOT EXISTS FOR (n:Notice) ON (n.pinnedUntil);
CREATE CONSTRAINT bulletin_state_id IF NOT EXISTS FOR (s:BulletinState) REQUIRE s.id IS UNIQUE;
