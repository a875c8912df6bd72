import { BadUserInputError, ForbiddenError } from '../../errors.js';
import type { FileActivityReportInput, Resolvers } from '../../generated/graphql.js';
import { decodeCursor, pageSize, toConnection } from '../../pagination.js';
import type { ReferenceCatalog } from '../reference/catalog.js';
import { GRACE_DAYS, openPeriods, parsePeriod, periodClosesAt, periodRange } from './periods.js';
import type { ActivityReportProps, TrendRows } from './repository.js';

const MAX_COUNT = 10_000;

/** The domains a report counts: the top level of the support-domain taxonomy. */
export const reportDomains = (catalog: ReferenceCatalog) =>
  catalog.all('domains').filter((d) => d.parentCode === null);

function count(field: string, value: number): number {
  if (!Number.isInteger(value) || value < 0 || value > MAX_COUNT) {
    throw new BadUserInputError(field, `${field} must be a whole number from 0 to ${MAX_COUNT}.`);
  }
  return value;
}

function parseReport(
  input: FileActivityReportInput,
  catalog: ReferenceCatalog,
  now: Date,
): ActivityReportProps {
  const period = parsePeriod('period', input.period);
  if (!openPeriods(now).includes(period)) {
    throw new BadUserInputError(
      'period',
      'Only the current month, or the last one during its grace days, can be filed.',
    );
  }
  const allowed = new Set(reportDomains(catalog).map((d) => d.code));
  const byDomain = new Map<string, number>();
  input.consultations.forEach((c, i) => {
    if (!allowed.has(c.domainCode)) {
      throw new BadUserInputError(
        `consultations.${i}.domainCode`,
        `${c.domainCode} is not a top-level support domain.`,
      );
    }
    if (byDomain.has(c.domainCode))
      throw new BadUserInputError(`consultations.${i}.domainCode`, 'A domain is listed twice.');
    byDomain.set(c.domainCode, count(`consultations.${i}.count`, c.count));
  });
  const kept = [...byDomain.entries()].filter(([, n]) => n > 0).sort(([a], [b]) => a.localeCompare(b));
  const referralsMade = count('referralsMade', input.referralsMade);
  const referralsOutsideRegion = count('referralsOutsideRegion', input.referralsOutsideRegion);
  if (referralsOutsideRegion > referralsMade) {
    throw new BadUserInputError(
      'referralsOutsideRegion',
      'Referrals outside the region are part of all referrals made.',
    );
  }
  return {
    period,
    domainCodes: kept.map(([code]) => code),
    domainCounts: kept.map(([, n]) => n),
    consultationsTotal: kept.reduce((sum, [, n]) => sum + n, 0),
    referralsMade,
    referralsOutsideRegion,
  };
}

function series(periods: string[], values: Map<string, number>) {
  return periods.map((period) => ({ period, value: values.get(period) ?? 0 }));
}

function trendsView(periods: string[], rows: TrendRows, catalog: ReferenceCatalog) {
  const byDomain = new Map<string, Map<string, number>>();
  for (const r of rows.byDomain) {
    if (!byDomain.has(r.domain)) byDomain.set(r.domain, new Map());
    byDomain.get(r.domain)!.set(r.period, r.total);
  }
  const bureaus = [...new Set(rows.byBureau.map((r) => r.bureau))].sort();
  const pick = (bureau: string, key: 'consultations' | 'referrals' | 'outside') =>
    new Map(rows.byBureau.filter((r) => r.bureau === bureau).map((r) => [r.period, r[key]]));
  return {
    periods,
    reportCounts: series(periods, new Map(rows.reports.map((r) => [r.period, r.n]))),
    byDomain: reportDomains(catalog)
      .filter((d) => byDomain.has(d.code))
      .map((domain) => ({ domain, points: series(periods, byDomain.get(domain.code)!) })),
    byBureau: bureaus
      .map((code) => catalog.get('bureaus', code))
      .filter((b): b is NonNullable<typeof b> => b !== null)
      .map((bureau) => ({
        bureau,
        consultations: series(periods, pick(bureau.code, 'consultations')),
        referrals: series(periods, pick(bureau.code, 'referrals')),
        referralsOutsideRegion: series(periods, pick(bureau.code, 'outside')),
      })),
  };
}

export const activityResolvers: Resolvers = {
  Query: {
    activityReportTemplate: async (_root, _args, ctx) => {
      await ctx.access.requireRole('COORDINATOR', 'ISA_ADMIN');
      return {
        recurrence: 'MONTHLY',
        domains: reportDomains(ctx.catalog),
        graceDays: GRACE_DAYS,
        openPeriods: openPeriods(new Date()),
      };
    },
    myActivityReports: async (_root, args, ctx) => {
      const viewer = await ctx.access.requireRole('COORDINATOR');
      const first = pageSize(args.first);
      const after = decodeCursor(args.after, ['string']);
      const rows = await ctx.repos.activity.myReports(viewer.id, first + 1, after?.[0] ?? null);
      return toConnection(rows, first, (r) => [r.period], after !== null);
    },
    activityTrends: async (_root, { from, to }, ctx) => {
      await ctx.access.requireRole('ISA_ADMIN');
      const periods = periodRange(from, to);
      return trendsView(periods, await ctx.repos.activity.trends(from, to), ctx.catalog);
    },
  },
  Mutation: {
    fileActivityReport: async (_root, { input }, ctx) => {
      const viewer = await ctx.access.requireRole('COORDINATOR');
      const props = parseReport(input, ctx.catalog, new Date());
      const report = await ctx.repos.activity.fileReport(viewer.id, props);
      if (!report)
        throw new ForbiddenError('Only graduates with a coordinator profile file activity reports.');
      return { report };
    },
  },
  ActivityReport: {
    consultations: (r, _args, ctx) =>
      r.domainCodes.map((code, i) => ({
        domain: ctx.catalog.get('domains', code)!,
        count: r.domainCounts[i],
      })),
    editable: (r) => Date.now() < periodClosesAt(r.period).getTime(),
  },
};
