import { randomUUID } from 'node:crypto';
import type { Graph, GraphTx } from '../../db/graph.js';
import { ACCOUNT_PROJECTION, type AccountRow } from '../admin/repository.js';
import type { RoleName } from '../auth/repository.js';
import { AUDIT_ENTRY_CYPHER, auditParams, type AuditInput } from '../audit/record.js';
import type { PasswordTokenPurpose } from './password-tokens.js';

export interface MailRecipient {
  userId: string;
  email: string;
  displayName: string;
  locale: string;
}

export type ConsumeOutcome =
  | { kind: 'OK'; userId: string; email: string }
  | { kind: 'TOKEN_INVALID' | 'TOKEN_USED' | 'TOKEN_EXPIRED' | 'ACCOUNT_DEACTIVATED' };

export type StaffChangeOutcome =
  | { kind: 'OK'; account: AccountRow; recipient?: MailRecipient }
  | { kind: 'NOT_FOUND' | 'LAST_ADMIN' | 'COORDINATOR_ACCOUNT' | 'EMAIL_TAKEN' | 'PREFECTURE_REQUIRED' };

export interface Actor {
  id: string;
  role: RoleName;
}

async function audit(tx: GraphTx, input: AuditInput): Promise<void> {
  await tx.rows(AUDIT_ENTRY_CYPHER, { audit: auditParams(input) });
}

/** Active ISA_ADMIN accounts other than `userId` (the last-admin rule). */
const OTHER_ACTIVE_ADMINS = `COUNT { MATCH (o:User {role: 'ISA_ADMIN'}) WHERE o.id <> $userId AND o.deactivatedAt IS NULL }`;

export class AccountsRepository {
  constructor(private readonly graph: Graph) {}

  /**
   * Stores a reset token for an active account unless it already got RESET_LINKS_PER_HOUR links this hour. The same
   * statement runs for unknown addresses (it matches nothing), so both take one round trip.
   */
  async createResetToken(
    email: string,
    tokenHash: string,
    ttlMinutes: number,
    perHour: number,
  ): Promise<MailRecipient | null> {
    const row = await this.graph.write((tx) =>
      tx.one<MailRecipient>(
        `MATCH (u:User {email: $email}) WHERE u.deactivatedAt IS NULL
         WITH u WHERE COUNT { (u)-[:HAS_PASSWORD_TOKEN]->(t:PasswordToken)
                              WHERE t.purpose = 'RESET' AND t.createdAt > datetime() - duration({hours: 1}) } < $perHour
         CREATE (u)-[:HAS_PASSWORD_TOKEN]->(:PasswordToken {tokenHash: $tokenHash, purpose: 'RESET',
                   createdAt: datetime(), expiresAt: datetime() + duration({minutes: $ttlMinutes})})
         RETURN u.id AS userId, u.email AS email, u.displayName AS displayName, coalesce(u.locale, 'ja') AS locale`,
        { email, tokenHash, ttlMinutes, perHour },
      ),
    );
    return row;
  }

  /**
   * Uses a token once: sets the password, marks this and every other open token of the account used, ends every
   * session and clears the lock-out, in one transaction.
   */
  consumeToken(tokenHash: string, passwordHash: string): Promise<ConsumeOutcome> {
    return this.graph.write(async (tx) => {
      const state = await tx.one<{ usedAt: string | null; expired: boolean; deactivated: boolean }>(
        `MATCH (u:User)-[:HAS_PASSWORD_TOKEN]->(t:PasswordToken {tokenHash: $tokenHash})
         RETURN t.usedAt AS usedAt, t.expiresAt <= datetime() AS expired, u.deactivatedAt IS NOT NULL AS deactivated`,
        { tokenHash },
      );
      if (!state) return { kind: 'TOKEN_INVALID' };
      if (state.usedAt) return { kind: 'TOKEN_USED' };
      if (state.expired) return { kind: 'TOKEN_EXPIRED' };
      if (state.deactivated) return { kind: 'ACCOUNT_DEACTIVATED' };
      const done = await tx.one<{
        userId: string;
        email: string;
        role: RoleName;
        purpose: PasswordTokenPurpose;
      }>(
        `MATCH (u:User)-[:HAS_PASSWORD_TOKEN]->(t:PasswordToken {tokenHash: $tokenHash}) WHERE t.usedAt IS NULL
         SET u.passwordHash = $passwordHash, u.passwordChangedAt = datetime(), u.failedSignIns = 0,
             u.lockedUntil = null
         WITH u, t
         CALL (u) {
           MATCH (u)-[:HAS_PASSWORD_TOKEN]->(open:PasswordToken) WHERE open.usedAt IS NULL SET open.usedAt = datetime()
         }
         CALL (u) {
           MATCH (u)-[:HAS_SESSION]->(s:Session) WHERE s.revokedAt IS NULL SET s.revokedAt = datetime()
         }
         RETURN u.id AS userId, u.email AS email, u.role AS role, t.purpose AS purpose`,
        { tokenHash, passwordHash },
      );
      if (!done) return { kind: 'TOKEN_USED' };
      await audit(tx, {
        actorId: done.userId,
        actorRole: done.role,
        action: done.purpose === 'SETUP' ? 'PASSWORD_SET_FROM_LINK' : 'PASSWORD_RESET',
        targetKind: 'Account',
        targetId: done.userId,
      });
      return { kind: 'OK', userId: done.userId, email: done.email };
    });
  }

  /** The password hash of an active account (for the current-password check). */
  async passwordHashOf(userId: string): Promise<string | null> {
    const row = await this.graph.readOne<{ hash: string | null }>(
      `MATCH (u:User {id: $userId}) WHERE u.deactivatedAt IS NULL RETURN u.passwordHash AS hash`,
      { userId },
    );
    return row?.hash ?? null;
  }

  /** Sets a new password and ends every session but `keepSessionId`, in one transaction. */
  changePassword(actor: Actor, keepSessionId: string, passwordHash: string): Promise<number> {
    return this.graph.write(async (tx) => {
      const row = await tx.one<{ revoked: number }>(
        `MATCH (u:User {id: $userId})
         SET u.passwordHash = $passwordHash, u.passwordChangedAt = datetime()
         WITH u
         CALL (u) {
           MATCH (u)-[:HAS_PASSWORD_TOKEN]->(open:PasswordToken) WHERE open.usedAt IS NULL SET open.usedAt = datetime()
         }
         OPTIONAL MATCH (u)-[:HAS_SESSION]->(s:Session) WHERE s.revokedAt IS NULL AND s.id <> $keepSessionId
         SET s.revokedAt = datetime()
         RETURN count(s) AS revoked`,
        { userId: actor.id, passwordHash, keepSessionId },
      );
      await audit(tx, {
        actorId: actor.id,
        actorRole: actor.role,
        action: 'PASSWORD_CHANGED',
        targetKind: 'Account',
        targetId: actor.id,
        details: { revokedSessions: row?.revoked ?? 0 },
      });
      return row?.revoked ?? 0;
    });
  }

  /** Creates a staff account without a password and its set-password token, with the audit entry. */
  createStaff(
    actor: Actor,
    input: {
      email: string;
      displayName: string;
      role: RoleName;
      prefectureCode: string | null;
      locale: string;
    },
    tokenHash: string,
    ttlMinutes: number,
  ): Promise<StaffChangeOutcome> {
    return this.graph.write(async (tx) => {
      const taken = await tx.one<{ n: number }>(`MATCH (u:User {email: $email}) RETURN count(u) AS n`, input);
      if (taken && taken.n > 0) return { kind: 'EMAIL_TAKEN' };
      const userId = `user-${randomUUID()}`;
      const row = await tx.one<{ row: AccountRow }>(
        `CREATE (u:User {id: $userId, email: $email, displayName: $displayName, role: $role, locale: $locale,
                         failedSignIns: 0, createdAt: datetime(), createdBy: $actorId})
         CREATE (u)-[:HAS_PASSWORD_TOKEN]->(:PasswordToken {tokenHash: $tokenHash, purpose: 'SETUP',
                   createdAt: datetime(), expiresAt: datetime() + duration({minutes: $ttlMinutes})})
         WITH u
         OPTIONAL MATCH (p:Prefecture {code: $prefectureCode})
         FOREACH (x IN CASE WHEN p IS NULL THEN [] ELSE [p] END | CREATE (u)-[:HOME_PREFECTURE]->(x))
         WITH u
         RETURN ${ACCOUNT_PROJECTION('u')} AS row`,
        { ...input, userId, tokenHash, ttlMinutes, actorId: actor.id },
      );
      if (!row) throw new Error('The new account could not be read back.');
      await audit(tx, {
        actorId: actor.id,
        actorRole: actor.role,
        action: 'ACCOUNT_CREATED',
        targetKind: 'Account',
        targetId: userId,
        details: { role: input.role, prefecture: input.prefectureCode },
      });
      return {
        kind: 'OK',
        account: row.row,
        recipient: { userId, email: input.email, displayName: input.displayName, locale: input.locale },
      };
    });
  }

  /** Replaces a staff account's open set-password tokens by a new one. */
  issueSetupToken(
    actor: Actor,
    userId: string,
    tokenHash: string,
    ttlMinutes: number,
  ): Promise<StaffChangeOutcome> {
    return this.graph.write(async (tx) => {
      const row = await tx.one<{ row: AccountRow; recipient: MailRecipient; coordinator: boolean }>(
        `MATCH (u:User {id: $userId}) WHERE u.deactivatedAt IS NULL
         CALL (u) {
           MATCH (u)-[:HAS_PASSWORD_TOKEN]->(open:PasswordToken) WHERE open.usedAt IS NULL SET open.usedAt = datetime()
         }
         CREATE (u)-[:HAS_PASSWORD_TOKEN]->(:PasswordToken {tokenHash: $tokenHash, purpose: 'SETUP',
                   createdAt: datetime(), expiresAt: datetime() + duration({minutes: $ttlMinutes})})
         RETURN ${ACCOUNT_PROJECTION('u')} AS row,
                {userId: u.id, email: u.email, displayName: u.displayName, locale: coalesce(u.locale, 'ja')} AS recipient`,
        { userId, tokenHash, ttlMinutes },
      );
      if (!row) return { kind: 'NOT_FOUND' };
      await audit(tx, {
        actorId: actor.id,
        actorRole: actor.role,
        action: 'SET_PASSWORD_LINK_SENT',
        targetKind: 'Account',
        targetId: userId,
      });
      return { kind: 'OK', account: row.row, recipient: row.recipient };
    });
  }

  changeRole(
    actor: Actor,
    userId: string,
    role: RoleName,
    prefectureCode: string | null,
  ): Promise<StaffChangeOutcome> {
    return this.graph.write(async (tx) => {
      const state = await tx.one<{
        role: RoleName;
        coordinator: boolean;
        otherAdmins: number;
        hasPrefecture: boolean;
      }>(
        `MATCH (u:User {id: $userId})
         RETURN u.role AS role, EXISTS { (u)-[:ACTS_AS]->(:Coordinator) } AS coordinator,
                EXISTS { (u)-[:HOME_PREFECTURE]->(:Prefecture) } AS hasPrefecture,
                ${OTHER_ACTIVE_ADMINS} AS otherAdmins`,
        { userId },
      );
      if (!state) return { kind: 'NOT_FOUND' };
      if (state.coordinator || state.role === 'COORDINATOR') return { kind: 'COORDINATOR_ACCOUNT' };
      if (state.role === 'ISA_ADMIN' && role !== 'ISA_ADMIN' && state.otherAdmins === 0)
        return { kind: 'LAST_ADMIN' };
      if (role === 'LOCAL_GOV' && !prefectureCode && !state.hasPrefecture)
        return { kind: 'PREFECTURE_REQUIRED' };
      const row = await tx.one<{ row: AccountRow }>(
        `MATCH (u:User {id: $userId})
         SET u.role = $role
         WITH u
         CALL (u) {
           MATCH (p:Prefecture {code: $prefectureCode})
           OPTIONAL MATCH (u)-[old:HOME_PREFECTURE]->()
           DELETE old
           CREATE (u)-[:HOME_PREFECTURE]->(p)
         }
         RETURN ${ACCOUNT_PROJECTION('u')} AS row`,
        { userId, role, prefectureCode },
      );
      if (!row) return { kind: 'NOT_FOUND' };
      await audit(tx, {
        actorId: actor.id,
        actorRole: actor.role,
        action: 'ACCOUNT_ROLE_CHANGED',
        targetKind: 'Account',
        targetId: userId,
        details: { from: state.role, to: role, prefecture: prefectureCode },
      });
      return { kind: 'OK', account: row.row };
    });
  }

  /**
   * Deactivation ends every session, voids open password links and hides the graduate profile from directories
   * (`Coordinator.accountDeactivated`); reactivation undoes the flags. The last active ISA_ADMIN stays.
   */
  setActive(actor: Actor, userId: string, active: boolean): Promise<StaffChangeOutcome> {
    return this.graph.write(async (tx) => {
      const state = await tx.one<{ role: RoleName; active: boolean; otherAdmins: number }>(
        `MATCH (u:User {id: $userId})
         RETURN u.role AS role, u.deactivatedAt IS NULL AS active, ${OTHER_ACTIVE_ADMINS} AS otherAdmins`,
        { userId },
      );
      if (!state) return { kind: 'NOT_FOUND' };
      if (!active && state.role === 'ISA_ADMIN' && state.otherAdmins === 0) return { kind: 'LAST_ADMIN' };
      const row = await tx.one<{ row: AccountRow; revoked: number }>(
        active
          ? `MATCH (u:User {id: $userId})
             SET u.deactivatedAt = null
             WITH u
             CALL (u) { MATCH (u)-[:ACTS_AS]->(c:Coordinator) REMOVE c.accountDeactivated }
             RETURN ${ACCOUNT_PROJECTION('u')} AS row, 0 AS revoked`
          : `MATCH (u:User {id: $userId})
             SET u.deactivatedAt = coalesce(u.deactivatedAt, datetime())
             WITH u
             CALL (u) { MATCH (u)-[:ACTS_AS]->(c:Coordinator) SET c.accountDeactivated = true }
             CALL (u) {
               MATCH (u)-[:HAS_PASSWORD_TOKEN]->(open:PasswordToken) WHERE open.usedAt IS NULL
               SET open.usedAt = datetime()
             }
             CALL (u) {
               OPTIONAL MATCH (u)-[:HAS_SESSION]->(s:Session) WHERE s.revokedAt IS NULL
               SET s.revokedAt = datetime()
               RETURN count(s) AS revoked
             }
             RETURN ${ACCOUNT_PROJECTION('u')} AS row, revoked`,
        { userId },
      );
      if (!row) return { kind: 'NOT_FOUND' };
      if (state.active !== active) {
        await audit(tx, {
          actorId: actor.id,
          actorRole: actor.role,
          action: active ? 'ACCOUNT_REACTIVATED' : 'ACCOUNT_DEACTIVATED',
          targetKind: 'Account',
          targetId: userId,
          details: active ? {} : { revokedSessions: row.revoked },
        });
      }
      return { kind: 'OK', account: row.row };
    });
  }
}
