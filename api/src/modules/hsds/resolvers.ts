import type { Resolvers } from '../../generated/graphql.js';
import { importHsdsDocument } from './importer.js';
import { HsdsRepository } from './repository.js';

export const HSDS_EXPORT_PATH = '/hsds/export';
const MAX_UNMAPPED_IN_PAYLOAD = 1000;

export const hsdsResolvers: Resolvers = {
  Query: {
    hsdsExport: async (_root, _args, ctx) => {
      await ctx.access.requireRole('ISA_ADMIN');
      const counts = await new HsdsRepository(ctx.graph).exportCounts();
      return {
        downloadPath: HSDS_EXPORT_PATH,
        partnerCount: counts.partners,
        syntheticCount: counts.synthetic,
        sensitiveCount: counts.sensitive,
      };
    },
  },
  Mutation: {
    importHsds: async (_root, { input }, ctx) => {
      await ctx.access.requireRole('ISA_ADMIN');
      const report = await importHsdsDocument(ctx.graph, ctx.catalog, input.document, {
        dryRun: input.dryRun ?? false,
      });
      return {
        report: {
          ...report,
          unmappedCount: report.unmapped.length,
          unmapped: report.unmapped.slice(0, MAX_UNMAPPED_IN_PAYLOAD),
        },
      };
    },
  },
};
