/**
 * Gzip size of the JavaScript a browser loads up front for /login: the client entry, the root route and the
 * login route, with their static imports, each file counted once. Reads the Vite client manifest of an existing
 * build (it builds nothing) and fails when the total exceeds the budget.
 *
 *   cd web && npx remix vite:build && cd .. && npm run bench:bundle
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 110;
const WEB = resolve(dirname(fileURLToPath(import.meta.url)), '../web');
// Remix moves the client manifest out of the public folder when `build.manifest` is on; older layouts keep it.
const MANIFEST_CANDIDATES = ['build/.vite/client-manifest.json', 'build/client/.vite/manifest.json'];

interface ManifestChunk {
  file: string;
  imports?: string[];
  isEntry?: boolean;
}
type ViteManifest = Record<string, ManifestChunk>;

function readManifest(): { path: string; manifest: ViteManifest } {
  for (const candidate of MANIFEST_CANDIDATES) {
    const path = join(WEB, candidate);
    if (existsSync(path)) return { path, manifest: JSON.parse(readFileSync(path, 'utf8')) as ViteManifest };
  }
  console.error(`No Vite client manifest under web/ (${MANIFEST_CANDIDATES.join(' or ')}).`);
  console.error('Build first: cd web && npx remix vite:build');
  process.exit(2);
}

/** The manifest key of the chunk whose source matches, e.g. "app/routes/login.tsx?__remix-build-client-route". */
function findKey(manifest: ViteManifest, label: string, matches: (key: string) => boolean): string {
  const key = Object.keys(manifest).find((candidate) => manifest[candidate].isEntry && matches(candidate));
  if (!key) {
    console.error(`No entry chunk for ${label} in the manifest.`);
    process.exit(2);
  }
  return key;
}

/** The chunks reachable from `roots` through static imports, in first-seen order, without repeats. */
function staticClosure(manifest: ViteManifest, roots: string[]): string[] {
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const imported of manifest[key]?.imports ?? []) visit(imported);
  };
  roots.forEach(visit);
  return [...seen];
}

const { path, manifest } = readManifest();
const sourceOf = (key: string) => key.replace(/\?.*$/, '');
const roots = [
  findKey(manifest, 'entry.client', (key) => /(^|\/)entry\.client\.[jt]sx?$/.test(sourceOf(key))),
  findKey(manifest, 'root', (key) => /^app\/root\.[jt]sx?$/.test(sourceOf(key))),
  findKey(manifest, 'routes/login', (key) => /^app\/routes\/login\.[jt]sx?$/.test(sourceOf(key))),
];

const rows = staticClosure(manifest, roots).map((key) => {
  const bytes = readFileSync(join(WEB, 'build/client', manifest[key].file));
  return { file: manifest[key].file, raw: bytes.length, gzip: gzipSync(bytes).length };
});

const kb = (bytes: number) => (bytes / 1000).toFixed(2);
const total = rows.reduce((sum, row) => ({ raw: sum.raw + row.raw, gzip: sum.gzip + row.gzip }), {
  raw: 0,
  gzip: 0,
});
const width = Math.max(...rows.map((row) => row.file.length), 'total'.length);

console.log(`Initial JS for /login (from ${path.replace(`${WEB}/`, 'web/')}; 1 kB = 1000 bytes)\n`);
console.log(`${'file'.padEnd(width)}  ${'raw kB'.padStart(9)}  ${'gzip kB'.padStart(9)}`);
for (const row of rows)
  console.log(`${row.file.padEnd(width)}  ${kb(row.raw).padStart(9)}  ${kb(row.gzip).padStart(9)}`);
console.log(`${'total'.padEnd(width)}  ${kb(total.raw).padStart(9)}  ${kb(total.gzip).padStart(9)}`);

if (total.gzip / 1000 > BUDGET_KB) {
  console.error(`\nOver budget: ${kb(total.gzip)} kB gzip > ${BUDGET_KB} kB.`);
  process.exit(1);
}
console.log(`\nWithin budget: ${kb(total.gzip)} kB gzip <= ${BUDGET_KB} kB.`);
