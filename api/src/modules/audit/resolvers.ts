import { toCsv } from '../../csv.js';
import { BadUserInputError } from '../../errors.js';
import type { AuditFilter, Resolvers } from '../../generated/graphql.js';
import { decodeCursor, pageSize, toConnection } from '../../pagination.js';

const CSV_LIMIT = 10_000;
const CSV_HEADERS = [
  'at',
  'action',
  'actor_id',
  'actor_name',
  'actor_role',
  'target_kind',
  'target_id',
  'details',
] as const;

function checkedFilter(filter: AuditFilter | null | undefined): AuditFilter | null {
  if (!filter) return null;
  for (const key of ['action', 'targetKind'] as const) {
    const value = filter[key];
    if (value != null && !/^[A-Za-z_]{1,64}$/.test(value)) {
      throw new BadUserInputError(key, 'Use letters and underscores only.');
    }
  }
  if (filter.from && filter.to && Date.parse(filter.from) >= Date.parse(filter.to)) {
    throw new BadUserInputError('to', '"to" must be after "from".');
  }
  const blank = (v: string | null | undefined) => (v == null || v.trim() === '' ? null : v.trim());
  return {
    action: blank(filter.action),
    actorId: blank(filter.actorId),
    targetKind: blank(filter.targetKind),
    targetId: blank(filter.targetId),
    from: filter.from ?? null,
    to: filter.to ?? null,
  };
}

export const auditResolvers: Resolvers = {
  Query: {
    auditEntries: async (_root, args, ctx) => {
      await ctx.access.requireRole('ISA_ADMIN');
      const first = pageSize(args.first, 50);
      const filter = checkedFilter(args.filter);
      const after = decodeCursor(args.after, ['datetime', 'string']);
      const rows = await ctx.repos.audit.list(filter, first + 1, after);
      return toConnection(rows, first, (r) => [r.at, r.id], after !== null);
    },
    auditActions: async (_root, _args, ctx) => {
      await ctx.access.requireRole('ISA_ADMIN');
      return ctx.repos.audit.actions();
    },
    auditCsv: async (_root, args, ctx) => {
      const viewer = await ctx.access.requireRole('ISA_ADMIN');
      const filter = checkedFilter(args.filter);
      const rows = await ctx.repos.audit.exportRows(filter, CSV_LIMIT, {
        actorId: viewer.id,
        actorRole: viewer.role,
        action: 'AUDIT_LOG_EXPORTED',
        targetKind: 'AuditLog',
        targetId: null,
        details: { action: filter?.action ?? null, from: filter?.from ?? null, to: filter?.to ?? null },
      });
      return toCsv(
        CSV_HEADERS,
        rows.map((r) => [
          r.at,
          r.action,
          r.actorId,
          r.actorName,
          r.actorRole,
          r.targetKind,
          r.targetId,
          r.details,
        ]),
      );
    },
  },
};
