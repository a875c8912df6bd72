import type { PartnerCardRow } from '../directory/partner-projection.js';
import type { ReferenceCatalog } from '../reference/catalog.js';
import type { Connection } from '../../pagination.js';
import type { DistanceTier } from './ranking.js';
import { reasonsFor, type SearchReasonRow } from './reasons.js';
import type { SearchHit, SearchQuery } from './types.js';
import type { UnderstoodTerm } from './understanding/index.js';

/** What the SearchResult resolvers receive. */
export interface SearchResultRow {
  partner: PartnerCardRow;
  score: number;
  tier: DistanceTier;
  distanceKm: number | null;
  reasons: SearchReasonRow[];
}

/** What the UnderstoodTerm resolvers receive. */
export type UnderstoodTermRow = UnderstoodTerm;

/** What the SearchNeed resolvers receive. */
export interface SearchNeedRow {
  terms: UnderstoodTermRow[];
  domainCodes: string[];
  languageCode: string | null;
  languageRequired: boolean;
  statusCode: string | null;
  prefectureFromText: boolean;
  remainingText: string | null;
}

/** What the SearchResultConnection resolvers receive. */
export interface SearchResultConnectionRow extends Connection<SearchResultRow> {
  prefectureCode: string | null;
  foundNearby: boolean;
  backend: string;
  need: SearchNeedRow;
}

/** The need of a search, as the API explains it. */
export function needOf(query: SearchQuery): SearchNeedRow {
  const understood = query.understood;
  return {
    terms: understood?.terms ?? [],
    domainCodes: query.domains?.map((d) => d.code) ?? [],
    languageCode: query.language,
    languageRequired: query.languageRequired,
    statusCode: query.status,
    prefectureFromText: query.prefectureFromText,
    remainingText: query.rawText,
  };
}

/** The requested domains that a partner serves, itself or through a sub-domain. */
export function matchedDomains(query: SearchQuery, partnerDomainCodes: readonly string[]): string[] {
  if (!query.domains) return [];
  const served = new Set(partnerDomainCodes);
  return query.domains.filter((d) => d.matches.some((m) => served.has(m))).map((d) => d.code);
}

/** A hit with its reasons. */
export function toResultRow(hit: SearchHit, query: SearchQuery): SearchResultRow {
  return {
    partner: hit.partner,
    score: hit.score,
    tier: hit.signals.tier,
    distanceKm: hit.signals.distanceKm ?? null,
    reasons: reasonsFor(hit.signals, {
      language: query.language,
      status: query.status,
      matchedDomains: matchedDomains(query, hit.partner.domainCodes),
    }),
  };
}

/** Resolves the catalog codes of a reason. */
export function reasonReferences(reason: SearchReasonRow, catalog: ReferenceCatalog) {
  return {
    language: catalog.get('languages', reason.languageCode),
    status: catalog.get('statuses', reason.statusCode),
    domains: reason.domainCodes ? catalog.many('domains', reason.domainCodes) : null,
  };
}

/** What a term (understood from text, or added by ISA) stands for, resolved from the catalog. */
export function termReferences(term: { kind: string; codes: readonly string[] }, catalog: ReferenceCatalog) {
  const code = term.codes[0];
  return {
    domains: term.kind === 'DOMAIN' ? catalog.many('domains', term.codes) : [],
    language: term.kind === 'LANGUAGE' || term.kind === 'NATIONALITY' ? catalog.get('languages', code) : null,
    status: term.kind === 'STATUS' ? catalog.get('statuses', code) : null,
    prefecture: term.kind === 'PREFECTURE' ? catalog.get('prefectures', code) : null,
  };
}
