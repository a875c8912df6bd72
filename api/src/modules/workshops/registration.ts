import type { Graph, GraphTx } from '../../db/graph.js';
import { BadUserInputError, ConflictError, NotFoundError } from '../../errors.js';
import { japanToday } from '../graduates/certificate.js';
import { lockWorkshop } from './lock.js';
import type { RegistrationStatus, WorkshopRow } from './model.js';
import { readWorkshop } from './repository.js';
import { fillFreeSeats } from './seats.js';

interface MyState {
  status: RegistrationStatus | null;
  confirmed: number;
  expiresOn: string | null;
}

async function myState(tx: GraphTx, workshopId: string, coordinatorId: string): Promise<MyState> {
  const row = await tx.one<MyState>(
    `MATCH (w:Workshop {id: $workshopId}), (c:Coordinator {id: $coordinatorId})
     OPTIONAL MATCH (c)-[r:REGISTERED]->(w)
     RETURN r.status AS status, toString(c.certificateExpiresOn) AS expiresOn,
            COUNT { (:Coordinator)-[:REGISTERED {status: 'CONFIRMED'}]->(w) } AS confirmed`,
    { workshopId, coordinatorId },
  );
  if (!row) throw new BadUserInputError('workshopId', 'Only graduates can register.');
  return row;
}

type RegisterOutcome = 'OK' | 'NOT_GRADUATE' | 'CLOSED' | 'ALREADY' | 'INELIGIBLE' | 'NOT_RENEWAL_DUE';

const REGISTER_REFUSALS: Record<Exclude<RegisterOutcome, 'OK'>, () => Error> = {
  NOT_GRADUATE: () => new BadUserInputError('workshopId', 'Only graduates can register.'),
  CLOSED: () => new ConflictError('Registration for this workshop is not open.'),
  ALREADY: () => new ConflictError('You are already registered for this workshop.'),
  // Same rule as certificateStatus (graduates/certificate.ts): expired = expiry before today in Japan.
  INELIGIBLE: () =>
    new BadUserInputError('workshopId', 'This workshop needs a valid coordinator certificate.'),
  // Same rule as renewalDue (graduates/certificate.ts): from one year before the day after expiry.
  NOT_RENEWAL_DUE: () =>
    new BadUserInputError(
      'workshopId',
      'Renewal training is open in the final year of a certificate or after it expired.',
    ),
};

// The SET takes the workshop's write lock before anything is counted (see lock.ts); nothing but the
// lock is written unless the outcome is OK, and a refusal rolls the lock back with the transaction.
const REGISTER = `
  MATCH (w:Workshop {id: $workshopId})
  SET w.lockedAt = datetime()
  WITH w
  OPTIONAL MATCH (c:Coordinator {id: $coordinatorId})
  OPTIONAL MATCH (c)-[old:REGISTERED]->(w)
  WITH w, c, old, datetime() AS now,
       COUNT { (:Coordinator)-[:REGISTERED {status: 'CONFIRMED'}]->(w) } AS confirmed
  WITH w, c, confirmed, CASE
    WHEN c IS NULL THEN 'NOT_GRADUATE'
    WHEN now < w.registrationOpensAt OR now >= w.registrationClosesAt OR now >= w.startsAt THEN 'CLOSED'
    WHEN old.status IN ['CONFIRMED', 'WAITLISTED'] THEN 'ALREADY'
    WHEN w.eligibility = 'CERTIFICATE_VALID'
         AND (c.certificateExpiresOn IS NULL OR toString(c.certificateExpiresOn) < $today) THEN 'INELIGIBLE'
    WHEN w.eligibility = 'RENEWAL'
         AND (c.certificateExpiresOn IS NULL
              OR toString(date(c.certificateExpiresOn) + duration({days: 1}) - duration({years: 1})) > $today)
         THEN 'NOT_RENEWAL_DUE'
    ELSE 'OK' END AS outcome
  CALL (w, c, confirmed, outcome) {
    WITH w, c, confirmed WHERE outcome = 'OK'
    SET w.registrationSeq = coalesce(w.registrationSeq, 0) + 1
    MERGE (c)-[r:REGISTERED]->(w)
    SET r.status = CASE WHEN confirmed < w.capacity THEN 'CONFIRMED' ELSE 'WAITLISTED' END,
        r.seq = w.registrationSeq, r.registeredAt = datetime(), r.cancelledAt = null,
        r.peerConsent = $peerConsent,
        r.confirmedAt = CASE WHEN confirmed < w.capacity THEN datetime() END
  }
  RETURN outcome`;

/**
 * Registration, cancellation and consent. Each runs in one write transaction whose first statement locks
 * the workshop (lock.ts), so seats are counted and given one registration at a time: never over-booked.
 */
export class RegistrationRepository {
  constructor(private readonly graph: Graph) {}

  /**
   * A seat while one is free, else the end of the waitlist: lock, checks, count and write in one statement,
   * so the lock is held for a single round trip (many graduates may register for one workshop at once).
   */
  async register(
    userId: string,
    coordinatorId: string,
    workshopId: string,
    peerConsent: boolean,
  ): Promise<WorkshopRow> {
    const row = await this.graph.write((tx) =>
      tx.one<{ outcome: RegisterOutcome }>(REGISTER, {
        workshopId,
        coordinatorId,
        peerConsent,
        today: japanToday(),
      }),
    );
    if (!row) throw new NotFoundError('The workshop');
    if (row.outcome !== 'OK') throw REGISTER_REFUSALS[row.outcome]();
    // Read back after the commit, so the lock is not held while the page data is read.
    return (await this.graph.read((tx) => readWorkshop(tx, userId, workshopId)))!;
  }

  /** Cancels; a freed seat goes to the first on the waitlist, in the same transaction. */
  cancel(userId: string, coordinatorId: string, workshopId: string): Promise<WorkshopRow> {
    return this.graph.write(async (tx) => {
      const w = await lockWorkshop(tx, workshopId, userId);
      if (Date.now() >= Date.parse(w.startsAt)) {
        throw new ConflictError('The workshop has started; registrations can no longer be cancelled.');
      }
      const state = await myState(tx, workshopId, coordinatorId);
      if (state.status !== 'CONFIRMED' && state.status !== 'WAITLISTED') {
        throw new ConflictError('You have no registration to cancel.');
      }
      await tx.rows(
        `MATCH (c:Coordinator {id: $coordinatorId})-[r:REGISTERED]->(w:Workshop {id: $workshopId})
         SET r.status = 'CANCELLED', r.cancelledAt = datetime()
         WITH c, w
         OPTIONAL MATCH (c)-[m:IN_GROUP]->(:WorkshopGroup)-[:GROUP_OF]->(w)
         DELETE m`,
        { workshopId, coordinatorId },
      );
      if (state.status === 'CONFIRMED') await fillFreeSeats(tx, workshopId);
      return (await readWorkshop(tx, userId, workshopId))!;
    });
  }

  /** Consent to peer links can change until attendance is recorded (links are made then). */
  setConsent(
    userId: string,
    coordinatorId: string,
    workshopId: string,
    peerConsent: boolean,
  ): Promise<WorkshopRow> {
    return this.graph.write(async (tx) => {
      const w = await lockWorkshop(tx, workshopId, userId);
      if (w.attendanceRecordedAt) {
        throw new ConflictError('Attendance has been recorded; peer consent can no longer change.');
      }
      const state = await myState(tx, workshopId, coordinatorId);
      if (state.status !== 'CONFIRMED' && state.status !== 'WAITLISTED') {
        throw new ConflictError('You have no registration for this workshop.');
      }
      await tx.rows(
        `MATCH (:Coordinator {id: $coordinatorId})-[r:REGISTERED]->(:Workshop {id: $workshopId})
         SET r.peerConsent = $peerConsent`,
        { workshopId, coordinatorId, peerConsent },
      );
      return (await readWorkshop(tx, userId, workshopId))!;
    });
  }
}
