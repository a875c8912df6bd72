import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { connectGraph } from '../api/src/db/graph.js';
import { isAppError } from '../api/src/errors.js';
import { importHsdsDocument } from '../api/src/modules/hsds/importer.js';
import { ReferenceCatalog } from '../api/src/modules/reference/catalog.js';

// Usage: npm run hsds:import -- --in organizations.json [--dry-run] [--report report.json]
// Imports HSDS 3.0 organizations as partners in one transaction (docs/hsds.md). Exit code 1 and the
// violations with their JSON paths when the file is not valid JSON or not valid HSDS; nothing is written then.
const { values } = parseArgs({
  options: {
    in: { type: 'string' },
    'dry-run': { type: 'boolean', default: false },
    report: { type: 'string' },
  },
});

async function main(): Promise<number> {
  if (!values.in) throw new Error('--in <file> is required');
  const text = readFileSync(values.in, 'utf8');
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
    const report = await importHsdsDocument(graph, catalog, text, { dryRun: values['dry-run'] });
    const created = report.partners.filter((p) => p.created).length;
    console.log(
      `[hsds:import] ${report.dryRun ? 'dry run: would import' : 'imported'} ${report.partners.length} partners` +
        ` (${created} new, ${report.partners.length - created} updated); ${report.unmapped.length} fields not stored`,
    );
    if (values.report) writeFileSync(values.report, `${JSON.stringify(report, null, 2)}\n`);
    else for (const u of report.unmapped) console.log(`  ${u.path}: ${u.reason}`);
    return 0;
  } catch (error) {
    if (!isAppError(error)) throw error;
    console.error(`[hsds:import] ${error.message}`);
    const violations = (error.extensions.violations ?? []) as { path: string; message: string }[];
    for (const v of violations) console.error(`  ${v.path}: ${v.message}`);
    return 1;
  } finally {
    await graph.driver.close();
  }
}

main()
  .then((code) => process.exit(code))
  .catch((error: Error) => {
    console.error(`[hsds:import] ${error.message}`);
    process.exit(1);
  });
