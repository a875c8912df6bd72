import { randomUUID } from 'node:crypto';
import type { Graph } from '../../db/graph.js';

export type RedeemOutcome =
  | { kind: 'OK'; userId: string }
  | { kind: 'INVALID' | 'USED' | 'EXPIRED' | 'ACCOUNT_EXISTS' | 'EMAIL_TAKEN' };

export interface NewAccount {
  codeHash: string;
  email: string;
  passwordHash: string;
  sessionTokenHash: string;
  sessionTtlHours: number;
}

export class InvitationRepository {
  constructor(private readonly graph: Graph) {}

  /**
   * In one transaction: checks the code (unknown, used, expired), creates the COORDINATOR account
   * acting as the invited Coordinator, marks the code used and opens the first session.
   */
  redeem(account: NewAccount): Promise<RedeemOutcome> {
    return this.graph.write(async (tx) => {
      const state = await tx.one<{
        usedAt: string | null;
        expired: boolean;
        hasAccount: boolean;
        emailTaken: boolean;
      }>(
        `MATCH (i:Invitation {codeHash: $codeHash})-[:INVITES]->(c:Coordinator)
         RETURN i.usedAt AS usedAt, i.expiresAt <= datetime() AS expired,
                EXISTS { (:User)-[:ACTS_AS]->(c) } AS hasAccount,
                EXISTS { MATCH (u:User {email: $email}) } AS emailTaken`,
        { ...account },
      );
      if (!state) return { kind: 'INVALID' };
      if (state.usedAt) return { kind: 'USED' };
      if (state.expired) return { kind: 'EXPIRED' };
      if (state.hasAccount) return { kind: 'ACCOUNT_EXISTS' };
      if (state.emailTaken) return { kind: 'EMAIL_TAKEN' };
      const created = await tx.one<{ userId: string }>(
        `MATCH (i:Invitation {codeHash: $codeHash})-[:INVITES]->(c:Coordinator)
         WHERE i.usedAt IS NULL
         SET i.usedAt = datetime()
         CREATE (u:User {id: $userId, email: $email, passwordHash: $passwordHash, role: 'COORDINATOR',
                         displayName: c.displayName, locale: 'ja', failedSignIns: 0, createdAt: datetime(),
                         lastSignInAt: datetime()})
         CREATE (u)-[:ACTS_AS]->(c)
         CREATE (u)-[:HAS_SESSION]->(:Session {id: $sessionId, tokenHash: $sessionTokenHash, createdAt: datetime(),
                                               expiresAt: datetime() + duration({hours: $sessionTtlHours})})
         SET c.email = coalesce(c.email, $email)
         WITH u, c
         OPTIONAL MATCH (c)-[:WORKS_IN]->(pref:Prefecture)
         FOREACH (p IN CASE WHEN pref IS NULL THEN [] ELSE [pref] END | CREATE (u)-[:HOME_PREFECTURE]->(p))
         RETURN u.id AS userId`,
        { ...account, userId: `user-${randomUUID()}`, sessionId: randomUUID() },
      );
      if (!created) return { kind: 'USED' };
      return { kind: 'OK', userId: created.userId };
    });
  }
}

export interface ReissuedInvitation {
  coordinatorId: string;
  certificateNumber: string;
  name: string;
  expiresAt: string;
}

/** Replaces the unused codes of coordinators without an account by new ones (hashes given), in one statement. */
export async function reissueInvitations(
  graph: Graph,
  rows: { coordinatorId: string; invitationId: string; codeHash: string }[],
  ttlDays: number,
): Promise<ReissuedInvitation[]> {
  return graph.writeRows<ReissuedInvitation>(
    `UNWIND $rows AS r
     MATCH (c:Coordinator {id: r.coordinatorId})
     WHERE NOT EXISTS { (:User)-[:ACTS_AS]->(c) }
     CALL (c) { OPTIONAL MATCH (old:Invitation)-[:INVITES]->(c) WHERE old.usedAt IS NULL DETACH DELETE old }
     CREATE (i:Invitation {id: r.invitationId, codeHash: r.codeHash, createdAt: datetime(),
                           expiresAt: datetime() + duration({days: $ttlDays})})-[:INVITES]->(c)
     RETURN c.id AS coordinatorId, coalesce(c.certificateNumber, '') AS certificateNumber,
            c.displayName AS name, i.expiresAt AS expiresAt`,
    { rows, ttlDays },
  );
}
