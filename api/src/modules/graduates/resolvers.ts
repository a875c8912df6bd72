import type { Resolvers } from '../../generated/graphql.js';
import { decodeCursor, pageSize, toConnection } from '../../pagination.js';

export const graduatesResolvers: Resolvers = {
  Query: {
    coordinators: async (_root, args, ctx) => {
      const viewer = await ctx.access.requireRole('COORDINATOR', 'ISA_ADMIN', 'WORKSHOP_ORGANIZER');
      const first = pageSize(args.first);
      const after = decodeCursor(args.after, 2) as [string, string] | null;
      const viewerBureau =
        viewer.role === 'COORDINATOR'
          ? (ctx.catalog.get('prefectures', viewer.prefectureCode)?.bureauCode ?? null)
          : null;
      const rows = await ctx.repos.graduates.listCoordinators({
        limit: first + 1,
        after,
        prefecture: args.prefecture,
        viewerBureau,
        viewerIsAdmin: viewer.role === 'ISA_ADMIN',
      });
      return toConnection(rows, first, (r) => [r.displayName, r.id], after !== null);
    },
  },
  Coordinator: {
    prefecture: (c, _args, ctx) => ctx.catalog.get('prefectures', c.prefectureCode)!,
    domains: (c, _args, ctx) => ctx.catalog.many('domains', c.domainCodes),
    languages: (c, _args, ctx) => ctx.catalog.many('languages', c.languageCodes),
  },
};
