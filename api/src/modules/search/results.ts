import type { PartnerCardRow } from '../directory/partner-projection.js';
import type { ReferenceCatalog } from '../reference/catalog.js';
import type { Connection } from '../../pagination.js';
import type { DistanceTier } from './ranking.js';
import { reasonsFor, type SearchReasonRow } from './reasons.js';
import type { SearchHit, SearchQuery } from './types.js';

/** What the SearchResult resolvers receive. */
export interface SearchResultRow {
  partner: PartnerCardRow;
  score: number;
  tier: DistanceTier;
  reasons: SearchReasonRow[];
}

/** What the SearchResultConnection resolvers receive. */
export interface SearchResultConnectionRow extends Connection<SearchResultRow> {
  prefectureCode: string | null;
  foundNearby: boolean;
  backend: string;
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
