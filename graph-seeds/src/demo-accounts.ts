import type { Graph } from '../../api/src/db/graph.js';
import { hashPassword } from '../../api/src/modules/auth/passwords.js';

/** Demo sign-ins that `npm start` prints; synthetic people, reserved example.* domain. */
export const DEMO_PASSWORD = 'tsunagu-demo-2026';

export const DEMO_ACCOUNTS = [
  {
    id: 'demo-user-coordinator',
    email: 'coordinator@demo.tsunagu.example',
    role: 'COORDINATOR',
    displayName: '【デモ】群馬 コーディネーター',
    prefecture: '10',
  },
  {
    id: 'demo-user-isa',
    email: 'isa@demo.tsunagu.example',
    role: 'ISA_ADMIN',
    displayName: '【デモ】入管庁 管理者',
    prefecture: '13',
  },
  {
    id: 'demo-user-organizer',
    email: 'organizer@demo.tsunagu.example',
    role: 'WORKSHOP_ORGANIZER',
    displayName: '【デモ】研究会 主催者',
    prefecture: '27',
  },
  {
    id: 'demo-user-localgov',
    email: 'localgov@demo.tsunagu.example',
    role: 'LOCAL_GOV',
    displayName: '【デモ】自治体 職員',
    prefecture: '10',
  },
] as const;

/**
 * Creates (or refreshes) the demo accounts; the coordinator account acts as a synthetic
 * Coordinator in Gunma with peer links to synthetic coordinators, when those exist.
 */
export async function loadDemoAccounts(graph: Graph): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await graph.write(async (tx) => {
    await tx.rows(
      `UNWIND $rows AS r
       MERGE (u:User {email: r.email})
       ON CREATE SET u.id = r.id, u.createdAt = datetime(), u.passwordHash = $passwordHash
       SET u.role = r.role, u.displayName = r.displayName, u.locale = 'ja', u.synthetic = true,
           u.failedSignIns = 0, u.lockedUntil = null
       WITH u, r MATCH (p:Prefecture {code: r.prefecture})
       MERGE (u)-[:HOME_PREFECTURE]->(p)`,
      { rows: DEMO_ACCOUNTS, passwordHash },
    );
    await tx.rows(
      `MATCH (u:User {id: 'demo-user-coordinator'}), (pref:Prefecture {code: '10'})
       MERGE (c:Coordinator {id: 'demo-coordinator'})
       SET c.displayName = '【デモ】群馬 コーディネーター', c.nameJa = 'デモ 調整員',
           c.nameEn = 'Demo Coordinator [synthetic]', c.email = 'coordinator@demo.tsunagu.example',
           c.cohort = 2024, c.synthetic = true,
           c.nameKanji = '【デモ】群馬 コーディネーター', c.affiliation = '【デモ】群馬県多文化共生センター',
           c.certificateNumber = 'DEMO-2024-0001', c.certificateIssuedOn = date('2024-04-01'),
           c.certificateExpiresOn = date('2027-03-31')
       MERGE (u)-[:ACTS_AS]->(c)
       MERGE (c)-[:WORKS_IN]->(pref)
       WITH c
       UNWIND ['ja', 'pt', 'vi'] AS code MATCH (l:Language {code: code}) MERGE (c)-[:SPEAKS]->(l)
       WITH DISTINCT c
       UNWIND ['WRK-CND', 'RES-STS', 'EDU-SCH'] AS code MATCH (d:SupportDomain {code: code}) MERGE (c)-[:EXPERT_IN]->(d)`,
    );
    await tx.rows(
      `MATCH (c:Coordinator {id: 'demo-coordinator'})
       MATCH (peer:Coordinator) WHERE peer.id IN ['syn-coord-000001', 'syn-coord-000002', 'syn-coord-000003']
       MERGE (c)-[:PEER_OF {via: 'COHORT', synthetic: true}]->(peer)`,
    );
    // The demo's story: a peer of the demo coordinator resolved a case with a Vietnamese-speaking
    // labour-conditions partner in a bordering prefecture, so searching from Gunma shows why it
    // ranks there and who can introduce you.
    await tx.rows(
      `MATCH (peer:Coordinator {id: 'syn-coord-000001'})
       MATCH (p:Partner {synthetic: true})
       WHERE p.prefectureCode IN ['07', '09', '11', '15', '20']
         AND 'WRK-CND' IN p.domainCodes AND 'vi' IN p.languageCodes
       WITH peer, p ORDER BY p.prefectureCode, p.id LIMIT 1
       MERGE (peer)-[r:REFERRED {id: 'demo-story-referral'}]->(p)
       SET r.date = date('2026-10-14'), r.domain = 'WRK-CND', r.language = 'vi', r.outcome = 'RESOLVED',
           r.synthetic = true
       MERGE (peer)-[e:ENDORSED]->(p)
       SET e.note = '【架空】ベトナム語で未払い賃金の相談に丁寧に対応してくれました（デモ）。', e.date = date('2026-10-20'),
           e.synthetic = true`,
    );
  });
}
