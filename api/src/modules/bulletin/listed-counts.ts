import type { Driver } from 'neo4j-driver';
import type { Graph } from '../../db/graph.js';
import { listedFor } from './cypher.js';

// The unread count is "notices listed for the reader's audience" minus "listed notices the reader has
// read". The first term is the expensive one (a scan of every published notice) and is the same for
// everyone with the same audience key (role, prefecture, bureau), so it is cached per key in the API
// process. The cache is checked in the same statement against a stamp read from the graph: the
// BulletinState version (raised by every notice write, in its transaction) and the number of Notice
// nodes (from the count store), and the reader's role and prefecture; it expires at the next scheduled
// publish time. So a count is never stale, also with several API processes, and a wrong guess of the
// key in TypeScript only costs a recount; see docs/bulletin.md.

/** Raises the bulletin version; part of every statement that changes a notice's content, audience or status. */
export const BUMP_BULLETIN_STATE = `
  WITH *
  CALL () {
    MERGE (bs:BulletinState {id: 'bulletin'})
    SET bs.version = coalesce(bs.version, 0) + 1
  }`;

/**
 * Binds unreadCount and the cache's bookkeeping (listedStamp, recount, freshListed, nextPublishAt).
 * Needs READER's and READ_SET's bindings; parameters from `ListedCountCache.params`.
 */
export const UNREAD_COUNT = `
  OPTIONAL MATCH (bs:BulletinState {id: 'bulletin'})
  WITH *, toString(coalesce(bs.version, 0)) + ':' + toString(COUNT { (:Notice) }) + ':' + u.role + ':'
            + coalesce(prefCode, '') AS listedStamp
  WITH *, ($cachedStamp IS NULL OR listedStamp <> $cachedStamp
           OR ($cachedValidUntil IS NOT NULL AND datetime() >= datetime($cachedValidUntil))) AS recount
  CALL (u, prefCode, bureauCode, isAdmin, recount) {
    // An UNWIND of nothing, not a WHERE: the planner would evaluate a WHERE after the index scan.
    UNWIND CASE WHEN recount THEN [true] ELSE [] END AS counting
    MATCH (m:Notice) WHERE ${listedFor('m')}
    RETURN count(m) AS freshListed
  }
  CALL (recount) {
    // Not min(): Neo4j 5.26 turns an index-backed min() here into a plan that nulls the imported recount.
    UNWIND CASE WHEN recount THEN [true] ELSE [] END AS counting
    MATCH (m:Notice) WHERE m.publishAt > datetime()
    WITH m.publishAt AS at ORDER BY at LIMIT 1
    RETURN collect(at)[0] AS nextPublishAt
  }
  WITH *, CASE WHEN recount THEN freshListed ELSE $cachedListed END
            - size([m IN readNotices WHERE ${listedFor('m')}]) AS unreadCount`;

/** The columns a statement using UNREAD_COUNT returns for the cache. */
export const UNREAD_COUNT_BOOKKEEPING =
  'listedStamp, recount, freshListed, toString(nextPublishAt) AS nextPublishAt';

export interface UnreadBookkeeping {
  listedStamp: string;
  recount: boolean;
  freshListed: number;
  nextPublishAt: string | null;
}

/** The reader's audience key: what `listedFor` depends on besides the notice. */
export interface AudienceKey {
  role: string;
  prefectureCode: string | null;
}

/** The audience key of a signed-in viewer (the session's prefecture: a guess that the stamp verifies). */
export function audienceOf(viewer: { role: string; prefectureCode?: string | null }): AudienceKey {
  return { role: viewer.role, prefectureCode: viewer.prefectureCode ?? null };
}

interface Entry {
  stamp: string;
  listed: number;
  validUntil: string | null;
}

export class ListedCountCache {
  private readonly entries = new Map<string, Entry>();

  private static key(userId: string, audience: AudienceKey | undefined): string {
    // Without an audience key the entry is the user's own (still correct, just less shared).
    return audience ? `${audience.role}|${audience.prefectureCode ?? ''}` : `user|${userId}`;
  }

  /** Parameters for UNREAD_COUNT. */
  params(userId: string, audience?: AudienceKey) {
    const entry = this.entries.get(ListedCountCache.key(userId, audience));
    return {
      cachedStamp: entry?.stamp ?? null,
      cachedListed: entry?.listed ?? 0,
      cachedValidUntil: entry?.validUntil ?? null,
    };
  }

  /** Keeps a fresh count the statement computed. */
  remember(userId: string, audience: AudienceKey | undefined, row: UnreadBookkeeping): void {
    if (!row.recount) return;
    if (this.entries.size > 10_000) this.entries.clear();
    this.entries.set(ListedCountCache.key(userId, audience), {
      stamp: row.listedStamp,
      listed: row.freshListed,
      validUntil: row.nextPublishAt,
    });
  }
}

const caches = new WeakMap<Driver, ListedCountCache>();

/** The cache of the database behind `graph` (one per driver, so tests with several databases stay apart). */
export function listedCountsFor(graph: Graph): ListedCountCache {
  let cache = caches.get(graph.driver);
  if (!cache) caches.set(graph.driver, (cache = new ListedCountCache()));
  return cache;
}
