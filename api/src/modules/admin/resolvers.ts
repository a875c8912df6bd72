import type { Resolvers } from '../../generated/graphql.js';
import { decodeCursor, pageSize, toConnection } from '../../pagination.js';

export const adminResolvers: Resolvers = {
  Query: {
    accounts: async (_root, args, ctx) => {
      await ctx.access.requireRole('ISA_ADMIN');
      const first = pageSize(args.first);
      const after = decodeCursor(args.after, ['string', 'string']);
      const rows = await ctx.repos.admin.listAccounts(first + 1, after);
      return toConnection(rows, first, (r) => [r.email, r.id], after !== null);
    },
  },
};
