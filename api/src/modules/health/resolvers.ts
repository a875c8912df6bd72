import type { Resolvers } from '../../generated/graphql.js';
import { checkGraphHealth } from './check.js';

export const healthResolvers: Resolvers = {
  Query: {
    health: (_root, _args, ctx) => checkGraphHealth(ctx.graph),
  },
};
