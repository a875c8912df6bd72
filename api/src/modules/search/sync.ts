import type { Meilisearch } from 'meilisearch';
import type { Graph } from '../../db/graph.js';
import { MEILI_INDEX, MEILI_SETTINGS, partnerDocuments, partnerIdPage } from './meili-documents.js';
import { completeOutboxEntries, deferOutboxEntries, dueOutboxEntries, type OutboxEntry } from './outbox.js';

const BATCH = 500;

/** Applies the project's searchable / filterable / sortable attributes. */
export async function applyMeiliSettings(client: Meilisearch): Promise<void> {
  await client
    .index(MEILI_INDEX)
    .updateSettings({
      searchableAttributes: [...MEILI_SETTINGS.searchableAttributes],
      filterableAttributes: [...MEILI_SETTINGS.filterableAttributes],
      sortableAttributes: [...MEILI_SETTINGS.sortableAttributes],
      displayedAttributes: [...MEILI_SETTINGS.displayedAttributes],
    })
    .waitTask();
}

/** Pushes given partners (upsert those that exist, delete those that vanished) and waits for Meilisearch. */
export async function pushPartners(graph: Graph, client: Meilisearch, ids: string[]): Promise<void> {
  const docs = await graph.read((tx) => partnerDocuments(tx, ids));
  const index = client.index(MEILI_INDEX);
  if (docs.length) await index.addDocuments(docs, { primaryKey: 'id' }).waitTask();
  const present = new Set(docs.map((d) => d.id));
  const gone = ids.filter((id) => !present.has(id));
  if (gone.length) await index.deleteDocuments(gone).waitTask();
}

/**
 * One drain pass: due outbox entries are pushed in batches; a failed batch is deferred with
 * back-off and stays in the graph. Returns how many entries were pushed.
 */
export async function drainOutboxOnce(graph: Graph, client: Meilisearch): Promise<number> {
  let pushed = 0;
  for (;;) {
    const entries = await graph.read((tx) => dueOutboxEntries(tx, BATCH));
    if (!entries.length) return pushed;
    try {
      await pushPartners(
        graph,
        client,
        entries.map((e) => e.partnerId),
      );
    } catch (error) {
      const failed = entries.map((e) => ({ ...e, error: (error as Error).message }) as OutboxEntry);
      await graph.write((tx) => deferOutboxEntries(tx, failed));
      throw error;
    }
    await graph.write((tx) => completeOutboxEntries(tx, entries));
    pushed += entries.length;
    if (entries.length < BATCH) return pushed;
  }
}

/** Drains the outbox every `intervalMs` in the background; stop() waits for the current pass. */
export function startOutboxDrainer(
  graph: Graph,
  client: Meilisearch,
  log: (line: string) => void,
  intervalMs = 2_000,
) {
  let stopped = false;
  let running: Promise<void> = Promise.resolve();
  const timer = setInterval(() => {
    running = running.then(async () => {
      if (stopped) return;
      try {
        const n = await drainOutboxOnce(graph, client);
        if (n) log(`search sync: pushed ${n} partner(s) to Meilisearch`);
      } catch (error) {
        log(`search sync: Meilisearch unavailable, will retry with back-off (${(error as Error).message})`);
      }
    });
  }, intervalMs);
  timer.unref();
  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}

/** Full reindex: every partner in id order, in batches; `progress(done)` after each batch. */
export async function reindexAll(
  graph: Graph,
  client: Meilisearch,
  progress: (done: number) => void,
): Promise<number> {
  await applyMeiliSettings(client);
  let after: string | null = null;
  let done = 0;
  for (;;) {
    const ids = await partnerIdPage(graph, after, BATCH * 4);
    if (!ids.length) return done;
    await pushPartners(graph, client, ids);
    done += ids.length;
    after = ids[ids.length - 1];
    progress(done);
  }
}
