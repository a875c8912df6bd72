import type { Resolvers } from '../../generated/graphql.js';

/** Reference data is public to every signed-in role; nested fields resolve from the in-memory catalog. */
export const referenceResolvers: Resolvers = {
  Query: {
    prefectures: async (_root, _args, ctx) => {
      await ctx.access.requireViewer();
      return ctx.catalog.all('prefectures');
    },
    supportDomains: async (_root, _args, ctx) => {
      await ctx.access.requireViewer();
      return ctx.catalog.all('domains');
    },
    languages: async (_root, _args, ctx) => {
      await ctx.access.requireViewer();
      return ctx.catalog.all('languages');
    },
    statusesOfResidence: async (_root, _args, ctx) => {
      await ctx.access.requireViewer();
      return ctx.catalog.all('statuses');
    },
  },
  Prefecture: {
    block: (p, _args, ctx) => ctx.catalog.get('blocks', p.blockCode)!,
    bureau: (p, _args, ctx) => ctx.catalog.get('bureaus', p.bureauCode)!,
    borders: (p, _args, ctx) => ctx.catalog.many('prefectures', p.borderCodes),
  },
};
