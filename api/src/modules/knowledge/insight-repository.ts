import { randomUUID } from 'node:crypto';
import type { Graph } from '../../db/graph.js';
import { ForbiddenError, NotFoundError } from '../../errors.js';
import type { PersonRow } from '../workshops/model.js';
import type { InsightProps } from './insight-input.js';

export interface InsightRow {
  id: string;
  title: string;
  lesson: string;
  domainCodes: string[];
  bureauCode: string | null;
  workshopId: string | null;
  workshopTitle: string | null;
  publishedBy: PersonRow;
  publishedAt: string;
}

const PROJECTION = `i { .id, .title, .lesson, .domainCodes, .bureauCode, publishedAt: i.createdAt,
  publishedBy: [(u:User)-[:PUBLISHED]->(i) | u { .id, displayName: coalesce(u.displayName, '') }][0],
  workshopId: [(i)-[:FROM_WORKSHOP]->(w:Workshop) | w.id][0],
  workshopTitle: [(i)-[:FROM_WORKSHOP]->(w:Workshop) | w.title][0] }`;

/** How the list finds its candidates: all insights, or the full-text index (cjk analyzer). Chosen by code. */
const CANDIDATES = {
  all: 'MATCH (i:KnowledgeInsight)',
  text: `CALL db.index.fulltext.queryNodes('knowledge_text', $lucene) YIELD node AS i`,
} as const;

export interface InsightListArgs {
  limit: number;
  after: [string, string] | null;
  lucene: string | null;
  domains: string[] | null;
  bureau: string | null;
}

/** The knowledge base: anonymized insights published by organizers, readable by every graduate. */
export class InsightRepository {
  constructor(private readonly graph: Graph) {}

  async list(args: InsightListArgs): Promise<InsightRow[]> {
    const rows = await this.graph.readRows<{ i: InsightRow }>(
      `${CANDIDATES[args.lucene ? 'text' : 'all']}
       WITH i WHERE ($domains IS NULL OR any(code IN i.domainCodes WHERE code IN $domains))
         AND ($bureau IS NULL OR i.bureauCode = $bureau)
         AND ($afterAt IS NULL OR i.createdAt < datetime($afterAt)
              OR (i.createdAt = datetime($afterAt) AND i.id < $afterId))
       WITH i ORDER BY i.createdAt DESC, i.id DESC LIMIT toInteger($limit)
       RETURN ${PROJECTION} AS i`,
      {
        lucene: args.lucene,
        domains: args.domains,
        bureau: args.bureau,
        limit: args.limit,
        afterAt: args.after?.[0] ?? null,
        afterId: args.after?.[1] ?? null,
      },
    );
    return rows.map((r) => r.i);
  }

  async get(id: string): Promise<InsightRow | null> {
    const row = await this.graph.readOne<{ i: InsightRow }>(
      `MATCH (i:KnowledgeInsight {id: $id}) RETURN ${PROJECTION} AS i`,
      { id },
    );
    return row?.i ?? null;
  }

  /** Publishes; a source workshop must be one the publisher organizes. */
  publish(userId: string, props: InsightProps, workshopId: string | null): Promise<InsightRow> {
    return this.graph.write(async (tx) => {
      if (workshopId) {
        const w = await tx.one<{ organizer: boolean }>(
          `MATCH (w:Workshop {id: $workshopId})
           RETURN EXISTS { (:User {id: $userId})-[:ORGANIZES]->(w) } AS organizer`,
          { userId, workshopId },
        );
        if (!w) throw new NotFoundError('The workshop');
        if (!w.organizer) throw new ForbiddenError('Publish insights only from workshops you organize.');
      }
      const row = await tx.one<{ i: InsightRow }>(
        `MATCH (me:User {id: $userId})
         CREATE (i:KnowledgeInsight {id: $id, createdAt: datetime()}) SET i += $props
         CREATE (me)-[:PUBLISHED]->(i)
         WITH i CALL (i) { MATCH (w:Workshop {id: $workshopId}) CREATE (i)-[:FROM_WORKSHOP]->(w) }
         RETURN ${PROJECTION} AS i`,
        { userId, id: randomUUID(), props, workshopId },
      );
      return row!.i;
    });
  }
}
