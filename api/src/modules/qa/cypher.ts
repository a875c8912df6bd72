// Cypher fragments of the Q&A board: constants, never built from input. VIEWER binds `me` and `isAdmin`.

export const VIEWER = `MATCH (me:User {id: $userId}) WITH me, me.role = 'ISA_ADMIN' AS isAdmin`;

/** A post `p` written by `a` is shown unless deleted; a hidden one only to its author and to ISA. */
export const visible = (p: string, a: string) =>
  `(${p}.deletedAt IS NULL AND (${p}.hiddenAt IS NULL OR isAdmin OR ${a} = me))`;

const author = (a: string) => `{ id: ${a}.id, displayName: coalesce(${a}.displayName, ''),
  prefectureCode: coalesce([(${a})-[:ACTS_AS]->(:Coordinator)-[:WORKS_IN]->(wp:Prefecture) | wp.code][0],
                           [(${a})-[:HOME_PREFECTURE]->(hp:Prefecture) | hp.code][0]) }`;

/** The reply `r` by `ra` as `me` sees it. */
export const REPLY_PROJECTION = `r { .id, .body, .createdAt, .editedAt, .hiddenAt, .hiddenReason,
  author: ${author('ra')}, mine: ra = me,
  helpedCount: COUNT { (:User)-[:HELPED]->(r) }, helpedByMe: EXISTS { (me)-[:HELPED]->(r) } }`;

/** The thread `t` by `a` as `me` sees it, with the number of replies visible to `me`. */
export const THREAD_PROJECTION = `t { .id, .title, .body, .domainCodes, .prefectureCode, .bureauCode, .createdAt,
  .lastActivityAt, .editedAt, .hiddenAt, .hiddenReason, author: ${author('a')}, mine: a = me,
  replyCount: COUNT { MATCH (ra:User)-[:POSTED]->(r:QaReply)-[:REPLY_TO]->(t) WHERE ${visible('r', 'ra')} } }`;

/** Binds `page`: replies of thread `t` visible to `me`, oldest first, after the keyset ($afterAt, $afterId). */
export const REPLY_PAGE = `
  CALL (me, isAdmin, t) {
    OPTIONAL MATCH (ra:User)-[:POSTED]->(r:QaReply)-[:REPLY_TO]->(t)
    WHERE ${visible('r', 'ra')}
      AND ($afterAt IS NULL OR r.createdAt > datetime($afterAt) OR (r.createdAt = datetime($afterAt) AND r.id > $afterId))
    WITH me, ra, r ORDER BY r.createdAt, r.id LIMIT toInteger($limit)
    RETURN collect(${REPLY_PROJECTION}) AS page
  }`;
