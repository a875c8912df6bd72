import type { Graph } from '../../db/graph.js';
import { coordinatorProjection, type ProfileVisibility, type ReaderScope } from './visibility.js';

export interface CoordinatorRow {
  id: string;
  displayName: string;
  nameKanji: string | null;
  nameKana: string | null;
  nameLatin: string | null;
  affiliation: string | null;
  municipality: string | null;
  prefectureCode: string;
  cohort: number;
  languageCodes: string[];
  domainCodes: string[];
  /** This and the other personal fields are already filtered by the reader's visibility in the query. */
  email: string | null;
  certificateNumber: string | null;
  certificateIssuedOn: string | null;
  certificateExpiresOn: string | null;
  expert: boolean;
  bio: string | null;
  contactNote: string | null;
  visibility: ProfileVisibility | null;
  isViewer: boolean;
  isPeer: boolean;
  synthetic: boolean;
}

export const COORDINATOR_SORTS = {
  NAME: { order: 'c.displayName, c.id', cursor: ['string', 'string'] },
  COHORT: { order: 'c.cohort DESC, c.displayName, c.id', cursor: ['integer', 'string', 'string'] },
} as const;
export type CoordinatorSortKey = keyof typeof COORDINATOR_SORTS;

export interface CoordinatorFilterArgs {
  prefecture?: string | null;
  bureau?: string | null;
  domain?: string | null;
  language?: string | null;
  cohort?: number | null;
  expert?: boolean | null;
}

export interface CoordinatorListArgs {
  limit: number;
  sort: CoordinatorSortKey;
  after: (string | number)[] | null;
  filter: CoordinatorFilterArgs;
  scope: ReaderScope;
}

// Keyset conditions per sort; the cursor holds the sort keys of the last row seen.
const AFTER = {
  NAME: `($a0 IS NULL OR c.displayName > $a0 OR (c.displayName = $a0 AND c.id > $a1))`,
  COHORT: `($a0 IS NULL OR c.cohort < $a0 OR (c.cohort = $a0 AND (c.displayName > $a1
            OR (c.displayName = $a1 AND c.id > $a2))))`,
} as const satisfies Record<CoordinatorSortKey, string>;

export interface ProfileChanges {
  props: Record<string, string | null>;
  prefecture?: string;
  languages?: string[];
  domains?: string[];
}

export interface CertificationChanges {
  certificateNumber?: string;
  certificateIssuedOn?: string;
  certificateExpiresOn?: string;
  expert?: boolean;
}

export class GraduatesRepository {
  constructor(private readonly graph: Graph) {}

  /** One page of the directory in one statement; personal fields filtered for the reader inside it. */
  async listCoordinators(args: CoordinatorListArgs): Promise<CoordinatorRow[]> {
    const f = args.filter;
    const [a0, a1, a2] = args.after ?? [null, null, null];
    const rows = await this.graph.readRows<{ row: CoordinatorRow }>(
      `MATCH (c:Coordinator)-[:WORKS_IN]->(pref:Prefecture)
       WHERE ${AFTER[args.sort]}
         AND c.accountDeactivated IS NULL
         AND ($prefecture IS NULL OR pref.code = $prefecture)
         AND ($bureau IS NULL OR EXISTS { (pref)-[:UNDER_BUREAU]->(:Bureau)-[:PART_OF*0..1]->(:Bureau {code: $bureau}) })
         AND ($cohort IS NULL OR c.cohort = $cohort)
         AND ($expert IS NULL OR coalesce(c.expert, false) = $expert)
         AND ($language IS NULL OR EXISTS { (c)-[:SPEAKS]->(:Language {code: $language}) })
         AND ($domain IS NULL OR EXISTS {
               (c)-[:EXPERT_IN]->(:SupportDomain)-[:SUBDOMAIN_OF*0..2]->(:SupportDomain {code: $domain}) })
       WITH c ORDER BY ${COORDINATOR_SORTS[args.sort].order} LIMIT toInteger($limit)
       RETURN ${coordinatorProjection('c')} AS row`,
      {
        ...args.scope,
        limit: args.limit,
        a0: a0 ?? null,
        a1: a1 ?? null,
        a2: a2 ?? null,
        prefecture: f.prefecture ?? null,
        bureau: f.bureau ?? null,
        cohort: f.cohort ?? null,
        expert: f.expert ?? null,
        language: f.language ?? null,
        domain: f.domain ?? null,
      },
    );
    return rows.map((r) => r.row);
  }

  async coordinatorById(id: string, scope: ReaderScope): Promise<CoordinatorRow | null> {
    const row = await this.graph.readOne<{ row: CoordinatorRow }>(
      `MATCH (c:Coordinator {id: $id}) RETURN ${coordinatorProjection('c')} AS row`,
      { ...scope, id },
    );
    return row?.row ?? null;
  }

  /** Applies a coordinator's own changes in one transaction and returns the new profile. */
  async updateProfile(
    coordinatorId: string,
    userId: string,
    changes: ProfileChanges,
    scope: ReaderScope,
  ): Promise<CoordinatorRow | null> {
    return this.graph.write(async (tx) => {
      const row = await tx.one<{ row: CoordinatorRow }>(
        `MATCH (c:Coordinator {id: $coordinatorId})
         SET c += $props, c.updatedAt = datetime()
         WITH c
         CALL (c) {
           MATCH (pref:Prefecture {code: $prefecture})
           OPTIONAL MATCH (c)-[old:WORKS_IN]->() DELETE old
           MERGE (c)-[:WORKS_IN]->(pref)
           WITH pref MATCH (u:User {id: $userId})
           OPTIONAL MATCH (u)-[home:HOME_PREFECTURE]->() DELETE home
           MERGE (u)-[:HOME_PREFECTURE]->(pref)
         }
         CALL (c) {
           WITH c WHERE $languages IS NOT NULL
           OPTIONAL MATCH (c)-[old:SPEAKS]->() DELETE old
           WITH DISTINCT c UNWIND $languages AS code MATCH (l:Language {code: code}) MERGE (c)-[:SPEAKS]->(l)
         }
         CALL (c) {
           WITH c WHERE $domains IS NOT NULL
           OPTIONAL MATCH (c)-[old:EXPERT_IN]->() DELETE old
           WITH DISTINCT c UNWIND $domains AS code MATCH (d:SupportDomain {code: code}) MERGE (c)-[:EXPERT_IN]->(d)
         }
         RETURN ${coordinatorProjection('c')} AS row`,
        {
          ...scope,
          coordinatorId,
          userId,
          props: changes.props,
          prefecture: changes.prefecture ?? null,
          languages: changes.languages ?? null,
          domains: changes.domains ?? null,
        },
      );
      return row?.row ?? null;
    });
  }

  async updateCertification(
    coordinatorId: string,
    changes: CertificationChanges,
    scope: ReaderScope,
  ): Promise<CoordinatorRow | null> {
    const row = await this.graph.write((tx) =>
      tx.one<{ row: CoordinatorRow }>(
        `MATCH (c:Coordinator {id: $coordinatorId})
         SET c.certificateNumber = coalesce($number, c.certificateNumber),
             c.certificateIssuedOn = coalesce(date($issuedOn), c.certificateIssuedOn),
             c.certificateExpiresOn = coalesce(date($expiresOn), c.certificateExpiresOn),
             c.expert = coalesce($expert, c.expert, false),
             c.updatedAt = datetime()
         WITH c
         // A correction of the current certificate's record (a renewal appends instead: recordRenewal).
         CALL (c) {
           MATCH (c)-[:HOLDS]->(k:Certificate) WHERE k.kind IN ['PROGRAM', 'RENEWAL'] AND k.revokedAt IS NULL
           WITH c, k ORDER BY k.expiresOn DESC, k.sequence DESC LIMIT 1
           SET k.number = c.certificateNumber, k.validFrom = c.certificateIssuedOn, k.expiresOn = c.certificateExpiresOn
         }
         RETURN ${coordinatorProjection('c')} AS row`,
        {
          ...scope,
          coordinatorId,
          number: changes.certificateNumber ?? null,
          issuedOn: changes.certificateIssuedOn ?? null,
          expiresOn: changes.certificateExpiresOn ?? null,
          expert: changes.expert ?? null,
        },
      ),
    );
    return row?.row ?? null;
  }

  /** Another coordinator already holding this certificate number or e-mail, if any. */
  async clashingCoordinator(
    coordinatorId: string,
    field: 'certificateNumber' | 'email',
    value: string,
  ): Promise<boolean> {
    const prop = field === 'email' ? 'email' : 'certificateNumber';
    const row = await this.graph.readOne<{ n: number }>(
      `MATCH (c:Coordinator) WHERE c.${prop} = $value AND c.id <> $coordinatorId RETURN count(c) AS n`,
      { value, coordinatorId },
    );
    return (row?.n ?? 0) > 0;
  }
}
