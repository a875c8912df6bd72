import { BadUserInputError } from '../../errors.js';
import type { Resolvers } from '../../generated/graphql.js';
import { decodeCursor, pageSize, toConnection } from '../../pagination.js';
import { logUnmetSearch } from '../gaps/signals.js';
import { buildSearchQuery, validateMissingPartnerInput } from './input.js';
import { INTRODUCTION_ROLES } from './loaders.js';
import { OWN_PREFECTURE_TIERS } from './ranking.js';
import { needOf, reasonReferences, termReferences, toResultRow } from './results.js';
import { validateSearchTerm } from './search-terms.js';
import { suggestDomains } from './suggestions.js';

const MAX_SUGGESTIONS = 10;

function searchCursor(after: string | null | undefined) {
  const keys = decodeCursor(after, ['number', 'string']);
  return keys && { score: keys[0], id: keys[1] };
}

export const searchResolvers: Resolvers = {
  Query: {
    searchPartners: async (_root, args, ctx) => {
      const viewer = await ctx.access.requireViewer();
      const first = pageSize(args.first);
      const after = searchCursor(args.after);
      const query = buildSearchQuery(
        args.input,
        viewer,
        ctx.catalog,
        { limit: first + 1, after },
        await ctx.searchLexicon.current(),
      );
      const backend = ctx.searchBackend;
      const page = await backend.search(ctx.graph, query);
      const rows = page.hits.map((hit) => toResultRow(hit, query));
      if (!page.foundNearby && after === null)
        await logUnmetSearch(ctx.graph, {
          prefectureCode: page.prefectureCode,
          domainCodes: query.domains?.map((d) => d.code) ?? [],
          languageCode: query.language,
          statusCode: query.status,
        });
      return {
        ...toConnection(rows, first, (r) => [r.score, r.partner.id], after !== null),
        prefectureCode: page.prefectureCode,
        foundNearby: page.foundNearby,
        backend: backend.name,
        need: needOf(query),
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
    searchTerms: async (_root, _args, ctx) => {
      await ctx.access.requireRole('ISA_ADMIN');
      return ctx.repos.searchTerms.list();
    },
    introductionToPartner: async (_root, args, ctx) => {
      await ctx.access.requireRole(...INTRODUCTION_ROLES);
      return ctx.loaders.introductionByPartner.load(args.partnerId);
    },
  },
  Mutation: {
    addSearchTerm: async (_root, args, ctx) => {
      const viewer = await ctx.access.requireRole('ISA_ADMIN');
      const term = validateSearchTerm(args.input, ctx.catalog);
      const searchTerm = await ctx.repos.searchTerms.add(viewer.id, term);
      ctx.searchLexicon.invalidate();
      return { searchTerm };
    },
    removeSearchTerm: async (_root, args, ctx) => {
      await ctx.access.requireRole('ISA_ADMIN');
      await ctx.repos.searchTerms.remove(args.id);
      ctx.searchLexicon.invalidate();
      return { id: args.id };
    },
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
      OWN_PREFECTURE_TIERS.has(r.tier) ? null : ctx.loaders.introductionByPartner.load(r.partner.id),
  },
  SearchNeed: {
    domains: (n, _args, ctx) => ctx.catalog.many('domains', n.domainCodes),
    language: (n, _args, ctx) => ctx.catalog.get('languages', n.languageCode),
    status: (n, _args, ctx) => ctx.catalog.get('statuses', n.statusCode),
  },
  SearchTerm: {
    domains: (t, _args, ctx) => termReferences(t, ctx.catalog).domains,
    language: (t, _args, ctx) => termReferences(t, ctx.catalog).language,
    status: (t, _args, ctx) => termReferences(t, ctx.catalog).status,
    prefecture: (t, _args, ctx) => termReferences(t, ctx.catalog).prefecture,
  },
  UnderstoodTerm: {
    domains: (t, _args, ctx) => termReferences(t, ctx.catalog).domains,
    language: (t, _args, ctx) => termReferences(t, ctx.catalog).language,
    status: (t, _args, ctx) => termReferences(t, ctx.catalog).status,
    prefecture: (t, _args, ctx) => termReferences(t, ctx.catalog).prefecture,
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
