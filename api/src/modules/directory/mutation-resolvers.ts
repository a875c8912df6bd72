import { ForbiddenError, NotFoundError } from '../../errors.js';
import type { MutationResolvers } from '../../generated/graphql.js';
import type { GraphQLContext } from '../../context.js';
import { decidePartnerUpdate } from './partner-editing.js';
import {
  checkPartnerState,
  EMPTY_PARTNER,
  parsePartnerFields,
  type PartnerFieldsInput,
} from './partner-input.js';
import { checkReferralCodes, parseEndorsementNote, parseReferralDate } from './trust-input.js';
import { scopeOf } from './viewer-scope.js';

/** The viewer's Coordinator; referrals and endorsements are always a coordinator's own. */
async function requireCoordinator(ctx: GraphQLContext) {
  const viewer = await ctx.access.requireRole('COORDINATOR');
  if (!viewer.coordinatorId) throw new ForbiddenError('Your account has no coordinator profile.');
  return { viewer, coordinatorId: viewer.coordinatorId };
}

export const directoryMutationResolvers: MutationResolvers = {
  proposePartner: async (_root, { input }, ctx) => {
    const viewer = await ctx.access.requireRole('COORDINATOR', 'ISA_ADMIN');
    const fields = parsePartnerFields(input.fields as PartnerFieldsInput, ctx.catalog);
    if (fields.sensitiveAddress === undefined) fields.sensitiveAddress = false;
    const state = { ...EMPTY_PARTNER, ...fields };
    checkPartnerState(state);
    const { row } = await ctx.repos.partnerWrites.propose(state, scopeOf(viewer));
    return { partner: row };
  },

  updatePartner: async (_root, { input }, ctx) => {
    const viewer = await ctx.access.requireRole('COORDINATOR', 'ISA_ADMIN');
    const given = parsePartnerFields(input.fields as PartnerFieldsInput, ctx.catalog);
    const { row, change } = await ctx.repos.partnerWrites.update(
      input.partnerId,
      given,
      scopeOf(viewer),
      (current) => decidePartnerUpdate(viewer.role, current, given),
    );
    return { partner: row, change };
  },

  verifyPartner: async (_root, { input }, ctx) => {
    const viewer = await ctx.access.requireRole('ISA_ADMIN');
    const partner = await ctx.repos.partnerWrites.verify(
      input.partnerId,
      input.verified !== false,
      scopeOf(viewer),
    );
    return { partner };
  },

  confirmPartner: async (_root, { input }, ctx) => {
    const viewer = await ctx.access.requireRole('COORDINATOR', 'ISA_ADMIN');
    return { partner: await ctx.repos.partnerWrites.confirm(input.partnerId, scopeOf(viewer)) };
  },

  recordReferral: async (_root, { input }, ctx) => {
    const { coordinatorId } = await requireCoordinator(ctx);
    const date = parseReferralDate(input.date);
    checkReferralCodes(ctx.catalog, input.domain, input.language);
    const referral = await ctx.repos.trustWrites.recordReferral(coordinatorId, {
      partnerId: input.partnerId,
      date,
      domain: input.domain,
      language: input.language,
      outcome: input.outcome ?? 'UNKNOWN',
    });
    if (!referral) throw new NotFoundError('Partner');
    return { referral };
  },

  updateReferralOutcome: async (_root, { input }, ctx) => {
    const { coordinatorId } = await requireCoordinator(ctx);
    const referral = await ctx.repos.trustWrites.updateReferralOutcome(
      coordinatorId,
      input.referralId,
      input.outcome,
    );
    return { referral };
  },

  endorsePartner: async (_root, { input }, ctx) => {
    const { viewer, coordinatorId } = await requireCoordinator(ctx);
    const note = parseEndorsementNote(input.note);
    const result = await ctx.repos.trustWrites.endorse(
      { ...scopeOf(viewer), coordinatorId },
      input.partnerId,
      note,
    );
    return { partner: result.row, endorsement: result.endorsement, replaced: result.replaced };
  },
};
