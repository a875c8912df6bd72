import type { Graph } from '../../db/graph.js';

export interface PartnerRow {
  id: string;
  name: string;
  kind: 'ADM' | 'SPI' | 'SUP' | 'EXP' | 'SVC' | 'INT';
  description: string | null;
  prefectureCode: string | null;
  nationwide: boolean;
  remote: boolean;
  domainCodes: string[];
  languageCodes: string[];
  synthetic: boolean;
  memberOfId: string | null;
}

export interface PartnerListArgs {
  limit: number;
  after: [string, string] | null;
  prefecture?: string | null;
  domain?: string | null;
  language?: string | null;
}

const PARTNER_PROJECTION = `p { .id, .name, .kind, .description,
    nationwide: coalesce(p.nationwide, false), remote: coalesce(p.remote, false),
    synthetic: coalesce(p.synthetic, false),
    prefectureCode: [(p)-[:LOCATED_IN]->(pref:Prefecture) | pref.code][0],
    domainCodes: [(p)-[:SERVES]->(d:SupportDomain) | d.code],
    languageCodes: [(p)-[:OFFERS_LANGUAGE]->(l:Language) | l.code],
    memberOfId: [(p)-[:MEMBER_OF]->(m:Partner) | m.id][0] }`;

export class DirectoryRepository {
  constructor(private readonly graph: Graph) {}

  /** One page of partners ordered by (name, id), all nested codes in the same statement. */
  listPartners(args: PartnerListArgs): Promise<PartnerRow[]> {
    return this.graph
      .readRows<{ row: PartnerRow }>(
        `MATCH (p:Partner)
       WHERE ($afterName IS NULL OR p.name > $afterName OR (p.name = $afterName AND p.id > $afterId))
         AND ($prefecture IS NULL OR EXISTS { (p)-[:LOCATED_IN]->(:Prefecture {code: $prefecture}) })
         AND ($domain IS NULL OR EXISTS {
               (p)-[:SERVES]->(:SupportDomain)-[:SUBDOMAIN_OF*0..2]->(:SupportDomain {code: $domain}) })
         AND ($language IS NULL OR EXISTS { (p)-[:OFFERS_LANGUAGE]->(:Language {code: $language}) })
       WITH p ORDER BY p.name, p.id LIMIT toInteger($limit)
       RETURN ${PARTNER_PROJECTION} AS row`,
        {
          limit: args.limit,
          afterName: args.after?.[0] ?? null,
          afterId: args.after?.[1] ?? null,
          prefecture: args.prefecture ?? null,
          domain: args.domain ?? null,
          language: args.language ?? null,
        },
      )
      .then((rows) => rows.map((r) => r.row));
  }

  /** Partners by id, in one statement (the DataLoader batch function). */
  async partnersByIds(ids: readonly string[]): Promise<(PartnerRow | null)[]> {
    const rows = await this.graph.readRows<{ row: PartnerRow }>(
      `MATCH (p:Partner) WHERE p.id IN $ids RETURN ${PARTNER_PROJECTION} AS row`,
      { ids },
    );
    const byId = new Map(rows.map((r) => [r.row.id, r.row]));
    return ids.map((id) => byId.get(id) ?? null);
  }
}
