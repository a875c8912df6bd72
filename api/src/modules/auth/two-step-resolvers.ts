import { BadUserInputError, ForbiddenError } from '../../errors.js';
import type { Resolvers } from '../../generated/graphql.js';
import { verifyPassword } from './passwords.js';
import { completeSignIn } from './service.js';
import { hashRecoveryCode, newRecoveryCodes, newTotpSecret, otpauthUri, totpStep } from './two-step.js';

export const twoStepResolvers: Resolvers = {
  Mutation: {
    completeSignIn: async (_root, { input }, ctx) => {
      const { sessionToken, viewer } = await completeSignIn(
        ctx.repos.auth,
        input,
        ctx.config.SESSION_TTL_HOURS,
      );
      return { sessionToken, expiresAt: viewer.sessionExpiresAt, viewer, secondFactorToken: null };
    },
    startTwoStepEnrollment: async (_root, _args, ctx) => {
      const viewer = await ctx.access.requireViewer();
      const secret = newTotpSecret();
      await ctx.repos.auth.startTwoStepEnrollment(viewer.id, secret);
      return { secret, otpauthUri: otpauthUri(secret, viewer.email) };
    },
    confirmTwoStepEnrollment: async (_root, { code }, ctx) => {
      const viewer = await ctx.access.requireViewer();
      const pending = await ctx.repos.auth.pendingTwoStepSecret(viewer.id);
      if (!pending?.secret) throw new BadUserInputError('code', 'Start the set-up first.');
      const step = totpStep(pending.secret, code.trim());
      if (step === null)
        throw new BadUserInputError('code', 'The code is wrong; check the clock of the device.');
      const recoveryCodes = newRecoveryCodes();
      const ok = await ctx.repos.auth.confirmTwoStep(
        viewer,
        pending.secret,
        step,
        recoveryCodes.map(hashRecoveryCode),
      );
      if (!ok) throw new BadUserInputError('code', 'Start the set-up again.');
      return { recoveryCodes };
    },
    disableTwoStep: async (_root, { currentPassword }, ctx) => {
      const viewer = await ctx.access.requireViewer();
      if (ctx.access.twoStepRequiredFor(viewer)) {
        const error = new ForbiddenError('Your role requires two-step sign-in.');
        error.extensions.reason = 'SECOND_FACTOR_REQUIRED';
        throw error;
      }
      const hash = await ctx.repos.accounts.passwordHashOf(viewer.id);
      if (!hash || !(await verifyPassword(hash, currentPassword))) {
        throw new BadUserInputError('currentPassword', 'The current password is wrong.');
      }
      await ctx.repos.auth.disableTwoStep(viewer);
      return { twoStepEnabled: false };
    },
  },
};
