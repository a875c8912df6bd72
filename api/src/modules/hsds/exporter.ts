import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type { ReferenceCatalog } from '../reference/catalog.js';
import { partnerToOrganization } from './export-mapper.js';
import type { HsdsRepository } from './repository.js';
import type { HsdsObject } from './types.js';

export interface ExportOptions {
  /** Include synthetic (demo) partners; off by default so an export carries real data only. */
  includeSynthetic?: boolean;
  /** Partners per Neo4j round trip. */
  batchSize?: number;
}

export const DEFAULT_EXPORT_BATCH = 1000;

/** The partner directory as HSDS organizations, one batch in memory at a time. */
export async function* exportOrganizations(
  repo: HsdsRepository,
  catalog: ReferenceCatalog,
  options: ExportOptions = {},
): AsyncGenerator<HsdsObject> {
  const batchSize = options.batchSize ?? DEFAULT_EXPORT_BATCH;
  let afterId: string | null = null;
  for (;;) {
    const rows = await repo.exportBatch(afterId, batchSize, options.includeSynthetic ?? false);
    for (const row of rows) yield partnerToOrganization(row, catalog);
    if (rows.length < batchSize) return;
    afterId = rows[rows.length - 1].id;
  }
}

/**
 * Writes organizations as one JSON array, one organization per line, honouring back-pressure.
 * Returns how many were written.
 */
export async function writeJsonArray(items: AsyncIterable<HsdsObject>, out: Writable): Promise<number> {
  const write = async (chunk: string) => {
    if (!out.write(chunk)) await once(out, 'drain');
  };
  let count = 0;
  await write('[');
  for await (const item of items) {
    await write(`${count === 0 ? '\n' : ',\n'}${JSON.stringify(item)}`);
    count += 1;
  }
  await write(count === 0 ? ']\n' : '\n]\n');
  return count;
}
