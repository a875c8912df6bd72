import { countGapSignal } from '../gaps/signals.js';
import type { Graph } from '../../db/graph.js';

export interface IntroductionRow {
  chain: string[];
  hops: number;
}

export interface MissingPartnerReportRow {
  id: string;
  prefectureCode: string;
  domainCode: string;
  languageCode: string | null;
  note: string | null;
  createdAt: string;
}

export interface SuggestionRow {
  id: string;
  label: string;
}

/** Visible marks that precede demo names; a prefix typed by a user matches after them too. */
const NAME_MARKS = ['', '【架空】', '【デモ】', '[synthetic] '] as const;

/** Cypher of the search capability other than the ranked search itself (scoring-cypher.ts). */
export class SearchRepository {
  constructor(private readonly graph: Graph) {}

  /** Partner names (Japanese or English) starting with `prefix`, in one statement using the range indexes. */
  partnerNameSuggestions(prefix: string, limit: number): Promise<SuggestionRow[]> {
    const capitalised = prefix.charAt(0).toUpperCase() + prefix.slice(1);
    const prefixes = [...new Set([prefix, capitalised])].flatMap((p) => NAME_MARKS.map((m) => m + p));
    return this.graph.readRows<SuggestionRow>(
      `CALL () {
         UNWIND $prefixes AS pre
         MATCH (p:Partner) WHERE p.name STARTS WITH pre
         RETURN p.id AS id, p.name AS label LIMIT toInteger($limit)
         UNION
         UNWIND $prefixes AS pre
         MATCH (p:Partner) WHERE p.alternateName STARTS WITH pre
         RETURN p.id AS id, p.alternateName AS label LIMIT toInteger($limit)
       }
       WITH id, collect(label)[0] AS label
       RETURN id, label ORDER BY label LIMIT toInteger($limit)`,
      { prefixes, limit },
    );
  }

  /**
   * For each partner, the shortest PEER_OF chain (1–3 links) from the coordinator to a graduate
   * who referred residents there; only display names leave the query.
   */
  async introductions(
    coordinatorId: string,
    partnerIds: readonly string[],
  ): Promise<(IntroductionRow | null)[]> {
    const rows = await this.graph.readRows<{ id: string; intro: IntroductionRow | null }>(
      `MATCH (me:Coordinator {id: $coordinatorId})
       UNWIND $partnerIds AS pid
       OPTIONAL MATCH (p:Partner {id: pid})
       OPTIONAL CALL (me, p) {
         MATCH (g:Coordinator)-[:REFERRED]->(p) WHERE g <> me
         WITH DISTINCT me, g
         MATCH path = shortestPath((me)-[:PEER_OF*1..3]-(g))
         RETURN path ORDER BY length(path), g.id LIMIT 1
       }
       RETURN pid AS id,
              CASE WHEN path IS NULL THEN null
                   ELSE {chain: [n IN tail(nodes(path)) | n.displayName], hops: length(path)} END AS intro`,
      { coordinatorId, partnerIds },
    );
    const byId = new Map(rows.map((r) => [r.id, r.intro]));
    return partnerIds.map((id) => byId.get(id) ?? null);
  }

  /** Stores a report linked to the reporter (their Coordinator, else the User), all in one transaction. */
  async reportMissingPartner(
    userId: string,
    input: { prefecture: string; domain: string; language: string | null; note: string | null },
  ): Promise<MissingPartnerReportRow> {
    const row = await this.graph.write(async (tx) => {
      const created = await tx.one<{ report: MissingPartnerReportRow }>(
        `MATCH (u:User {id: $userId})
         MATCH (pref:Prefecture {code: $prefecture})
         MATCH (d:SupportDomain {code: $domain})
         OPTIONAL MATCH (u)-[:ACTS_AS]->(c:Coordinator)
         OPTIONAL MATCH (l:Language {code: $language})
         WITH u, c, pref, d, l, coalesce(c, u) AS reporter
         CREATE (r:MissingPartnerReport {id: randomUUID(), createdAt: datetime(), prefectureCode: $prefecture,
                 domainCode: $domain, languageCode: $language, note: $note})
         CREATE (r)-[:REPORTED_BY]->(reporter)
         CREATE (r)-[:IN_PREFECTURE]->(pref)
         CREATE (r)-[:FOR_DOMAIN]->(d)
         FOREACH (x IN CASE WHEN l IS NULL THEN [] ELSE [l] END | CREATE (r)-[:FOR_LANGUAGE]->(x))
         RETURN r { .id, .prefectureCode, .domainCode, .languageCode, .note, .createdAt } AS report`,
        { userId, ...input },
      );
      if (created) {
        const { prefecture, domain, language } = input;
        await countGapSignal(tx, {
          prefectureCode: prefecture,
          domainCodes: [domain],
          languageCode: language,
          source: 'REPORT',
        });
      }
      return created;
    });
    if (!row) throw new Error(`reportMissingPartner: user ${userId} or reference data vanished`);
    return row.report;
  }
}
