import type { GraphQLContext } from '../../context.js';
import { NotFoundError } from '../../errors.js';
import type { Resolvers } from '../../generated/graphql.js';
import { decodeCursor, pageSize, toConnection } from '../../pagination.js';
import { directoryMutationResolvers } from './mutation-resolvers.js';
import type { PartnerDetailRow, PartnerParent, PartnerRow } from './partner-projection.js';
import { scopeOf } from './viewer-scope.js';

/** The full row of a partner: itself, or for a list's card the row loaded with the rest of the page. */
async function fullRowOf(p: PartnerParent, ctx: GraphQLContext): Promise<PartnerRow | null> {
  return 'card' in p ? ctx.loaders.partnerById.load(p.id) : p;
}

/** The detail lists: fetched with the row on the partner page, else loaded for all rows at once. */
async function detailOf(p: PartnerParent, ctx: GraphQLContext): Promise<PartnerDetailRow> {
  return ('detail' in p ? p.detail : undefined) ?? ctx.loaders.partnerDetailById.load(p.id);
}

/** A resolver of a field that cards leave out; null when the partner is no longer visible. */
function fromFullRow<K extends keyof PartnerRow>(key: K) {
  return async (p: PartnerParent, _args: unknown, ctx: GraphQLContext): Promise<PartnerRow[K] | null> =>
    (await fullRowOf(p, ctx))?.[key] ?? null;
}

export const directoryResolvers: Resolvers = {
  Query: {
    partners: async (_root, args, ctx) => {
      const viewer = await ctx.access.requireViewer();
      const first = pageSize(args.first);
      const after = decodeCursor(args.after, ['string', 'string']);
      const rows = await ctx.repos.directory.listPartners(
        {
          limit: first + 1,
          after,
          ...args.filter,
          domainCodes: args.filter?.domain ? ctx.catalog.domainWithDescendants(args.filter.domain) : null,
        },
        scopeOf(viewer),
      );
      return toConnection(rows, first, (r) => [r.name, r.id], after !== null);
    },
    partner: async (_root, args, ctx) => {
      const viewer = await ctx.access.requireViewer();
      const row = await ctx.repos.directory.partnerDetail(args.id, scopeOf(viewer));
      if (!row) throw new NotFoundError('Partner');
      return row;
    },
    partnerNeighbourhood: async (_root, args, ctx) => {
      const viewer = await ctx.access.requireViewer();
      const row = await ctx.repos.directory.neighbourhood(args.id, scopeOf(viewer));
      if (!row) throw new NotFoundError('Partner');
      return row;
    },
  },
  Mutation: directoryMutationResolvers,
  Partner: {
    prefecture: (p, _args, ctx) => ctx.catalog.get('prefectures', p.prefectureCode),
    domains: (p, _args, ctx) => ctx.catalog.many('domains', p.domainCodes),
    languages: (p, _args, ctx) => ctx.catalog.many('languages', p.languageCodes),
    // Fields a card leaves out (PARTNER_CARD_PROJECTION).
    url: fromFullRow('url'),
    email: fromFullRow('email'),
    phones: async (p, _args, ctx) => (await fullRowOf(p, ctx))?.phones ?? [],
    address: async (p, _args, ctx) => {
      const row = await fullRowOf(p, ctx);
      return row && (row.postalCode || row.municipality || row.addressLine) ? row : null;
    },
    latitude: fromFullRow('latitude'),
    longitude: fromFullRow('longitude'),
    openingHours: fromFullRow('openingHours'),
    fees: fromFullRow('fees'),
    eligibility: fromFullRow('eligibility'),
    acceptedStatuses: async (p, _args, ctx) =>
      ctx.catalog.many('statuses', (await fullRowOf(p, ctx))?.statusCodes ?? []),
    serviceArea: async (p, _args, ctx) =>
      ctx.catalog.many('prefectures', (await fullRowOf(p, ctx))?.serviceAreaCodes ?? []),
    memberOf: (p, _args, ctx) => (p.memberOfId ? ctx.loaders.partnerById.load(p.memberOfId) : null),
    createdAt: fromFullRow('createdAt'),
    createdByName: fromFullRow('createdByName'),
    updatedAt: fromFullRow('updatedAt'),
    verifiedAt: fromFullRow('verifiedAt'),
    lastConfirmedAt: fromFullRow('lastConfirmedAt'),
    lastConfirmedByName: fromFullRow('lastConfirmedByName'),
    recentChanges: async (p, _args, ctx) => (await detailOf(p, ctx)).recentChanges,
    recentEndorsements: async (p, _args, ctx) => (await detailOf(p, ctx)).recentEndorsements,
    viewerEndorsement: async (p, _args, ctx) => (await detailOf(p, ctx)).viewerEndorsement,
    viewerReferrals: async (p, _args, ctx) => (await detailOf(p, ctx)).viewerReferrals,
  },
  PartnerAddress: {
    prefecture: (p, _args, ctx) => ctx.catalog.get('prefectures', p.prefectureCode),
  },
  Referral: {
    domain: (r, _args, ctx) => ctx.catalog.get('domains', r.domainCode),
    language: (r, _args, ctx) => ctx.catalog.get('languages', r.languageCode),
    partner: async (r, _args, ctx) => {
      const partner = await ctx.loaders.partnerById.load(r.partnerId);
      if (!partner) throw new NotFoundError('Partner');
      return partner;
    },
  },
  PartnerNeighbourhood: {
    prefecture: (n, _args, ctx) => ctx.catalog.get('prefectures', n.partner.prefectureCode),
    serviceArea: (n, _args, ctx) => ctx.catalog.many('prefectures', n.partner.serviceAreaCodes),
  },
  NeighbourDomain: {
    domain: (d, _args, ctx) => ctx.catalog.get('domains', d.domainCode)!,
  },
};
