import type { Graph } from '../../api/src/db/graph.js';
import { BACKFILL_HISTORY, SYNC_CURRENT } from '../../api/src/modules/certificates/cypher.js';
import {
  addDays,
  addMonths,
  CERTIFICATE_YEARS,
  japanToday,
} from '../../api/src/modules/graduates/certificate.js';

/**
 * Certificate demo (synthetic, 【デモ】): every seeded coordinator's dates become their first certificate;
 * the demo coordinator's certificate expires about five months from the seeding day (so the portal shows
 * "renewal due" and the reminder job sends the 6-month reminder), and a RENEWAL workshop by the demo
 * organizer is open for registration. Idempotent: fixed ids; the demo dates are reset only while the demo
 * coordinator has not renewed yet.
 */
export async function loadDemoCertificates(graph: Graph): Promise<void> {
  const expiresOn = addMonths(japanToday(), 5);
  // Valid from the day after expiry, three years earlier (expiry = the day before the third anniversary).
  const validFrom = addDays(addMonths(expiresOn, -12 * CERTIFICATE_YEARS), 1);
  await graph.write(async (tx) => {
    await tx.rows(
      `MATCH (c:Coordinator {id: 'demo-coordinator'})
       WHERE NOT EXISTS { (c)-[:HOLDS]->(:Certificate {kind: 'RENEWAL'}) }
       OPTIONAL MATCH (c)-[:HOLDS]->(k:Certificate {kind: 'PROGRAM'})
       SET c.certificateIssuedOn = date($validFrom), c.certificateExpiresOn = date($expiresOn),
           k.issuedOn = date($validFrom), k.validFrom = date($validFrom), k.expiresOn = date($expiresOn)`,
      { validFrom, expiresOn },
    );
    await tx.rows(BACKFILL_HISTORY, { numbers: null });
    // demo-accounts.ts rewrites the demo dates on every start; after a renewal the history decides.
    await tx.rows(`MATCH (c:Coordinator {id: 'demo-coordinator'}) ${SYNC_CURRENT}`);
    await tx.rows(
      `MATCH (org:User {id: 'demo-user-organizer'})
       MERGE (w:Workshop {id: 'demo-workshop-renewal'})
       ON CREATE SET w.createdAt = datetime(), w.registrationSeq = 0
       SET w.title = '【デモ】外国人支援コーディネーター 更新研修（オンライン）', w.synthetic = true,
           w.description = '【架空】認定の有効期間の最終年にある方（期限切れの方を含む）が対象の更新研修です。修了を入管庁が記録すると新しい認定証が発行されます。',
           w.themeCodes = ['RES-STS'], w.format = 'ONLINE', w.venue = null,
           w.onlineUrl = 'https://meet.example/demo-renewal', w.prefectureCode = null, w.capacity = 30,
           w.eligibility = 'RENEWAL',
           w.startsAt = datetime.truncate('hour', datetime()) + duration('P28DT1H'),
           w.endsAt = datetime.truncate('hour', datetime()) + duration('P28DT4H'),
           w.registrationOpensAt = datetime.truncate('day', datetime()) - duration('P3D'),
           w.registrationClosesAt = datetime.truncate('hour', datetime()) + duration('P21D'),
           w.updatedAt = datetime()
       MERGE (org)-[:ORGANIZES]->(w)
       MERGE (org)-[:FACILITATES]->(w)`,
    );
  });
}
