import { randomUUID } from 'node:crypto';
import type { Graph } from '../../db/graph.js';
import { NOTICE_PROJECTION, READER, READ_SET, listedFor, visibleById } from './cypher.js';
import { CONTENT_FIELDS, type NoticeContentProps } from './input.js';
import {
  BUMP_BULLETIN_STATE,
  UNREAD_COUNT,
  UNREAD_COUNT_BOOKKEEPING,
  listedCountsFor,
  type AudienceKey,
  type UnreadBookkeeping,
} from './listed-counts.js';
import type { NoticeRow } from './model.js';

export interface NoticeListArgs {
  userId: string;
  /** The reader's role and prefecture, to share the listed-notice count (listed-counts.ts). */
  audience?: AudienceKey;
  limit: number;
  after: [number, string, string] | null;
  category?: string | null;
  from?: string | null;
  to?: string | null;
  unreadOnly: boolean;
  includeUnpublished: boolean;
  /** Lucene query (already escaped), or null. */
  lucene: string | null;
}

export interface NoticePage {
  unreadCount: number;
  page: (NoticeRow & { pinRank: number; sortAt: string })[];
}

export interface AudienceMemberRow {
  id: string;
  displayName: string;
  email: string;
  role: string;
  prefectureCode: string | null;
  readAt: string | null;
  acknowledgedAt: string | null;
}

/** The filters every list statement applies to a candidate notice `n`. */
const LIST_FILTERS = `
  ($category IS NULL OR n.category = $category)
  AND ($from IS NULL OR n.publishAt >= datetime($from))
  AND ($to IS NULL OR n.publishAt < datetime($to) + duration({days: 1}))
  AND (NOT $unreadOnly OR NOT n IN readNotices)`;

/** Keyset condition after the cursor (pinRank, sortAt, id), for rows binding n, pinRank and sortAt. */
const AFTER_CURSOR = `
  ($afterRank IS NULL OR pinRank < $afterRank
   OR (pinRank = $afterRank AND (sortAt < datetime($afterAt) OR (sortAt = datetime($afterAt) AND n.id < $afterId))))`;

const PAGE_PROJECTION = `collect({notice: ${NOTICE_PROJECTION}, pinRank: pinRank, sortAt: sortAt}) AS page`;

/** Any source of candidates (a label scan, full-text hits, drafts for ISA): filter, sort all, take a page. */
const pageOf = (source: string) => `
  CALL (u, prefCode, bureauCode, isAdmin, readNotices) {
    ${source}
    WHERE (($includeUnpublished AND isAdmin) OR ${listedFor('n')}) AND ${LIST_FILTERS}
    WITH u, isAdmin, n, CASE WHEN n.pinnedUntil > datetime() THEN 1 ELSE 0 END AS pinRank,
         coalesce(n.publishAt, n.createdAt) AS sortAt
    WHERE ${AFTER_CURSOR}
    WITH u, isAdmin, n, pinRank, sortAt ORDER BY pinRank DESC, sortAt DESC, n.id DESC LIMIT toInteger($limit)
    RETURN ${PAGE_PROJECTION}
  }`;

// The published list without text: pinned notices (few; notice_pinned_until) and then the others read
// newest first straight from the notice_publish_at index, stopping when the page is full — so the cost
// follows the page size, not the number of notices.
const PUBLISHED_PAGE = `
  CALL (u, prefCode, bureauCode, isAdmin, readNotices) {
    CALL (u, prefCode, bureauCode, isAdmin, readNotices) {
      MATCH (n:Notice) WHERE n.pinnedUntil > datetime() AND ${listedFor('n')} AND ${LIST_FILTERS}
      WITH n, 1 AS pinRank, n.publishAt AS sortAt WHERE ${AFTER_CURSOR}
      RETURN n, pinRank, sortAt ORDER BY sortAt DESC, n.id DESC LIMIT toInteger($limit)
      UNION
      MATCH (n:Notice)
      WHERE n.publishAt <= datetime() AND NOT coalesce(n.pinnedUntil > datetime(), false)
        AND ${listedFor('n')} AND ${LIST_FILTERS}
      WITH n, 0 AS pinRank, n.publishAt AS sortAt WHERE ${AFTER_CURSOR}
      RETURN n, pinRank, sortAt ORDER BY sortAt DESC, n.id DESC LIMIT toInteger($limit)
    }
    WITH u, isAdmin, n, pinRank, sortAt ORDER BY pinRank DESC, sortAt DESC, n.id DESC LIMIT toInteger($limit)
    RETURN ${PAGE_PROJECTION}
  }`;

// Three fixed statement shapes, chosen by code, never built from input.
const RETURN_LIST = `RETURN unreadCount, page, ${UNREAD_COUNT_BOOKKEEPING}`;
const LIST_PUBLISHED = `${READER} ${READ_SET} ${UNREAD_COUNT} ${PUBLISHED_PAGE} ${RETURN_LIST}`;
const LIST_WITH_DRAFTS = `${READER} ${READ_SET} ${UNREAD_COUNT} ${pageOf('MATCH (n:Notice)')} ${RETURN_LIST}`;
const LIST_TEXT = `${READER} ${READ_SET} ${UNREAD_COUNT}
  ${pageOf("CALL db.index.fulltext.queryNodes('notice_text', $lucene) YIELD node AS n WITH u, prefCode, bureauCode, isAdmin, readNotices, n")}
  ${RETURN_LIST}`;

type ListRow = UnreadBookkeeping & {
  unreadCount: number;
  page: { notice: NoticeRow; pinRank: number; sortAt: string }[];
};

export class BulletinRepository {
  constructor(private readonly graph: Graph) {}

  async listNotices(args: NoticeListArgs): Promise<NoticePage> {
    const counts = listedCountsFor(this.graph);
    const statement = args.lucene ? LIST_TEXT : args.includeUnpublished ? LIST_WITH_DRAFTS : LIST_PUBLISHED;
    const row = await this.graph.readOne<ListRow>(statement, {
      ...counts.params(args.userId, args.audience),
      userId: args.userId,
      limit: args.limit,
      afterRank: args.after?.[0] ?? null,
      afterAt: args.after?.[1] ?? null,
      afterId: args.after?.[2] ?? null,
      category: args.category ?? null,
      from: args.from ?? null,
      to: args.to ?? null,
      unreadOnly: args.unreadOnly,
      includeUnpublished: args.includeUnpublished,
      lucene: args.lucene,
    });
    if (!row) return { unreadCount: 0, page: [] };
    counts.remember(args.userId, args.audience, row);
    return {
      unreadCount: row.unreadCount,
      page: row.page.map((r) => ({ ...r.notice, pinRank: r.pinRank, sortAt: r.sortAt })),
    };
  }

  async unreadCount(userId: string, audience?: AudienceKey): Promise<number> {
    const counts = listedCountsFor(this.graph);
    const row = await this.graph.readOne<UnreadBookkeeping & { unreadCount: number }>(
      `${READER} ${READ_SET} ${UNREAD_COUNT} RETURN unreadCount, ${UNREAD_COUNT_BOOKKEEPING}`,
      { ...counts.params(userId, audience), userId },
    );
    if (!row) return 0;
    counts.remember(userId, audience, row);
    return row.unreadCount;
  }

  async noticeForViewer(userId: string, id: string): Promise<NoticeRow | null> {
    const row = await this.graph.readOne<{ notice: NoticeRow }>(
      `${READER} MATCH (n:Notice {id: $id}) WHERE ${visibleById('n')} RETURN ${NOTICE_PROJECTION} AS notice`,
      { userId, id },
    );
    return row?.notice ?? null;
  }

  async createNotice(userId: string, content: NoticeContentProps): Promise<NoticeRow> {
    const row = await this.graph.write((tx) =>
      tx.one<{ notice: NoticeRow }>(
        `${READER}
         CREATE (n:Notice {id: $id, version: 1, createdAt: datetime(), updatedAt: datetime()})
         SET n += $content, n.pinnedUntil = datetime($content.pinnedUntil)
         CREATE (u)-[:AUTHORED]->(n)
         ${BUMP_BULLETIN_STATE}
         CREATE (u)-[:MADE]->(:NoticeRevision {id: randomUUID(), at: datetime(), summary: 'created',
                 substantive: false, version: 1, fields: []})-[:OF]->(n)
         RETURN ${NOTICE_PROJECTION} AS notice`,
        { userId, id: randomUUID(), content },
      ),
    );
    return row!.notice;
  }

  /** Replaces the content, recording which fields changed; a substantive edit raises the version. */
  async updateNotice(
    userId: string,
    id: string,
    content: NoticeContentProps,
    substantive: boolean,
    summary: string,
  ): Promise<NoticeRow | null> {
    const row = await this.graph.write((tx) =>
      tx.one<{ notice: NoticeRow }>(
        `${READER}
         MATCH (n:Notice {id: $id})
         WITH u, isAdmin, n, $content AS c
         WITH u, isAdmin, n, c { .*, pinnedUntil: datetime(c.pinnedUntil) } AS next
         WITH u, isAdmin, n, next, [f IN $fields WHERE NOT coalesce(n[f] = next[f], n[f] IS NULL AND next[f] IS NULL)] AS changed
         SET n += next, n.updatedAt = datetime(),
             n.version = n.version + CASE WHEN $substantive THEN 1 ELSE 0 END,
             n.updateSummary = CASE WHEN $substantive THEN $summary ELSE n.updateSummary END,
             n.versionAt = CASE WHEN $substantive THEN datetime() ELSE n.versionAt END
         ${BUMP_BULLETIN_STATE}
         CREATE (u)-[:MADE]->(:NoticeRevision {id: randomUUID(), at: datetime(), summary: $summary,
                 substantive: $substantive, version: n.version, fields: changed})-[:OF]->(n)
         RETURN ${NOTICE_PROJECTION} AS notice`,
        { userId, id, content, substantive, summary, fields: CONTENT_FIELDS },
      ),
    );
    return row?.notice ?? null;
  }

  /** Sets the publish time (a time in the future schedules it) unless archived; null if missing or archived. */
  async publishNotice(userId: string, id: string, publishAt: string | null): Promise<NoticeRow | null> {
    const row = await this.graph.write((tx) =>
      tx.one<{ notice: NoticeRow }>(
        `${READER}
         MATCH (n:Notice {id: $id}) WHERE n.archivedAt IS NULL
         SET n.publishAt = coalesce(datetime($publishAt), datetime()), n.updatedAt = datetime()
         ${BUMP_BULLETIN_STATE}
         CREATE (u)-[:MADE]->(:NoticeRevision {id: randomUUID(), at: datetime(),
                 summary: 'publish at ' + toString(n.publishAt), substantive: false, version: n.version,
                 fields: ['publishAt']})-[:OF]->(n)
         RETURN ${NOTICE_PROJECTION} AS notice`,
        { userId, id, publishAt },
      ),
    );
    return row?.notice ?? null;
  }

  async archiveNotice(userId: string, id: string): Promise<NoticeRow | null> {
    const row = await this.graph.write((tx) =>
      tx.one<{ notice: NoticeRow }>(
        `${READER}
         MATCH (n:Notice {id: $id})
         SET n.archivedAt = coalesce(n.archivedAt, datetime()), n.updatedAt = datetime()
         ${BUMP_BULLETIN_STATE}
         CREATE (u)-[:MADE]->(:NoticeRevision {id: randomUUID(), at: datetime(), summary: 'archived',
                 substantive: false, version: n.version, fields: ['archivedAt']})-[:OF]->(n)
         RETURN ${NOTICE_PROJECTION} AS notice`,
        { userId, id },
      ),
    );
    return row?.notice ?? null;
  }

  /**
   * Records the read (and, with `acknowledge`, the confirmation) of the current version. MERGE
   * on the relationship keeps one per reader and notice, also under a double submit.
   */
  async recordReading(userId: string, id: string, acknowledge: boolean): Promise<NoticeRow | null> {
    const row = await this.graph.write((tx) =>
      tx.one<{ notice: NoticeRow }>(
        `${READER}
         MATCH (n:Notice {id: $id}) WHERE ${visibleById('n')} AND n.publishAt IS NOT NULL AND n.publishAt <= datetime()
         MERGE (u)-[r:READ]->(n)
         ON CREATE SET r.at = datetime(), r.version = n.version
         ON MATCH SET r.at = CASE WHEN r.version < n.version THEN datetime() ELSE r.at END, r.version = n.version
         FOREACH (_ IN CASE WHEN $acknowledge THEN [1] ELSE [] END |
           MERGE (u)-[a:ACKNOWLEDGED]->(n)
           ON CREATE SET a.at = datetime(), a.version = n.version
           ON MATCH SET a.at = CASE WHEN a.version < n.version THEN datetime() ELSE a.at END, a.version = n.version)
         RETURN ${NOTICE_PROJECTION} AS notice`,
        { userId, id, acknowledge },
      ),
    );
    return row?.notice ?? null;
  }

  /** Every account in the notice's audience (ISA staff excluded) with its read and confirmation of the current version. */
  async audienceOf(id: string): Promise<{ notice: NoticeRow; members: AudienceMemberRow[] } | null> {
    const row = await this.graph.readOne<{ notice: NoticeRow; members: AudienceMemberRow[] }>(
      `MATCH (n:Notice {id: $id})
         CALL (n) {
           MATCH (u:User) WHERE u.role <> 'ISA_ADMIN' AND (size(n.audienceRoles) = 0 OR u.role IN n.audienceRoles)
           OPTIONAL MATCH (u)-[:ACTS_AS]->(:Coordinator)-[:WORKS_IN]->(wp:Prefecture)
           OPTIONAL MATCH (u)-[:HOME_PREFECTURE]->(hp:Prefecture)
           WITH n, u, coalesce(wp, hp) AS pref
           OPTIONAL MATCH (pref)-[:UNDER_BUREAU]->(b:Bureau)
           WITH n, u, pref, b WHERE n.audienceAll OR pref.code IN n.audiencePrefectures OR b.code IN n.audienceBureaus
           RETURN collect(u { .id, .displayName, .email, .role, prefectureCode: pref.code,
             readAt: [(u)-[r:READ]->(n) WHERE r.version = n.version | r.at][0],
             acknowledgedAt: [(u)-[a:ACKNOWLEDGED]->(n) WHERE a.version = n.version | a.at][0] }) AS members
         }
         RETURN n { .*, history: null, authorName: '', readVersion: null, readAt: null, acknowledgedAt: null } AS notice, members`,
      { id },
    );
    return row ?? null;
  }
}
