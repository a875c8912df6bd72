import { BadUserInputError } from '../../errors.js';
import type { Resolvers } from '../../generated/graphql.js';
import { decodeCursor, pageSize, toConnection } from '../../pagination.js';
import { searchBackendFor } from './backend.js';
import { buildSearchQuery, validateMissingPartnerInput } from './input.js';
import { INTRODUCTION_ROLES } from './loaders.js';
import { NEARBY_TIERS } from './ranking.js';
import { reasonReferences, toResultRow } from './results.js';
import { suggestDomains } from './suggestions.js';

const MAX_SUGGESTIONS = 10;

function searchCursor(after: string | null | undefined) {
  const keys = decodeCursor(after, 2);
  if (!keys) return null;
  if (typeof keys[0] !== 'number' || typeof keys[1] !== 'string') {
    throw new BadUserInputError('after', 'after is not a cursor returned by this API.');
  }
  return { score: keys[0], id: keys[1] };
}

export const searchResolvers: Resolvers = {
  Query: {
    searchPartners: async (_root, args, ctx) => {
      const viewer = await ctx.access.requireViewer();
      const first = pageSize(args.first);
      const after = searchCursor(args.after);
      const query = buildSearchQuery(args.input, viewer, ctx.catalog, { limit: first + 1, after });
      const backend = searchBackendFor(ctx.catalog);
      const page = await backend.search(ctx.graph, query);
      const rows = page.hits.map((hit) => toResultRow(hit, query));
      return {
        ...toConnection(rows, first, (r) => [r.score, r.partner.id], after !== null),
        prefectureCode: page.prefectureCode,
        foundNearby: page.foundNearby,
        backend: backend.name,
      };
    },
    searchSuggestions: async (_root, args, ctx) => {
      await ctx.access.requireViewer();
      const first = args.first ?? MAX_SUGGESTIONS;
      if (!Number.isInteger(first) || first < 1 || first > MAX_SUGGESTIONS) {
        throw new BadUserInputError('first', `first must be an integer from 1 to ${MAX_SUGGESTIONS}.`);
      }
      const prefix = args.prefix.normalize('NFKC').trim();
      if (!prefix) return [];
      if ([...prefix].length > 50)
        throw new BadUserInputError('prefix', 'prefix must be at most 50 characters.');
      const domains = suggestDomains(ctx.catalog, prefix, first);
      const partners =
        domains.length < first
          ? await ctx.repos.search.partnerNameSuggestions(prefix, first - domains.length)
          : [];
      return [
        ...domains.map((d) => ({ kind: 'DOMAIN', id: d.code, label: d.label })),
        ...partners.map((p) => ({ kind: 'PARTNER', id: p.id, label: p.label })),
      ];
    },
    introductionToPartner: async (_root, args, ctx) => {
      await ctx.access.requireRole(...INTRODUCTION_ROLES);
      return ctx.loaders.introductionByPartner.load(args.partnerId);
    },
  },
  Mutation: {
    reportMissingPartner: async (_root, args, ctx) => {
      const viewer = await ctx.access.requireRole('COORDINATOR');
      const input = validateMissingPartnerInput(args.input, ctx.catalog);
      const report = await ctx.repos.search.reportMissingPartner(viewer.id, input);
      return { report };
    },
  },
  SearchResultConnection: {
    prefecture: (c, _args, ctx) => ctx.catalog.get('prefectures', c.prefectureCode),
  },
  SearchResult: {
    introduction: (r, _args, ctx) =>
      NEARBY_TIERS.has(r.tier) ? null : ctx.loaders.introductionByPartner.load(r.partner.id),
  },
  SearchReason: {
    language: (r, _args, ctx) => reasonReferences(r, ctx.catalog).language,
    status: (r, _args, ctx) => reasonReferences(r, ctx.catalog).status,
    domains: (r, _args, ctx) => reasonReferences(r, ctx.catalog).domains,
  },
  MissingPartnerReport: {
    prefecture: (r, _args, ctx) => ctx.catalog.get('prefectures', r.prefectureCode)!,
    domain: (r, _args, ctx) => ctx.catalog.get('domains', r.domainCode)!,
    language: (r, _args, ctx) => ctx.catalog.get('languages', r.languageCode),
  },
};
