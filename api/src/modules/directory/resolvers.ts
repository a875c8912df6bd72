import { NotFoundError } from '../../errors.js';
import type { Resolvers } from '../../generated/graphql.js';
import { decodeCursor, pageSize, toConnection } from '../../pagination.js';
import { directoryMutationResolvers } from './mutation-resolvers.js';
import { scopeOf } from './viewer-scope.js';

export const directoryResolvers: Resolvers = {
  Query: {
    partners: async (_root, args, ctx) => {
      const viewer = await ctx.access.requireViewer();
      const first = pageSize(args.first);
      const after = decodeCursor(args.after, 2) as [string, string] | null;
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
    address: (p) => (p.postalCode || p.municipality || p.addressLine ? p : null),
    acceptedStatuses: (p, _args, ctx) => ctx.catalog.many('statuses', p.statusCodes),
    prefecture: (p, _args, ctx) => ctx.catalog.get('prefectures', p.prefectureCode),
    serviceArea: (p, _args, ctx) => ctx.catalog.many('prefectures', p.serviceAreaCodes),
    domains: (p, _args, ctx) => ctx.catalog.many('domains', p.domainCodes),
    languages: (p, _args, ctx) => ctx.catalog.many('languages', p.languageCodes),
    memberOf: (p, _args, ctx) => (p.memberOfId ? ctx.loaders.partnerById.load(p.memberOfId) : null),
    recentChanges: async (p, _args, ctx) =>
      (p.detail ?? (await ctx.loaders.partnerDetailById.load(p.id))).recentChanges,
    recentEndorsements: async (p, _args, ctx) =>
      (p.detail ?? (await ctx.loaders.partnerDetailById.load(p.id))).recentEndorsements,
    viewerEndorsement: async (p, _args, ctx) =>
      (p.detail ?? (await ctx.loaders.partnerDetailById.load(p.id))).viewerEndorsement,
    viewerReferrals: async (p, _args, ctx) =>
      (p.detail ?? (await ctx.loaders.partnerDetailById.load(p.id))).viewerReferrals,
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
