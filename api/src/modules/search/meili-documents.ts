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
} as const;

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
