import type { Resolvers } from '../../../generated/graphql.js';
import { importGraduates } from './service.js';

export const importResolvers: Resolvers = {
  Mutation: {
    importGraduates: async (_root, { input }, ctx) => {
      const viewer = await ctx.access.requireRole('ISA_ADMIN');
      return importGraduates(ctx.graph, ctx.catalog, input, viewer.id);
    },
  },
};
