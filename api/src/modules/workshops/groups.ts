import { randomUUID } from 'node:crypto';
import type { Graph } from '../../db/graph.js';
import { BadUserInputError } from '../../errors.js';
import type { ReferenceCatalog } from '../reference/catalog.js';
import { GROUP_MAX, splitIntoGroups } from './grouping.js';
import { lockAsOrganizer } from './lock.js';
import type { ParticipantRow, WorkshopRow } from './model.js';
import { participant } from './cypher.js';
import { readWorkshop } from './repository.js';

/** Groups of a workshop: the automatic split, moves by hand, facilitators. Organizers only, under the lock. */
export class GroupRepository {
  constructor(
    private readonly graph: Graph,
    private readonly catalog: ReferenceCatalog,
  ) {}

  /** Replaces the groups with a fresh split of the confirmed participants; facilitators dealt in turn. */
  split(userId: string, workshopId: string, seed: number): Promise<WorkshopRow> {
    return this.graph.write(async (tx) => {
      await lockAsOrganizer(tx, workshopId, userId);
      const state = await tx.one<{ people: ParticipantRow[]; facilitators: { id: string; name: string }[] }>(
        `MATCH (w:Workshop {id: $workshopId})
         RETURN [(c:Coordinator)-[:REGISTERED {status: 'CONFIRMED'}]->(w) | ${participant('c')}] AS people,
                [(f:User)-[:FACILITATES]->(w) | {id: f.id, name: coalesce(f.displayName, '')}] AS facilitators`,
        { workshopId },
      );
      const people = state?.people ?? [];
      if (people.length === 0)
        throw new BadUserInputError('workshopId', 'There are no confirmed participants yet.');
      const split = splitIntoGroups(
        people.map((p) => ({
          id: p.id,
          bureauCode: this.catalog.get('prefectures', p.prefectureCode)?.bureauCode ?? null,
          domainCodes: p.domainCodes,
        })),
        seed,
      );
      const facilitators = [...(state?.facilitators ?? [])].sort(
        (a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id),
      );
      const groups = split.map((members, i) => ({
        id: randomUUID(),
        number: i + 1,
        members,
        facilitatorId: facilitators.length ? facilitators[i % facilitators.length].id : null,
      }));
      await tx.rows(
        `MATCH (w:Workshop {id: $workshopId})
         OPTIONAL MATCH (old:WorkshopGroup)-[:GROUP_OF]->(w)
         DETACH DELETE old`,
        { workshopId },
      );
      await tx.rows(
        `MATCH (w:Workshop {id: $workshopId})
         UNWIND $groups AS grp
         CREATE (g:WorkshopGroup {id: grp.id, number: grp.number})-[:GROUP_OF]->(w)
         WITH g, grp
         CALL (g, grp) { OPTIONAL MATCH (f:User {id: grp.facilitatorId})
                         FOREACH (_ IN CASE WHEN f IS NULL THEN [] ELSE [1] END | CREATE (g)-[:FACILITATED_BY]->(f)) }
         WITH g, grp UNWIND grp.members AS cid
         MATCH (c:Coordinator {id: cid}) CREATE (c)-[:IN_GROUP]->(g)`,
        { workshopId, groups },
      );
      return (await readWorkshop(tx, userId, workshopId))!;
    });
  }

  /** Moves one confirmed participant into group `groupNumber`, refusing a 16th member. */
  move(userId: string, workshopId: string, participantId: string, groupNumber: number): Promise<WorkshopRow> {
    return this.graph.write(async (tx) => {
      await lockAsOrganizer(tx, workshopId, userId);
      const state = await tx.one<{ size: number | null; confirmed: boolean; already: boolean }>(
        `MATCH (w:Workshop {id: $workshopId})
         OPTIONAL MATCH (g:WorkshopGroup {number: $groupNumber})-[:GROUP_OF]->(w)
         OPTIONAL MATCH (c:Coordinator {id: $participantId})
         RETURN CASE WHEN g IS NULL THEN null ELSE COUNT { (:Coordinator)-[:IN_GROUP]->(g) } END AS size,
                EXISTS { (c)-[:REGISTERED {status: 'CONFIRMED'}]->(w) } AS confirmed,
                EXISTS { (c)-[:IN_GROUP]->(g) } AS already`,
        { workshopId, groupNumber, participantId },
      );
      if (state?.size == null)
        throw new BadUserInputError('groupNumber', `There is no group ${groupNumber}.`);
      if (!state.confirmed) {
        throw new BadUserInputError('participantId', 'Only confirmed participants can be placed in a group.');
      }
      if (state.already) return (await readWorkshop(tx, userId, workshopId))!;
      if (state.size >= GROUP_MAX) {
        throw new BadUserInputError('groupNumber', `Group ${groupNumber} already has ${GROUP_MAX} members.`);
      }
      await tx.rows(
        `MATCH (w:Workshop {id: $workshopId}), (c:Coordinator {id: $participantId})
         MATCH (g:WorkshopGroup {number: $groupNumber})-[:GROUP_OF]->(w)
         OPTIONAL MATCH (c)-[old:IN_GROUP]->(:WorkshopGroup)-[:GROUP_OF]->(w)
         DELETE old
         WITH DISTINCT c, g CREATE (c)-[:IN_GROUP]->(g)`,
        { workshopId, participantId, groupNumber },
      );
      return (await readWorkshop(tx, userId, workshopId))!;
    });
  }

  /** Names a group's facilitator: one of the workshop's facilitators or organizers. */
  setFacilitator(userId: string, workshopId: string, groupNumber: number, facilitatorId: string) {
    return this.graph.write(async (tx) => {
      await lockAsOrganizer(tx, workshopId, userId);
      const rows = await tx.rows(
        `MATCH (w:Workshop {id: $workshopId})<-[:GROUP_OF]-(g:WorkshopGroup {number: $groupNumber})
         MATCH (f:User {id: $facilitatorId}) WHERE EXISTS { (f)-[:FACILITATES|ORGANIZES]->(w) }
         OPTIONAL MATCH (g)-[old:FACILITATED_BY]->()
         DELETE old
         WITH DISTINCT w, g, f
         CREATE (g)-[:FACILITATED_BY]->(f)
         MERGE (f)-[:FACILITATES]->(w)
         RETURN g.id AS id`,
        { workshopId, groupNumber, facilitatorId },
      );
      if (rows.length === 0) {
        throw new BadUserInputError(
          'facilitatorId',
          'Choose an existing group and one of the workshop’s facilitators or organizers.',
        );
      }
      return (await readWorkshop(tx, userId, workshopId))!;
    });
  }
}
