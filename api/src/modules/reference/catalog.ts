import type { Graph } from '../../db/graph.js';

export interface PrefectureRecord {
  code: string;
  nameJa: string;
  nameEn: string;
  blockCode: string;
  bureauCode: string;
  borderCodes: string[];
  latitude: number | null;
  longitude: number | null;
}
export interface BlockRecord {
  code: string;
  nameJa: string;
  nameEn: string;
}
export interface BureauRecord {
  code: string;
  kind: 'REGIONAL_BUREAU' | 'DISTRICT_OFFICE' | 'BRANCH_OFFICE';
  nameJa: string;
  nameEn: string;
  hasInformationCenter: boolean;
}
export interface DomainRecord {
  code: string;
  nameJa: string;
  nameEn: string;
  parentCode: string | null;
}
export interface LanguageRecord {
  code: string;
  nameJa: string;
  nameEn: string;
  priority: boolean;
}
export interface StatusRecord {
  code: string;
  nameJa: string;
  nameEn: string;
  category: string;
}

interface CatalogRows {
  prefectures: PrefectureRecord[];
  blocks: BlockRecord[];
  bureaus: BureauRecord[];
  domains: DomainRecord[];
  languages: LanguageRecord[];
  statuses: StatusRecord[];
}

/**
 * Reference data (prefectures, bureaus, domains, languages, statuses) is small and changes only
 * when the seed loader runs, so the API reads it once in one query and serves it from memory:
 * nested reference fields cost no round trips. `refresh()` reloads it after a seed load.
 */
export class ReferenceCatalog {
  private rows: CatalogRows = {
    prefectures: [],
    blocks: [],
    bureaus: [],
    domains: [],
    languages: [],
    statuses: [],
  };
  private index = new Map<string, Map<string, unknown>>();

  constructor(private readonly graph: Graph) {}

  async refresh(): Promise<void> {
    const row = await this.graph.readOne<CatalogRows>(`
        CALL () { MATCH (p:Prefecture) OPTIONAL MATCH (p)-[:IN_BLOCK]->(b:RegionalBlock)
                  OPTIONAL MATCH (p)-[:UNDER_BUREAU]->(r:Bureau)
                  WITH p, b, r ORDER BY p.code
                  RETURN collect(p { .code, .nameJa, .nameEn, .latitude, .longitude, blockCode: b.code, bureauCode: r.code,
                    borderCodes: [(p)-[:BORDERS]-(n:Prefecture) | n.code] }) AS prefectures }
        CALL () { MATCH (b:RegionalBlock) WITH b ORDER BY b.code RETURN collect(b { .code, .nameJa, .nameEn }) AS blocks }
        CALL () { MATCH (b:Bureau) WITH b ORDER BY b.ordinal, b.code
                  RETURN collect(b { .code, .kind, .nameJa, .nameEn, .hasInformationCenter }) AS bureaus }
        CALL () { MATCH (d:SupportDomain) WITH d ORDER BY d.ordinal, d.code
                  RETURN collect(d { .code, .nameJa, .nameEn,
                    parentCode: [(d)-[:SUBDOMAIN_OF]->(p) | p.code][0] }) AS domains }
        CALL () { MATCH (l:Language) WITH l ORDER BY l.ordinal, l.code
                  RETURN collect(l { .code, .nameJa, .nameEn, .priority }) AS languages }
        CALL () { MATCH (s:StatusOfResidence) WITH s ORDER BY s.ordinal, s.code
                  RETURN collect(s { .code, .nameJa, .nameEn, .category }) AS statuses }
        RETURN prefectures, blocks, bureaus, domains, languages, statuses`);
    if (!row) return;
    row.prefectures.forEach((p) => p.borderCodes.sort());
    this.rows = row;
    this.index = new Map(
      (Object.keys(row) as (keyof CatalogRows)[]).map((kind) => [
        kind,
        new Map((row[kind] as { code: string }[]).map((r) => [r.code, r])),
      ]),
    );
  }

  all<K extends keyof CatalogRows>(kind: K): CatalogRows[K] {
    return this.rows[kind];
  }

  get<K extends keyof CatalogRows>(kind: K, code: string | null | undefined): CatalogRows[K][number] | null {
    if (!code) return null;
    return (this.index.get(kind)?.get(code) as CatalogRows[K][number] | undefined) ?? null;
  }

  /** Looks up many codes, dropping unknown ones. */
  many<K extends keyof CatalogRows>(kind: K, codes: readonly string[]): CatalogRows[K][number][] {
    return codes.map((c) => this.get(kind, c)).filter((r): r is CatalogRows[K][number] => r !== null);
  }

  /** A domain and every code below it (the taxonomy is at most three levels deep). */
  domainWithDescendants(code: string): string[] {
    const all = this.rows.domains;
    const out = [code];
    for (let i = 0; i < out.length; i++) {
      for (const d of all) if (d.parentCode === out[i]) out.push(d.code);
    }
    return out;
  }
}
