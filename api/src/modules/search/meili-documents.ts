import type { Graph, GraphTx } from '../../db/graph.js';

export const MEILI_INDEX = 'partners';

/** What Meilisearch holds per partner: text to search plus the codes to filter on. */
export interface PartnerDocument {
  id: string;
  name: string;
  alternateName: string | null;
  description: string | null;
  /** Served domains and their ancestors, so a parent-domain filter matches sub-domains. */
  domainCodes: string[];
  domainLabels: string[];
  languageCodes: string[];
  prefectureCode: string | null;
  nationwide: boolean;
  remote: boolean;
}

/** Index settings owned by the project (applied by the reindex command and the sync on start). */
export const MEILI_SETTINGS = {
  searchableAttributes: ['name', 'alternateName', 'domainLabels', 'description'],
  filterableAttributes: ['domainCodes', 'languageCodes', 'prefectureCode', 'nationwide', 'remote'],
  sortableAttributes: ['name'],
  displayedAttributes: ['id'],
  // Text written only in kanji would otherwise be segmented as Chinese.
  localizedAttributes: [{ attributePatterns: ['*'], locales: ['jpn', 'eng'] }],
  // Meilisearch's own word-length thresholds, stated so a server default change does not move results.
  typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 } },
} as const;

/** Locales every search passes (the index's localizedAttributes cover documents). */
export const MEILI_SEARCH_LOCALES = ['jpn', 'eng'] as const;

interface DomainLabels {
  code: string;
  nameJa: string;
  nameEn: string;
}

/**
 * One-way synonyms from the query lexicon: each DOMAIN term (abbreviation, everyday word, kana
 * reading) stands for the labels of its domains, which documents carry in `domainLabels`. Query
 * understanding usually takes such terms out of the text first; the synonyms cover what reaches
 * Meilisearch anyway (a term inside a longer word the lexicon does not split off).
 */
export function meiliSynonyms(
  entries: readonly { term: string; kind: string; codes: readonly string[] }[],
  domains: readonly DomainLabels[],
): Record<string, string[]> {
  const byCode = new Map(domains.map((d) => [d.code, d]));
  const synonyms: Record<string, string[]> = {};
  for (const entry of entries) {
    if (entry.kind !== 'DOMAIN') continue;
    const term = entry.term.trim().toLowerCase();
    const labels = entry.codes
      .map((c) => byCode.get(c))
      .filter((d): d is DomainLabels => Boolean(d))
      .flatMap((d) => [d.nameJa, d.nameEn])
      .filter((label) => label.toLowerCase() !== term);
    if (!term || !labels.length) continue;
    synonyms[term] = [...new Set([...(synonyms[term] ?? []), ...labels])];
  }
  return synonyms;
}

const DOCUMENT_PROJECTION = `p { .id, .name, .alternateName, .description,
  nationwide: coalesce(p.nationwide, false), remote: coalesce(p.remote, false),
  prefectureCode: [(p)-[:LOCATED_IN]->(pref:Prefecture) | pref.code][0],
  domainCodes: servedDomains, domainLabels: servedLabels,
  languageCodes: [(p)-[:OFFERS_LANGUAGE]->(l:Language) | l.code] }`;

const DOCUMENTS_BY_ID = `
  UNWIND $ids AS id
  MATCH (p:Partner {id: id})
  CALL (p) {
    OPTIONAL MATCH (p)-[:SERVES]->(:SupportDomain)-[:SUBDOMAIN_OF*0..2]->(d:SupportDomain)
    RETURN collect(DISTINCT d.code) AS servedDomains,
           collect(DISTINCT d.nameJa) + collect(DISTINCT d.nameEn) AS servedLabels
  }
  RETURN ${DOCUMENT_PROJECTION} AS doc`;

/** Documents for the given partners; ids without a partner (deleted) are simply absent. */
export async function partnerDocuments(tx: GraphTx, ids: string[]): Promise<PartnerDocument[]> {
  const rows = await tx.rows<{ doc: PartnerDocument }>(DOCUMENTS_BY_ID, { ids });
  return rows.map((r) => r.doc);
}

/** One page of partner ids in id order, for the full reindex. */
export async function partnerIdPage(graph: Graph, afterId: string | null, limit: number): Promise<string[]> {
  const rows = await graph.readRows<{ id: string }>(
    `MATCH (p:Partner) WHERE $afterId IS NULL OR p.id > $afterId
     RETURN p.id AS id ORDER BY id LIMIT toInteger($limit)`,
    { afterId, limit },
  );
  return rows.map((r) => r.id);
}
