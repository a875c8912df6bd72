import { createWriteStream } from 'node:fs';
import { finished } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import { connectGraph } from '../api/src/db/graph.js';
import { exportOrganizations, writeJsonArray } from '../api/src/modules/hsds/exporter.js';
import { HsdsRepository } from '../api/src/modules/hsds/repository.js';
import { ReferenceCatalog } from '../api/src/modules/reference/catalog.js';

// Usage: npm run hsds:export -- --out partners.hsds.json [--include-synthetic] [--batch 1000]
// Writes the partner directory as a JSON array of HSDS 3.0 organizations (docs/hsds.md).
// Needs NEO4J_URI (and NEO4J_USER / NEO4J_PASSWORD / NEO4J_DATABASE when the server wants them).
const { values } = parseArgs({
  options: {
    out: { type: 'string' },
    'include-synthetic': { type: 'boolean', default: false },
    batch: { type: 'string', default: '1000' },
  },
});

async function main(): Promise<void> {
  if (!values.out) throw new Error('--out <file> is required');
  const batchSize = Number(values.batch);
  if (!Number.isInteger(batchSize) || batchSize < 1)
    throw new Error('--batch must be a positive whole number');
  const uri = process.env.NEO4J_URI;
  if (!uri) throw new Error('NEO4J_URI is not set (run `npm start` first, or point it at a Neo4j 5 server).');
  const graph = await connectGraph({
    uri,
    user: process.env.NEO4J_USER ?? 'neo4j',
    password: process.env.NEO4J_PASSWORD ?? 'neo4j',
    database: process.env.NEO4J_DATABASE,
  });
  try {
    const catalog = new ReferenceCatalog(graph);
    await catalog.refresh();
    const started = Date.now();
    const out = createWriteStream(values.out);
    const organizations = exportOrganizations(new HsdsRepository(graph), catalog, {
      includeSynthetic: values['include-synthetic'],
      batchSize,
    });
    const count = await writeJsonArray(organizations, out);
    out.end();
    await finished(out);
    const seconds = (Date.now() - started) / 1000;
    console.log(
      `[hsds:export] ${count} organizations → ${values.out} in ${seconds.toFixed(1)} s` +
        ` (${graph.counter.count} Neo4j round trips, peak RSS ${Math.round(process.memoryUsage().rss / 1e6)} MB)`,
    );
  } finally {
    await graph.driver.close();
  }
}

main().catch((error: Error) => {
  console.error(`[hsds:export] ${error.message}`);
  process.exit(1);
});
