import { enqueuePartnerReindex, searchOutboxEnabled } from '../search/outbox.js';
import { randomUUID } from 'node:crypto';
import type { Graph, GraphTx } from '../../db/graph.js';
import { ConflictError, NotFoundError } from '../../errors.js';
import { DUPLICATE_CHECK, type DuplicateRow } from './duplicates.js';
import { keysOf, type PartnerField, type PartnerState } from './partner-input.js';
import { SET_PARTNER_LINK_MIRRORS } from './partner-mirrors.js';
import { nameKeyCypher } from './partner-keys.js';
import {
  PARTNER_WITH_DETAIL,
  VIEWER_CERTIFIED,
  type PartnerChangeRow,
  type PartnerRow,
} from './partner-projection.js';
import { scopeParams, type ViewerScope } from './viewer-scope.js';

export interface CurrentPartner {
  state: PartnerState;
  reference: boolean;
  /** May this viewer see (and so edit) the address? */
  mayLocate: boolean;
}

export interface WrittenPartner {
  row: PartnerRow;
  change: PartnerChangeRow | null;
}

const CHANGE_PROJECTION = `ch { .id, .at, .summary, fields: coalesce(ch.fields, []),
  authorName: CASE WHEN $viewerSeesPeople THEN [(ch)<-[:MADE]-(u:User) | u.displayName][0] END }`;

/** Writes every editable field of `p` from $props / $rels, records a PartnerChange, returns the page row. */
const WRITE_FIELDS_AND_CHANGE = `
  SET p += $props, p.updatedAt = datetime(), p.prefectureCode = null
  WITH p, certified
  CALL (p) { MATCH (p)-[r:LOCATED_IN|SERVES_AREA|SERVES|OFFERS_LANGUAGE|ACCEPTS_STATUS]->() DELETE r }
  CALL (p) {
    MATCH (x:Prefecture {code: $rels.prefecture}) CREATE (p)-[:LOCATED_IN]->(x) SET p.prefectureCode = x.code }
  CALL (p) { UNWIND $rels.serviceArea AS code MATCH (x:Prefecture {code: code}) CREATE (p)-[:SERVES_AREA]->(x) }
  CALL (p) { UNWIND $rels.domains AS code MATCH (x:SupportDomain {code: code}) CREATE (p)-[:SERVES]->(x) }
  CALL (p) { UNWIND $rels.languages AS code MATCH (x:Language {code: code}) CREATE (p)-[:OFFERS_LANGUAGE]->(x) }
  CALL (p) { UNWIND $rels.statuses AS code MATCH (x:StatusOfResidence {code: code}) CREATE (p)-[:ACCEPTS_STATUS]->(x) }
  ${SET_PARTNER_LINK_MIRRORS}
  CREATE (ch:PartnerChange {id: $changeId, at: datetime(), summary: $summary, fields: $fields})-[:CHANGE_OF]->(p)
  WITH p, certified, ch
  CALL (ch) { MATCH (u:User {id: $viewerUserId}) CREATE (u)-[:MADE]->(ch) }
  RETURN ${PARTNER_WITH_DETAIL} AS row, ${CHANGE_PROJECTION} AS change`;

function writeParams(state: PartnerState) {
  const { prefecture, serviceArea, domains, languages, acceptedStatuses, ...scalars } = state;
  return {
    props: { ...scalars, remote: state.nationwide || state.remoteModes.length > 0, ...keysOf(state) },
    rels: { prefecture, serviceArea, domains, languages, statuses: acceptedStatuses },
  };
}

function throwIfDuplicate(duplicate: DuplicateRow | null): void {
  if (duplicate) {
    throw new ConflictError('A partner with the same name and prefecture, telephone or web address exists.', {
      existingPartnerId: duplicate.dupId,
      field: duplicate.field,
    });
  }
}

/** Partner edits: each method is one transaction (a duplicate or a missing partner writes nothing). */
export class PartnerWriteRepository {
  constructor(private readonly graph: Graph) {}

  /** Duplicate check and creation, in one transaction. */
  propose(state: PartnerState, scope: ViewerScope): Promise<WrittenPartner> {
    const keys = keysOf(state);
    return this.graph.write(async (tx) => {
      const dup = await tx.one<{ duplicate: DuplicateRow | null }>(
        `WITH $nameKey AS nk, $prefecture AS pk ${DUPLICATE_CHECK} RETURN duplicate`,
        { ...keys, prefecture: state.prefecture, excludeId: null },
      );
      throwIfDuplicate(dup?.duplicate ?? null);
      const id = `partner-${randomUUID()}`;
      const written = await tx.one<WrittenPartner>(
        `${VIEWER_CERTIFIED}
         CREATE (p:Partner {id: $id, createdAt: datetime(), synthetic: false, reference: false,
                            verifiedByIsa: false, lastConfirmedAt: datetime(), lastConfirmedById: $viewerUserId})
         WITH p, certified ${WRITE_FIELDS_AND_CHANGE}`,
        {
          ...scopeParams(scope),
          ...writeParams(state),
          id,
          changeId: randomUUID(),
          summary: 'CREATED',
          fields: Object.keys(state).filter((k) => {
            const v = state[k as PartnerField];
            return v !== null && v !== false && !(Array.isArray(v) && v.length === 0);
          }),
        },
      );
      if (!written) throw new Error('proposePartner wrote nothing');
      if (searchOutboxEnabled()) await enqueuePartnerReindex(tx, [id]);
      return written;
    });
  }

  /**
   * Reads the partner (and whether the changed keys collide with another partner), lets `decide`
   * validate and merge, then writes, all in one transaction. `decide` returns null for no change.
   */
  update(
    id: string,
    given: Partial<PartnerState>,
    scope: ViewerScope,
    decide: (current: CurrentPartner) => { state: PartnerState; fields: PartnerField[] } | null,
  ): Promise<WrittenPartner> {
    const keys = keysOf({ name: '', phones: [], url: null, ...given } as PartnerState);
    return this.graph.write(async (tx) => {
      const current = await this.readForUpdate(tx, id, given, keys, scope);
      const decision = decide(current);
      if (!decision) {
        const row = await tx.one<{ row: PartnerRow }>(
          `${VIEWER_CERTIFIED} MATCH (p:Partner {id: $id}) RETURN ${PARTNER_WITH_DETAIL} AS row`,
          { ...scopeParams(scope), id },
        );
        return { row: row!.row, change: null };
      }
      const written = await tx.one<WrittenPartner>(
        `${VIEWER_CERTIFIED} MATCH (p:Partner {id: $id}) WITH p, certified ${WRITE_FIELDS_AND_CHANGE}`,
        {
          ...scopeParams(scope),
          ...writeParams(decision.state),
          id,
          changeId: randomUUID(),
          summary: 'UPDATED',
          fields: decision.fields,
        },
      );
      if (!written) throw new NotFoundError('Partner');
      if (searchOutboxEnabled()) await enqueuePartnerReindex(tx, [id]);
      return written;
    });
  }

  private async readForUpdate(
    tx: GraphTx,
    id: string,
    given: Partial<PartnerState>,
    keys: ReturnType<typeof keysOf>,
    scope: ViewerScope,
  ): Promise<CurrentPartner> {
    const row = await tx.one<CurrentPartner & { duplicate: DuplicateRow | null }>(
      `${VIEWER_CERTIFIED}
       MATCH (p:Partner {id: $id})
       WITH p, certified, [(p)-[:LOCATED_IN]->(x:Prefecture) | x.code][0] AS home
       WITH p, certified, home,
            CASE WHEN $nameGiven THEN $nameKey
                 WHEN $prefectureGiven THEN coalesce(p.nameKey, ${nameKeyCypher('p.name')}) END AS nk,
            CASE WHEN $prefectureGiven THEN $prefecture ELSE home END AS pk
       ${DUPLICATE_CHECK}
       RETURN p { .name, .alternateName, .kind, .description, .url, .email, phones: coalesce(p.phones, []),
                  .postalCode, .municipality, .addressLine, .latitude, .longitude,
                  .openingHours, .fees, .eligibility,
                  acceptedStatuses: [(p)-[:ACCEPTS_STATUS]->(s:StatusOfResidence) | s.code],
                  prefecture: home,
                  serviceArea: [(p)-[:SERVES_AREA]->(a:Prefecture) | a.code],
                  nationwide: coalesce(p.nationwide, false), remoteModes: coalesce(p.remoteModes, []),
                  domains: [(p)-[:SERVES]->(d:SupportDomain) | d.code],
                  languages: [(p)-[:OFFERS_LANGUAGE]->(l:Language) | l.code],
                  sensitiveAddress: coalesce(p.sensitiveAddress, false) } AS state,
              coalesce(p.reference, false) AS reference,
              (NOT coalesce(p.sensitiveAddress, false) OR certified) AS mayLocate,
              duplicate`,
      {
        ...scopeParams(scope),
        id,
        nameGiven: given.name !== undefined,
        nameKey: given.name !== undefined ? keys.nameKey : null,
        prefectureGiven: given.prefecture !== undefined,
        prefecture: given.prefecture ?? null,
        phoneKeys: given.phones !== undefined ? keys.phoneKeys : [],
        urlKey: given.url !== undefined ? keys.urlKey : null,
        excludeId: id,
      },
    );
    if (!row) throw new NotFoundError('Partner');
    throwIfDuplicate(row.duplicate);
    return { state: row.state, reference: row.reference, mayLocate: row.mayLocate };
  }

  /** Sets or withdraws ISA verification; verifying also confirms the data (one statement). */
  async verify(id: string, verified: boolean, scope: ViewerScope): Promise<PartnerRow> {
    const row = await this.graph.write((tx) =>
      tx.one<{ row: PartnerRow }>(
        `${VIEWER_CERTIFIED}
         MATCH (p:Partner {id: $id})
         SET p.verifiedByIsa = $verified,
             p.verifiedAt = CASE WHEN $verified THEN datetime() END,
             p.lastConfirmedAt = CASE WHEN $verified THEN datetime() ELSE p.lastConfirmedAt END,
             p.lastConfirmedById = CASE WHEN $verified THEN $viewerUserId ELSE p.lastConfirmedById END
         CREATE (ch:PartnerChange {id: $changeId, at: datetime(), fields: ['verifiedByIsa'],
                                   summary: CASE WHEN $verified THEN 'VERIFIED' ELSE 'UNVERIFIED' END})-[:CHANGE_OF]->(p)
         WITH p, certified, ch
         CALL (ch) { MATCH (u:User {id: $viewerUserId}) CREATE (u)-[:MADE]->(ch) }
         RETURN ${PARTNER_WITH_DETAIL} AS row`,
        { ...scopeParams(scope), id, verified, changeId: randomUUID() },
      ),
    );
    if (!row) throw new NotFoundError('Partner');
    return row.row;
  }

  /** "Still accurate": stamps lastConfirmedAt/By (and CONFIRMED from the viewer's coordinator). */
  async confirm(id: string, scope: ViewerScope): Promise<PartnerRow> {
    const row = await this.graph.write((tx) =>
      tx.one<{ row: PartnerRow }>(
        `${VIEWER_CERTIFIED}
         MATCH (p:Partner {id: $id})
         SET p.lastConfirmedAt = datetime(), p.lastConfirmedById = $viewerUserId
         WITH p, certified
         CALL (p) { MATCH (c:Coordinator {id: $viewerCoordinatorId})
                    MERGE (c)-[k:CONFIRMED]->(p) SET k.at = datetime() }
         RETURN ${PARTNER_WITH_DETAIL} AS row`,
        { ...scopeParams(scope), id },
      ),
    );
    if (!row) throw new NotFoundError('Partner');
    return row.row;
  }
}
