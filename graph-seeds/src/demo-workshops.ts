import type { Graph } from '../../api/src/db/graph.js';

/**
 * Demo data of the workshops capability (synthetic, marked 【デモ】): an upcoming workshop organized by the
 * demo organizer with a full house and a waitlist (the demo coordinator is not registered, so they can try),
 * and a past one the demo coordinator attended, with groups, attendance, workshop peer links, an approved
 * case material and a published insight. Idempotent: fixed ids, MERGE; times move with the clock.
 */
const UPCOMING = 'demo-workshop-upcoming';
const PAST = 'demo-workshop-past';
const UPCOMING_REGISTRANTS = Array.from(
  { length: 12 },
  (_, i) => `syn-coord-${String(i + 10).padStart(6, '0')}`,
);
const PAST_ATTENDEES = ['demo-coordinator', 'syn-coord-000030', 'syn-coord-000031', 'syn-coord-000032'];

const CASE = {
  id: 'demo-case-material-1',
  title: '【デモ】技能実習生の残業代未払い：監督署と通訳の連携',
  background: '【架空】30代の技能実習生Aさん。北関東の工場で勤務。',
  problem: '数か月分の残業代が支払われず、監理団体にも相談しにくい状況だった。',
  response: '労働基準監督署への相談に同行し、ベトナム語の通訳者を事前に手配した。',
  outcome: '2025年春に未払い分が支払われ、就労を継続できた。',
  lessons: '監督署への同行は早い段階で。通訳の手配を先にすると聞き取りが一度で済む。',
};

const INSIGHT = {
  id: 'demo-insight-1',
  title: '【デモ】賃金未払いの相談は、通訳を先に手配して監督署へ同行する',
  lesson:
    '【架空】研究会で共有された事例から：残業代の未払いは、通訳を先に手配してから労働基準監督署に同行すると、聞き取りが一度で済み解決が早かった。監理団体への相談をためらう場合も、監督署の窓口は直接相談を受け付ける。',
  domainCodes: ['WRK-CND'],
  bureauCode: null,
};

export async function loadDemoWorkshops(graph: Graph): Promise<void> {
  await graph.write(async (tx) => {
    await tx.rows(
      `MATCH (org:User {id: 'demo-user-organizer'})
       MERGE (w:Workshop {id: $upcoming})
       ON CREATE SET w.createdAt = datetime()
       SET w.title = '【デモ】北関東・労働相談の事例研究会', w.synthetic = true,
           w.description = '【架空】労働条件の相談事例を持ち寄り、地域を越えて対応を学び合います。',
           w.themeCodes = ['WRK-CND', 'RES-STS'], w.format = 'HYBRID', w.venue = '【デモ】前橋市内の研修室',
           w.onlineUrl = 'https://meet.example/demo-workshop', w.prefectureCode = '10', w.capacity = 10,
           w.eligibility = 'CERTIFICATE_VALID',
           w.startsAt = datetime.truncate('hour', datetime()) + duration('P21DT1H'),
           w.endsAt = datetime.truncate('hour', datetime()) + duration('P21DT4H'),
           w.registrationOpensAt = datetime.truncate('day', datetime()) - duration('P7D'),
           w.registrationClosesAt = datetime.truncate('hour', datetime()) + duration('P14D'),
           w.updatedAt = datetime(), w.registrationSeq = size($registrants)
       MERGE (org)-[:ORGANIZES]->(w)
       MERGE (org)-[:FACILITATES]->(w)
       WITH w
       UNWIND range(0, size($registrants) - 1) AS i
       MATCH (c:Coordinator {id: $registrants[i]})
       MERGE (c)-[r:REGISTERED]->(w)
       ON CREATE SET r.seq = i + 1, r.registeredAt = datetime() - duration({hours: 48 - i}),
                     r.status = CASE WHEN i < w.capacity THEN 'CONFIRMED' ELSE 'WAITLISTED' END,
                     r.peerConsent = i % 3 <> 0`,
      { upcoming: UPCOMING, registrants: UPCOMING_REGISTRANTS },
    );
    await tx.rows(
      `MATCH (org:User {id: 'demo-user-organizer'})
       MERGE (w:Workshop {id: $past})
       ON CREATE SET w.createdAt = datetime()
       SET w.title = '【デモ】多文化共生・在留手続の事例研究会（終了）', w.synthetic = true,
           w.description = '【架空】在留手続と就労の相談事例を共有しました。',
           w.themeCodes = ['WRK-CND', 'RES-STS'], w.format = 'ONLINE', w.venue = null,
           w.onlineUrl = 'https://meet.example/demo-past', w.prefectureCode = null, w.capacity = 20,
           w.eligibility = 'ANY_GRADUATE',
           w.startsAt = datetime.truncate('day', datetime()) - duration('P14D') + duration('PT4H'),
           w.endsAt = datetime.truncate('day', datetime()) - duration('P14D') + duration('PT7H'),
           w.registrationOpensAt = datetime.truncate('day', datetime()) - duration('P45D'),
           w.registrationClosesAt = datetime.truncate('day', datetime()) - duration('P15D'),
           w.attendanceRecordedAt = coalesce(w.attendanceRecordedAt, datetime() - duration('P13D')),
           w.updatedAt = datetime(), w.registrationSeq = size($attendees)
       MERGE (org)-[:ORGANIZES]->(w)
       MERGE (org)-[:FACILITATES]->(w)
       MERGE (g:WorkshopGroup {id: 'demo-workshop-past-group-1'}) SET g.number = 1
       MERGE (g)-[:GROUP_OF]->(w)
       MERGE (g)-[:FACILITATED_BY]->(org)
       WITH w, g
       UNWIND range(0, size($attendees) - 1) AS i
       MATCH (c:Coordinator {id: $attendees[i]})
       MERGE (c)-[r:REGISTERED]->(w)
       ON CREATE SET r.seq = i + 1, r.registeredAt = datetime() - duration('P30D'), r.status = 'CONFIRMED',
                     r.peerConsent = true
       MERGE (c)-[a:ATTENDED]->(w) ON CREATE SET a.at = w.startsAt
       MERGE (c)-[:IN_GROUP]->(g)
       WITH w, collect(c) AS people
       UNWIND people AS a UNWIND people AS b
       WITH w, a, b WHERE a.id < b.id
       MERGE (a)-[p:PEER_OF]-(b)
       ON CREATE SET p.via = 'WORKSHOP', p.workshopId = w.id, p.since = w.endsAt, p.synthetic = true`,
      { past: PAST, attendees: PAST_ATTENDEES },
    );
    await tx.rows(
      `MATCH (w:Workshop {id: $past}), (author:User {id: 'demo-user-coordinator'}), (org:User {id: 'demo-user-organizer'})
       MERGE (m:CaseMaterial {id: $material.id})
       ON CREATE SET m.createdAt = datetime() - duration('P15D')
       SET m.title = $material.title, m.background = $material.background, m.problem = $material.problem,
           m.response = $material.response, m.outcome = $material.outcome, m.lessons = $material.lessons,
           m.status = 'APPROVED', m.submittedAt = coalesce(m.submittedAt, datetime() - duration('P15D')),
           m.reviewedAt = coalesce(m.reviewedAt, datetime() - duration('P14D')), m.reviewComment = null,
           m.confirmedFlags = [], m.synthetic = true
       MERGE (author)-[:SUBMITTED]->(m)
       MERGE (m)-[:FOR_WORKSHOP]->(w)
       MERGE (i:KnowledgeInsight {id: $insight.id})
       ON CREATE SET i.createdAt = datetime() - duration('P12D')
       SET i.title = $insight.title, i.lesson = $insight.lesson, i.domainCodes = $insight.domainCodes,
           i.bureauCode = $insight.bureauCode, i.confirmedFlags = [], i.synthetic = true
       MERGE (org)-[:PUBLISHED]->(i)
       MERGE (i)-[:FROM_WORKSHOP]->(w)`,
      { past: PAST, material: CASE, insight: INSIGHT },
    );
  });
}
