import { READER, READ_SET, listedFor } from '../bulletin/cypher.js';
import { UNREAD_COUNT } from '../bulletin/listed-counts.js';
import { STORED_KINDS } from './store.js';

// The notification list is derived where it can be: notice notifications come from the notices
// themselves (so a scheduled notice "arrives" at its publish time without a scheduler, and audience
// changes apply at once); Q&A replies and the other capabilities' notifications (store.ts) are stored
// as (:Notification) nodes. See docs/bulletin.md.

/** New notices stop being news after this many days. */
export const NEW_NOTICE_DAYS = 30;

/** Binds `item` rows (one per notification of u, with `read`); needs READER's bindings. */
const ITEMS = `
  CALL (u, prefCode, bureauCode, isAdmin) {
    MATCH (u)<-[:FOR]-(nt:Notification {kind: 'QA_REPLY'})-[:ABOUT]->(r:QaReply)-[:REPLY_TO]->(t:QaThread),
          (ra:User)-[:POSTED]->(r)
    WHERE r.deletedAt IS NULL AND r.hiddenAt IS NULL AND t.deletedAt IS NULL
    RETURN {id: nt.id, kind: 'QA_REPLY', at: nt.at, threadId: t.id, threadTitle: t.title, actorName: ra.displayName,
            noticeId: null, noticeTitle: null, subjectTitle: null, link: null,
            read: nt.readAt IS NOT NULL OR coalesce(nt.at <= u.notificationsReadAt, false)} AS item
    UNION
    MATCH (u)<-[:FOR]-(nt:Notification) WHERE nt.kind IN ${JSON.stringify(STORED_KINDS)}
    RETURN {id: nt.id, kind: nt.kind, at: nt.at, subjectTitle: nt.subjectTitle, link: nt.link,
            noticeId: null, noticeTitle: null, threadId: null, threadTitle: null, actorName: nt.actorName,
            read: nt.readAt IS NOT NULL OR coalesce(nt.at <= u.notificationsReadAt, false)} AS item
    UNION
    MATCH (n:Notice) WHERE NOT isAdmin AND n.importance = 'NORMAL' AND ${listedFor('n')}
      AND n.publishAt >= datetime() - duration({days: ${NEW_NOTICE_DAYS}})
    RETURN {id: 'notice-new:' + n.id, kind: 'NEW_NOTICE', at: n.publishAt, noticeId: n.id, noticeTitle: n.title,
            threadId: null, threadTitle: null, actorName: null, subjectTitle: null, link: null,
            read: EXISTS { (u)-[:READ]->(n) } OR EXISTS { (u)-[:DISMISSED {kind: 'NEW_NOTICE'}]->(n) }
                  OR coalesce(n.publishAt <= u.notificationsReadAt, false)} AS item
    UNION
    MATCH (n:Notice) WHERE NOT isAdmin AND n.importance = 'REQUIRES_ACKNOWLEDGEMENT' AND ${listedFor('n')}
      AND NOT EXISTS { (u)-[a:ACKNOWLEDGED]->(n) WHERE a.version = n.version }
    WITH u, n, CASE WHEN n.versionAt > n.publishAt THEN n.versionAt ELSE n.publishAt END AS at
    RETURN {id: 'notice-ack:' + n.id + ':' + toString(n.version), kind: 'ACKNOWLEDGEMENT_DUE', at: at,
            noticeId: n.id, noticeTitle: n.title, threadId: null, threadTitle: null, actorName: null,
            subjectTitle: null, link: null,
            read: EXISTS { (u)-[d:DISMISSED {kind: 'ACKNOWLEDGEMENT_DUE'}]->(n) WHERE d.version = n.version }
                  OR coalesce(at <= u.notificationsReadAt, false)} AS item
  }`;

/** Binds READER's variables and `items`: all of u's notifications, newest first. */
export const NOTIFICATIONS = `${READER} ${ITEMS}
  WITH u, prefCode, bureauCode, isAdmin, item ORDER BY item.at DESC, item.id DESC
  WITH u, prefCode, bureauCode, isAdmin, collect(item) AS items`;

/** Binds unreadNoticeCount (the same count as the bulletin list's) and the listed-count bookkeeping. */
export const UNREAD_NOTICES = `${READ_SET} ${UNREAD_COUNT} WITH *, unreadCount AS unreadNoticeCount`;
