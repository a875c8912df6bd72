import type { GraphTx } from '../../db/graph.js';

/**
 * The search outbox: a partner change and its "reindex me" note are written in the same
 * transaction, so no update is lost while Meilisearch is down. One pending entry per partner;
 * a newer change bumps `version`, and the drainer deletes an entry only if `version` is
 * unchanged since it read it (a change during the push stays queued).
 */
export async function enqueuePartnerReindex(tx: GraphTx, partnerIds: readonly string[]): Promise<void> {
  if (partnerIds.length === 0) return;
  await tx.rows(
    `UNWIND $partnerIds AS partnerId
     MERGE (o:SearchOutbox {partnerId: partnerId})
     ON CREATE SET o.id = randomUUID(), o.attempts = 0
     SET o.at = datetime(), o.nextAttemptAt = datetime(), o.version = coalesce(o.version, 0) + 1`,
    { partnerIds },
  );
}

/**
 * True when a Meilisearch backend is configured (MEILI_HOST), so partner writes queue their
 * reindex. Without it nothing drains the outbox, so nothing is queued; switching to Meilisearch
 * later starts with `npm run search:reindex`.
 */
export function searchOutboxEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(env.MEILI_HOST);
}

export interface OutboxEntry {
  partnerId: string;
  at: string;
  version: number;
  attempts: number;
}

/** Due entries, oldest first. */
export async function dueOutboxEntries(tx: GraphTx, limit: number): Promise<OutboxEntry[]> {
  return tx.rows<OutboxEntry>(
    `MATCH (o:SearchOutbox) WHERE o.nextAttemptAt <= datetime()
     RETURN o.partnerId AS partnerId, o.at AS at, o.version AS version, o.attempts AS attempts
     ORDER BY o.at LIMIT toInteger($limit)`,
    { limit },
  );
}

/** Removes entries that were pushed and have not changed since they were read. */
export async function completeOutboxEntries(tx: GraphTx, entries: OutboxEntry[]): Promise<void> {
  await tx.rows(
    `UNWIND $entries AS e
     MATCH (o:SearchOutbox {partnerId: e.partnerId}) WHERE o.version = e.version
     DELETE o`,
    { entries: entries.map((e) => ({ partnerId: e.partnerId, version: e.version })) },
  );
}

/** Exponential back-off: 1 s, 2 s, 4 s … capped at 5 minutes. */
export function backoffSeconds(attempts: number): number {
  return Math.min(300, 2 ** Math.max(0, attempts));
}

/** Schedules a retry for entries whose push failed. */
export async function deferOutboxEntries(tx: GraphTx, entries: OutboxEntry[]): Promise<void> {
  await tx.rows(
    `UNWIND $entries AS e
     MATCH (o:SearchOutbox {partnerId: e.partnerId})
     SET o.attempts = o.attempts + 1,
         o.nextAttemptAt = datetime() + duration({seconds: e.delay}),
         o.lastError = e.error`,
    {
      entries: entries.map((e) => ({
        partnerId: e.partnerId,
        delay: backoffSeconds(e.attempts),
        error: (e as OutboxEntry & { error?: string }).error ?? null,
      })),
    },
  );
}
