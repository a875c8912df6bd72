import type { Graph } from '../../db/graph.js';
import {
  PARTNER_CARD_PROJECTION,
  PARTNER_DETAIL_PROJECTION,
  PARTNER_PROJECTION,
  PARTNER_WITH_DETAIL,
  STALE_PREDICATE,
  VIEWER_CERTIFIED,
  type PartnerCardRow,
  type PartnerDetailRow,
  type PartnerKindCode,
  type PartnerRow,
} from './partner-projection.js';
import { scopeParams, type ViewerScope } from './viewer-scope.js';

export type { PartnerRow } from './partner-projection.js';

export interface PartnerListArgs {
  limit: number;
  after: [string, string] | null;
  prefecture?: string | null;
  /** The domain filter with its subdomains (ReferenceCatalog.domainWithDescendants). */
  domainCodes?: readonly string[] | null;
  language?: string | null;
  kind?: PartnerKindCode | null;
  verified?: boolean | null;
  stale?: boolean | null;
}

export interface NeighbourhoodRow {
  partner: PartnerRow;
  referrerCount: number;
  referrers: { displayName: string; referralCount: number; local: boolean }[];
  domains: NeighbourDomainRow[];
  referrersHidden: boolean;
}

export interface NeighbourDomainRow {
  domainCode: string;
  served: boolean;
  referralCount: number;
}

// The directory list. `p.name >= $fromName` (always true for the first page: fromName '') lets the
// planner seek the name index in order and stop once the page is full; the other filters are checked
// row by row (domains and languages from the link mirrors, partner-mirrors.ts). Nothing may come before the MATCH: an Apply in front loses the index order (a full sort).
const LIST_FILTERS = `
  p.name >= $fromName AND ($afterId IS NULL OR p.name > $fromName OR p.id > $afterId)
  AND ($domainCodes IS NULL OR any(code IN p.domainCodes WHERE code IN $domainCodes))
  AND ($language IS NULL OR $language IN p.languageCodes)
  AND ($kind IS NULL OR p.kind = $kind)
  AND ($verified IS NULL OR coalesce(p.verifiedByIsa, false) = $verified)
  AND ($stale IS NULL OR ${STALE_PREDICATE} = $stale)`;

const LIST_PAGE = `${VIEWER_CERTIFIED} RETURN ${PARTNER_CARD_PROJECTION} AS row`;

const LIST_ALL = `
  MATCH (p:Partner) WHERE ${LIST_FILTERS}
  WITH p ORDER BY p.name, p.id LIMIT toInteger($limit)
  ${LIST_PAGE}`;

/** `p.prefectureCode` mirrors LOCATED_IN (written with it; migration 0031) for the composite index. */
const LIST_IN_PREFECTURE = `
  MATCH (p:Partner) WHERE p.prefectureCode = $prefecture AND ${LIST_FILTERS}
  WITH p ORDER BY p.prefectureCode, p.name, p.id LIMIT toInteger($limit)
  ${LIST_PAGE}`;

/** Reads of partners; every statement filters by the viewer's scope inside Cypher. */
export class DirectoryRepository {
  constructor(private readonly graph: Graph) {}

  /**
   * One page of partners ordered by (name, id), all nested codes in the same statement. The page is
   * read in index order (partner_name, or partner_prefecture_name with a prefecture) and stops after
   * `limit` matches, so its cost follows the page size, not the number of partners.
   */
  async listPartners(args: PartnerListArgs, scope: ViewerScope): Promise<PartnerCardRow[]> {
    const rows = await this.graph.readRows<{ row: PartnerCardRow }>(
      args.prefecture ? LIST_IN_PREFECTURE : LIST_ALL,
      {
        ...scopeParams(scope),
        limit: args.limit,
        fromName: args.after?.[0] ?? '',
        afterId: args.after?.[1] ?? null,
        prefecture: args.prefecture ?? null,
        domainCodes: args.domainCodes ?? null,
        language: args.language ?? null,
        kind: args.kind ?? null,
        verified: args.verified ?? null,
        stale: args.stale ?? null,
      },
    );
    return rows.map((r) => r.row);
  }

  /** Partners by id, in one statement (the DataLoader batch function). */
  async partnersByIds(ids: readonly string[], scope: ViewerScope): Promise<(PartnerRow | null)[]> {
    const rows = await this.graph.readRows<{ row: PartnerRow }>(
      `${VIEWER_CERTIFIED} MATCH (p:Partner) WHERE p.id IN $ids RETURN ${PARTNER_PROJECTION} AS row`,
      { ...scopeParams(scope), ids },
    );
    const byId = new Map(rows.map((r) => [r.row.id, r.row]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  /** The detail lists of several partners (for pages that ask for them on list items). */
  async detailsByIds(ids: readonly string[], scope: ViewerScope): Promise<PartnerDetailRow[]> {
    const rows = await this.graph.readRows<{ id: string; detail: PartnerDetailRow }>(
      `MATCH (p:Partner) WHERE p.id IN $ids RETURN p.id AS id, ${PARTNER_DETAIL_PROJECTION} AS detail`,
      { ...scopeParams(scope), ids },
    );
    const byId = new Map(rows.map((r) => [r.id, r.detail]));
    const empty: PartnerDetailRow = {
      recentChanges: [],
      recentEndorsements: [],
      viewerEndorsement: null,
      viewerReferrals: [],
    };
    return ids.map((id) => byId.get(id) ?? empty);
  }

  /** One partner with everything its page shows, in one statement. */
  async partnerDetail(id: string, scope: ViewerScope): Promise<PartnerRow | null> {
    const rows = await this.graph.readRows<{ row: PartnerRow }>(
      `${VIEWER_CERTIFIED} MATCH (p:Partner {id: $id}) RETURN ${PARTNER_WITH_DETAIL} AS row`,
      { ...scopeParams(scope), id },
    );
    return rows[0]?.row ?? null;
  }

  /**
   * The partner, the coordinators who referred there (names only for roles that see people),
   * the domains served or referred in, in one statement.
   */
  async neighbourhood(id: string, scope: ViewerScope): Promise<NeighbourhoodRow | null> {
    const rows = await this.graph.readRows<{ row: NeighbourhoodRow }>(
      `${VIEWER_CERTIFIED}
       MATCH (p:Partner {id: $id})
       WITH p, certified, [(p)-[:LOCATED_IN]->(x:Prefecture) | x.code][0] AS home
       CALL (p, home) {
         OPTIONAL MATCH (p)<-[r:REFERRED]-(c:Coordinator)
         WITH c, home, count(r) AS n WHERE c IS NOT NULL
         ORDER BY n DESC, c.displayName, c.id
         WITH collect({ displayName: c.displayName, referralCount: n,
                        local: home IS NOT NULL AND EXISTS { (c)-[:WORKS_IN]->(:Prefecture {code: home}) } }) AS everyone
         RETURN size(everyone) AS referrerCount,
                CASE WHEN $viewerSeesPeople THEN everyone[0..12] ELSE [] END AS referrers
       }
       CALL (p) {
         CALL (p) {
           MATCH (p)-[:SERVES]->(d:SupportDomain) RETURN d.code AS code
           UNION
           MATCH (p)<-[r:REFERRED]-(:Coordinator) WHERE r.domain IS NOT NULL RETURN r.domain AS code }
         WITH p, code, EXISTS { (p)-[:SERVES]->(:SupportDomain {code: code}) } AS served,
              COUNT { (p)<-[r:REFERRED]-(:Coordinator) WHERE r.domain = code } AS n
         ORDER BY n DESC, code
         RETURN collect({ domainCode: code, served: served, referralCount: n }) AS domains
       }
       RETURN { partner: ${PARTNER_PROJECTION}, referrerCount: referrerCount, referrers: referrers,
                domains: domains, referrersHidden: NOT $viewerSeesPeople } AS row`,
      { ...scopeParams(scope), id },
    );
    return rows[0]?.row ?? null;
  }
}
