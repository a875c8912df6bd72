import { ForbiddenError } from '../../errors.js';
import type { Resolvers } from '../../generated/graphql.js';
import { decodeCursor, pageSize, toConnection } from '../../pagination.js';
import { registrationOpen, runsWorkshop, type PersonRow } from './model.js';
import { WORKSHOP_SCOPES, type WorkshopScopeKey } from './repository.js';
import { rosterCsv } from './roster-csv.js';

/** Roles that see workshops (LOCAL_GOV does not). */
export const WORKSHOP_READERS = ['COORDINATOR', 'ISA_ADMIN', 'WORKSHOP_ORGANIZER'] as const;
const ROSTER_CSV_LIMIT = 10_000;

const byName = (a: PersonRow, b: PersonRow) =>
  a.displayName.localeCompare(b.displayName) || a.id.localeCompare(b.id);

export const workshopQueryResolvers: Resolvers = {
  Query: {
    workshops: async (_root, args, ctx) => {
      const viewer = await ctx.access.requireRole(...WORKSHOP_READERS);
      const first = pageSize(args.first);
      const after = decodeCursor(args.after, ['datetime', 'string']);
      const scope: WorkshopScopeKey =
        args.filter?.scope && args.filter.scope in WORKSHOP_SCOPES ? args.filter.scope : 'UPCOMING';
      const rows = await ctx.repos.workshops.workshops.list(viewer.id, scope, first + 1, after);
      return toConnection(rows, first, (w) => [w.startsAt, w.id], after !== null);
    },
    workshop: async (_root, { id }, ctx) => {
      const viewer = await ctx.access.requireRole(...WORKSHOP_READERS);
      return ctx.repos.workshops.workshops.get(viewer.id, id);
    },
  },
  Workshop: {
    themes: (w, _args, ctx) => ctx.catalog.many('domains', w.themeCodes),
    prefecture: (w, _args, ctx) => ctx.catalog.get('prefectures', w.prefectureCode),
    registrationOpen: (w) => registrationOpen(w),
    onlineUrl: (w) => (runsWorkshop(w) || w.myRegistration?.status === 'CONFIRMED' ? w.onlineUrl : null),
    organizers: (w) => [...w.organizers].sort(byName),
    facilitators: (w) => [...w.facilitators].sort(byName),
    facilitatorEmails: (w) => (w.viewerIsOrganizer ? [...w.facilitatorEmails].sort() : []),
    myGroup: (w) => {
      const mine = w.myRegistration;
      if (!mine || mine.status !== 'CONFIRMED' || mine.groupNumber == null) return null;
      return w.groups.find((g) => g.number === mine.groupNumber) ?? null;
    },
    groups: (w) => (runsWorkshop(w) ? [...w.groups].sort((a, b) => a.number - b.number) : []),
    roster: async (w, args, ctx) => {
      if (!runsWorkshop(w))
        throw new ForbiddenError('Only the workshop’s organizers and facilitators see the roster.');
      const first = pageSize(args.first, 100);
      const after = decodeCursor(args.after, ['number', 'integer']);
      const rows = await ctx.repos.workshops.workshops.roster(w.id, first + 1, after);
      return toConnection(rows, first, (r) => [r.rank ?? 0, r.seq], after !== null);
    },
    rosterCsv: async (w, _args, ctx) => {
      if (!w.viewerIsOrganizer) throw new ForbiddenError('Only the workshop’s organizers export the roster.');
      const rows = await ctx.repos.workshops.workshops.roster(w.id, ROSTER_CSV_LIMIT, null);
      return rosterCsv(rows, ctx.catalog);
    },
    materials: async (w, args, ctx) => {
      const viewer = await ctx.access.requireViewer();
      const first = pageSize(args.first, 50);
      const after = decodeCursor(args.after, ['datetime', 'string']);
      const rows = await ctx.repos.knowledge.materials.listForWorkshop(viewer.id, w.id, first + 1, after);
      return toConnection(rows, first, (m) => [m.submittedAt, m.id], after !== null);
    },
  },
  WorkshopParticipant: {
    prefecture: (p, _args, ctx) => ctx.catalog.get('prefectures', p.prefectureCode),
    bureau: (p, _args, ctx) =>
      ctx.catalog.get('bureaus', ctx.catalog.get('prefectures', p.prefectureCode)?.bureauCode),
    domains: (p, _args, ctx) => ctx.catalog.many('domains', [...p.domainCodes].sort()),
  },
  WorkshopGroup: {
    members: (g) => [...g.members].sort(byName),
    bureauCount: (g, _args, ctx) =>
      new Set(g.members.map((m) => ctx.catalog.get('prefectures', m.prefectureCode)?.bureauCode ?? '?')).size,
  },
};
