// Partner network: duplicate-detection keys, list filters, change history, referral ids.
CREATE INDEX partner_name_key IF NOT EXISTS FOR (p:Partner) ON (p.nameKey);
CREATE INDEX partner_url_key IF NOT EXISTS FOR (p:Partner) ON (p.urlKey);
CREATE INDEX partner_reference IF NOT EXISTS FOR (p:Partner) ON (p.reference);
CREATE INDEX partner_kind IF NOT EXISTS FOR (p:Partner) ON (p.kind);
CREATE INDEX partner_last_confirmed IF NOT EXISTS FOR (p:Partner) ON (p.lastConfirmedAt);
CREATE CONSTRAINT partner_change_id IF NOT EXISTS FOR (c:PartnerChange) REQUIRE c.id IS UNIQUE;
CREATE INDEX referred_id IF NOT EXISTS FOR ()-[r:REFERRED]-() ON (r.id);
