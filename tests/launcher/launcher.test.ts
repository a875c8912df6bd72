/**
 * Tests of the embedded Neo4j launcher against a real Neo4j (JVM). Ports 7790-7799 only.
 * The first run builds neo4j-launcher/ with Maven, which can take minutes on a cold ~/.m2.
 */
import { mkdtemp, readFile, rm, symlink } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import neo4j, { type Session } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  LauncherError,
  buildLauncherIfNeeded,
  checkPortFree,
  parseJavaMajor,
  startEmbeddedNeo4j,
  type EmbeddedNeo4j,
} from '../../scripts/lib/neo4j-launcher.js';

const TEST_TIMEOUT = 180_000;
// Small memory settings: the tests only store a handful of nodes.
const SMALL = { heap: '512m', pageCache: '64m' } as const;

const tempDirs: string[] = [];
async function tempDir(prefix: string): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), prefix));
  tempDirs.push(dir);
  return dir;
}

/** First free port in 7790-7799 (another test run may hold some of them). */
async function freePort(): Promise<number> {
  for (let port = 7790; port <= 7799; port++) {
    try {
      await checkPortFree(port);
      return port;
    } catch {
      /* taken, try the next */
    }
  }
  throw new Error('no free port in 7790-7799');
}

async function withSession<T>(uri: string, fn: (s: Session) => Promise<T>): Promise<T> {
  const driver = neo4j.driver(uri); // auth is disabled on the loopback-only launcher
  const session = driver.session();
  try {
    return await fn(session);
  } finally {
    await session.close();
    await driver.close();
  }
}

async function expectLauncherError(p: Promise<unknown>, code: LauncherError['code']): Promise<LauncherError> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(LauncherError);
  expect((err as LauncherError).code).toBe(code);
  return err as LauncherError;
}

beforeAll(async () => {
  await buildLauncherIfNeeded((line) => console.log(line));
}, 900_000);

afterAll(async () => {
  for (const dir of tempDirs) await rm(dir, { recursive: true, force: true });
});

describe('embedded Neo4j launcher', () => {
  it('parses java -version output', () => {
    expect(parseJavaMajor('openjdk version "17.0.15" 2025-04-15')).toBe(17);
    expect(parseJavaMajor('java version "1.8.0_392"')).toBe(8);
    expect(parseJavaMajor('openjdk version "21" 2023-09-19')).toBe(21);
    expect(parseJavaMajor('nonsense')).toBeNull();
  });

  it(
    'keeps data across a clean stop and restart, without store recovery, and supports CJK full-text',
    async () => {
      const homeDir = await tempDir('tsunagu-neo4j-');
      const port = await freePort();
      let server: EmbeddedNeo4j | undefined;
      try {
        server = await startEmbeddedNeo4j({ port, homeDir, ...SMALL });
        expect(server.uri).toBe(`bolt://127.0.0.1:${port}`);

        await withSession(server.uri, async (s) => {
          await s.run(`CREATE (:LauncherProbe {id: 'p1', text: '外国人支援コーディネーターのネットワーク'})`);
          await s.run(
            'CREATE FULLTEXT INDEX launcherProbeText IF NOT EXISTS FOR (n:LauncherProbe) ON EACH [n.text] ' +
              "OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}}",
          );
          await s.run('CALL db.awaitIndexes(60)');
        });

        await server.stop();
        await server.stop(); // idempotent
        const firstLog = await readFile(path.join(homeDir, 'launcher.log'), 'utf8');
        expect(firstLog).toContain('TSUNAGU_NEO4J_STOPPED');

        server = await startEmbeddedNeo4j({ port, homeDir, ...SMALL });
        await withSession(server.uri, async (s) => {
          const r = await s.run('MATCH (n:LauncherProbe {id: $id}) RETURN n.text AS text', { id: 'p1' });
          expect(r.records.map((x) => x.get('text'))).toEqual(['外国人支援コーディネーターのネットワーク']);

          const ft = await s.run(
            "CALL db.index.fulltext.queryNodes('launcherProbeText', $q) YIELD node, score " +
              'RETURN node.id AS id, score',
            { q: 'コーディネーター' },
          );
          expect(ft.records.map((x) => x.get('id'))).toEqual(['p1']);
        });

        // A clean stop leaves nothing to recover: Neo4j logs "Recovery required ..." otherwise.
        const debugLog = await readFile(path.join(homeDir, 'logs', 'debug.log'), 'utf8');
        expect(debugLog).not.toMatch(/recovery (is )?required/i);
        expect(debugLog).not.toMatch(/TransactionLogsRecovery/);
      } finally {
        await server?.stop();
      }
    },
    TEST_TIMEOUT,
  );

  it(
    'reports PORT_IN_USE when the port is taken',
    async () => {
      const port = await freePort();
      const blocker = net.createServer();
      await new Promise<void>((resolve, reject) => {
        blocker.once('error', reject);
        blocker.listen(port, '127.0.0.1', () => resolve());
      });
      try {
        const homeDir = await tempDir('tsunagu-neo4j-port-');
        const err = await expectLauncherError(startEmbeddedNeo4j({ port, homeDir, ...SMALL }), 'PORT_IN_USE');
        expect(err.message).toContain(String(port));
        expect(err.message).toContain('NEO4J_BOLT_PORT');
        expect(err.message).toContain('NEO4J_URI');
      } finally {
        await new Promise<void>((resolve) => blocker.close(() => resolve()));
      }
    },
    TEST_TIMEOUT,
  );

  it(
    'reports JAVA_MISSING when java is not on PATH',
    async () => {
      const binDir = await tempDir('tsunagu-nojava-');
      const mvn = execFileSync('sh', ['-c', 'command -v mvn || true'], { encoding: 'utf8' }).trim();
      if (mvn) await symlink(mvn, path.join(binDir, 'mvn'));
      const savedPath = process.env.PATH;
      process.env.PATH = binDir;
      try {
        const homeDir = await tempDir('tsunagu-neo4j-nojava-');
        const err = await expectLauncherError(
          startEmbeddedNeo4j({ port: 7799, homeDir, ...SMALL }),
          'JAVA_MISSING',
        );
        expect(err.message).toContain('Java 17+ is required');
        expect(err.message).toContain('NEO4J_URI');
      } finally {
        process.env.PATH = savedPath;
      }
    },
    TEST_TIMEOUT,
  );
});
