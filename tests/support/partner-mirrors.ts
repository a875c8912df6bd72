import type { Graph } from '../../api/src/db/graph.js';

export interface MirrorMismatch {
  id: string;
  stored: { domains: string[]; languages: string[]; statuses: string[]; prefecture: string | null };
  linked: { domains: string[]; languages: string[]; statuses: string[]; prefecture: string | null };
}

/**
 * Partners (the given ones, or all) whose mirror properties (directory/partner-mirrors.ts and
 * prefectureCode) disagree with their links; an empty list means every writer kept them in step.
 */
export function partnerMirrorMismatches(
  graph: Graph,
  ids: string[] | null = null,
): Promise<MirrorMismatch[]> {
  return graph.readRows<MirrorMismatch>(
    `MATCH (p:Partner) WHERE $ids IS NULL OR p.id IN $ids
     WITH p, {domains: coalesce(p.domainCodes, []), languages: coalesce(p.languageCodes, []),
              statuses: coalesce(p.statusCodes, []), prefecture: p.prefectureCode} AS stored,
          {domains: COLLECT { MATCH (p)-[:SERVES]->(d:SupportDomain) RETURN d.code AS c ORDER BY c },
           languages: COLLECT { MATCH (p)-[:OFFERS_LANGUAGE]->(l:Language) RETURN l.code AS c ORDER BY c },
           statuses: COLLECT { MATCH (p)-[:ACCEPTS_STATUS]->(s:StatusOfResidence) RETURN s.code AS c ORDER BY c },
           prefecture: [(p)-[:LOCATED_IN]->(x:Prefecture) | x.code][0]} AS linked
     WHERE stored <> linked
     RETURN p.id AS id, stored, linked LIMIT 20`,
    { ids },
  );
}
