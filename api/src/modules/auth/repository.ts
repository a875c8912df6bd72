import { randomUUID } from 'node:crypto';
import type { Graph } from '../../db/graph.js';
import { AUDIT_ENTRY_CYPHER, auditParams } from '../audit/record.js';

export type RoleName = 'COORDINATOR' | 'ISA_ADMIN' | 'WORKSHOP_ORGANIZER' | 'LOCAL_GOV';

export interface SessionViewer {
  id: string;
  email: string;
  displayName: string;
  role: RoleName;
  locale: string;
  prefectureCode: string | null;
  /** Where the viewer's Coordinator works (WORKS_IN), if the viewer acts as one. */
  workPrefectureCode?: string | null;
  coordinatorId: string | null;
  sessionId: string;
  sessionExpiresAt: string;
  /** Two-step sign-in (TOTP) is set up (always read from the graph; optional for hand-built viewers). */
  twoStepEnabled?: boolean;
}

export interface ChallengeState {
  userId: string;
  role: RoleName;
  secret: string;
  lastStep: number;
  recoveryCodeHashes: string[];
}

export interface SignInCandidate {
  id: string;
  /** Null for a new staff account whose set-password link has not been used. */
  passwordHash: string | null;
  deactivated: boolean;
  failedSignIns: number;
  lockedUntil: string | null;
  twoStepEnabled: boolean;
}

// The viewer of user `u` and session `s`, as one map.
const VIEWER_PROJECTION = `
  u { .id, .email, .displayName, .role, .locale,
      prefectureCode: [(u)-[:HOME_PREFECTURE]->(p:Prefecture) | p.code][0],
      coordinatorId: [(u)-[:ACTS_AS]->(c:Coordinator) | c.id][0],
      workPrefectureCode: [(u)-[:ACTS_AS]->(:Coordinator)-[:WORKS_IN]->(wp:Prefecture) | wp.code][0],
      twoStepEnabled: u.totpSecret IS NOT NULL,
      sessionId: s.id, sessionExpiresAt: s.expiresAt }`;

export class AuthRepository {
  constructor(private readonly graph: Graph) {}

  findSignInCandidate(email: string): Promise<SignInCandidate | null> {
    return this.graph.readOne<SignInCandidate>(
      `MATCH (u:User {email: $email})
         RETURN u.id AS id, u.passwordHash AS passwordHash, u.deactivatedAt IS NOT NULL AS deactivated,
                coalesce(u.failedSignIns, 0) AS failedSignIns, u.lockedUntil AS lockedUntil,
                u.totpSecret IS NOT NULL AS twoStepEnabled`,
      { email },
    );
  }

  /** Counts a failure atomically and sets the lock computed by the caller from the new count. */
  recordFailedSignIn(userId: string, lockSecondsFor: (failures: number) => number): Promise<number> {
    return this.graph.write(async (tx) => {
      const row = await tx.one<{ failures: number }>(
        `MATCH (u:User {id: $userId})
         SET u.failedSignIns = coalesce(u.failedSignIns, 0) + 1
         RETURN u.failedSignIns AS failures`,
        { userId },
      );
      const failures = row?.failures ?? 0;
      const lockSeconds = lockSecondsFor(failures);
      if (lockSeconds > 0) {
        await tx.rows(
          `MATCH (u:User {id: $userId})
           SET u.lockedUntil = datetime() + duration({seconds: $lockSeconds})`,
          { userId, lockSeconds },
        );
      }
      return failures;
    });
  }

  /** Resets the failure count and opens a session, in one transaction; a staff sign-in is audited in it. */
  async openSession(userId: string, tokenHash: string, ttlHours: number): Promise<SessionViewer> {
    const sessionId = randomUUID();
    const viewer = await this.graph.write(async (tx) => {
      const row = await tx.one<{ viewer: SessionViewer }>(
        `MATCH (u:User {id: $userId}) WHERE u.deactivatedAt IS NULL
         SET u.failedSignIns = 0, u.lockedUntil = null, u.lastSignInAt = datetime()
         CREATE (u)-[:HAS_SESSION]->(s:Session {
           id: $sessionId, tokenHash: $tokenHash, createdAt: datetime(),
           expiresAt: datetime() + duration({hours: $ttlHours}) })
         RETURN ${VIEWER_PROJECTION} AS viewer`,
        { userId, tokenHash, ttlHours, sessionId },
      );
      if (row && row.viewer.role !== 'COORDINATOR') {
        await tx.rows(AUDIT_ENTRY_CYPHER, {
          audit: auditParams({
            actorId: userId,
            actorRole: row.viewer.role,
            action: 'STAFF_SIGNED_IN',
            targetKind: 'Session',
            targetId: sessionId,
          }),
        });
      }
      return row?.viewer ?? null;
    });
    if (!viewer) throw new Error(`User ${userId} vanished while signing in`);
    return viewer;
  }

  /** The viewer behind a live session token hash, or null if unknown, expired or revoked. */
  async viewerForSession(tokenHash: string): Promise<SessionViewer | null> {
    const row = await this.graph.readOne<{ viewer: SessionViewer }>(
      `MATCH (u:User)-[:HAS_SESSION]->(s:Session {tokenHash: $tokenHash})
         WHERE s.revokedAt IS NULL AND s.expiresAt > datetime() AND u.deactivatedAt IS NULL
         RETURN ${VIEWER_PROJECTION} AS viewer`,
      { tokenHash },
    );
    return row?.viewer ?? null;
  }

  async revokeSession(sessionId: string): Promise<number> {
    const row = await this.graph.write((tx) =>
      tx.one<{ revoked: number }>(
        `MATCH (s:Session {id: $sessionId}) WHERE s.revokedAt IS NULL
         SET s.revokedAt = datetime()
         RETURN count(s) AS revoked`,
        { sessionId },
      ),
    );
    return row?.revoked ?? 0;
  }

  async revokeAllSessions(userId: string): Promise<number> {
    const row = await this.graph.write((tx) =>
      tx.one<{ revoked: number }>(
        `MATCH (:User {id: $userId})-[:HAS_SESSION]->(s:Session) WHERE s.revokedAt IS NULL
         SET s.revokedAt = datetime()
         RETURN count(s) AS revoked`,
        { userId },
      ),
    );
    return row?.revoked ?? 0;
  }

  /** A sign-in that passed the password and waits for its second step. */
  async createChallenge(userId: string, tokenHash: string, ttlMinutes: number): Promise<void> {
    await this.graph.write((tx) =>
      tx.rows(
        `MATCH (u:User {id: $userId})
         CREATE (u)-[:HAS_SIGN_IN_CHALLENGE]->(:SignInChallenge {tokenHash: $tokenHash, attempts: 0,
                   createdAt: datetime(), expiresAt: datetime() + duration({minutes: $ttlMinutes})})`,
        { userId, tokenHash, ttlMinutes },
      ),
    );
  }

  /** The live challenge behind a token (not expired, tries left, account active), or null. */
  challengeState(tokenHash: string, maxAttempts: number): Promise<ChallengeState | null> {
    return this.graph.readOne<ChallengeState>(
      `MATCH (u:User)-[:HAS_SIGN_IN_CHALLENGE]->(c:SignInChallenge {tokenHash: $tokenHash})
       WHERE c.expiresAt > datetime() AND c.attempts < $maxAttempts AND u.deactivatedAt IS NULL
         AND u.totpSecret IS NOT NULL
       RETURN u.id AS userId, u.role AS role, u.totpSecret AS secret, coalesce(u.totpLastStep, -1) AS lastStep,
              coalesce(u.recoveryCodeHashes, []) AS recoveryCodeHashes`,
      { tokenHash, maxAttempts },
    );
  }

  /** Counts a wrong second step; the challenge is deleted when its tries are used up. */
  async failChallenge(tokenHash: string, maxAttempts: number): Promise<void> {
    await this.graph.write((tx) =>
      tx.rows(
        `MATCH (c:SignInChallenge {tokenHash: $tokenHash})
         SET c.attempts = c.attempts + 1
         WITH c WHERE c.attempts >= $maxAttempts
         DETACH DELETE c`,
        { tokenHash, maxAttempts },
      ),
    );
  }

  /**
   * Uses up the challenge and the code (a TOTP step later than the last one used, or one recovery code), all or
   * nothing: false when another request got there first.
   */
  async passChallenge(tokenHash: string, step: number | null, recoveryHash: string | null): Promise<boolean> {
    const row = await this.graph.write((tx) =>
      tx.one<{ ok: boolean }>(
        `MATCH (u:User)-[:HAS_SIGN_IN_CHALLENGE]->(c:SignInChallenge {tokenHash: $tokenHash})
         WHERE ($step IS NOT NULL AND coalesce(u.totpLastStep, -1) < $step)
            OR ($recoveryHash IS NOT NULL AND $recoveryHash IN coalesce(u.recoveryCodeHashes, []))
         SET u.totpLastStep = CASE WHEN $step IS NULL THEN u.totpLastStep ELSE $step END,
             u.recoveryCodeHashes = [h IN coalesce(u.recoveryCodeHashes, []) WHERE h <> $recoveryHash]
         DETACH DELETE c
         RETURN true AS ok`,
        { tokenHash, step, recoveryHash },
      ),
    );
    return row?.ok ?? false;
  }

  async startTwoStepEnrollment(userId: string, secret: string): Promise<void> {
    await this.graph.write((tx) =>
      tx.rows(`MATCH (u:User {id: $userId}) SET u.pendingTotpSecret = $secret`, { userId, secret }),
    );
  }

  pendingTwoStepSecret(userId: string): Promise<{ secret: string | null; enabled: boolean } | null> {
    return this.graph.readOne(
      `MATCH (u:User {id: $userId}) RETURN u.pendingTotpSecret AS secret, u.totpSecret IS NOT NULL AS enabled`,
      { userId },
    );
  }

  /** Turns two-step sign-in on with the pending secret and the hashes of new recovery codes. */
  async confirmTwoStep(
    viewer: { id: string; role: RoleName },
    secret: string,
    step: number,
    recoveryCodeHashes: string[],
  ): Promise<boolean> {
    return this.graph.write(async (tx) => {
      const row = await tx.one<{ ok: boolean }>(
        `MATCH (u:User {id: $userId}) WHERE u.pendingTotpSecret = $secret
         SET u.totpSecret = $secret, u.pendingTotpSecret = null, u.totpLastStep = $step,
             u.recoveryCodeHashes = $recoveryCodeHashes, u.totpEnabledAt = datetime()
         RETURN true AS ok`,
        { userId: viewer.id, secret, step, recoveryCodeHashes },
      );
      if (!row) return false;
      await tx.rows(AUDIT_ENTRY_CYPHER, {
        audit: auditParams({
          actorId: viewer.id,
          actorRole: viewer.role,
          action: 'TWO_STEP_ENABLED',
          targetKind: 'Account',
          targetId: viewer.id,
        }),
      });
      return true;
    });
  }

  async disableTwoStep(viewer: { id: string; role: RoleName }): Promise<void> {
    await this.graph.write(async (tx) => {
      await tx.rows(
        `MATCH (u:User {id: $userId})
         SET u.totpSecret = null, u.pendingTotpSecret = null, u.recoveryCodeHashes = null, u.totpEnabledAt = null`,
        { userId: viewer.id },
      );
      await tx.rows(AUDIT_ENTRY_CYPHER, {
        audit: auditParams({
          actorId: viewer.id,
          actorRole: viewer.role,
          action: 'TWO_STEP_DISABLED',
          targetKind: 'Account',
          targetId: viewer.id,
        }),
      });
    });
  }
}
