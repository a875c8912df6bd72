// Cypher fragments of the workshops capability: constants, never built from input.
// Bindings: `w` the workshop, `me` the viewing User, `mc` the viewer's Coordinator (may be null).

export const VIEWER = `MATCH (me:User {id: $userId}) OPTIONAL MATCH (me)-[:ACTS_AS]->(mc:Coordinator)`;

/** A person `u` as others see them. */
export const person = (u: string) => `${u} { .id, displayName: coalesce(${u}.displayName, '') }`;

/** The coordinator `c` as organizers see them in a roster or group. */
export const participant = (c: string) => `${c} { .id,
  displayName: coalesce(${c}.displayName, ${c}.nameKanji, ${c}.nameJa, ''),
  prefectureCode: [(${c})-[:WORKS_IN]->(wp:Prefecture) | wp.code][0],
  domainCodes: [(${c})-[:EXPERT_IN]->(d:SupportDomain) | d.code] }`;

/** The registration `r` of coordinator `c` for workshop `w`, with its live waitlist position and group. */
export const registration = (c: string, r: string) => `{
  participant: ${participant(c)}, status: ${r}.status, seq: ${r}.seq, registeredAt: ${r}.registeredAt,
  cancelledAt: ${r}.cancelledAt, peerConsent: coalesce(${r}.peerConsent, false),
  attended: EXISTS { (${c})-[:ATTENDED]->(w) },
  waitlistPosition: CASE WHEN ${r}.status = 'WAITLISTED'
    THEN COUNT { (:Coordinator)-[o:REGISTERED {status: 'WAITLISTED'}]->(w) WHERE o.seq <= ${r}.seq } END,
  groupNumber: [(${c})-[:IN_GROUP]->(g:WorkshopGroup)-[:GROUP_OF]->(w) | g.number][0] }`;

/** The workshop `w` as `me` (and `mc`) see it, with counts, people, the viewer's registration and groups. */
export const WORKSHOP_PROJECTION = `w { .id, .title, .description, .themeCodes, .format, .startsAt, .endsAt,
  .venue, .onlineUrl, .prefectureCode, .capacity, .registrationOpensAt, .registrationClosesAt, .eligibility,
  .attendanceRecordedAt,
  confirmedCount: COUNT { (:Coordinator)-[:REGISTERED {status: 'CONFIRMED'}]->(w) },
  waitlistCount: COUNT { (:Coordinator)-[:REGISTERED {status: 'WAITLISTED'}]->(w) },
  organizers: [(o:User)-[:ORGANIZES]->(w) | ${person('o')}],
  facilitators: [(f:User)-[:FACILITATES]->(w) | ${person('f')}],
  facilitatorEmails: [(f:User)-[:FACILITATES]->(w) | f.email],
  viewerIsOrganizer: EXISTS { (me)-[:ORGANIZES]->(w) },
  viewerIsFacilitator: EXISTS { (me)-[:FACILITATES]->(w) },
  myRegistration: [(mc)-[mr:REGISTERED]->(w) | ${registration('mc', 'mr')}][0],
  groups: [(g:WorkshopGroup)-[:GROUP_OF]->(w) | g { .id, .number,
    facilitator: [(g)-[:FACILITATED_BY]->(gf:User) | ${person('gf')}][0],
    members: [(gc:Coordinator)-[:IN_GROUP]->(g) | ${participant('gc')}] }] }`;

/** Status order of a roster: seats, then the waitlist, then cancellations. */
export const STATUS_RANK = `CASE r.status WHEN 'CONFIRMED' THEN 0 WHEN 'WAITLISTED' THEN 1 ELSE 2 END`;
