import type { Graph } from '../../api/src/db/graph.js';
import { SET_PARTNER_LINK_MIRRORS } from '../../api/src/modules/directory/partner-mirrors.js';
import { refreshDerivedPartnerFields } from '../../api/src/db/derived-fields.js';
import { curatedLexiconEntries } from '../../api/src/modules/search/lexicon-store.js';
import { readReferenceData, type ReferenceData } from './data-files.js';

/**
 * Loads the reference data with MERGE, so a re-run updates in place and never duplicates.
 * Everything is written in one transaction: a bad file leaves the graph as it was.
 */
/**
 * Each item with its place in its data file: the files list items in the order people look for them (statuses as
 * in the Immigration Control Act's tables, domains under their parents with その他 last, bureaus north to south).
 */
function ordered<T>(items: readonly T[]): (T & { ordinal: number })[] {
  return items.map((item, ordinal) => ({ ...item, ordinal }));
}

export async function loadReferenceData(
  graph: Graph,
  data: ReferenceData = readReferenceData(),
): Promise<void> {
  await graph.write(async (tx) => {
    await tx.rows(
      `UNWIND $rows AS r MERGE (b:RegionalBlock {code: r.code}) SET b.nameEn = r.nameEn, b.nameJa = r.nameJa`,
      { rows: data.blocks },
    );
    await tx.rows(
      `UNWIND $rows AS r MERGE (b:Bureau {code: r.code})
       SET b.kind = r.kind, b.nameEn = r.nameEn, b.nameJa = r.nameJa, b.city = r.city,
           b.airport = r.airport, b.hasInformationCenter = r.hasInformationCenter, b.ordinal = r.ordinal`,
      { rows: ordered(data.bureaus) },
    );
    await tx.rows(
      `UNWIND $rows AS r MATCH (b:Bureau {code: r.code}), (parent:Bureau {code: r.parent})
       MERGE (b)-[:PART_OF]->(parent)`,
      { rows: data.bureaus.filter((b) => b.parent) },
    );
    await tx.rows(
      `UNWIND $rows AS r
       MERGE (p:Prefecture {code: r.code})
       SET p.nameEn = r.nameEn, p.nameJa = r.nameJa, p.capitalEn = r.capitalEn,
           p.foreignResidents = r.foreignResidents, p.handlingOfficeCode = r.handlingOffice,
           p.latitude = r.latitude, p.longitude = r.longitude
       WITH p, r
       MATCH (block:RegionalBlock {code: r.block}), (bureau:Bureau {code: r.bureau})
       MERGE (p)-[:IN_BLOCK]->(block)
       MERGE (p)-[:UNDER_BUREAU]->(bureau)`,
      { rows: data.prefectures },
    );
    await tx.rows(
      `UNWIND $rows AS r MATCH (b:Bureau {code: r.code}), (p:Prefecture {code: r.prefecture})
       MERGE (b)-[:LOCATED_IN]->(p)`,
      { rows: data.bureaus },
    );
    // One BORDERS relationship per unordered pair; queries match it undirected.
    const borderPairs = data.prefectures.flatMap((p) =>
      p.borders.filter((other) => p.code < other).map((other) => ({ a: p.code, b: other })),
    );
    await tx.rows(
      `UNWIND $rows AS r MATCH (a:Prefecture {code: r.a}), (b:Prefecture {code: r.b}) MERGE (a)-[:BORDERS]->(b)`,
      { rows: borderPairs },
    );
    await tx.rows(
      `UNWIND $rows AS r MERGE (d:SupportDomain {code: r.code})
       SET d.nameEn = r.nameEn, d.nameJa = r.nameJa, d.ordinal = r.ordinal`,
      { rows: ordered(data.domains) },
    );
    await tx.rows(
      // Partners serving a domain whose terms changed get their searchText again (below).
      `UNWIND $rows AS r MATCH (d:SupportDomain {code: r.code})
       WITH d, r, coalesce(d.searchTerms, []) <> r.terms AS changed
       SET d.searchTerms = r.terms
       WITH d WHERE changed
       MATCH (d)<-[:SERVES]-(p:Partner) SET p.searchFieldsVersion = 0`,
      { rows: domainSearchTerms(data) },
    );
    await tx.rows(
      `UNWIND $rows AS r MATCH (d:SupportDomain {code: r.code}), (parent:SupportDomain {code: r.parent})
       MERGE (d)-[:SUBDOMAIN_OF]->(parent)`,
      { rows: data.domains.filter((d) => d.parent) },
    );
    await tx.rows(
      `UNWIND $rows AS r MERGE (s:StatusOfResidence {code: r.code})
       SET s.nameEn = r.nameEn, s.nameJa = r.nameJa, s.category = r.category, s.ordinal = r.ordinal`,
      { rows: ordered(data.statuses) },
    );
    await tx.rows(
      `UNWIND $rows AS r MERGE (l:Language {code: r.code})
       SET l.nameEn = r.nameEn, l.nameJa = r.nameJa, l.nameNative = r.nameNative, l.priority = r.priority,
           l.ordinal = r.ordinal`,
      { rows: ordered(data.languages) },
    );
    await tx.rows(
      `UNWIND $rows AS r MERGE (n:Nationality {nameEn: r.nationalityEn})
       SET n.nameJa = r.nationalityJa, n.share = r.share
       WITH n, r UNWIND range(0, size(r.languages) - 1) AS i
       MATCH (l:Language {code: r.languages[i]})
       MERGE (n)-[u:USES_LANGUAGE]->(l) SET u.rank = i`,
      { rows: data.nationalities },
    );
    await tx.rows(
      `UNWIND $rows AS r MERGE (k:PartnerKind {code: r.code}) SET k.nameEn = r.nameEn, k.nameJa = r.nameJa`,
      { rows: data.partnerKinds },
    );
    await loadOrganizations(tx, data);
  });
  await refreshDerivedPartnerFields(graph);
}

/**
 * Each domain's curated search terms (synonyms, abbreviations, readings: the search lexicon), which
 * partners' `searchText` includes so full-text finds a partner by the words coordinators use.
 */
function domainSearchTerms(data: ReferenceData): { code: string; terms: string[] }[] {
  const terms = new Map<string, Set<string>>(data.domains.map((d) => [d.code, new Set()]));
  for (const entry of curatedLexiconEntries()) {
    if (entry.kind !== 'DOMAIN') continue;
    for (const code of entry.codes) terms.get(code)?.add(entry.term);
  }
  return [...terms].map(([code, set]) => ({ code, terms: [...set].sort() }));
}

type Tx = Parameters<Parameters<Graph['write']>[0]>[0];

/** National organizations are partners too (sources of assistance), marked `reference: true`. */
async function loadOrganizations(tx: Tx, data: ReferenceData): Promise<void> {
  const rows = data.organizations;
  await tx.rows(
    `UNWIND $rows AS r
     MERGE (p:Partner {id: r.id})
     SET p:Organization, p.name = r.nameJa, p.alternateName = r.nameEn, p.nameEn = r.nameEn,
         p.kind = r.kind, p.description = r.description, p.url = r.url, p.ministry = r.ministry,
         p.nationwide = (r.scope = 'NATIONAL'), p.remote = r.remote, p.reference = true,
         p.synthetic = false, p.verifiedByIsa = true`,
    { rows },
  );
  const links = [
    `UNWIND $rows AS r MATCH (p:Partner {id: r.id}), (x:Prefecture {code: r.prefecture}) MERGE (p)-[:LOCATED_IN]->(x) SET p.prefectureCode = x.code`,
    `UNWIND $rows AS r MATCH (p:Partner {id: r.id}), (x:Bureau {code: r.bureau}) MERGE (p)-[:AT_BUREAU]->(x)`,
    `UNWIND $rows AS r MATCH (p:Partner {id: r.id}), (x:Partner {id: r.memberOf}) MERGE (p)-[:MEMBER_OF]->(x)`,
    `UNWIND $rows AS r MATCH (p:Partner {id: r.id}) UNWIND r.domains AS code
     MATCH (x:SupportDomain {code: code}) MERGE (p)-[:SERVES]->(x)`,
    `UNWIND $rows AS r MATCH (p:Partner {id: r.id}) UNWIND r.languages AS code
     MATCH (x:Language {code: code}) MERGE (p)-[:OFFERS_LANGUAGE]->(x)`,
    `UNWIND $rows AS r MATCH (p:Partner {id: r.id}) ${SET_PARTNER_LINK_MIRRORS}`,
  ];
  for (const cypher of links) await tx.rows(cypher, { rows });
}
