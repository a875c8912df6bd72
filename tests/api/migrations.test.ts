import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectGraph, type Graph } from '../../api/src/db/graph.js';
import { migrate, MigrationError, readMigrations, splitStatements } from '../../api/src/db/migrate.js';
import { testNeo4jUri } from '../support/stack-env.js';

let graph: Graph;
beforeAll(async () => {
  graph = await connectGraph({ uri: testNeo4jUri(), user: 'neo4j', password: 'neo4j' });
});
afterAll(async () => {
  await graph.writeRows('MATCH (m:Migration) WHERE m.version >= 9000 DELETE m');
  await graph.driver.close();
});

describe('migrations', () => {
  it('created every unique-id constraint and the full-text indexes', async () => {
    const constraints = await graph.readRows<{ name: string }>('SHOW CONSTRAINTS YIELD name RETURN name');
    const names = constraints.map((c) => c.name);
    for (const expected of [
      'user_id',
      'user_email',
      'session_token_hash',
      'partner_id',
      'coordinator_id',
      'prefecture_code',
      'domain_code',
      'language_code',
    ]) {
      expect(names).toContain(expected);
    }
    const indexes = await graph.readRows<{ name: string; type: string; state: string }>(
      'SHOW INDEXES YIELD name, type, state RETURN name, type, state',
    );
    const fulltext = indexes.filter((i) => i.type === 'FULLTEXT');
    expect(fulltext.map((i) => i.name)).toEqual(
      expect.arrayContaining(['domain_text', 'partner_text', 'notice_text']),
    );
    expect(fulltext.every((i) => i.state === 'ONLINE')).toBe(true);
  });

  it('records each applied version once, and a re-run applies nothing', async () => {
    const files = await readMigrations();
    const rows = await graph.readRows<{ version: number }>(
      'MATCH (m:Migration) WHERE m.version < 9000 RETURN m.version AS version ORDER BY version',
    );
    expect(rows.map((r) => r.version)).toEqual(files.map((f) => f.version));
    expect((await migrate(graph)).applied).toEqual([]);
  });

  it('stops at a failing migration, naming the file and the error', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'tsunagu-migrations-'));
    await writeFile(
      path.join(dir, '9001_good.cypher'),
      'CREATE INDEX test_9001 IF NOT EXISTS FOR (t:Test9001) ON (t.x);\n',
    );
    await writeFile(path.join(dir, '9002_broken.cypher'), 'CREATE INDEX oops FOR;\n');
    const files = await readMigrations(dir);
    const error = await migrate(graph, files).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MigrationError);
    expect((error as Error).message).toMatch(/9002_broken\.cypher/);
    const applied = await graph.readRows<{ version: number }>(
      'MATCH (m:Migration) WHERE m.version >= 9000 RETURN m.version AS version',
    );
    expect(applied.map((r) => r.version)).toEqual([9001]);
    await graph.runAutoCommit('DROP INDEX test_9001 IF EXISTS');
  });

  it('splits statements on semicolons at line ends and drops comment lines', () => {
    expect(splitStatements('// c\nCREATE A;\nCREATE B\n  X;\n')).toEqual(['CREATE A', 'CREATE B\n  X']);
  });
});
