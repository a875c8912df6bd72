import type { Graph } from '../../db/graph.js';
import type { RoleName } from '../auth/repository.js';

export interface AccountRow {
  id: string;
  email: string;
  displayName: string;
  role: RoleName;
  failedSignIns: number;
  lockedUntil: string | null;
  activeSessions: number;
}

export class AdminRepository {
  constructor(private readonly graph: Graph) {}

  listAccounts(limit: number, after: [string, string] | null): Promise<AccountRow[]> {
    return this.graph
      .readRows<{ row: AccountRow }>(
        `MATCH (u:User)
         WHERE $afterEmail IS NULL OR u.email > $afterEmail OR (u.email = $afterEmail AND u.id > $afterId)
         WITH u ORDER BY u.email, u.id LIMIT toInteger($limit)
         RETURN u { .id, .email, .displayName, .role, .lockedUntil,
                    failedSignIns: coalesce(u.failedSignIns, 0),
                    activeSessions: COUNT { (u)-[:HAS_SESSION]->(s:Session)
                                            WHERE s.revokedAt IS NULL AND s.expiresAt > datetime() } } AS row`,
        { limit, afterEmail: after?.[0] ?? null, afterId: after?.[1] ?? null },
      )
      .then((rows) => rows.map((r) => r.row));
  }
}
