import { randomUUID } from 'node:crypto';
import type { Graph, GraphTx } from '../../db/graph.js';
import { ConflictError, ForbiddenError, NotFoundError } from '../../errors.js';
import { storeNotifications } from '../notifications/store.js';
import type { FlagRow } from '../workshops/anonymization.js';
import type { MaterialProps } from './material-input.js';
import {
  MATERIAL_PROJECTION,
  MAY_OPEN,
  MAY_REVIEW,
  SUMMARY_PROJECTION,
  WORKSHOP_ROLE,
} from './material-cypher.js';
import type { MaterialAccessRow, MaterialRow, MaterialSummaryRow } from './material-model.js';

type RawMaterial = Omit<MaterialRow, 'confirmedFlags'> & { confirmedFlagsJson: string[] };

const toMaterial = ({ confirmedFlagsJson, ...m }: RawMaterial): MaterialRow => ({
  ...m,
  confirmedFlags: confirmedFlagsJson.map((json) => JSON.parse(json) as FlagRow),
});

async function readMaterial(tx: GraphTx, userId: string, id: string): Promise<MaterialRow> {
  const row = await tx.one<{ m: RawMaterial }>(
    `MATCH (me:User {id: $userId})
     MATCH (a:User)-[:SUBMITTED]->(m:CaseMaterial {id: $id})-[:FOR_WORKSHOP]->(w:Workshop)
     RETURN ${MATERIAL_PROJECTION} AS m`,
    { userId, id },
  );
  return toMaterial(row!.m);
}

/**
 * Case materials: submission, facilitator review, the logged opening, and the access log. Every read of
 * a body goes through `open`, which writes the (:MaterialAccess) entry in the same transaction.
 */
export class MaterialRepository {
  constructor(private readonly graph: Graph) {}

  /** Titles and states the viewer may see listed, newest first. */
  async listForWorkshop(
    userId: string,
    workshopId: string,
    limit: number,
    after: [string, string] | null,
  ): Promise<MaterialSummaryRow[]> {
    const rows = await this.graph.readRows<{ m: MaterialSummaryRow }>(
      `MATCH (me:User {id: $userId}), (w:Workshop {id: $workshopId})
       WITH me, w, ${WORKSHOP_ROLE}
       MATCH (a:User)-[:SUBMITTED]->(m:CaseMaterial)-[:FOR_WORKSHOP]->(w)
       WHERE ${MAY_OPEN}
         AND ($afterAt IS NULL OR m.submittedAt < datetime($afterAt)
              OR (m.submittedAt = datetime($afterAt) AND m.id < $afterId))
       WITH me, a, m ORDER BY m.submittedAt DESC, m.id DESC LIMIT toInteger($limit)
       RETURN ${SUMMARY_PROJECTION} AS m`,
      { userId, workshopId, limit, afterAt: after?.[0] ?? null, afterId: after?.[1] ?? null },
    );
    return rows.map((r) => r.m);
  }

  /** A new material, or a revision of one's own not yet approved; participants, facilitators, organizers. */
  submit(
    userId: string,
    workshopId: string,
    id: string | null,
    props: MaterialProps,
    confirmedFlags: FlagRow[],
  ): Promise<MaterialRow> {
    return this.graph.write(async (tx) => {
      const access = await tx.one<{ runs: boolean; seated: boolean; status: string | null; own: boolean }>(
        `MATCH (me:User {id: $userId}), (w:Workshop {id: $workshopId})
         OPTIONAL MATCH (m:CaseMaterial {id: $id})-[:FOR_WORKSHOP]->(w)
         RETURN ${WORKSHOP_ROLE}, m.status AS status, EXISTS { (me)-[:SUBMITTED]->(m) } AS own`,
        { userId, workshopId, id },
      );
      if (!access) throw new NotFoundError('The workshop');
      if (!access.runs && !access.seated) {
        throw new ForbiddenError(
          'Only this workshop’s confirmed participants and facilitators submit materials.',
        );
      }
      if (id && (!access.status || !access.own)) throw new NotFoundError('The material');
      if (access.status === 'APPROVED') throw new ConflictError('An approved material can no longer change.');
      const materialId = id ?? randomUUID();
      await tx.rows(
        `MATCH (me:User {id: $userId}), (w:Workshop {id: $workshopId})
         MERGE (m:CaseMaterial {id: $materialId})
         ON CREATE SET m.createdAt = datetime()
         SET m += $props, m.status = 'SUBMITTED', m.submittedAt = datetime(), m.confirmedFlags = $flags
         MERGE (me)-[:SUBMITTED]->(m)
         MERGE (m)-[:FOR_WORKSHOP]->(w)`,
        { userId, workshopId, materialId, props, flags: confirmedFlags.map((f) => JSON.stringify(f)) },
      );
      return readMaterial(tx, userId, materialId);
    });
  }

  /** Approve (shares it; notifies the confirmed participants) or return with a comment; facilitators only. */
  review(userId: string, id: string, approve: boolean, comment: string | null): Promise<MaterialRow> {
    return this.graph.write(async (tx) => {
      const state = await tx.one<{
        reviews: boolean;
        involved: boolean;
        status: string;
        title: string;
        workshopId: string;
      }>(
        `MATCH (me:User {id: $userId}) MATCH (a:User)-[:SUBMITTED]->(m:CaseMaterial {id: $id})-[:FOR_WORKSHOP]->(w:Workshop)
         WITH me, a, m, w, ${WORKSHOP_ROLE}
         RETURN ${MAY_REVIEW} AS reviews, (runs OR seated OR a = me) AS involved,
                m.status AS status, w.title AS title, w.id AS workshopId`,
        { userId, id },
      );
      // Outsiders learn nothing, not even that the id exists.
      if (!state || !state.involved) throw new NotFoundError('The material');
      if (!state.reviews) {
        throw new ForbiddenError(
          'Only a facilitator of this workshop (or, without facilitators, an organizer) reviews its materials.',
        );
      }
      if (state.status !== 'SUBMITTED') throw new ConflictError('Only a submitted material can be reviewed.');
      const readers = await tx.rows<{ userId: string }>(
        `MATCH (me:User {id: $userId}), (a:User)-[:SUBMITTED]->(m:CaseMaterial {id: $id})-[:FOR_WORKSHOP]->(w)
         SET m.status = $status, m.reviewComment = $comment, m.reviewedAt = datetime()
         CREATE (me)-[:REVIEWED {at: datetime(), approve: $approve, comment: $comment}]->(m)
         WITH a, w WHERE $approve
         MATCH (u:User)-[:ACTS_AS]->(:Coordinator)-[:REGISTERED {status: 'CONFIRMED'}]->(w) WHERE u <> a
         RETURN DISTINCT u.id AS userId`,
        { userId, id, approve, comment, status: approve ? 'APPROVED' : 'RETURNED' },
      );
      await storeNotifications(
        tx,
        readers.map((r) => ({
          userId: r.userId,
          kind: 'WORKSHOP_MATERIAL_SHARED' as const,
          subjectTitle: state.title,
          link: `/workshops/${encodeURIComponent(state.workshopId)}/materials/${encodeURIComponent(id)}`,
          dedupeKey: `workshop-material:${id}:${r.userId}`,
        })),
      );
      return readMaterial(tx, userId, id);
    });
  }

  /**
   * Opens a material: decides access and writes the log entry (granted or refused) in one statement of one
   * write transaction, so no body is ever returned without its log entry. null = no such material; `involved` says
   * whether the reader takes part in its workshop (or wrote it), so outsiders can be answered as for an unknown id.
   */
  async open(
    userId: string,
    id: string,
  ): Promise<{ granted: boolean; involved: boolean; material: MaterialRow | null } | null> {
    const row = await this.graph.write((tx) =>
      tx.one<{ granted: boolean; involved: boolean; m: RawMaterial | null }>(
        `MATCH (me:User {id: $userId})
         MATCH (a:User)-[:SUBMITTED]->(m:CaseMaterial {id: $id})-[:FOR_WORKSHOP]->(w:Workshop)
         WITH me, a, m, w, ${WORKSHOP_ROLE}
         WITH me, a, m, w, ${MAY_OPEN} AS granted, (runs OR seated OR a = me) AS involved
         CREATE (log:MaterialAccess {id: randomUUID(), at: datetime(), granted: granted})
         CREATE (log)-[:BY]->(me), (log)-[:OF]->(m)
         RETURN granted, involved, CASE WHEN granted THEN ${MATERIAL_PROJECTION} END AS m`,
        { userId, id },
      ),
    );
    if (!row) return null;
    return { granted: row.granted, involved: row.involved, material: row.m ? toMaterial(row.m) : null };
  }

  /** The workshop's access log, newest first; `organizer` tells the resolver whether the viewer may see it. */
  async accessLog(
    userId: string,
    workshopId: string,
    limit: number,
    after: [string, string] | null,
  ): Promise<{ organizer: boolean; rows: MaterialAccessRow[] } | null> {
    return this.graph.readOne<{ organizer: boolean; rows: MaterialAccessRow[] }>(
      `MATCH (w:Workshop {id: $workshopId})
         CALL (w) {
           OPTIONAL MATCH (u:User)<-[:BY]-(log:MaterialAccess)-[:OF]->(m:CaseMaterial)-[:FOR_WORKSHOP]->(w)
           WHERE $afterAt IS NULL OR log.at < datetime($afterAt) OR (log.at = datetime($afterAt) AND log.id < $afterId)
           WITH u, log, m ORDER BY log.at DESC, log.id DESC LIMIT toInteger($limit)
           RETURN collect(log { .id, .at, .granted, reader: u { .id, displayName: coalesce(u.displayName, '') },
                                readerRole: u.role, materialId: m.id, materialTitle: m.title }) AS rows
         }
         RETURN EXISTS { (:User {id: $userId})-[:ORGANIZES]->(w) } AS organizer, rows`,
      { userId, workshopId, limit, afterAt: after?.[0] ?? null, afterId: after?.[1] ?? null },
    );
  }
}
