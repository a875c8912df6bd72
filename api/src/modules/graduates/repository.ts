import type { Graph } from '../../db/graph.js';

export interface CoordinatorRow {
  id: string;
  displayName: string;
  prefectureCode: string;
  cohort: number;
  languageCodes: string[];
  domainCodes: string[];
  /** Already filtered by the viewer's visibility in the query. */
  email: string | null;
  synthetic: boolean;
}

export interface CoordinatorListArgs {
  limit: number;
  after: [string, string] | null;
  prefecture?: string | null;
  /** Coordinators whose workplace is under this bureau may see each other's e-mail. */
  viewerBureau: string | null;
  viewerIsAdmin: boolean;
}

export class GraduatesRepository {
  constructor(private readonly graph: Graph) {}

  /** One page of coordinators; e-mail is projected only where the viewer may see it. */
  listCoordinators(args: CoordinatorListArgs): Promise<CoordinatorRow[]> {
    return this.graph
      .readRows<{ row: CoordinatorRow }>(
        `MATCH (c:Coordinator)-[:WORKS_IN]->(pref:Prefecture)-[:UNDER_BUREAU]->(bureau:Bureau)
         WHERE ($afterName IS NULL OR c.displayName > $afterName OR (c.displayName = $afterName AND c.id > $afterId))
           AND ($prefecture IS NULL OR pref.code = $prefecture)
         WITH c, pref, bureau ORDER BY c.displayName, c.id LIMIT toInteger($limit)
         RETURN c { .id, .displayName, .cohort, synthetic: coalesce(c.synthetic, false),
                    prefectureCode: pref.code,
                    languageCodes: [(c)-[:SPEAKS]->(l:Language) | l.code],
                    domainCodes: [(c)-[:EXPERT_IN]->(d:SupportDomain) | d.code],
                    email: CASE WHEN $viewerIsAdmin OR bureau.code = $viewerBureau THEN c.email END } AS row`,
        {
          limit: args.limit,
          afterName: args.after?.[0] ?? null,
          afterId: args.after?.[1] ?? null,
          prefecture: args.prefecture ?? null,
          viewerBureau: args.viewerBureau,
          viewerIsAdmin: args.viewerIsAdmin,
        },
      )
      .then((rows) => rows.map((r) => r.row));
  }
}
