import { randomUUID } from 'node:crypto';
import type { Graph } from '../../db/graph.js';
import { NotFoundError } from '../../errors.js';
import {
  PARTNER_WITH_DETAIL,
  REFERRAL_MAP,
  VIEWER_CERTIFIED,
  type EndorsementRow,
  type OutcomeCode,
  type PartnerRow,
  type ReferralRow,
} from './partner-projection.js';
import { scopeParams, type ViewerScope } from './viewer-scope.js';

export interface NewReferral {
  partnerId: string;
  date: string;
  domain: string;
  language: string;
  outcome: OutcomeCode;
}

/** Referrals and endorsements: the trust data, written by coordinators about their own work. */
export class TrustWriteRepository {
  constructor(private readonly graph: Graph) {}

  /** One statement: the viewer's coordinator REFERRED the partner. Null when the partner is unknown. */
  async recordReferral(coordinatorId: string, input: NewReferral): Promise<ReferralRow | null> {
    const row = await this.graph.write((tx) =>
      tx.one<{ referral: ReferralRow }>(
        `MATCH (c:Coordinator {id: $coordinatorId}), (p:Partner {id: $partnerId})
         CREATE (c)-[r:REFERRED {id: $id, date: date($date), domain: $domain, language: $language,
                                 outcome: $outcome, createdAt: datetime()}]->(p)
         RETURN ${REFERRAL_MAP('r', 'p')} AS referral`,
        { ...input, coordinatorId, id: `referral-${randomUUID()}` },
      ),
    );
    return row?.referral ?? null;
  }

  /** Only the coordinator's own referral matches; anybody else's is NOT_FOUND. */
  async updateReferralOutcome(
    coordinatorId: string,
    referralId: string,
    outcome: OutcomeCode,
  ): Promise<ReferralRow> {
    const row = await this.graph.write((tx) =>
      tx.one<{ referral: ReferralRow }>(
        `MATCH (:Coordinator {id: $coordinatorId})-[r:REFERRED {id: $referralId}]->(p:Partner)
         SET r.outcome = $outcome, r.updatedAt = datetime()
         RETURN ${REFERRAL_MAP('r', 'p')} AS referral`,
        { coordinatorId, referralId, outcome },
      ),
    );
    if (!row) throw new NotFoundError('Referral');
    return row.referral;
  }

  /** One endorsement per coordinator and partner: a second one replaces the note. */
  async endorse(
    scope: ViewerScope & { coordinatorId: string },
    partnerId: string,
    note: string,
  ): Promise<{ row: PartnerRow; endorsement: EndorsementRow; replaced: boolean }> {
    const row = await this.graph.write((tx) =>
      tx.one<{ row: PartnerRow; endorsement: EndorsementRow; replaced: boolean }>(
        `${VIEWER_CERTIFIED}
         MATCH (c:Coordinator {id: $viewerCoordinatorId}), (p:Partner {id: $partnerId})
         WITH c, p, certified, EXISTS { (c)-[:ENDORSED]->(p) } AS replaced
         MERGE (c)-[e:ENDORSED]->(p)
         ON CREATE SET e.date = datetime()
         SET e.note = $note, e.updatedAt = datetime()
         WITH c, p, e, certified, replaced
         RETURN ${PARTNER_WITH_DETAIL} AS row, replaced,
                { note: e.note, date: toString(e.updatedAt),
                  coordinatorName: CASE WHEN $viewerSeesPeople THEN c.displayName END } AS endorsement`,
        { ...scopeParams(scope), partnerId, note },
      ),
    );
    if (!row) throw new NotFoundError('Partner');
    return row;
  }
}
