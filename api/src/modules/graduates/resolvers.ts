import { ConflictError, NotFoundError } from '../../errors.js';
import type { Resolvers } from '../../generated/graphql.js';
import { decodeCursor, pageSize, toConnection } from '../../pagination.js';
import { certificateStatus } from './certificate.js';
import { isConstraintViolation } from './constraint-errors.js';
import { certificationChanges, profileChanges } from './profile-input.js';
import { COORDINATOR_SORTS, type CoordinatorRow } from './repository.js';
import { previewScope, readerScope } from './visibility.js';

const DIRECTORY_READERS = ['COORDINATOR', 'ISA_ADMIN', 'WORKSHOP_ORGANIZER'] as const;

const sortKeys: Record<keyof typeof COORDINATOR_SORTS, (r: CoordinatorRow) => (string | number)[]> = {
  NAME: (r) => [r.displayName, r.id],
  COHORT: (r) => [r.cohort, r.displayName, r.id],
};

export const graduatesResolvers: Resolvers = {
  Query: {
    coordinators: async (_root, args, ctx) => {
      const viewer = await ctx.access.requireRole(...DIRECTORY_READERS);
      const first = pageSize(args.first);
      const sort = args.sort ?? 'NAME';
      const after = decodeCursor(args.after, COORDINATOR_SORTS[sort].cursor);
      const rows = await ctx.repos.graduates.listCoordinators({
        limit: first + 1,
        sort,
        after,
        filter: { prefecture: args.prefecture, ...args.filter },
        scope: readerScope(viewer, ctx.catalog),
      });
      return toConnection(rows, first, sortKeys[sort], after !== null);
    },
    coordinator: async (_root, args, ctx) => {
      const viewer = await ctx.access.requireRole(...DIRECTORY_READERS);
      const scope = args.previewAs
        ? previewScope(viewer, args.id, args.previewAs, ctx.catalog)
        : readerScope(viewer, ctx.catalog);
      const row = await ctx.repos.graduates.coordinatorById(args.id, scope);
      if (!row) throw new NotFoundError('Coordinator');
      return row;
    },
    myProfile: async (_root, _args, ctx) => {
      const viewer = await ctx.access.requireViewer();
      if (!viewer.coordinatorId) return null;
      return ctx.repos.graduates.coordinatorById(viewer.coordinatorId, readerScope(viewer, ctx.catalog));
    },
  },
  Mutation: {
    updateMyProfile: async (_root, { input }, ctx) => {
      const viewer = await ctx.access.requireRole('COORDINATOR');
      if (!viewer.coordinatorId) throw new NotFoundError('Your coordinator profile');
      const changes = profileChanges(input, ctx.catalog);
      const scope = readerScope(viewer, ctx.catalog);
      if (changes.prefecture) {
        scope.viewerBureau = ctx.catalog.get('prefectures', changes.prefecture)?.bureauCode ?? null;
      }
      if (
        changes.props.email &&
        (await ctx.repos.graduates.clashingCoordinator(viewer.coordinatorId, 'email', changes.props.email))
      ) {
        throw new ConflictError('Another coordinator uses this e-mail address.', { field: 'email' });
      }
      const coordinator = await ctx.repos.graduates.updateProfile(
        viewer.coordinatorId,
        viewer.id,
        changes,
        scope,
      );
      if (!coordinator) throw new NotFoundError('Your coordinator profile');
      return { coordinator };
    },
    updateCertification: async (_root, { input }, ctx) => {
      const viewer = await ctx.access.requireRole('ISA_ADMIN');
      const changes = certificationChanges(input);
      try {
        const coordinator = await ctx.repos.graduates.updateCertification(
          input.coordinatorId,
          changes,
          readerScope(viewer, ctx.catalog),
        );
        if (!coordinator) throw new NotFoundError('Coordinator');
        return { coordinator };
      } catch (error) {
        if (isConstraintViolation(error)) {
          throw new ConflictError('Another coordinator has this certificate number.', {
            field: 'certificateNumber',
          });
        }
        throw error;
      }
    },
  },
  Coordinator: {
    prefecture: (c, _args, ctx) => ctx.catalog.get('prefectures', c.prefectureCode)!,
    domains: (c, _args, ctx) => ctx.catalog.many('domains', c.domainCodes),
    languages: (c, _args, ctx) => ctx.catalog.many('languages', c.languageCodes),
    certificateStatus: (c) => certificateStatus(c.certificateExpiresOn),
  },
};
