import type { GraphTx } from '../../db/graph.js';
import { ForbiddenError, NotFoundError } from '../../errors.js';

/** What the lock statement reads about a workshop (under its write lock). */
export interface LockedWorkshop {
  id: string;
  title: string;
  capacity: number;
  startsAt: string;
  registrationOpensAt: string;
  registrationClosesAt: string;
  eligibility: string;
  attendanceRecordedAt: string | null;
  organizer: boolean;
}

/**
 * The first statement of every write that counts seats or changes groups: `SET w.lockedAt` takes the
 * workshop node's write lock, which Neo4j holds until the transaction ends, so concurrent registrations,
 * cancellations and group changes of one workshop run one after the other (no APOC needed).
 */
export async function lockWorkshop(tx: GraphTx, workshopId: string, userId: string): Promise<LockedWorkshop> {
  const row = await tx.one<{ w: LockedWorkshop }>(
    `MATCH (w:Workshop {id: $workshopId}) SET w.lockedAt = datetime()
     RETURN w { .id, .title, .capacity, .startsAt, .registrationOpensAt, .registrationClosesAt, .eligibility,
                .attendanceRecordedAt, organizer: EXISTS { (:User {id: $userId})-[:ORGANIZES]->(w) } } AS w`,
    { workshopId, userId },
  );
  if (!row) throw new NotFoundError('The workshop');
  return row.w;
}

/** lockWorkshop for an organizer's change: FORBIDDEN for anyone who does not organize it. */
export async function lockAsOrganizer(
  tx: GraphTx,
  workshopId: string,
  userId: string,
): Promise<LockedWorkshop> {
  const w = await lockWorkshop(tx, workshopId, userId);
  if (!w.organizer) throw new ForbiddenError('Only an organizer of this workshop may do this.');
  return w;
}
