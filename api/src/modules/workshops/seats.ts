import type { GraphTx } from '../../db/graph.js';
import { storeNotifications } from '../notifications/store.js';

interface Waiting {
  coordinatorId: string;
  userId: string | null;
  seq: number;
}

/**
 * Gives free seats to the earliest waitlisted graduates (by registration order) and stores a
 * WORKSHOP_SEAT_CONFIRMED notification for each, all inside the caller's transaction, which must hold
 * the workshop lock (lock.ts). Returns the promoted coordinator ids.
 */
export async function fillFreeSeats(tx: GraphTx, workshopId: string): Promise<string[]> {
  const state = await tx.one<{ free: number; title: string; waiting: Waiting[] }>(
    `MATCH (w:Workshop {id: $workshopId})
     RETURN w.title AS title,
            w.capacity - COUNT { (:Coordinator)-[:REGISTERED {status: 'CONFIRMED'}]->(w) } AS free,
            [(c:Coordinator)-[r:REGISTERED {status: 'WAITLISTED'}]->(w) |
              {coordinatorId: c.id, seq: r.seq, userId: [(u:User)-[:ACTS_AS]->(c) | u.id][0]}] AS waiting`,
    { workshopId },
  );
  if (!state || state.free <= 0 || state.waiting.length === 0) return [];
  const promoted = [...state.waiting].sort((a, b) => a.seq - b.seq).slice(0, state.free);
  await tx.rows(
    `MATCH (w:Workshop {id: $workshopId})
     UNWIND $ids AS cid
     MATCH (:Coordinator {id: cid})-[r:REGISTERED {status: 'WAITLISTED'}]->(w)
     SET r.status = 'CONFIRMED', r.confirmedAt = datetime()`,
    { workshopId, ids: promoted.map((p) => p.coordinatorId) },
  );
  await storeNotifications(
    tx,
    promoted
      .filter((p) => p.userId)
      .map((p) => ({
        userId: p.userId!,
        kind: 'WORKSHOP_SEAT_CONFIRMED' as const,
        subjectTitle: state.title,
        link: `/workshops/${encodeURIComponent(workshopId)}`,
        // One notification per promotion of one registration (seq changes when someone registers again).
        dedupeKey: `workshop-seat:${workshopId}:${p.coordinatorId}:${p.seq}`,
      })),
  );
  return promoted.map((p) => p.coordinatorId);
}
