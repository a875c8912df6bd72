import { BadUserInputError, ForbiddenError } from '../../errors.js';
import type { Resolvers } from '../../generated/graphql.js';
import type { SessionViewer } from '../auth/repository.js';
import { parseWorkshopContent } from './input.js';
import type { WorkshopRow } from './model.js';

/** Roles that create workshops; changes after that need the ORGANIZES link (checked under the lock). */
const ORGANIZER_ROLES = ['WORKSHOP_ORGANIZER', 'ISA_ADMIN'] as const;

function graduate(viewer: SessionViewer): string {
  if (!viewer.coordinatorId)
    throw new ForbiddenError('Only graduates with a coordinator profile can register.');
  return viewer.coordinatorId;
}

const registrationPayload = (workshop: WorkshopRow) => ({ registration: workshop.myRegistration!, workshop });

export const workshopMutationResolvers: Resolvers = {
  Mutation: {
    createWorkshop: async (_root, { input }, ctx) => {
      const viewer = await ctx.access.requireRole(...ORGANIZER_ROLES);
      const content = parseWorkshopContent(input.content, ctx.catalog);
      return { workshop: await ctx.repos.workshops.workshops.create(viewer.id, content) };
    },
    updateWorkshop: async (_root, { input }, ctx) => {
      const viewer = await ctx.access.requireRole(...ORGANIZER_ROLES);
      const content = parseWorkshopContent(input.content, ctx.catalog);
      return { workshop: await ctx.repos.workshops.workshops.update(viewer.id, input.id, content) };
    },
    registerForWorkshop: async (_root, { input }, ctx) => {
      const viewer = await ctx.access.requireRole('COORDINATOR');
      const workshop = await ctx.repos.workshops.registrations.register(
        viewer.id,
        graduate(viewer),
        input.workshopId,
        input.peerConsent,
      );
      return registrationPayload(workshop);
    },
    cancelWorkshopRegistration: async (_root, { input }, ctx) => {
      const viewer = await ctx.access.requireRole('COORDINATOR');
      const workshop = await ctx.repos.workshops.registrations.cancel(
        viewer.id,
        graduate(viewer),
        input.workshopId,
      );
      return registrationPayload(workshop);
    },
    setWorkshopPeerConsent: async (_root, { input }, ctx) => {
      const viewer = await ctx.access.requireRole('COORDINATOR');
      const workshop = await ctx.repos.workshops.registrations.setConsent(
        viewer.id,
        graduate(viewer),
        input.workshopId,
        input.peerConsent,
      );
      return registrationPayload(workshop);
    },
    splitWorkshopGroups: async (_root, { input }, ctx) => {
      const viewer = await ctx.access.requireRole(...ORGANIZER_ROLES);
      const seed = input.seed ?? 0;
      if (!Number.isInteger(seed)) throw new BadUserInputError('seed', 'seed must be an integer.');
      return { workshop: await ctx.repos.workshops.groups.split(viewer.id, input.workshopId, seed) };
    },
    moveWorkshopParticipant: async (_root, { input }, ctx) => {
      const viewer = await ctx.access.requireRole(...ORGANIZER_ROLES);
      const { workshopId, participantId, groupNumber } = input;
      return {
        workshop: await ctx.repos.workshops.groups.move(viewer.id, workshopId, participantId, groupNumber),
      };
    },
    setWorkshopGroupFacilitator: async (_root, { input }, ctx) => {
      const viewer = await ctx.access.requireRole(...ORGANIZER_ROLES);
      const { workshopId, groupNumber, facilitatorId } = input;
      return {
        workshop: await ctx.repos.workshops.groups.setFacilitator(
          viewer.id,
          workshopId,
          groupNumber,
          facilitatorId,
        ),
      };
    },
    recordWorkshopAttendance: async (_root, { input }, ctx) => {
      const viewer = await ctx.access.requireRole(...ORGANIZER_ROLES);
      return ctx.repos.workshops.attendance.record(viewer.id, input.workshopId, input.attendedIds);
    },
  },
};
