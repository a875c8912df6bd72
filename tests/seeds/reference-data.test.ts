import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectGraph, type Graph } from '../../api/src/db/graph.js';
import { readReferenceData } from '../../graph-seeds/src/data-files.js';
import { loadReferenceData } from '../../graph-seeds/src/reference-loader.js';
import { testNeo4jUri } from '../support/stack-env.js';

let graph: Graph;
beforeAll(async () => {
  graph = await connectGraph({ uri: testNeo4jUri(), user: 'neo4j', password: 'neo4j' });
});
afterAll(() => graph?.driver.close());

const COUNTS = `
  RETURN COUNT { (:Prefecture) } AS prefectures, COUNT { (:RegionalBlock) } AS blocks,
         COUNT { (:Bureau {kind: 'REGIONAL_BUREAU'}) } AS regionalBureaus,
         COUNT { (:Prefecture)-[:BORDERS]->(:Prefecture) } AS borders,
         COUNT { (:SupportDomain) } AS domains, COUNT { (:Language) } AS languages,
         COUNT { (:StatusOfResidence) } AS statuses, COUNT { (:Partner {reference: true}) } AS organizations,
         COUNT { ()-[:SUBDOMAIN_OF]->() } AS subdomainLinks, COUNT { ()-[:MEMBER_OF]->() } AS memberLinks`;

describe('reference data in the graph', () => {
  it('holds the 47 prefectures, each with one block and one jurisdiction bureau', async () => {
    const rows = await graph.readRows<{ code: string; blocks: number; bureaus: number }>(
      `MATCH (p:Prefecture) RETURN p.code AS code, COUNT { (p)-[:IN_BLOCK]->() } AS blocks,
              COUNT { (p)-[:UNDER_BUREAU]->(:Bureau {kind: 'REGIONAL_BUREAU'}) } AS bureaus ORDER BY code`,
    );
    expect(rows).toHaveLength(47);
    expect(rows[0].code).toBe('01');
    expect(rows.every((r) => r.blocks === 1 && r.bureaus === 1)).toBe(true);
  });

  it('keeps bureau jurisdiction apart from the geographic block (Niigata → Tokyo bureau, Mie → Nagoya)', async () => {
    const rows = await graph.readRows<{ code: string; block: string; bureau: string }>(
      `MATCH (b:RegionalBlock)<-[:IN_BLOCK]-(p:Prefecture)-[:UNDER_BUREAU]->(r:Bureau)
       WHERE p.code IN ['15', '24'] RETURN p.code AS code, b.code AS block, r.code AS bureau ORDER BY code`,
    );
    expect(rows).toEqual([
      { code: '15', block: 'CBU', bureau: 'TKY' },
      { code: '24', block: 'KNK', bureau: 'NGY' },
    ]);
  });

  it('has 87 land borders and island prefectures without any', async () => {
    const [counts] = await graph.readRows<{ borders: number }>(COUNTS);
    expect(counts.borders).toBe(87);
    const islands = await graph.readRows<{ code: string }>(
      'MATCH (p:Prefecture) WHERE NOT (p)-[:BORDERS]-() RETURN p.code AS code ORDER BY code',
    );
    expect(islands.map((r) => r.code)).toEqual(['01', '47']);
  });

  it('loads the FRESC members and the eight regional bureaus', async () => {
    const members = await graph.readRows<{ n: number }>(
      "MATCH (:Partner)-[:MEMBER_OF]->(f:Partner {id: 'org-fresc'}) RETURN count(*) AS n",
    );
    expect(members[0].n).toBe(8);
    const [counts] = await graph.readRows<{ regionalBureaus: number }>(COUNTS);
    expect(counts.regionalBureaus).toBe(8);
  });

  it('is idempotent: loading twice changes no count', async () => {
    const before = await graph.readRows(COUNTS);
    await loadReferenceData(graph, readReferenceData());
    const after = await graph.readRows(COUNTS);
    expect(after).toEqual(before);
  });
});
