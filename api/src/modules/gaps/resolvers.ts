import { BadUserInputError } from '../../errors.js';
import type { Resolvers } from '../../generated/graphql.js';
import { rankKey, viewCount } from './counts.js';
import { gapsCsv } from './csv.js';
import { buildDashboard, gapScopeFor, requirePrefectureInScope } from './dashboard.js';
import { parseGapFilter } from './filter.js';

const GAP_ROLES = ['ISA_ADMIN', 'LOCAL_GOV', 'COORDINATOR'] as const;
const TOP_NEEDS = 10;

export const gapResolvers: Resolvers = {
  Query: {
    gapDashboard: async (_root, args, ctx) => {
      const scope = gapScopeFor(await ctx.access.requireRole(...GAP_ROLES));
      const filter = parseGapFilter(args.filter, ctx.catalog);
      return buildDashboard(await ctx.repos.gaps.dashboardRows(filter), filter, scope, ctx.catalog);
    },
    gapPrefecture: async (_root, args, ctx) => {
      const scope = gapScopeFor(await ctx.access.requireRole(...GAP_ROLES));
      const prefecture = ctx.catalog.get('prefectures', args.code);
      if (!prefecture) throw new BadUserInputError('code', `unknown prefecture ${args.code}.`);
      requirePrefectureInScope(scope, prefecture.code);
      const filter = parseGapFilter(args.filter, ctx.catalog);
      const rows = (await ctx.repos.gaps.prefectureNeeds(filter, prefecture.code)).filter(
        (r) => Number(r.n) > 0,
      );
      const total = rows.reduce((sum, r) => sum + Number(r.n), 0);
      const top = rows
        .sort(
          (a, b) =>
            rankKey(Number(b.n), scope.exact) - rankKey(Number(a.n), scope.exact) ||
            a.d.localeCompare(b.d) ||
            a.l.localeCompare(b.l),
        )
        .slice(0, TOP_NEEDS)
        .map((r) => ({
          key: `${r.d}|${r.l}`,
          domainCode: r.d,
          languageCode: r.l || null,
          count: viewCount(Number(r.n), scope.exact),
          domainCodes: ctx.catalog.domainWithDescendants(r.d),
        }));
      const near = [prefecture.code, ...prefecture.borderCodes];
      const { partners, addressed } = await ctx.repos.gaps.nearbyAndAddressed(
        prefecture.code,
        near,
        top.map((n) => ({ key: n.key, domainCodes: n.domainCodes, language: n.languageCode })),
      );
      return {
        prefectureCode: prefecture.code,
        total: viewCount(total, scope.exact),
        needs: top.map((n) => ({ ...n, nearbyPartners: partners.get(n.key) ?? [] })),
        addressed,
      };
    },
    myMissingPartnerReports: async (_root, _args, ctx) => {
      const viewer = await ctx.access.requireRole('COORDINATOR');
      return ctx.repos.gaps.ownReports(viewer.id);
    },
  },
  Mutation: {
    markGapAddressed: async (_root, args, ctx) => {
      const viewer = await ctx.access.requireRole('ISA_ADMIN', 'LOCAL_GOV');
      const scope = gapScopeFor(viewer);
      const { input } = args;
      if (!ctx.catalog.get('prefectures', input.prefecture))
        throw new BadUserInputError('prefecture', `unknown prefecture ${input.prefecture}.`);
      requirePrefectureInScope(scope, input.prefecture);
      if (!ctx.catalog.get('domains', input.domain))
        throw new BadUserInputError('domain', `unknown domain ${input.domain}.`);
      if (input.language && !ctx.catalog.get('languages', input.language))
        throw new BadUserInputError('language', `unknown language ${input.language}.`);
      const addressal = await ctx.repos.gaps.markAddressed({
        prefecture: input.prefecture,
        domain: input.domain,
        domainCodes: ctx.catalog.domainWithDescendants(input.domain),
        language: input.language ?? null,
        partnerId: input.partnerId,
        actor: { id: viewer.id, role: viewer.role },
      });
      return { addressal };
    },
    exportGapsCsv: async (_root, args, ctx) => {
      const viewer = await ctx.access.requireRole(...GAP_ROLES);
      const scope = gapScopeFor(viewer);
      const filter = parseGapFilter(args.filter, ctx.catalog);
      const rows = await ctx.repos.gaps.exportRows(
        filter,
        { id: viewer.id, role: viewer.role },
        { prefecture: scope.prefectureCode, from: filter.from, to: filter.to, open: String(filter.open) },
      );
      const view = buildDashboard(rows, filter, scope, ctx.catalog);
      const where = scope.prefectureCode ?? 'all';
      return { csv: gapsCsv(view, ctx.catalog), filename: `gaps-${where}-${filter.from}-${filter.to}.csv` };
    },
  },
  GapDashboard: {
    scopePrefecture: (v, _args, ctx) => ctx.catalog.get('prefectures', v.scopePrefectureCode),
  },
  GapPrefectureCount: {
    prefecture: (v, _args, ctx) => ctx.catalog.get('prefectures', v.prefectureCode)!,
  },
  GapCell: {
    prefecture: (v, _args, ctx) => ctx.catalog.get('prefectures', v.prefectureCode)!,
    domain: (v, _args, ctx) => ctx.catalog.get('domains', v.domainCode)!,
  },
  GapPrefectureDetail: {
    prefecture: (v, _args, ctx) => ctx.catalog.get('prefectures', v.prefectureCode)!,
  },
  GapNeed: {
    domain: (v, _args, ctx) => ctx.catalog.get('domains', v.domainCode)!,
    language: (v, _args, ctx) => ctx.catalog.get('languages', v.languageCode),
  },
  GapNearbyPartner: {
    prefecture: (v, _args, ctx) => ctx.catalog.get('prefectures', v.prefectureCode),
  },
  GapAddressal: {
    prefecture: (v, _args, ctx) => ctx.catalog.get('prefectures', v.prefectureCode)!,
    domain: (v, _args, ctx) => ctx.catalog.get('domains', v.domainCode)!,
    language: (v, _args, ctx) => ctx.catalog.get('languages', v.languageCode),
  },
};
