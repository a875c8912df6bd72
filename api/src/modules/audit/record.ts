import { randomUUID } from 'node:crypto';

/** What one administrative action records; `details` holds small, non-personal parameters only. */
export interface AuditInput {
  actorId: string | null;
  actorRole: string | null;
  /** UPPER_SNAKE action code, e.g. CERTIFICATE_ISSUED. */
  action: string;
  /** The kind of thing acted on, e.g. Graduate, Account. */
  targetKind: string;
  targetId: string | null;
  details?: Record<string, string | number | boolean | null>;
}

/**
 * Appends one audit entry; run it inside the transaction of the action it records, with `$audit` bound to
 * `auditParams(...)`. Entries are never updated or deleted.
 */
export const AUDIT_ENTRY_CYPHER = `
CREATE (:AuditEntry {
  id: $audit.id, at: datetime(), actorId: $audit.actorId, actorRole: $audit.actorRole,
  action: $audit.action, targetKind: $audit.targetKind, targetId: $audit.targetId, details: $audit.details
})`;

export function auditParams(input: AuditInput): Record<string, string | null> {
  return {
    id: randomUUID(),
    actorId: input.actorId,
    actorRole: input.actorRole,
    action: input.action,
    targetKind: input.targetKind,
    targetId: input.targetId,
    details: JSON.stringify(input.details ?? {}),
  };
}
