import { randomUUID } from 'node:crypto';
import type { Graph } from '../../db/graph.js';
import { REPLY_PAGE, REPLY_PROJECTION, THREAD_PROJECTION, VIEWER, visible } from './cypher.js';
import type { QaThreadProps } from './input.js';
import type { QaReplyRow, QaThreadRow } from './model.js';

export interface ThreadListArgs {
  userId: string;
  limit: number;
  after: [string, string] | null;
  domain?: string | null;
  prefecture?: string | null;
  bureau?: string | null;
  mine: boolean;
}

/** Who should hear about a new reply (null when the replier answered their own thread). */
export interface ReplyRecipient {
  email: string;
  displayName: string;
  threadTitle: string;
}

/** Why a write on a post found nothing: absent (or not visible) vs. visible but someone else's. */
export type PostAccess = 'MISSING' | 'NOT_OWN' | 'OWN';

const keyset = (after: [string, string] | null) => ({
  afterAt: after?.[0] ?? null,
  afterId: after?.[1] ?? null,
});

export class QaRepository {
  constructor(private readonly graph: Graph) {}

  async listThreads(args: ThreadListArgs): Promise<QaThreadRow[]> {
    return this.graph.read(async (tx) =>
      (
        await tx.rows<{ thread: QaThreadRow }>(
          `${VIEWER}
           MATCH (a:User)-[:POSTED]->(t:QaThread)
           WHERE ${visible('t', 'a')}
             AND ($domain IS NULL OR $domain IN t.domainCodes)
             AND ($prefecture IS NULL OR t.prefectureCode = $prefecture)
             AND ($bureau IS NULL OR t.bureauCode = $bureau)
             AND (NOT $mine OR a = me)
             AND ($afterAt IS NULL OR t.lastActivityAt < datetime($afterAt)
                  OR (t.lastActivityAt = datetime($afterAt) AND t.id < $afterId))
           WITH me, isAdmin, a, t ORDER BY t.lastActivityAt DESC, t.id DESC LIMIT toInteger($limit)
           RETURN ${THREAD_PROJECTION} AS thread`,
          {
            userId: args.userId,
            limit: args.limit,
            domain: args.domain ?? null,
            prefecture: args.prefecture ?? null,
            bureau: args.bureau ?? null,
            mine: args.mine,
            ...keyset(args.after),
          },
        )
      ).map((r) => r.thread),
    );
  }

  /** The thread with its first `replyLimit` replies, in one statement. */
  async threadWithReplies(userId: string, id: string, replyLimit: number): Promise<QaThreadRow | null> {
    const row = await this.graph.readOne<{ thread: QaThreadRow; page: QaReplyRow[] }>(
      `${VIEWER}
         MATCH (a:User)-[:POSTED]->(t:QaThread {id: $id}) WHERE ${visible('t', 'a')}
         ${REPLY_PAGE}
         RETURN ${THREAD_PROJECTION} AS thread, page`,
      { userId, id, limit: replyLimit, afterAt: null, afterId: null },
    );
    return row ? { ...row.thread, prefetchedReplies: row.page } : null;
  }

  async replies(userId: string, threadId: string, limit: number, after: [string, string] | null) {
    const row = await this.graph.readOne<{ page: QaReplyRow[] }>(
      `${VIEWER} MATCH (a:User)-[:POSTED]->(t:QaThread {id: $threadId}) WHERE ${visible('t', 'a')}
         ${REPLY_PAGE} RETURN page`,
      { userId, threadId, limit, ...keyset(after) },
    );
    return row?.page ?? [];
  }

  async createThread(userId: string, props: QaThreadProps): Promise<QaThreadRow> {
    const row = await this.graph.write((tx) =>
      tx.one<{ thread: QaThreadRow }>(
        `${VIEWER}
         CREATE (t:QaPost:QaThread {id: $id, createdAt: datetime(), updatedAt: datetime(), lastActivityAt: datetime()})
         SET t += $props
         CREATE (me)-[:POSTED]->(t)
         WITH me, isAdmin, me AS a, t
         RETURN ${THREAD_PROJECTION} AS thread`,
        { userId, id: randomUUID(), props },
      ),
    );
    return row!.thread;
  }

  async updateThread(userId: string, id: string, props: QaThreadProps): Promise<QaThreadRow | null> {
    const row = await this.graph.write((tx) =>
      tx.one<{ thread: QaThreadRow }>(
        `${VIEWER}
         MATCH (me)-[:POSTED]->(t:QaThread {id: $id}) WHERE t.deletedAt IS NULL
         SET t += $props, t.updatedAt = datetime(), t.editedAt = datetime()
         WITH me, isAdmin, me AS a, t
         RETURN ${THREAD_PROJECTION} AS thread`,
        { userId, id, props },
      ),
    );
    return row?.thread ?? null;
  }

  /**
   * Adds a reply to a thread the replier can see, moves the thread up, and notifies the thread's
   * author (not when answering oneself) — all in one transaction.
   */
  async createReply(
    userId: string,
    threadId: string,
    body: string,
  ): Promise<{ reply: QaReplyRow; recipient: ReplyRecipient | null } | null> {
    const row = await this.graph.write((tx) =>
      tx.one<{ reply: QaReplyRow; recipient: ReplyRecipient | null }>(
        `${VIEWER}
         MATCH (a:User)-[:POSTED]->(t:QaThread {id: $threadId}) WHERE ${visible('t', 'a')}
         CREATE (r:QaPost:QaReply {id: $id, body: $body, createdAt: datetime(), updatedAt: datetime()})-[:REPLY_TO]->(t)
         CREATE (me)-[:POSTED]->(r)
         SET t.lastActivityAt = r.createdAt
         FOREACH (_ IN CASE WHEN a <> me THEN [1] ELSE [] END |
           CREATE (a)<-[:FOR]-(:Notification {id: randomUUID(), kind: 'QA_REPLY', at: r.createdAt})-[:ABOUT]->(r))
         WITH me, isAdmin, me AS ra, r, a, t
         RETURN ${REPLY_PROJECTION} AS reply,
                CASE WHEN a <> me THEN {email: a.email, displayName: a.displayName, threadTitle: t.title} END AS recipient`,
        { userId, threadId, id: randomUUID(), body },
      ),
    );
    return row ?? null;
  }

  async updateReply(userId: string, id: string, body: string): Promise<QaReplyRow | null> {
    const row = await this.graph.write((tx) =>
      tx.one<{ reply: QaReplyRow }>(
        `${VIEWER}
         MATCH (me)-[:POSTED]->(r:QaReply {id: $id}) WHERE r.deletedAt IS NULL
         SET r.body = $body, r.updatedAt = datetime(), r.editedAt = datetime()
         WITH me, isAdmin, me AS ra, r
         RETURN ${REPLY_PROJECTION} AS reply`,
        { userId, id, body },
      ),
    );
    return row?.reply ?? null;
  }

  /** Soft delete of one's own post: the node stays (moderation history), nobody sees it. */
  async deletePost(userId: string, id: string): Promise<boolean> {
    const rows = await this.graph.write((tx) =>
      tx.rows(
        `MATCH (:User {id: $userId})-[:POSTED]->(p:QaPost {id: $id}) WHERE p.deletedAt IS NULL
         SET p.deletedAt = datetime() RETURN p.id`,
        { userId, id },
      ),
    );
    return rows.length > 0;
  }

  /** "This helped": one HELPED per person and reply (MERGE), never on one's own reply. */
  async markHelpful(userId: string, id: string): Promise<QaReplyRow | null> {
    const row = await this.graph.write((tx) =>
      tx.one<{ reply: QaReplyRow }>(
        `${VIEWER}
         MATCH (ra:User)-[:POSTED]->(r:QaReply {id: $id})-[:REPLY_TO]->(t:QaThread)<-[:POSTED]-(a:User)
         WHERE ${visible('r', 'ra')} AND ${visible('t', 'a')} AND ra <> me
         MERGE (me)-[h:HELPED]->(r) ON CREATE SET h.at = datetime()
         WITH me, isAdmin, ra, r
         RETURN ${REPLY_PROJECTION} AS reply`,
        { userId, id },
      ),
    );
    return row?.reply ?? null;
  }

  /** Hides (with a reason) or shows a post, recording who decided and why. */
  async moderate(
    userId: string,
    id: string,
    reason: string | null,
  ): Promise<{ id: string; hidden: boolean } | null> {
    const row = await this.graph.write((tx) =>
      tx.one<{ id: string; hidden: boolean }>(
        `MATCH (me:User {id: $userId}) MATCH (p:QaPost {id: $id}) WHERE p.deletedAt IS NULL
         SET p.hiddenAt = CASE WHEN $reason IS NULL THEN null ELSE datetime() END, p.hiddenReason = $reason
         CREATE (me)-[:MODERATED {at: datetime(), hide: $reason IS NOT NULL, reason: $reason}]->(p)
         RETURN p.id AS id, p.hiddenAt IS NOT NULL AS hidden`,
        { userId, id, reason },
      ),
    );
    return row ?? null;
  }

  /** For error messages after a write found nothing: is the post there for this viewer, and theirs? */
  async postAccess(userId: string, id: string): Promise<PostAccess> {
    const row = await this.graph.readOne<{ own: boolean }>(
      `${VIEWER} MATCH (a:User)-[:POSTED]->(p:QaPost {id: $id}) WHERE ${visible('p', 'a')} RETURN a = me AS own`,
      { userId, id },
    );
    return row === null ? 'MISSING' : row.own ? 'OWN' : 'NOT_OWN';
  }
}
