import { toLuceneQuery } from '../../db/lucene.js';
import { BadUserInputError } from '../../errors.js';
import type { Resolvers } from '../../generated/graphql.js';
import { decodeCursor, pageSize, toConnection } from '../../pagination.js';
import { WORKSHOP_READERS } from '../workshops/resolvers.js';
import { domainFilter, parseInsightInput } from './insight-input.js';

export const insightResolvers: Resolvers = {
  Query: {
    knowledgeInsights: async (_root, args, ctx) => {
      await ctx.access.requireRole(...WORKSHOP_READERS);
      const first = pageSize(args.first);
      const after = decodeCursor(args.after, ['datetime', 'string']);
      const filter = args.filter ?? {};
      if (filter.bureau && !ctx.catalog.get('bureaus', filter.bureau)) {
        throw new BadUserInputError('filter.bureau', `${filter.bureau} is not a bureau code.`);
      }
      const rows = await ctx.repos.knowledge.insights.list({
        limit: first + 1,
        after,
        lucene: filter.text ? toLuceneQuery(filter.text) : null,
        domains: domainFilter(filter.domain, ctx.catalog),
        bureau: filter.bureau ?? null,
      });
      return toConnection(rows, first, (i) => [i.publishedAt, i.id], after !== null);
    },
    knowledgeInsight: async (_root, { id }, ctx) => {
      await ctx.access.requireRole(...WORKSHOP_READERS);
      return ctx.repos.knowledge.insights.get(id);
    },
  },
  Mutation: {
    publishKnowledgeInsight: async (_root, { input }, ctx) => {
      const viewer = await ctx.access.requireRole('WORKSHOP_ORGANIZER', 'ISA_ADMIN');
      const props = parseInsightInput(input, ctx.catalog);
      return {
        insight: await ctx.repos.knowledge.insights.publish(viewer.id, props, input.workshopId ?? null),
      };
    },
  },
  KnowledgeInsight: {
    domains: (i, _args, ctx) => ctx.catalog.many('domains', i.domainCodes),
    bureau: (i, _args, ctx) => ctx.catalog.get('bureaus', i.bureauCode),
  },
};
