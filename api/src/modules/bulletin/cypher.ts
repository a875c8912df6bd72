// Cypher fragments shared by the bulletin queries. They are constants (never built from input):
// READER binds the viewer `u` with the region they read as; the predicates take a notice `n`.

/** Binds u, prefCode, bureauCode, isAdmin for $userId. A coordinator reads as their workplace's prefecture. */
export const READER = `
  MATCH (u:User {id: $userId})
  OPTIONAL MATCH (u)-[:ACTS_AS]->(:Coordinator)-[:WORKS_IN]->(wp:Prefecture)
  OPTIONAL MATCH (u)-[:HOME_PREFECTURE]->(hp:Prefecture)
  WITH u, coalesce(wp, hp) AS readerPref LIMIT 1
  OPTIONAL MATCH (readerPref)-[:UNDER_BUREAU]->(readerBureau:Bureau)
  WITH u, readerPref.code AS prefCode, readerBureau.code AS bureauCode, u.role = 'ISA_ADMIN' AS isAdmin`;

export const inAudience = (n: string) => `
  ((size(${n}.audienceRoles) = 0 OR u.role IN ${n}.audienceRoles)
   AND (${n}.audienceAll OR prefCode IN ${n}.audiencePrefectures OR bureauCode IN ${n}.audienceBureaus))`;

export const isPublished = (n: string) =>
  `(${n}.publishAt IS NOT NULL AND ${n}.publishAt <= datetime() AND ${n}.archivedAt IS NULL)`;

/** By id, a reader sees published or archived notices of their audience; ISA sees everything. */
export const visibleById = (n: string) =>
  `(isAdmin OR (${n}.publishAt IS NOT NULL AND ${n}.publishAt <= datetime() AND ${inAudience(n)}))`;

/** In lists and counts, a reader sees published notices of their audience; ISA sees all published ones. */
export const listedFor = (n: string) => `(${isPublished(n)} AND (isAdmin OR ${inAudience(n)}))`;

/** Binds readNotices: the notices whose current version u has read (a few dozen, so membership is cheap). */
export const READ_SET = `
  CALL (u) {
    OPTIONAL MATCH (u)-[r:READ]->(m:Notice) WHERE r.version = m.version
    RETURN collect(m) AS readNotices
  }`;

/** The notice `n` as the viewer `u` sees it (needs isAdmin in scope). */
export const NOTICE_PROJECTION = `
  n { .id, .title, .body, .category, .effectiveDate, .importance, .audienceAll, .audienceBureaus,
      .audiencePrefectures, .audienceRoles, .pinnedUntil, .attachmentTitles, .attachmentUrls,
      .publishAt, .archivedAt, .version, .updatedAt, .updateSummary, .createdAt,
      authorName: coalesce([(author:User)-[:AUTHORED]->(n) | author.displayName][0], ''),
      readVersion: [(u)-[r:READ]->(n) | r.version][0],
      readAt: [(u)-[r:READ]->(n) WHERE r.version = n.version | r.at][0],
      acknowledgedAt: [(u)-[a:ACKNOWLEDGED]->(n) WHERE a.version = n.version | a.at][0],
      history: CASE WHEN isAdmin THEN [(rev:NoticeRevision)-[:OF]->(n) | rev { .at, .summary, .substantive, .version, .fields,
                 by: coalesce([(m:User)-[:MADE]->(rev) | m.displayName][0], '') }] END }`;
