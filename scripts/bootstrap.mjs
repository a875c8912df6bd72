#!/usr/bin/env node
// Entry of `npm start` and `npm test` on a fresh clone: installs npm dependencies when they are
// missing or stale (plain Node, no dependencies of its own), then hands over to the TypeScript
// orchestrator (scripts/start.ts or scripts/test.ts) through tsx.
import { spawnSync, spawn } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const command = process.argv[2];
if (command !== 'start' && command !== 'test') {
  console.error('usage: node scripts/bootstrap.mjs start|test');
  process.exit(2);
}

const [major] = process.versions.node.split('.').map(Number);
if (major < 20) {
  console.error(`Tsunagu needs Node.js 20 or newer; this is ${process.version}.`);
  process.exit(1);
}

const marker = join(root, 'node_modules', '.package-lock.json');
const lock = join(root, 'package-lock.json');
const stale = !existsSync(marker) || statSync(lock).mtimeMs > statSync(marker).mtimeMs;
if (stale) {
  // `npm install` (not `npm ci`): it installs the locked versions just the same, but npm 11 can
  // write lockfiles without other platforms' optional packages (rollup, esbuild), which `npm ci`
  // then refuses as "out of sync".
  console.log('[tsunagu] installing npm dependencies (npm install, from package-lock.json)…');
  const npm = spawnSync('npm', ['install', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit' });
  if (npm.status !== 0) {
    console.error('[tsunagu] npm install failed: see the output above (is the npm registry reachable?).');
    process.exit(npm.status ?? 1);
  }
}

const tsx = join(root, 'node_modules', '.bin', 'tsx');
// A larger young generation: the API allocates a lot of short-lived objects per request (driver
// records, GraphQL results), and with V8's default 16 MB semi-spaces the scavenger took about a
// tenth of its CPU under load (bench:search uses the same flag).
const nodeOptions = [process.env.NODE_OPTIONS, '--max-semi-space-size=64'].filter(Boolean).join(' ');
const child = spawn(tsx, [join(root, 'scripts', `${command}.ts`), ...process.argv.slice(3)], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, NODE_OPTIONS: nodeOptions },
});
// The orchestrator handles Ctrl-C itself (clean shutdown of portal, API and Neo4j); the
// bootstrap only waits for it.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => {});
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
