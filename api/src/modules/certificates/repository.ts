import { randomUUID } from 'node:crypto';
import type { Graph } from '../../db/graph.js';
import { BadUserInputError, ConflictError, NotFoundError } from '../../errors.js';
import { AUDIT_ENTRY_CYPHER, auditParams } from '../audit/record.js';
import {
  defaultExpiry,
  fullYearsBetween,
  japanToday,
  renewalDue,
  renewalValidFrom,
} from '../graduates/certificate.js';
import { CERTIFICATE_ROW, SYNC_CURRENT } from './cypher.js';

export type CertificateKind = 'PROGRAM' | 'RENEWAL' | 'EXPERT';

export interface CertificateRow {
  id: string;
  kind: CertificateKind;
  number: string;
  sequence: number;
  issuer: string;
  issuedOn: string;
  validFrom: string;
  expiresOn: string | null;
  revokedAt: string | null;
  revocationReason: string | null;
  renewalWorkshopId: string | null;
}

/** A certificate as the resolvers pass it on. */
export type CertificateParent = CertificateRow & { current: boolean; coordinatorId: string };

export interface RenewalTrainingRow {
  id: string;
  title: string;
  startsAt: string;
  registrationOpen: boolean;
  registered: boolean;
}

export interface CertificationRow {
  coordinatorId: string;
  displayName: string;
  badgeName: string | null;
  expert: boolean;
  trainerTrainingCompletedOn: string | null;
  history: CertificateRow[];
  renewalTrainings: RenewalTrainingRow[];
}

export interface Actor {
  id: string;
  role: string;
}

/** State of one certificate on `today`. */
export function certificateState(
  k: CertificateRow,
  today = japanToday(),
): 'VALID' | 'EXPIRED' | 'REVOKED' | 'NOT_YET_VALID' {
  if (k.revokedAt) return 'REVOKED';
  if (today < k.validFrom) return 'NOT_YET_VALID';
  if (k.expiresOn && k.expiresOn < today) return 'EXPIRED';
  return 'VALID';
}

/** The current certificate: the unrevoked PROGRAM or RENEWAL one expiring last (as SYNC_CURRENT). */
export function currentCertificate(history: readonly CertificateRow[]): CertificateRow | null {
  const live = history.filter((k) => k.kind !== 'EXPERT' && !k.revokedAt);
  live.sort((a, b) => (b.expiresOn ?? '').localeCompare(a.expiresOn ?? '') || b.sequence - a.sequence);
  return live[0] ?? null;
}

export function expertEligibility(row: CertificationRow, today = japanToday()) {
  const first = row.history
    .filter((k) => k.kind !== 'EXPERT')
    .map((k) => k.validFrom)
    .sort()[0];
  const years = first ? Math.max(0, fullYearsBetween(first, today)) : 0;
  return {
    firstCertifiedOn: first ?? null,
    yearsOfPractice: years,
    trainerTrainingCompletedOn: row.trainerTrainingCompletedOn,
    eligible: years >= 3 && row.trainerTrainingCompletedOn !== null,
  };
}

const RECORD = `
  MATCH (c:Coordinator {id: $coordinatorId})
  RETURN {
    coordinatorId: c.id, displayName: c.displayName, badgeName: c.badgeName, expert: coalesce(c.expert, false),
    trainerTrainingCompletedOn: toString(c.trainerTrainingCompletedOn),
    history: COLLECT { MATCH (c)-[:HOLDS]->(k:Certificate) WITH k ORDER BY k.sequence RETURN ${CERTIFICATE_ROW} },
    renewalTrainings: COLLECT {
      MATCH (w:Workshop {eligibility: 'RENEWAL'}) WHERE w.startsAt > datetime()
      WITH w ORDER BY w.startsAt LIMIT 20
      RETURN { id: w.id, title: w.title, startsAt: toString(w.startsAt),
               registrationOpen: w.registrationOpensAt <= datetime() AND datetime() < w.registrationClosesAt,
               registered: EXISTS { (c)-[r:REGISTERED]->(w) WHERE r.status IN ['CONFIRMED', 'WAITLISTED'] } }
    }
  } AS row`;

export class CertificateRepository {
  constructor(private readonly graph: Graph) {}

  async record(coordinatorId: string): Promise<CertificationRow | null> {
    const row = await this.graph.readOne<{ row: CertificationRow }>(RECORD, { coordinatorId });
    return row?.row ?? null;
  }

  /** One certificate with its holder's badge name (for badges and the public verification page). */
  async certificate(
    certificateId: string,
  ): Promise<{ certificate: CertificateRow; holderName: string; coordinatorId: string } | null> {
    return this.graph.readOne(
      `MATCH (c:Coordinator)-[:HOLDS]->(k:Certificate {id: $certificateId})
       RETURN ${CERTIFICATE_ROW} AS certificate, coalesce(c.badgeName, c.displayName) AS holderName,
              c.id AS coordinatorId`,
      { certificateId },
    );
  }

  /**
   * ISA records that the graduate completed a renewal training: a RENEWAL certificate is appended (never
   * overwriting the old one) and becomes current. The graduate must have had a confirmed seat at a RENEWAL
   * workshop that has started, be in the final year or expired, and the training counts once.
   */
  async recordRenewal(actor: Actor, coordinatorId: string, workshopId: string): Promise<CertificateRow> {
    return this.graph.write(async (tx) => {
      const state = await tx.one<{
        expiresOn: string | null;
        number: string | null;
        sequence: number;
        kind: string | null;
        started: boolean | null;
        seat: boolean;
        used: boolean;
      }>(
        `MATCH (c:Coordinator {id: $coordinatorId})
         SET c.certificateLockedAt = datetime()
         WITH c
         OPTIONAL MATCH (w:Workshop {id: $workshopId})
         RETURN toString(c.certificateExpiresOn) AS expiresOn, c.certificateNumber AS number,
                COUNT { (c)-[:HOLDS]->(:Certificate) } AS sequence,
                w.eligibility AS kind, w.startsAt <= datetime() AS started,
                EXISTS { (c)-[:REGISTERED {status: 'CONFIRMED'}]->(w) } OR EXISTS { (c)-[:ATTENDED]->(w) } AS seat,
                EXISTS { (c)-[:HOLDS]->(:Certificate {renewalWorkshopId: $workshopId}) } AS used`,
        { coordinatorId, workshopId },
      );
      if (!state) throw new NotFoundError('Coordinator');
      if (state.kind !== 'RENEWAL') throw new BadUserInputError('workshopId', 'Not a renewal training.');
      if (!state.seat)
        throw new BadUserInputError('workshopId', 'The graduate had no seat at this training.');
      if (!state.started) throw new ConflictError('The training has not taken place yet.');
      if (state.used) throw new ConflictError('This training was already recorded for the graduate.');
      const today = japanToday();
      if (!renewalDue(state.expiresOn, today)) {
        throw new ConflictError('The certificate is not in its final year.', { field: 'coordinatorId' });
      }
      const validFrom = renewalValidFrom(state.expiresOn, today);
      const id = randomUUID();
      const row = await tx.one<{ row: CertificateRow }>(
        `MATCH (c:Coordinator {id: $coordinatorId})
         CREATE (c)-[:HOLDS]->(k:Certificate {
           id: $id, kind: 'RENEWAL', number: c.certificateNumber, sequence: $sequence,
           issuedOn: date($today), validFrom: date($validFrom), expiresOn: date($expiresOn),
           issuer: 'ISA', issuedAt: datetime(), issuedBy: $actorId, renewalWorkshopId: $workshopId
         })
         WITH c, k
         ${SYNC_CURRENT}
         WITH k
         ${AUDIT_ENTRY_CYPHER}
         RETURN ${CERTIFICATE_ROW} AS row`,
        {
          coordinatorId,
          workshopId,
          id,
          sequence: Number(state.sequence) + 1,
          today,
          validFrom,
          expiresOn: defaultExpiry(validFrom),
          actorId: actor.id,
          audit: auditParams({
            actorId: actor.id,
            actorRole: actor.role,
            action: 'CERTIFICATE_RENEWED',
            targetKind: 'Coordinator',
            targetId: coordinatorId,
            details: { certificateId: id, workshopId, validFrom, expiresOn: defaultExpiry(validFrom) },
          }),
        },
      );
      return row!.row;
    });
  }

  /** ISA revokes one certificate (and so its badge); the current certificate is derived again. */
  async revoke(actor: Actor, certificateId: string, reason: string): Promise<CertificateRow> {
    const row = await this.graph.write((tx) =>
      tx.one<{ row: CertificateRow; already: boolean }>(
        `MATCH (c:Coordinator)-[:HOLDS]->(k:Certificate {id: $certificateId})
         WITH c, k, k.revokedAt IS NOT NULL AS already
         CALL (c, k, already) {
           WITH c, k WHERE NOT already
           SET k.revokedAt = datetime(), k.revocationReason = $reason, k.revokedBy = $actorId,
               c.expert = CASE WHEN k.kind = 'EXPERT' THEN false ELSE c.expert END
           WITH c
           ${SYNC_CURRENT}
           ${AUDIT_ENTRY_CYPHER}
         }
         RETURN ${CERTIFICATE_ROW} AS row, already`,
        {
          certificateId,
          reason,
          actorId: actor.id,
          audit: auditParams({
            actorId: actor.id,
            actorRole: actor.role,
            action: 'CERTIFICATE_REVOKED',
            targetKind: 'Certificate',
            targetId: certificateId,
            details: { reason },
          }),
        },
      ),
    );
    if (!row) throw new NotFoundError('Certificate');
    if (row.already) throw new ConflictError('This certificate is already revoked.');
    return row.row;
  }

  /** ISA records the trainer training (a criterion of the expert tier). */
  async recordTrainerTraining(actor: Actor, coordinatorId: string, completedOn: string): Promise<void> {
    const row = await this.graph.write((tx) =>
      tx.one(
        `MATCH (c:Coordinator {id: $coordinatorId})
         SET c.trainerTrainingCompletedOn = date($completedOn)
         WITH c
         ${AUDIT_ENTRY_CYPHER}
         RETURN c.id AS id`,
        {
          coordinatorId,
          completedOn,
          audit: auditParams({
            actorId: actor.id,
            actorRole: actor.role,
            action: 'TRAINER_TRAINING_RECORDED',
            targetKind: 'Coordinator',
            targetId: coordinatorId,
            details: { completedOn },
          }),
        },
      ),
    );
    if (!row) throw new NotFoundError('Coordinator');
  }

  /** ISA grants the expert title: an EXPERT certificate in the history; the caller checked eligibility. */
  async grantExpert(actor: Actor, coordinatorId: string, reason: string): Promise<CertificateRow> {
    return this.graph.write(async (tx) => {
      const row = await tx.one<{ row: CertificateRow | null }>(
        `MATCH (c:Coordinator {id: $coordinatorId})
         SET c.certificateLockedAt = datetime()
         WITH c
         OPTIONAL MATCH (c)-[:HOLDS]->(live:Certificate {kind: 'EXPERT'}) WHERE live.revokedAt IS NULL
         WITH c, count(live) AS held,
              COUNT { (c)-[:HOLDS]->(:Certificate) } AS sequence
         OPTIONAL CALL (c, held, sequence) {
           WITH c, sequence WHERE held = 0
           CREATE (c)-[:HOLDS]->(k:Certificate {
             id: $id, kind: 'EXPERT', number: c.certificateNumber, sequence: sequence + 1,
             issuedOn: date($today), validFrom: date($today), expiresOn: null, issuer: 'ISA',
             issuedAt: datetime(), issuedBy: $actorId, grantReason: $reason
           })
           SET c.expert = true, c.updatedAt = datetime()
           WITH k
           ${AUDIT_ENTRY_CYPHER}
           RETURN ${CERTIFICATE_ROW} AS row
         }
         RETURN row`,
        {
          coordinatorId,
          reason,
          id: randomUUID(),
          today: japanToday(),
          actorId: actor.id,
          audit: auditParams({
            actorId: actor.id,
            actorRole: actor.role,
            action: 'EXPERT_GRANTED',
            targetKind: 'Coordinator',
            targetId: coordinatorId,
            details: { reason },
          }),
        },
      );
      if (row === null) throw new NotFoundError('Coordinator');
      if (!row.row) throw new ConflictError('The graduate already holds the expert title.');
      return row.row;
    });
  }

  /** The holder chooses the name shown on badges and the verification page. */
  async setBadgeName(coordinatorId: string, name: string | null): Promise<void> {
    await this.graph.write((tx) =>
      tx.rows(`MATCH (c:Coordinator {id: $coordinatorId}) SET c.badgeName = $name`, { coordinatorId, name }),
    );
  }
}
