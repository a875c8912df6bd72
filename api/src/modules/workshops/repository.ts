import { randomUUID } from 'node:crypto';
import type { Graph, GraphTx } from '../../db/graph.js';
import { BadUserInputError } from '../../errors.js';
import { registration, STATUS_RANK, VIEWER, WORKSHOP_PROJECTION } from './cypher.js';
import type { WorkshopContent } from './input.js';
import { lockAsOrganizer } from './lock.js';
import type { RegistrationRow, WorkshopRow } from './model.js';
import { fillFreeSeats } from './seats.js';

/** Which workshops a list shows; each key picks a constant WHERE fragment and order. */
export const WORKSHOP_SCOPES = {
  UPCOMING: { where: 'w.startsAt > datetime()', order: 'ASC' },
  OPEN: {
    where:
      'w.startsAt > datetime() AND w.registrationOpensAt <= datetime() AND w.registrationClosesAt > datetime()',
    order: 'ASC',
  },
  MINE: {
    where: `EXISTS { (mc)-[r:REGISTERED]->(w) WHERE r.status IN ['CONFIRMED', 'WAITLISTED'] }`,
    order: 'ASC',
  },
  ORGANIZING: { where: 'EXISTS { (me)-[:ORGANIZES|FACILITATES]->(w) }', order: 'ASC' },
  PAST: { where: 'w.startsAt <= datetime()', order: 'DESC' },
} as const;
export type WorkshopScopeKey = keyof typeof WORKSHOP_SCOPES;

/** Roles that may facilitate (organizers or graduates; ISA staff who organize may too). */
const FACILITATOR_ROLES = ['COORDINATOR', 'WORKSHOP_ORGANIZER', 'ISA_ADMIN'];

const TIME_FIELDS = `w.startsAt = datetime($props.startsAt), w.endsAt = datetime($props.endsAt),
  w.registrationOpensAt = datetime($props.registrationOpensAt),
  w.registrationClosesAt = datetime($props.registrationClosesAt)`;

/** Reads of workshops and the organizer's create/edit. All Cypher of those lives here. */
export class WorkshopRepository {
  constructor(private readonly graph: Graph) {}

  async get(userId: string, id: string): Promise<WorkshopRow | null> {
    const row = await this.graph.read((tx) => readWorkshop(tx, userId, id));
    return row;
  }

  async list(
    userId: string,
    scope: WorkshopScopeKey,
    limit: number,
    after: [string, string] | null,
  ): Promise<WorkshopRow[]> {
    const { where, order } = WORKSHOP_SCOPES[scope];
    const cmp = order === 'ASC' ? '>' : '<';
    const rows = await this.graph.readRows<{ w: WorkshopRow }>(
      `${VIEWER}
       MATCH (w:Workshop) WHERE ${where}
         AND ($afterAt IS NULL OR w.startsAt ${cmp} datetime($afterAt)
              OR (w.startsAt = datetime($afterAt) AND w.id ${cmp} $afterId))
       WITH me, mc, w ORDER BY w.startsAt ${order}, w.id ${order} LIMIT toInteger($limit)
       RETURN ${WORKSHOP_PROJECTION} AS w`,
      { userId, limit, afterAt: after?.[0] ?? null, afterId: after?.[1] ?? null },
    );
    return rows.map((r) => r.w);
  }

  /** One page of the roster: seats, waitlist (by position), cancelled; keyset (rank, seq). */
  async roster(
    workshopId: string,
    limit: number,
    after: [number, number] | null,
  ): Promise<RegistrationRow[]> {
    const rows = await this.graph.readRows<{ r: RegistrationRow; rank: number }>(
      `MATCH (c:Coordinator)-[r:REGISTERED]->(w:Workshop {id: $workshopId})
       WITH c, r, w, ${STATUS_RANK} AS rank
       WHERE $afterRank IS NULL OR rank > $afterRank OR (rank = $afterRank AND r.seq > $afterSeq)
       WITH c, r, w, rank ORDER BY rank, r.seq LIMIT toInteger($limit)
       RETURN ${registration('c', 'r')} AS r, rank`,
      { workshopId, limit, afterRank: after?.[0] ?? null, afterSeq: after?.[1] ?? null },
    );
    return rows.map((row) => ({ ...row.r, rank: row.rank }));
  }

  async create(userId: string, content: WorkshopContent): Promise<WorkshopRow> {
    return this.graph.write(async (tx) => {
      const facilitatorIds = await resolveFacilitators(tx, content.facilitatorEmails);
      const id = randomUUID();
      await tx.rows(
        `MATCH (me:User {id: $userId})
         CREATE (w:Workshop {id: $id, createdAt: datetime(), updatedAt: datetime(), registrationSeq: 0})
         SET w += $props SET ${TIME_FIELDS}
         CREATE (me)-[:ORGANIZES]->(w)
         WITH w UNWIND $facilitatorIds AS fid MATCH (f:User {id: fid}) MERGE (f)-[:FACILITATES]->(w)`,
        { userId, id, props: content.props, facilitatorIds },
      );
      return (await readWorkshop(tx, userId, id))!;
    });
  }

  /** Edits under the workshop lock; a larger capacity promotes the waitlist in the same transaction. */
  async update(userId: string, id: string, content: WorkshopContent): Promise<WorkshopRow> {
    return this.graph.write(async (tx) => {
      await lockAsOrganizer(tx, id, userId);
      const facilitatorIds = await resolveFacilitators(tx, content.facilitatorEmails);
      const counted = await tx.one<{ confirmed: number }>(
        `MATCH (w:Workshop {id: $id})
         RETURN COUNT { (:Coordinator)-[:REGISTERED {status: 'CONFIRMED'}]->(w) } AS confirmed`,
        { id },
      );
      if (content.props.capacity < (counted?.confirmed ?? 0)) {
        throw new BadUserInputError(
          'capacity',
          `capacity cannot go below the ${counted!.confirmed} confirmed seats; ask people to cancel first.`,
        );
      }
      await tx.rows(
        `MATCH (w:Workshop {id: $id})
         SET w += $props SET ${TIME_FIELDS}, w.updatedAt = datetime()
         WITH w
         CALL (w) { MATCH (f:User)-[x:FACILITATES]->(w) WHERE NOT f.id IN $facilitatorIds DELETE x }
         CALL (w) { UNWIND $facilitatorIds AS fid MATCH (f:User {id: fid}) MERGE (f)-[:FACILITATES]->(w) }`,
        { id, props: content.props, facilitatorIds },
      );
      await fillFreeSeats(tx, id);
      return (await readWorkshop(tx, userId, id))!;
    });
  }
}

/** The workshop as `userId` sees it, inside any transaction (so writes can return it in the same one). */
export async function readWorkshop(tx: GraphTx, userId: string, id: string): Promise<WorkshopRow | null> {
  const row = await tx.one<{ w: WorkshopRow }>(
    `${VIEWER} MATCH (w:Workshop {id: $id}) RETURN ${WORKSHOP_PROJECTION} AS w`,
    { userId, id },
  );
  return row?.w ?? null;
}

/** Account ids for facilitator e-mails; BAD_USER_INPUT naming the unknown ones. */
async function resolveFacilitators(tx: GraphTx, emails: string[]): Promise<string[]> {
  if (emails.length === 0) return [];
  const rows = await tx.rows<{ email: string; id: string | null }>(
    `UNWIND $emails AS email
     OPTIONAL MATCH (u:User {email: email}) WHERE u.role IN $roles
     RETURN email, u.id AS id`,
    { emails, roles: FACILITATOR_ROLES },
  );
  const unknown = rows.filter((r) => !r.id).map((r) => r.email);
  if (unknown.length) {
    throw new BadUserInputError(
      'facilitatorEmails',
      `No graduate or organizer account has the e-mail ${unknown.join(', ')}.`,
    );
  }
  return rows.map((r) => r.id!);
}
