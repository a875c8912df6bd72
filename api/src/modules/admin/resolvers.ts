import type { Resolvers } from '../../generated/graphql.js';
import { decodeCursor, pageSize, toConnection } from '../../pagination.js';

export const adminResolvers: Resolvers = {
  Query: {
    accounts: async (_root, args, ctx) => {
      await ctx.access.requireRole('ISA_ADMIN');
      const first = pageSize(args.first);
      const after = decodeCursor(args.after, ['string', 'string']);
      const text = args.text?.trim().slice(0, 100) || null;
      const rows = await ctx.repos.admin.listAccounts(first + 1, after, {
        role: args.role ?? null,
        active: args.active ?? null,
        text,
      });
      return toConnection(rows, first, (r) => [r.email, r.id], after !== null);
    },
    account: async (_root, { id }, ctx) => {
      await ctx.access.requireRole('ISA_ADMIN');
      return ctx.repos.admin.accountById(id);
    },
  },
};
