import { randomUUID } from 'node:crypto';
import { BadUserInputError, ConflictError } from '../../errors.js';
import type { Resolvers } from '../../generated/graphql.js';
import { hashPassword, MIN_PASSWORD_LENGTH } from '../auth/passwords.js';
import { normalizeEmail } from '../auth/service.js';
import { hashSessionToken, newSessionToken } from '../auth/tokens.js';
import { EMAIL_PATTERN } from '../graduates/profile-input.js';
import { INVITATION_TTL_DAYS } from '../graduates/import/repository.js';
import { hashInvitationCode, looksLikeInvitationCode, newInvitationCode } from './codes.js';
import { reissueInvitations } from './repository.js';

const REFUSALS = {
  INVALID: () => new BadUserInputError('code', 'This invitation code is not valid.'),
  USED: () => new BadUserInputError('code', 'This invitation code has already been used.'),
  EXPIRED: () => new BadUserInputError('code', 'This invitation code has expired; ask ISA for a new one.'),
  ACCOUNT_EXISTS: () => new ConflictError('This graduate already has an account.', { field: 'code' }),
  EMAIL_TAKEN: () => new ConflictError('An account with this e-mail address exists.', { field: 'email' }),
} as const;

export const invitationResolvers: Resolvers = {
  Mutation: {
    reissueInvitations: async (_root, { input }, ctx) => {
      await ctx.access.requireRole('ISA_ADMIN');
      const ids = [...new Set(input.coordinatorIds)];
      if (ids.length === 0 || ids.length > 1_000) {
        throw new BadUserInputError('coordinatorIds', 'Give 1 to 1,000 coordinator ids.');
      }
      const codes = new Map(ids.map((id) => [id, newInvitationCode()]));
      const rows = ids.map((id) => ({
        coordinatorId: id,
        invitationId: randomUUID(),
        codeHash: hashInvitationCode(codes.get(id)!),
      }));
      const issued = await reissueInvitations(ctx.graph, rows, INVITATION_TTL_DAYS);
      return { invitations: issued.map((i) => ({ ...i, code: codes.get(i.coordinatorId)! })) };
    },
    redeemInvitation: async (_root, { input }, ctx) => {
      if (!looksLikeInvitationCode(input.code)) throw REFUSALS.INVALID();
      const email = normalizeEmail(input.email);
      if (!EMAIL_PATTERN.test(email) || email.length > 254) {
        throw new BadUserInputError('email', 'Enter a valid e-mail address.');
      }
      if (input.password.length < MIN_PASSWORD_LENGTH || input.password.length > 1024) {
        throw new BadUserInputError('password', `Use at least ${MIN_PASSWORD_LENGTH} characters.`);
      }
      const sessionToken = newSessionToken();
      const outcome = await ctx.repos.invitations.redeem({
        codeHash: hashInvitationCode(input.code),
        email,
        passwordHash: await hashPassword(input.password),
        sessionTokenHash: hashSessionToken(sessionToken),
        sessionTtlHours: ctx.config.SESSION_TTL_HOURS,
      });
      if (outcome.kind !== 'OK') throw REFUSALS[outcome.kind]();
      const viewer = await ctx.repos.auth.viewerForSession(hashSessionToken(sessionToken));
      if (!viewer) throw new Error('The new session could not be read back.');
      return { sessionToken, viewer };
    },
  },
};
