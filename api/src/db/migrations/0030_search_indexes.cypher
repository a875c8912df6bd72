// Search: the english analyzer stems English words ("consultations" finds
// "consultation"); partner_text (cjk, 0003) keeps serving Japanese. Both are queried per search.
// It also covers `eligibility`: with exactly partner_text's properties, IF NOT EXISTS would see an
// "equivalent" index (same label and properties, analyzer ignored) and silently create nothing.
CREATE FULLTEXT INDEX partner_text_en IF NOT EXISTS FOR (p:Partner) ON EACH [p.name, p.alternateName, p.description, p.eligibility] OPTIONS {indexConfig: {`fulltext.analyzer`: 'english'}};
// Suggestions as you type: prefix (STARTS WITH) seeks on the English name as on the name (0002).
CREATE INDEX partner_alternate_name IF NOT EXISTS FOR (p:Partner) ON (p.alternateName);
// Browsing without text reaches nationwide bodies through this index.
CREATE INDEX partner_nationwide IF NOT EXISTS FOR (p:Partner) ON (p.nationwide);
// The Neo4j -> Meilisearch outbox: one pending entry per partner, drained oldest first.
CREATE CONSTRAINT search_outbox_partner IF NOT EXISTS FOR (o:SearchOutbox) REQUIRE o.partnerId IS UNIQUE;
CREATE INDEX search_outbox_next_attempt IF NOT EXISTS FOR (o:SearchOutbox) ON (o.nextAttemptAt);
// Reports of missing partners (the Gaps analytics read them later).
CREATE CONSTRAINT missing_partner_report_id IF NOT EXISTS FOR (r:MissingPartnerReport) REQUIRE r.id IS UNIQUE;
CREATE INDEX missing_partner_report_created IF NOT EXISTS FOR (r:MissingPartnerReport) ON (r.createdAt);
