import type { Graph } from '../../../api/src/db/graph.js';
import { SET_PARTNER_LINK_MIRRORS } from '../../../api/src/modules/directory/partner-mirrors.js';
import { createProgress } from '../progress.js';
import { countRelationships, type SyntheticDataset } from './generate.js';

const BATCH = 5_000;

// Each statement takes a batch of rows; relationships are CREATEd because a data set is only ever
// loaded into a graph that does not have it yet (see loadSyntheticDataset).
const STATEMENTS = {
  coordinators: `
    UNWIND $rows AS r
    CREATE (c:Coordinator {id: r.id, displayName: r.displayName, nameJa: r.nameJa, nameEn: r.nameEn,
                           email: r.email, cohort: r.cohort, synthetic: true})
    WITH c, r MATCH (pref:Prefecture {code: r.prefecture}) CREATE (c)-[:WORKS_IN]->(pref)
    WITH c, r CALL (c, r) { UNWIND r.languages AS code MATCH (l:Language {code: code}) CREATE (c)-[:SPEAKS]->(l) }
    WITH c, r CALL (c, r) { UNWIND r.domains AS code MATCH (d:SupportDomain {code: code}) CREATE (c)-[:EXPERT_IN]->(d) }`,
  partners: `
    UNWIND $rows AS r
    CREATE (p:Partner {id: r.id, name: r.name, alternateName: r.alternateName, kind: r.kind,
                       description: r.description, nationwide: r.nationwide, remote: r.remote,
                       synthetic: true, verifiedByIsa: r.verifiedByIsa, url: r.url, email: r.email,
                       phones: r.phones, postalCode: r.postalCode, municipality: r.municipality,
                       addressLine: r.addressLine, latitude: r.latitude, longitude: r.longitude,
                       openingHours: r.openingHours, fees: r.fees, eligibility: r.eligibility,
                       remoteModes: r.remoteModes, sensitiveAddress: r.sensitiveAddress,
                       nameKey: r.nameKey, phoneKeys: r.phoneKeys, urlKey: r.urlKey,
                       createdAt: datetime() - duration({days: r.createdDaysAgo}),
                       updatedAt: datetime() - duration({days: r.lastConfirmedDaysAgo}),
                       lastConfirmedAt: datetime() - duration({days: r.lastConfirmedDaysAgo}),
                       verifiedAt: CASE WHEN r.verifiedDaysAgo IS NULL THEN null
                                        ELSE datetime() - duration({days: r.verifiedDaysAgo}) END})
    WITH p, r CALL (p, r) { MATCH (pref:Prefecture {code: r.prefecture}) CREATE (p)-[:LOCATED_IN]->(pref) SET p.prefectureCode = pref.code }
    WITH p, r CALL (p, r) { UNWIND r.domains AS code MATCH (d:SupportDomain {code: code}) CREATE (p)-[:SERVES]->(d) }
    WITH p, r CALL (p, r) { UNWIND r.languages AS code MATCH (l:Language {code: code}) CREATE (p)-[:OFFERS_LANGUAGE]->(l) }
    WITH p, r CALL (p, r) { UNWIND r.serviceArea AS code MATCH (x:Prefecture {code: code}) CREATE (p)-[:SERVES_AREA]->(x) }
    WITH p, r CALL (p, r) { UNWIND r.acceptedStatuses AS code MATCH (s:StatusOfResidence {code: code}) CREATE (p)-[:ACCEPTS_STATUS]->(s) }
    WITH p ${SET_PARTNER_LINK_MIRRORS}`,
  referrals: `
    UNWIND $rows AS r
    MATCH (c:Coordinator {id: r.c}), (p:Partner {id: r.p})
    CREATE (c)-[:REFERRED {id: r.id, date: date(r.date), domain: r.domain, language: r.language, outcome: r.outcome, synthetic: true}]->(p)`,
  endorsements: `
    UNWIND $rows AS r
    MATCH (c:Coordinator {id: r.c}), (p:Partner {id: r.p})
    CREATE (c)-[:ENDORSED {note: r.note, date: date(r.date), synthetic: true}]->(p)`,
  peers: `
    UNWIND $rows AS r
    MATCH (a:Coordinator {id: r.a}), (b:Coordinator {id: r.b})
    CREATE (a)-[:PEER_OF {via: r.via, synthetic: true}]->(b)`,
} as const;

export interface LoadReport {
  nodes: number;
  relationships: number;
  seconds: number;
}

/** Writes the data set in batches of 5,000 rows, one transaction per batch, with a progress bar per kind. */
export async function writeSyntheticDataset(graph: Graph, data: SyntheticDataset): Promise<LoadReport> {
  const started = Date.now();
  for (const kind of Object.keys(STATEMENTS) as (keyof typeof STATEMENTS)[]) {
    const rows = data[kind] as unknown[];
    const progress = createProgress(kind, rows.length);
    for (let i = 0; i < rows.length; i += BATCH) {
      await graph.writeRows(STATEMENTS[kind], { rows: rows.slice(i, i + BATCH) });
      progress.update(Math.min(rows.length, i + BATCH));
    }
    progress.done();
  }
  return {
    nodes: data.coordinators.length + data.partners.length,
    relationships: countRelationships(data),
    seconds: (Date.now() - started) / 1000,
  };
}

/** Deletes every synthetic node and relationship, in batches (auto-commit CALL IN TRANSACTIONS). */
export async function deleteSyntheticData(graph: Graph): Promise<void> {
  await graph.runAutoCommit(
    `MATCH (n) WHERE (n:Coordinator OR n:Partner OR n:SyntheticDataset) AND n.synthetic = true
     CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 2000 ROWS`,
  );
}
