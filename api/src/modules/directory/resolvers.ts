import type { Resolvers } from '../../generated/graphql.js';
import { decodeCursor, pageSize, toConnection } from '../../pagination.js';

export const directoryResolvers: Resolvers = {
  Query: {
    partners: async (_root, args, ctx) => {
      await ctx.access.requireViewer();
      const first = pageSize(args.first);
      const after = decodeCursor(args.after, 2) as [string, string] | null;
      const rows = await ctx.repos.directory.listPartners({ limit: first + 1, after, ...args.filter });
      return toConnection(rows, first, (r) => [r.name, r.id], after !== null);
    },
  },
  Partner: {
    prefecture: (p, _args, ctx) => ctx.catalog.get('prefectures', p.prefectureCode),
    domains: (p, _args, ctx) => ctx.catalog.many('domains', p.domainCodes),
    languages: (p, _args, ctx) => ctx.catalog.many('languages', p.languageCodes),
    memberOf: (p, _args, ctx) => (p.memberOfId ? ctx.loaders.partnerById.load(p.memberOfId) : null),
  },
};
