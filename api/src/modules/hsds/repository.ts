import type { Graph, GraphTx } from '../../db/graph.js';
import { SET_PARTNER_LINK_MIRRORS } from '../directory/partner-mirrors.js';
import type { PartnerExportRow, PartnerImport } from './types.js';
import { DEFAULT_IMPORT_KIND } from './vocabulary.js';

// Sensitive addresses are nulled here, inside the query, so they never leave the database.
// Only Partner properties are read: no Coordinator, User or relationship property is projected.
const EXPORT_PROJECTION = `p {
    .id, .name, .alternateName, .description, .kind, .url, .email,
    .openingHours, .fees, .eligibility, .hsdsOrganizationId, .hsdsServiceId,
    hsdsLocationId: CASE WHEN coalesce(p.sensitiveAddress, false) THEN null ELSE p.hsdsLocationId END,
    postalCode: CASE WHEN coalesce(p.sensitiveAddress, false) THEN null ELSE p.postalCode END,
    municipality: CASE WHEN coalesce(p.sensitiveAddress, false) THEN null ELSE p.municipality END,
    addressLine: CASE WHEN coalesce(p.sensitiveAddress, false) THEN null ELSE p.addressLine END,
    latitude: CASE WHEN coalesce(p.sensitiveAddress, false) THEN null ELSE p.latitude END,
    longitude: CASE WHEN coalesce(p.sensitiveAddress, false) THEN null ELSE p.longitude END,
    phones: coalesce(p.phones, []), remoteModes: coalesce(p.remoteModes, []),
    nationwide: coalesce(p.nationwide, false), remote: coalesce(p.remote, false),
    sensitiveAddress: coalesce(p.sensitiveAddress, false), updatedAt: p.updatedAt,
    prefectureCode: [(p)-[:LOCATED_IN]->(x:Prefecture) | x.code][0],
    areaCodes: [(p)-[:SERVES_AREA]->(x:Prefecture) | x.code],
    domainCodes: [(p)-[:SERVES]->(x:SupportDomain) | x.code],
    languageCodes: [(p)-[:OFFERS_LANGUAGE]->(x:Language) | x.code],
    statusCodes: [(p)-[:ACCEPTS_STATUS]->(x:StatusOfResidence) | x.code],
    parent: [(p)-[:MEMBER_OF]->(m:Partner) | m { .id, .hsdsOrganizationId }][0] }`;

export interface ExportCounts {
  partners: number;
  synthetic: number;
  sensitive: number;
}

export interface ExistingPartner {
  id: string;
  hsdsOrganizationId: string | null;
}

export class HsdsRepository {
  constructor(private readonly graph: Graph) {}

  /** One batch of partners in id order after `afterId` (keyset paging keeps memory flat). */
  async exportBatch(
    afterId: string | null,
    limit: number,
    includeSynthetic: boolean,
  ): Promise<PartnerExportRow[]> {
    const rows = await this.graph.readRows<{ row: PartnerExportRow }>(
      `MATCH (p:Partner)
       WHERE ($afterId IS NULL OR p.id > $afterId)
         AND ($includeSynthetic OR coalesce(p.synthetic, false) = false)
       WITH p ORDER BY p.id LIMIT toInteger($limit)
       RETURN ${EXPORT_PROJECTION} AS row`,
      { afterId, limit, includeSynthetic },
    );
    return rows.map((r) => r.row);
  }

  async exportCounts(): Promise<ExportCounts> {
    const rows = await this.graph.readRows<ExportCounts>(
      `MATCH (p:Partner)
       RETURN count(p) AS partners,
              count(CASE WHEN coalesce(p.synthetic, false) THEN 1 END) AS synthetic,
              count(CASE WHEN coalesce(p.sensitiveAddress, false) THEN 1 END) AS sensitive`,
    );
    return rows[0] ?? { partners: 0, synthetic: 0, sensitive: 0 };
  }

  /** Which of these partners exist, and which partners carry these HSDS organization ids (parents). */
  async lookup(tx: GraphTx, ids: string[], parentHsdsIds: string[]) {
    const row = await tx.one<{ existing: string[]; parents: ExistingPartner[] }>(
      `CALL () { MATCH (p:Partner) WHERE p.id IN $ids RETURN collect(p.id) AS existing }
       CALL () { MATCH (m:Partner) WHERE m.hsdsOrganizationId IN $parentHsdsIds
                 RETURN collect(m { .id, .hsdsOrganizationId }) AS parents }
       RETURN existing, parents`,
      { ids, parentHsdsIds },
    );
    return row ?? { existing: [], parents: [] };
  }

  /**
   * Upserts partners by id in the caller's transaction: mapped properties are replaced, SERVES,
   * OFFERS_LANGUAGE, ACCEPTS_STATUS and SERVES_AREA are replaced, LOCATED_IN and MEMBER_OF only when
   * the document names them. `synthetic`, `sensitiveAddress` and verification are never set by an import.
   */
  async upsertPartners(
    tx: GraphTx,
    partners: (PartnerImport & { parentId: string | null })[],
  ): Promise<number> {
    const rows = partners.map((p) => ({
      id: p.id,
      kind: p.kind,
      props: p.props,
      prefectureCode: p.prefectureCode,
      areaCodes: p.areaCodes,
      domainCodes: p.domainCodes,
      languageCodes: p.languageCodes,
      statusCodes: p.statusCodes,
      parentId: p.parentId,
    }));
    const result = await tx.one<{ written: number }>(
      `UNWIND $rows AS row
       MERGE (p:Partner {id: row.id})
       ON CREATE SET p.createdAt = datetime(), p.synthetic = false, p.reference = false,
                     p.sensitiveAddress = false, p.verifiedByIsa = false, p.kind = $defaultKind
       SET p += row.props, p.kind = coalesce(row.kind, p.kind), p.updatedAt = datetime(),
           p.importedFrom = 'HSDS', p.importedAt = datetime()
       WITH p, row
       CALL (p) { MATCH (p)-[r:SERVES|OFFERS_LANGUAGE|ACCEPTS_STATUS|SERVES_AREA]->() DELETE r }
       CALL (p, row) { UNWIND row.domainCodes AS code MATCH (x:SupportDomain {code: code}) MERGE (p)-[:SERVES]->(x) }
       CALL (p, row) { UNWIND row.languageCodes AS code MATCH (x:Language {code: code}) MERGE (p)-[:OFFERS_LANGUAGE]->(x) }
       CALL (p, row) { UNWIND row.statusCodes AS code MATCH (x:StatusOfResidence {code: code}) MERGE (p)-[:ACCEPTS_STATUS]->(x) }
       CALL (p, row) { UNWIND row.areaCodes AS code MATCH (x:Prefecture {code: code}) MERGE (p)-[:SERVES_AREA]->(x) }
       ${SET_PARTNER_LINK_MIRRORS}
       WITH p, row
       CALL (p, row) {
         MATCH (x:Prefecture {code: row.prefectureCode})
         OPTIONAL MATCH (p)-[old:LOCATED_IN]->(other) WHERE other <> x
         DELETE old MERGE (p)-[:LOCATED_IN]->(x) SET p.prefectureCode = x.code }
       CALL (p, row) {
         MATCH (m:Partner {id: row.parentId}) WHERE m <> p
         OPTIONAL MATCH (p)-[old:MEMBER_OF]->(other) WHERE other <> m
         DELETE old MERGE (p)-[:MEMBER_OF]->(m) }
       RETURN count(p) AS written`,
      { rows, defaultKind: DEFAULT_IMPORT_KIND },
    );
    return result?.written ?? 0;
  }
}
