/**
 * Fields derived from a partner's links, written by every writer of those links in the same
 * transaction (partner edits, HSDS import, the reference loader, the synthetic seeds), and
 * refreshed for older partners at start-up (db/derived-fields.ts). Needs `p` in scope.
 *
 * - `domainCodes`, `languageCodes`, `statusCodes`: the codes of SERVES, OFFERS_LANGUAGE and
 *   ACCEPTS_STATUS, sorted, so search scoring, cards and directory filters read one property
 *   instead of walking the partner's relationships.
 * - `facetText`: one token per fact the search asks for (`dom_wrk_cnd` for a served domain and each
 *   of its ancestors, `lang_vi`, `status_ssw_1`, `pref_10`, `bureau_tky`, `block_knt`, `nationwide`,
 *   `remote`), indexed by the whitespace full-text index `partner_facets`. A need ("labour
 *   conditions in Vietnamese") becomes a Lucene query that requires the need's tokens and boosts
 *   the searcher's place, so the nearest partners meeting the need come first from the whole
 *   country (search/facet-query.ts).
 * - `searchText`: the meaning of the partner in words — labels (ja/en) and curated search terms of
 *   the domains it serves, the names of its languages and of its kind — indexed with the name and
 *   description, so "労災" or "Vietnamese" finds a partner whose description does not say it.
 */
export const PARTNER_SEARCH_FIELDS_VERSION = 1;

const FACET_TOKENS = `
  COLLECT { MATCH (p)-[:SERVES]->(:SupportDomain)-[:SUBDOMAIN_OF*0..2]->(fDomain:SupportDomain)
            RETURN DISTINCT 'dom_' + toLower(replace(fDomain.code, '-', '_')) AS t }
  + COLLECT { MATCH (p)-[:OFFERS_LANGUAGE]->(fLanguage:Language)
              RETURN 'lang_' + toLower(replace(fLanguage.code, '-', '_')) AS t }
  + COLLECT { MATCH (p)-[:ACCEPTS_STATUS]->(fStatus:StatusOfResidence)
              RETURN 'status_' + toLower(replace(fStatus.code, '-', '_')) AS t }
  + COLLECT { MATCH (p)-[:LOCATED_IN]->(fPref:Prefecture) RETURN 'pref_' + fPref.code AS t }
  + COLLECT { MATCH (p)-[:LOCATED_IN]->(:Prefecture)-[:UNDER_BUREAU]->(fBureau:Bureau)
              RETURN 'bureau_' + toLower(fBureau.code) AS t }
  + COLLECT { MATCH (p)-[:LOCATED_IN]->(:Prefecture)-[:IN_BLOCK]->(fBlock:RegionalBlock)
              RETURN 'block_' + toLower(fBlock.code) AS t }
  + CASE WHEN coalesce(p.nationwide, false) THEN ['nationwide'] ELSE [] END
  + CASE WHEN coalesce(p.remote, false) THEN ['remote'] ELSE [] END
  + ['partner']`;

const MEANING_WORDS = `
  COLLECT { MATCH (p)-[:SERVES]->(sDomain:SupportDomain)
            UNWIND [sDomain.nameJa, sDomain.nameEn] + coalesce(sDomain.searchTerms, []) AS w RETURN w }
  + COLLECT { MATCH (p)-[:OFFERS_LANGUAGE]->(sLanguage:Language)
              UNWIND [sLanguage.nameJa, sLanguage.nameEn, sLanguage.nameNative] AS w RETURN w }
  + COLLECT { MATCH (sKind:PartnerKind {code: p.kind}) UNWIND [sKind.nameJa, sKind.nameEn] AS w RETURN w }`;

export const SET_PARTNER_LINK_MIRRORS = `SET
    p.domainCodes = COLLECT { MATCH (p)-[:SERVES]->(mDomain:SupportDomain) RETURN mDomain.code AS code ORDER BY code },
    p.languageCodes = COLLECT { MATCH (p)-[:OFFERS_LANGUAGE]->(mLanguage:Language) RETURN mLanguage.code AS code ORDER BY code },
    p.statusCodes = COLLECT { MATCH (p)-[:ACCEPTS_STATUS]->(mStatus:StatusOfResidence) RETURN mStatus.code AS code ORDER BY code },
    p.facetText = reduce(s = '', t IN ${FACET_TOKENS} | s + ' ' + t),
    p.searchText = reduce(s = '', w IN [x IN ${MEANING_WORDS} WHERE x IS NOT NULL] | s + ' / ' + w),
    p.searchFieldsVersion = ${PARTNER_SEARCH_FIELDS_VERSION}`;
