import { createHash } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  BadUserInputError,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  TooManyAttemptsError,
} from '../../errors.js';
import type { Resolvers } from '../../generated/graphql.js';
import type { GraphQLContext } from '../../context.js';
import type { AccountRow } from '../admin/repository.js';
import { hashPassword, MIN_PASSWORD_LENGTH, verifyPassword } from '../auth/passwords.js';
import type { RoleName } from '../auth/repository.js';
import { normalizeEmail } from '../auth/service.js';
import { EMAIL_PATTERN } from '../graduates/profile-input.js';
import { mailerFor } from '../notifications/mailer.js';
import { passwordLinkMail } from './mail.js';
import {
  hashPasswordToken,
  looksLikePasswordToken,
  newPasswordToken,
  passwordLink,
  RESET_LINKS_PER_HOUR,
  RESET_TOKEN_TTL_MINUTES,
  SETUP_TOKEN_TTL_MINUTES,
} from './password-tokens.js';
import { WindowLimiter } from './rate-limit.js';
import type { MailRecipient, StaffChangeOutcome } from './repository.js';

const STAFF_ROLES: readonly RoleName[] = ['ISA_ADMIN', 'WORKSHOP_ORGANIZER', 'LOCAL_GOV'];
/** Every reset request takes at least this long, whether or not the address is known and mail is sent. */
const RESET_ANSWER_MS = 400;
/** Reset requests per address (known or not) per 15 minutes in one API process. */
const resetRequests = new WindowLimiter(5, 15 * 60_000);

function validEmail(raw: string, field = 'email'): string {
  const email = normalizeEmail(raw);
  if (!EMAIL_PATTERN.test(email) || email.length > 254) {
    throw new BadUserInputError(field, 'Enter a valid e-mail address.');
  }
  return email;
}

function validNewPassword(password: string, field = 'newPassword'): string {
  if (password.length < MIN_PASSWORD_LENGTH || password.length > 1024) {
    throw new BadUserInputError(field, `Use at least ${MIN_PASSWORD_LENGTH} characters.`);
  }
  return password;
}

function refusal(field: string, reason: string, message: string): BadUserInputError {
  const error = new BadUserInputError(field, message);
  error.extensions.reason = reason;
  return error;
}

function mailLink(
  ctx: GraphQLContext,
  kind: 'RESET' | 'SETUP',
  to: MailRecipient,
  token: string,
): Promise<void> {
  const minutes = kind === 'RESET' ? RESET_TOKEN_TTL_MINUTES : SETUP_TOKEN_TTL_MINUTES;
  return mailerFor(ctx.config).send(
    passwordLinkMail(kind, to, passwordLink(ctx.config.PORTAL_URL, token), { minutes }),
  );
}

function staffOutcome(outcome: StaffChangeOutcome): { account: AccountRow } {
  switch (outcome.kind) {
    case 'OK':
      return { account: outcome.account };
    case 'NOT_FOUND':
      throw new NotFoundError('The account');
    case 'LAST_ADMIN': {
      const error = new ConflictError('This would leave no active ISA administrator.');
      error.extensions.reason = 'LAST_ADMIN';
      throw error;
    }
    case 'COORDINATOR_ACCOUNT':
      throw new BadUserInputError('accountId', 'A coordinator account keeps the COORDINATOR role.');
    case 'EMAIL_TAKEN':
      throw new ConflictError('An account with this e-mail address exists.', { field: 'email' });
    case 'PREFECTURE_REQUIRED':
      throw new BadUserInputError('prefectureCode', 'A local government account needs its prefecture.');
  }
}

function staffRole(role: RoleName): RoleName {
  if (!STAFF_ROLES.includes(role)) {
    throw new BadUserInputError('role', 'Choose ISA_ADMIN, WORKSHOP_ORGANIZER or LOCAL_GOV.');
  }
  return role;
}

function prefectureCode(ctx: GraphQLContext, code: string | null | undefined): string | null {
  if (code == null || code === '') return null;
  if (!ctx.catalog.get('prefectures', code))
    throw new BadUserInputError('prefectureCode', 'Unknown prefecture.');
  return code;
}

export const accountResolvers: Resolvers = {
  Query: {
    devOutbox: async (_root, _args, ctx) => {
      await ctx.access.requireRole('ISA_ADMIN');
      const mailer = mailerFor(ctx.config);
      if (!mailer.outboxAvailable) throw new NotFoundError('The development outbox');
      return [...mailer.outbox()];
    },
  },
  Mutation: {
    changePassword: async (_root, { input }, ctx) => {
      const viewer = await ctx.access.requireViewer();
      validNewPassword(input.newPassword);
      if (input.currentPassword.length === 0 || input.currentPassword.length > 1024) {
        throw new BadUserInputError('currentPassword', 'Enter your current password.');
      }
      const hash = await ctx.repos.accounts.passwordHashOf(viewer.id);
      if (!hash || !(await verifyPassword(hash, input.currentPassword))) {
        throw new BadUserInputError('currentPassword', 'The current password is wrong.');
      }
      const revoked = await ctx.repos.accounts.changePassword(
        viewer,
        viewer.sessionId,
        await hashPassword(input.newPassword),
      );
      return { revokedSessions: revoked };
    },

    requestPasswordReset: async (_root, { input }, ctx) => {
      const email = validEmail(input.email);
      const wait = resetRequests.hit(createHash('sha256').update(email).digest('hex'));
      if (wait > 0) throw new TooManyAttemptsError(wait);
      const started = Date.now();
      const token = newPasswordToken();
      const recipient = await ctx.repos.accounts.createResetToken(
        email,
        hashPasswordToken(token),
        RESET_TOKEN_TTL_MINUTES,
        RESET_LINKS_PER_HOUR,
      );
      // The mail goes out after the answer, so SMTP time cannot tell a known address from an unknown one.
      if (recipient) void mailLink(ctx, 'RESET', recipient, token);
      await sleep(Math.max(0, RESET_ANSWER_MS - (Date.now() - started)));
      return { accepted: true };
    },

    resetPassword: async (_root, { input }, ctx) => {
      validNewPassword(input.newPassword);
      if (!looksLikePasswordToken(input.token)) {
        throw refusal('token', 'TOKEN_INVALID', 'This link is not valid.');
      }
      const outcome = await ctx.repos.accounts.consumeToken(
        hashPasswordToken(input.token),
        await hashPassword(input.newPassword),
      );
      switch (outcome.kind) {
        case 'OK':
          return { email: outcome.email };
        case 'TOKEN_INVALID':
          throw refusal('token', outcome.kind, 'This link is not valid.');
        case 'TOKEN_USED':
          throw refusal('token', outcome.kind, 'This link has already been used.');
        case 'TOKEN_EXPIRED':
          throw refusal('token', outcome.kind, 'This link has expired; ask for a new one.');
        case 'ACCOUNT_DEACTIVATED': {
          const error = new ForbiddenError('This account has been deactivated.');
          error.extensions.reason = 'ACCOUNT_DEACTIVATED';
          throw error;
        }
      }
    },

    createStaffAccount: async (_root, { input }, ctx) => {
      const actor = await ctx.access.requireRole('ISA_ADMIN');
      const email = validEmail(input.email);
      const displayName = input.displayName.trim();
      if (displayName.length === 0 || displayName.length > 100) {
        throw new BadUserInputError('displayName', 'Enter a name of at most 100 characters.');
      }
      const role = staffRole(input.role);
      const prefecture = prefectureCode(ctx, input.prefectureCode);
      if (role === 'LOCAL_GOV' && !prefecture) {
        throw new BadUserInputError('prefectureCode', 'A local government account needs its prefecture.');
      }
      const locale = input.locale ?? 'ja';
      if (locale !== 'ja' && locale !== 'en') throw new BadUserInputError('locale', 'Use "ja" or "en".');
      const token = newPasswordToken();
      const outcome = await ctx.repos.accounts.createStaff(
        actor,
        { email, displayName, role, prefectureCode: prefecture, locale },
        hashPasswordToken(token),
        SETUP_TOKEN_TTL_MINUTES,
      );
      if (outcome.kind === 'OK' && outcome.recipient) await mailLink(ctx, 'SETUP', outcome.recipient, token);
      return staffOutcome(outcome);
    },

    sendSetPasswordLink: async (_root, { accountId }, ctx) => {
      const actor = await ctx.access.requireRole('ISA_ADMIN');
      const token = newPasswordToken();
      const outcome = await ctx.repos.accounts.issueSetupToken(
        actor,
        accountId,
        hashPasswordToken(token),
        SETUP_TOKEN_TTL_MINUTES,
      );
      if (outcome.kind === 'OK' && outcome.recipient) await mailLink(ctx, 'SETUP', outcome.recipient, token);
      return staffOutcome(outcome);
    },

    changeAccountRole: async (_root, { input }, ctx) => {
      const actor = await ctx.access.requireRole('ISA_ADMIN');
      const role = staffRole(input.role);
      const prefecture = prefectureCode(ctx, input.prefectureCode);
      return staffOutcome(await ctx.repos.accounts.changeRole(actor, input.accountId, role, prefecture));
    },

    setAccountActive: async (_root, { input }, ctx) => {
      const actor = await ctx.access.requireRole('ISA_ADMIN');
      return staffOutcome(await ctx.repos.accounts.setActive(actor, input.accountId, input.active));
    },
  },
  Account: {
    prefecture: (account, _args, ctx) =>
      ctx.catalog.get('prefectures', (account as AccountRow).prefectureCode),
  },
};
