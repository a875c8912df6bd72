import { ForbiddenError, NotFoundError } from '../../errors.js';
import type { Resolvers } from '../../generated/graphql.js';
import { decodeCursor, pageSize, toConnection } from '../../pagination.js';
import { WORKSHOP_READERS } from '../workshops/resolvers.js';
import { parseMaterialInput, parseReviewComment } from './material-input.js';

export const materialResolvers: Resolvers = {
  Query: {
    materialAccessLog: async (_root, args, ctx) => {
      const viewer = await ctx.access.requireRole('ISA_ADMIN', 'WORKSHOP_ORGANIZER');
      const first = pageSize(args.first, 50);
      const after = decodeCursor(args.after, ['datetime', 'string']);
      const log = await ctx.repos.knowledge.materials.accessLog(viewer.id, args.workshopId, first + 1, after);
      if (!log) throw new NotFoundError('The workshop');
      if (viewer.role !== 'ISA_ADMIN' && !log.organizer) {
        throw new ForbiddenError('Only ISA staff and the workshop’s organizers read the access log.');
      }
      return toConnection(log.rows, first, (r) => [r.at, r.id], after !== null);
    },
  },
  Mutation: {
    submitCaseMaterial: async (_root, { input }, ctx) => {
      const viewer = await ctx.access.requireRole(...WORKSHOP_READERS);
      const { props, confirmedFlags } = parseMaterialInput(input);
      const material = await ctx.repos.knowledge.materials.submit(
        viewer.id,
        input.workshopId,
        input.id ?? null,
        props,
        confirmedFlags,
      );
      return { material };
    },
    reviewCaseMaterial: async (_root, { input }, ctx) => {
      const viewer = await ctx.access.requireRole(...WORKSHOP_READERS);
      const comment = parseReviewComment(input.approve, input.comment);
      return {
        material: await ctx.repos.knowledge.materials.review(viewer.id, input.id, input.approve, comment),
      };
    },
    openCaseMaterial: async (_root, { input }, ctx) => {
      // Every role may try (the refusal is logged too); access is decided in the query.
      const viewer = await ctx.access.requireViewer();
      const opened = await ctx.repos.knowledge.materials.open(viewer.id, input.id);
      // Outsiders are answered as for an unknown id (the refusal is still logged).
      if (!opened || (!opened.granted && !opened.involved)) throw new NotFoundError('The material');
      if (!opened.granted || !opened.material) {
        throw new ForbiddenError(
          'Only this workshop’s participants, facilitators and organizers open its materials.',
        );
      }
      return { material: opened.material };
    },
  },
};
