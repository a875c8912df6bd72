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
  active: boolean;
  deactivatedAt: string | null;
  prefectureCode: string | null;
  passwordSet: boolean;
  coordinator: boolean;
}

/** The account row of user `u`, as one map. */
export const ACCOUNT_PROJECTION = (
  u: string,
) => `${u} { .id, .email, .displayName, .role, .lockedUntil, .deactivatedAt,
  failedSignIns: coalesce(${u}.failedSignIns, 0),
  active: ${u}.deactivatedAt IS NULL,
  passwordSet: ${u}.passwordHash IS NOT NULL,
  coordinator: EXISTS { (${u})-[:ACTS_AS]->(:Coordinator) },
  prefectureCode: [(${u})-[:HOME_PREFECTURE]->(hp:Prefecture) | hp.code][0],
  activeSessions: COUNT { (${u})-[:HAS_SESSION]->(s:Session) WHERE s.revokedAt IS NULL AND s.expiresAt > datetime() } }`;

export interface AccountListFilter {
  role: RoleName | null;
  active: boolean | null;
  text: string | null;
}

export class AdminRepository {
  constructor(private readonly graph: Graph) {}

  listAccounts(
    limit: number,
    after: [string, string] | null,
    filter: AccountListFilter = { role: null, active: null, text: null },
  ): Promise<AccountRow[]> {
    return this.graph
      .readRows<{ row: AccountRow }>(
        `MATCH (u:User)
         WHERE ($afterEmail IS NULL OR u.email > $afterEmail OR (u.email = $afterEmail AND u.id > $afterId))
           AND ($role IS NULL OR u.role = $role)
           AND ($active IS NULL OR (u.deactivatedAt IS NULL) = $active)
           AND ($text IS NULL OR toLower(u.email) CONTAINS $text OR toLower(u.displayName) CONTAINS $text)
         WITH u ORDER BY u.email, u.id LIMIT toInteger($limit)
         RETURN ${ACCOUNT_PROJECTION('u')} AS row`,
        {
          limit,
          afterEmail: after?.[0] ?? null,
          afterId: after?.[1] ?? null,
          role: filter.role,
          active: filter.active,
          text: filter.text ? filter.text.toLowerCase() : null,
        },
      )
      .then((rows) => rows.map((r) => r.row));
  }

  async accountById(id: string): Promise<AccountRow | null> {
    const row = await this.graph.readOne<{ row: AccountRow }>(
      `MATCH (u:User {id: $id}) RETURN ${ACCOUNT_PROJECTION('u')} AS row`,
      { id },
    );
    return row?.row ?? null;
  }
}
