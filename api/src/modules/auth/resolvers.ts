import type { Resolvers } from '../../generated/graphql.js';
import { signIn } from './service.js';

export const authResolvers: Resolvers = {
  Query: {
    viewer: (_root, _args, ctx) => ctx.access.viewer(),
  },
  Mutation: {
    signIn: async (_root, { input }, ctx) => {
      const result = await signIn(ctx.repos.auth, input, ctx.config.SESSION_TTL_HOURS);
      if (result.secondFactorToken !== undefined) {
        return {
          sessionToken: null,
          expiresAt: null,
          viewer: null,
          secondFactorToken: result.secondFactorToken,
        };
      }
      return {
        sessionToken: result.sessionToken,
        expiresAt: result.viewer.sessionExpiresAt,
        viewer: result.viewer,
        secondFactorToken: null,
      };
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
    twoStepEnabled: (viewer) => viewer.twoStepEnabled ?? false,
    twoStepRequired: (viewer, _args, ctx) => ctx.access.twoStepRequiredFor(viewer),
  },
};
