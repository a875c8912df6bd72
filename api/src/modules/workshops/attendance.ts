import type { Graph } from '../../db/graph.js';
import { BadUserInputError, ConflictError } from '../../errors.js';
import { lockAsOrganizer } from './lock.js';
import type { WorkshopRow } from './model.js';
import { readWorkshop } from './repository.js';

/**
 * Attendance and the peer links it creates, in one transaction under the workshop lock:
 * `(:Coordinator)-[:ATTENDED {at}]->(:Workshop)` for each attendee (others' ATTENDED removed: the list is the
 * whole truth), then `PEER_OF {via: 'WORKSHOP', workshopId, since}` between every two attendees who both
 * consented — MERGE undirected, so an existing link (any `via`) is left as it is. Links are never removed
 * when attendance is corrected later (the two people did meet, or agreed to).
 */
export class AttendanceRepository {
  constructor(private readonly graph: Graph) {}

  record(
    userId: string,
    workshopId: string,
    attendedIds: readonly string[],
  ): Promise<{ workshop: WorkshopRow; peerLinksCreated: number }> {
    return this.graph.write(async (tx) => {
      const w = await lockAsOrganizer(tx, workshopId, userId);
      if (Date.now() < Date.parse(w.startsAt)) {
        throw new ConflictError('Attendance can be recorded once the workshop has started.');
      }
      const ids = [...new Set(attendedIds)];
      const known = await tx.one<{ confirmed: string[] }>(
        `MATCH (w:Workshop {id: $workshopId})
         RETURN [(c:Coordinator)-[:REGISTERED {status: 'CONFIRMED'}]->(w) WHERE c.id IN $ids | c.id] AS confirmed`,
        { workshopId, ids },
      );
      const stranger = ids.find((id) => !known?.confirmed.includes(id));
      if (stranger) {
        throw new BadUserInputError('attendedIds', `${stranger} has no confirmed seat at this workshop.`);
      }
      await tx.rows(
        `MATCH (w:Workshop {id: $workshopId})
         SET w.attendanceRecordedAt = coalesce(w.attendanceRecordedAt, datetime())
         WITH w
         CALL (w) { MATCH (c:Coordinator)-[a:ATTENDED]->(w) WHERE NOT c.id IN $ids DELETE a }
         CALL (w) { UNWIND $ids AS cid MATCH (c:Coordinator {id: cid})
                    MERGE (c)-[a:ATTENDED]->(w) ON CREATE SET a.at = datetime() }`,
        { workshopId, ids },
      );
      const links = await tx.one<{ created: number }>(
        `MATCH (w:Workshop {id: $workshopId})
         MATCH (a:Coordinator)-[:ATTENDED]->(w)<-[:ATTENDED]-(b:Coordinator)
         WHERE a.id < b.id
           AND EXISTS { (a)-[:REGISTERED {status: 'CONFIRMED', peerConsent: true}]->(w) }
           AND EXISTS { (b)-[:REGISTERED {status: 'CONFIRMED', peerConsent: true}]->(w) }
         WITH w, a, b, EXISTS { (a)-[:PEER_OF]-(b) } AS existed
         MERGE (a)-[p:PEER_OF]-(b)
           ON CREATE SET p.via = 'WORKSHOP', p.workshopId = w.id, p.since = datetime()
         RETURN count(CASE WHEN existed THEN null ELSE 1 END) AS created`,
        { workshopId },
      );
      return {
        workshop: (await readWorkshop(tx, userId, workshopId))!,
        peerLinksCreated: links?.created ?? 0,
      };
    });
  }
}
