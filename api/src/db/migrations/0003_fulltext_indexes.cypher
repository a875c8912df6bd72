// Full-text (Lucene) indexes. The cjk analyzer splits Japanese text into bigrams and also handles
// Latin-script words, so one index serves Japanese and English queries.
CREATE FULLTEXT INDEX partner_text IF NOT EXISTS FOR (p:Partner) ON EACH [p.name, p.alternateName, p.description] OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}};
CREATE FULLTEXT INDEX domain_text IF NOT EXISTS FOR (d:SupportDomain) ON EACH [d.nameJa, d.nameEn] OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}};
