import type { AuditFilter, Role } from '~/generated/graphql';

/** The audit log is opened from the accounts page (not a menu section); the API enforces the same role. */
export const AUDIT_ROLES: readonly Role[] = ['ISA_ADMIN'];

/** JST calendar day "YYYY-MM-DD" to the instant it starts (or the next day's start, for an inclusive "to"). */
function jstDayStart(day: string | null, nextDay = false): string | null {
  if (!day || !/^\d{4}-\d{2}-\d{2}$/.test(day)) return null;
  const start = new Date(`${day}T00:00:00+09:00`);
  if (Number.isNaN(start.getTime())) return null;
  if (nextDay) start.setUTCDate(start.getUTCDate() + 1);
  return start.toISOString();
}

/** The audit page's query parameters as the API's filter; dates are JST days, "to" inclusive. */
export function auditFilterFrom(params: URLSearchParams): AuditFilter {
  const text = (key: string) => params.get(key)?.trim() || null;
  return {
    action: text('action'),
    actorId: text('actorId'),
    targetId: text('targetId'),
    targetKind: text('targetKind'),
    from: jstDayStart(params.get('from')),
    to: jstDayStart(params.get('to'), true),
  };
}
