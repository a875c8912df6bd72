import type { Meilisearch, Settings, Task } from 'meilisearch';
import type { Graph } from '../../db/graph.js';
import { curatedLexiconEntries } from './lexicon-store.js';
import {
  MEILI_INDEX,
  MEILI_SETTINGS,
  meiliSynonyms,
  partnerDocuments,
  partnerIdPage,
} from './meili-documents.js';
import { completeOutboxEntries, deferOutboxEntries, dueOutboxEntries, type OutboxEntry } from './outbox.js';

const BATCH = 500;

/**
 * The project's index settings (attributes, locales, typo tolerance) with synonyms from the query
 * lexicon: the curated file's DOMAIN terms, standing for their domains' labels from the graph.
 */
export async function projectMeiliSettings(graph: Graph): Promise<Settings> {
  const domains = await graph.readRows<{ code: string; nameJa: string; nameEn: string }>(
    'MATCH (d:SupportDomain) RETURN d.code AS code, d.nameJa AS nameJa, d.nameEn AS nameEn',
  );
  return {
    searchableAttributes: [...MEILI_SETTINGS.searchableAttributes],
    filterableAttributes: [...MEILI_SETTINGS.filterableAttributes],
    sortableAttributes: [...MEILI_SETTINGS.sortableAttributes],
    displayedAttributes: [...MEILI_SETTINGS.displayedAttributes],
    localizedAttributes: MEILI_SETTINGS.localizedAttributes.map((a) => ({
      attributePatterns: [...a.attributePatterns],
      locales: [...a.locales],
    })),
    typoTolerance: {
      enabled: MEILI_SETTINGS.typoTolerance.enabled,
      minWordSizeForTypos: { ...MEILI_SETTINGS.typoTolerance.minWordSizeForTypos },
    },
    synonyms: meiliSynonyms(curatedLexiconEntries(), domains),
  };
}

/** Creates the index when missing and applies the project's settings; waits until they are in force. */
export async function applyMeiliSettings(graph: Graph, client: Meilisearch): Promise<void> {
  const settings = await projectMeiliSettings(graph);
  succeeded(await client.index(MEILI_INDEX).updateSettings(settings).waitTask(WAIT));
}

/** Pushes given partners (upsert those that exist, delete those that vanished) and waits for Meilisearch. */
export async function pushPartners(graph: Graph, client: Meilisearch, ids: string[]): Promise<void> {
  const docs = await graph.read((tx) => partnerDocuments(tx, ids));
  const index = client.index(MEILI_INDEX);
  if (docs.length) succeeded(await index.addDocuments(docs, { primaryKey: 'id' }).waitTask(WAIT));
  const present = new Set(docs.map((d) => d.id));
  const gone = ids.filter((id) => !present.has(id));
  if (gone.length) succeeded(await index.deleteDocuments(gone).waitTask(WAIT));
}

/** Indexing a batch of the 100k set takes seconds; the client's default wait is 5 s. */
const WAIT = { timeout: 300_000, interval: 50 };

/** A failed task must not complete its outbox entries. */
function succeeded(task: Task): void {
  if (task.status !== 'succeeded')
    throw new Error(`Meilisearch task ${task.uid} ${task.status}: ${task.error?.message ?? ''}`);
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
  let settingsApplied = false;
  let running: Promise<void> = Promise.resolve();
  const timer = setInterval(() => {
    running = running.then(async () => {
      if (stopped) return;
      try {
        if (!settingsApplied) {
          await applyMeiliSettings(graph, client);
          settingsApplied = true;
        }
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
  await applyMeiliSettings(graph, client);
  let after: string | null = null;
  let done = 0;
  const seen = new Set<string>();
  for (;;) {
    const ids = await partnerIdPage(graph, after, BATCH * 4);
    if (!ids.length) break;
    await pushPartners(graph, client, ids);
    for (const id of ids) seen.add(id);
    done += ids.length;
    after = ids[ids.length - 1];
    progress(done);
  }
  await deleteOrphans(client, seen);
  return done;
}

/** Removes documents of partners that no longer exist (deleted while nothing synced them). */
async function deleteOrphans(client: Meilisearch, keep: Set<string>): Promise<void> {
  const index = client.index(MEILI_INDEX);
  const orphans: string[] = [];
  for (let offset = 0; ; offset += 1000) {
    const page = await index.getDocuments<{ id: string }>({ fields: ['id'], limit: 1000, offset });
    for (const doc of page.results) if (!keep.has(doc.id)) orphans.push(doc.id);
    if (offset + page.results.length >= page.total || !page.results.length) break;
  }
  if (orphans.length) succeeded(await index.deleteDocuments(orphans).waitTask(WAIT));
}
