import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Graph } from '../../db/graph.js';
import { NOTIFICATIONS, UNREAD_NOTICES } from './cypher.js';
import type { StoredKind } from './store.js';
import {
  UNREAD_COUNT_BOOKKEEPING,
  listedCountsFor,
  type AudienceKey,
  type UnreadBookkeeping,
} from '../bulletin/listed-counts.js';

export interface NotificationRow {
  id: string;
  kind: 'NEW_NOTICE' | 'ACKNOWLEDGEMENT_DUE' | 'QA_REPLY' | StoredKind;
  at: string;
  read: boolean;
  noticeId: string | null;
  noticeTitle: string | null;
  threadId: string | null;
  threadTitle: string | null;
  actorName: string | null;
  subjectTitle: string | null;
  link: string | null;
}

/** The counts behind the navigation badges, fetched together in one statement. */
export interface ViewerBadges {
  unreadNoticeCount: number;
  unreadNotificationCount: number;
  noticeFeedActive: boolean;
}

/** Ids of notifications to mark read, split by where their read state lives. */
export interface ReadMarks {
  stored: string[];
  newNotices: string[];
  acknowledgements: { noticeId: string; version: number }[];
}

const sha256 = (token: string) => createHash('sha256').update(token).digest('hex');

/** Feed tokens: 256 random bits, base64url; the graph keeps only the SHA-256. */
export const FEED_TOKEN = /^[A-Za-z0-9_-]{43}$/;

export class NotificationRepository {
  /** The repository lives for one request, so the three Viewer badge fields share one statement. */
  private badgesPromise?: Promise<ViewerBadges>;

  constructor(private readonly graph: Graph) {}

  badgesOnce(userId: string, audience?: AudienceKey): Promise<ViewerBadges> {
    this.badgesPromise ??= this.badges(userId, audience);
    return this.badgesPromise;
  }

  async page(
    userId: string,
    limit: number,
    after: [string, string] | null,
  ): Promise<{ unreadCount: number; page: NotificationRow[] }> {
    const row = await this.graph.readOne<{ unreadCount: number; page: NotificationRow[] }>(
      `${NOTIFICATIONS}
         RETURN size([i IN items WHERE NOT i.read]) AS unreadCount,
                [i IN items WHERE $afterAt IS NULL OR i.at < datetime($afterAt)
                   OR (i.at = datetime($afterAt) AND i.id < $afterId)][0..toInteger($limit)] AS page`,
      { userId, limit, afterAt: after?.[0] ?? null, afterId: after?.[1] ?? null },
    );
    return row ?? { unreadCount: 0, page: [] };
  }

  /** Unread notices, unread notifications and whether a feed token exists, in one statement. */
  async badges(userId: string, audience?: AudienceKey): Promise<ViewerBadges> {
    const counts = listedCountsFor(this.graph);
    const row = await this.graph.readOne<ViewerBadges & UnreadBookkeeping>(
      `${NOTIFICATIONS} ${UNREAD_NOTICES}
         RETURN unreadNoticeCount, size([i IN items WHERE NOT i.read]) AS unreadNotificationCount,
                EXISTS { (u)-[:HAS_FEED_TOKEN]->(:FeedToken) } AS noticeFeedActive, ${UNREAD_COUNT_BOOKKEEPING}`,
      { ...counts.params(userId, audience), userId },
    );
    if (!row) return { unreadNoticeCount: 0, unreadNotificationCount: 0, noticeFeedActive: false };
    counts.remember(userId, audience, row);
    const { unreadNoticeCount, unreadNotificationCount, noticeFeedActive } = row;
    return { unreadNoticeCount, unreadNotificationCount, noticeFeedActive };
  }

  async markRead(userId: string, all: boolean, marks: ReadMarks): Promise<void> {
    await this.graph.write((tx) =>
      tx.rows(
        `MATCH (u:User {id: $userId})
         FOREACH (_ IN CASE WHEN $all THEN [1] ELSE [] END | SET u.notificationsReadAt = datetime())
         WITH u
         CALL (u) {
           UNWIND $stored AS id
           MATCH (u)<-[:FOR]-(nt:Notification {id: id})
           SET nt.readAt = coalesce(nt.readAt, datetime())
         }
         CALL (u) {
           UNWIND $newNotices AS id
           MATCH (n:Notice {id: id})
           MERGE (u)-[d:DISMISSED {kind: 'NEW_NOTICE'}]->(n) ON CREATE SET d.at = datetime()
         }
         CALL (u) {
           UNWIND $acknowledgements AS ack
           MATCH (n:Notice {id: ack.noticeId})
           MERGE (u)-[d:DISMISSED {kind: 'ACKNOWLEDGEMENT_DUE'}]->(n)
           SET d.at = datetime(), d.version = ack.version
         }
         RETURN u.id`,
        { userId, all, ...marks },
      ),
    );
  }

  /** Replaces the viewer's feed token with a new one (returned once), or removes it. */
  async replaceFeedToken(userId: string, revoke: boolean): Promise<string | null> {
    const token = revoke ? null : randomBytes(32).toString('base64url');
    await this.graph.write((tx) =>
      tx.rows(
        `MATCH (u:User {id: $userId})
         OPTIONAL MATCH (u)-[:HAS_FEED_TOKEN]->(old:FeedToken)
         DETACH DELETE old
         WITH DISTINCT u
         FOREACH (_ IN CASE WHEN $tokenHash IS NULL THEN [] ELSE [1] END |
           CREATE (u)-[:HAS_FEED_TOKEN]->(:FeedToken {id: $id, tokenHash: $tokenHash, createdAt: datetime()}))
         RETURN u.id`,
        { userId, id: randomUUID(), tokenHash: token ? sha256(token) : null },
      ),
    );
    return token;
  }

  /** The account a feed token belongs to, or null (unknown or revoked). */
  async userForFeedToken(token: string): Promise<string | null> {
    if (!FEED_TOKEN.test(token)) return null;
    const row = await this.graph.readOne<{ id: string }>(
      'MATCH (u:User)-[:HAS_FEED_TOKEN]->(:FeedToken {tokenHash: $hash}) RETURN u.id AS id',
      { hash: sha256(token) },
    );
    return row?.id ?? null;
  }
}
