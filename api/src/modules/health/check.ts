import type { Graph } from '../../db/graph.js';

/** Runs one trivial query; used by the /health endpoint and the `health` field. */
export async function checkGraphHealth(graph: Graph): Promise<{ ok: boolean; neo4jVersion: string | null }> {
  try {
    const row = await graph.readOne<{ version: string }>(
      `CALL dbms.components() YIELD name, versions WHERE name = 'Neo4j Kernel' RETURN versions[0] AS version`,
    );
    return { ok: true, neo4jVersion: row?.version ?? null };
  } catch {
    return { ok: false, neo4jVersion: null };
  }
}
