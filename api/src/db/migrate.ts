import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { refreshDerivedPartnerFields } from './derived-fields.js';
import type { Graph } from './graph.js';

const MIGRATIONS_DIR = fileURLToPath(new URL('./migrations/', import.meta.url));
const FILE_PATTERN = /^(\d{4})_[a-z0-9_]+\.cypher$/;

export interface MigrationFile {
  version: number;
  name: string;
  statements: string[];
  checksum: string;
}

export class MigrationError extends Error {
  constructor(
    readonly file: string,
    cause: Error,
  ) {
    super(`Migration ${file} failed: ${cause.message}`);
  }
}

/** Splits a .cypher file into statements on `;` at line ends, dropping `//` comment lines. */
export function splitStatements(text: string): string[] {
  const body = text
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n');
  return body
    .split(/;\s*(?:\n|$)/)
    .map((s) => s.trim())
    .filter(Boolean);
}

export async function readMigrations(dir = MIGRATIONS_DIR): Promise<MigrationFile[]> {
  const names = (await readdir(dir)).filter((n) => FILE_PATTERN.test(n)).sort();
  return Promise.all(
    names.map(async (name) => {
      const text = await readFile(`${dir}/${name}`, 'utf8');
      return {
        version: Number(FILE_PATTERN.exec(name)![1]),
        name,
        statements: splitStatements(text),
        checksum: createHash('sha256').update(text).digest('hex').slice(0, 16),
      };
    }),
  );
}

/**
 * Applies migrations in version order. Each statement is idempotent (IF NOT EXISTS), so a
 * re-run is harmless; applied versions are recorded as (:Migration) nodes and skipped.
 * The first failure stops everything, naming the file.
 */
export async function migrate(
  graph: Graph,
  files?: MigrationFile[],
  log: (line: string) => void = () => {},
): Promise<{ applied: string[] }> {
  const migrations = files ?? (await readMigrations());
  const done = new Set(
    (await graph.readRows<{ version: number }>('MATCH (m:Migration) RETURN m.version AS version')).map(
      (r) => r.version,
    ),
  );
  const applied: string[] = [];
  for (const m of migrations) {
    if (done.has(m.version)) continue;
    try {
      for (const statement of m.statements) await graph.runAutoCommit(statement);
      await graph.writeRows(
        `MERGE (m:Migration {version: $version})
         SET m.name = $name, m.checksum = $checksum, m.appliedAt = datetime()`,
        { version: m.version, name: m.name, checksum: m.checksum },
      );
    } catch (error) {
      throw new MigrationError(m.name, error as Error);
    }
    applied.push(m.name);
    log(`migration applied: ${m.name}`);
  }
  await refreshDerivedPartnerFields(graph);
  await graph.runAutoCommit('CALL db.awaitIndexes(300)');
  return { applied };
}
