import { randomUUID } from 'node:crypto';
import type { GraphTx } from '../../db/graph.js';

/**
 * Notification kinds other capabilities store as (:Notification) nodes through `storeNotifications`.
 * Each needs the same value in schema/notifications.graphql's NotificationKind and a portal text
 * `notifications.kind.<KIND>` (with {title}) in web/app/i18n.
 */
export const STORED_KINDS = [
  'SURVEY_REMINDER',
  'WORKSHOP_SEAT_CONFIRMED',
  'WORKSHOP_MATERIAL_SHARED',
  'GAP_ADDRESSED',
  'CERTIFICATE_RENEWAL_DUE',
] as const;
export type StoredKind = (typeof STORED_KINDS)[number];

/** One notification to store for one account. */
export interface NewNotification {
  userId: string;
  kind: StoredKind;
  /** Shown in the notification (e.g. the survey's title). */
  subjectTitle: string;
  /** Portal path the notification opens (must start with "/"). */
  link: string;
  /** Who caused it, when someone did. */
  actorName?: string | null;
  /**
   * Makes storing idempotent: a second notification with the same key is not created, also when
   * two API processes try at once (unique constraint `notification_dedupe_key`, migration 0052).
   */
  dedupeKey?: string;
}

/**
 * Stores notifications inside the caller's write transaction (so they exist exactly when the change
 * that causes them commits). Returns how many were newly created (deduplicated ones do not count).
 * Unknown accounts are skipped.
 */
export async function storeNotifications(tx: GraphTx, items: readonly NewNotification[]): Promise<number> {
  if (items.length === 0) return 0;
  for (const item of items) {
    if (!item.link.startsWith('/') || item.link.startsWith('//'))
      throw new Error(`Notification link must be a portal path: ${item.link}`);
  }
  const rows = await tx.rows<{ created: number }>(
    `UNWIND $items AS item
     MATCH (u:User {id: item.userId})
     MERGE (nt:Notification {dedupeKey: item.dedupeKey})
       ON CREATE SET nt.id = item.id, nt.kind = item.kind, nt.at = datetime(), nt.subjectTitle = item.subjectTitle,
                     nt.link = item.link, nt.actorName = item.actorName
     WITH u, nt, item WHERE nt.id = item.id // created here, not matched
     CREATE (nt)-[:FOR]->(u)
     RETURN count(*) AS created`,
    {
      items: items.map((item) => {
        const id = randomUUID();
        return {
          id,
          userId: item.userId,
          kind: item.kind,
          subjectTitle: item.subjectTitle,
          link: item.link,
          actorName: item.actorName ?? null,
          dedupeKey: item.dedupeKey ?? `once:${id}`,
        };
      }),
    },
  );
  return Number(rows[0]?.created ?? 0);
}
