import type { Graph } from '../../db/graph.js';
import type { RoleName } from '../auth/repository.js';
import { AUDIT_ENTRY_CYPHER, auditParams, type AuditInput } from './record.js';

export interface AuditRow {
  id: string;
  at: string;
  actorId: string | null;
  actorName: string | null;
  actorRole: RoleName | null;
  action: string;
  targetKind: string;
  targetId: string | null;
  details: string;
}

export interface AuditFilterInput {
  action?: string | null;
  actorId?: string | null;
  targetKind?: string | null;
  targetId?: string | null;
  from?: string | null;
  to?: string | null;
}

const FILTER = `($action IS NULL OR e.action = $action)
  AND ($actorId IS NULL OR e.actorId = $actorId)
  AND ($targetKind IS NULL OR e.targetKind = $targetKind)
  AND ($targetId IS NULL OR e.targetId = $targetId)
  AND ($from IS NULL OR e.at >= datetime($from))
  AND ($to IS NULL OR e.at < datetime($to))`;

const PROJECTION = `e { .id, .at, .actorId, .actorRole, .action, .targetKind, .targetId,
  details: coalesce(e.details, '{}'),
  actorName: COLLECT { MATCH (u:User {id: e.actorId}) RETURN u.displayName }[0] }`;

function filterParams(f: AuditFilterInput | null | undefined) {
  return {
    action: f?.action ?? null,
    actorId: f?.actorId ?? null,
    targetKind: f?.targetKind ?? null,
    targetId: f?.targetId ?? null,
    from: f?.from ?? null,
    to: f?.to ?? null,
  };
}

/** The reading side of the append-only audit log (entries are written by `record.ts` inside each action). */
export class AuditRepository {
  constructor(private readonly graph: Graph) {}

  /** Newest first, keyset-paged on (at, id). */
  async list(filter: AuditFilterInput | null | undefined, limit: number, after: [string, string] | null) {
    const rows = await this.graph.readRows<{ row: AuditRow }>(
      `MATCH (e:AuditEntry)
       WHERE ${FILTER}
         AND ($a0 IS NULL OR e.at < datetime($a0) OR (e.at = datetime($a0) AND e.id < $a1))
       WITH e ORDER BY e.at DESC, e.id DESC LIMIT toInteger($limit)
       RETURN ${PROJECTION} AS row`,
      { ...filterParams(filter), a0: after?.[0] ?? null, a1: after?.[1] ?? null, limit },
    );
    return rows.map((r) => r.row);
  }

  async actions(): Promise<string[]> {
    const rows = await this.graph.readRows<{ action: string }>(
      `MATCH (e:AuditEntry) RETURN DISTINCT e.action AS action ORDER BY action`,
    );
    return rows.map((r) => r.action);
  }

  /** The rows of a CSV export, and the entry recording that export, in one transaction. */
  exportRows(
    filter: AuditFilterInput | null | undefined,
    limit: number,
    audit: AuditInput,
  ): Promise<AuditRow[]> {
    return this.graph.write(async (tx) => {
      const rows = await tx.rows<{ row: AuditRow }>(
        `MATCH (e:AuditEntry) WHERE ${FILTER}
         WITH e ORDER BY e.at DESC, e.id DESC LIMIT toInteger($limit)
         RETURN ${PROJECTION} AS row`,
        { ...filterParams(filter), limit },
      );
      await tx.rows(AUDIT_ENTRY_CYPHER, {
        audit: auditParams({ ...audit, details: { ...audit.details, rows: rows.length } }),
      });
      return rows.map((r) => r.row);
    });
  }
}
