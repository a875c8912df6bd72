import type { Resolvers } from '../../../generated/graphql.js';
import { invitationMail } from '../../accounts/mail.js';
import { mailerFor } from '../../notifications/mailer.js';
import { importGraduates } from './service.js';

export const importResolvers: Resolvers = {
  Mutation: {
    importGraduates: async (_root, { input }, ctx) => {
      const viewer = await ctx.access.requireRole('ISA_ADMIN');
      const result = await importGraduates(ctx.graph, ctx.catalog, input, viewer.id);
      // After the commit: each new graduate with an e-mail in the file gets their code (mail never fails the import).
      const mailer = mailerFor(ctx.config);
      await Promise.all(
        result.invitations
          .filter((i) => i.email)
          .map((i) => mailer.send(invitationMail({ ...i, email: i.email! }, ctx.config.PORTAL_URL))),
      );
      return result;
    },
  },
};
