import type { Resolvers } from '../../generated/graphql.js';
import { signIn } from './service.js';

export const authResolvers: Resolvers = {
  Query: {
    viewer: (_root, _args, ctx) => ctx.access.viewer(),
  },
  Mutation: {
    signIn: async (_root, { input }, ctx) => {
      const { sessionToken, viewer } = await signIn(ctx.repos.auth, input, ctx.config.SESSION_TTL_HOURS);
      return { sessionToken, expiresAt: viewer.sessionExpiresAt, viewer };
    },
    signOut: async (_root, _args, ctx) => {
      const viewer = await ctx.access.requireViewer();
      return { revokedSessions: await ctx.repos.auth.revokeSession(viewer.sessionId) };
    },
    signOutEverywhere: async (_root, _args, ctx) => {
      const viewer = await ctx.access.requireViewer();
      return { revokedSessions: await ctx.repos.auth.revokeAllSessions(viewer.id) };
    },
  },
  Viewer: {
    prefecture: (viewer, _args, ctx) => ctx.catalog.get('prefectures', viewer.prefectureCode),
  },
};
