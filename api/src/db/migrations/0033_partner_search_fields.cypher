// The partner's full-text indexes cover its derived `searchText` (domain labels and search terms,
// language and kind names; directory/partner-mirrors.ts) besides name and description, and
// `partner_facets` indexes `facetText` (one whitespace-separated token per domain, language,
// status and place) for need-based candidates. Changing an index's properties means dropping it.
// Existing partners get the two fields at start-up (db/derived-fields.ts).
DROP INDEX partner_text IF EXISTS;
DROP INDEX partner_text_en IF EXISTS;
CREATE FULLTEXT INDEX partner_text IF NOT EXISTS FOR (p:Partner) ON EACH [p.name, p.alternateName, p.description, p.searchText] OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}};
CREATE FULLTEXT INDEX partner_text_en IF NOT EXISTS FOR (p:Partner) ON EACH [p.name, p.alternateName, p.description, p.eligibility, p.searchText] OPTIONS {indexConfig: {`fulltext.analyzer`: 'english'}};
CREATE FULLTEXT INDEX partner_facets IF NOT EXISTS FOR (p:Partner) ON EACH [p.facetText] OPTIONS {indexConfig: {`fulltext.analyzer`: 'whitespace'}};
CREATE INDEX partner_search_fields_version IF NOT EXISTS FOR (p:Partner) ON (p.searchFieldsVersion);
// Search terms ISA adds in the portal (search/search-terms.ts); `key` is the normalised term and kind.
CREATE CONSTRAINT search_term_id IF NOT EXISTS FOR (t:SearchTerm) REQUIRE t.id IS UNIQUE;
CREATE CONSTRAINT search_term_key IF NOT EXISTS FOR (t:SearchTerm) REQUIRE t.key IS UNIQUE;
