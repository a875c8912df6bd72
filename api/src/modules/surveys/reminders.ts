import type { Graph } from '../../db/graph.js';
import { startPeriodicJob, type PeriodicJob } from '../../jobs/periodic.js';
import { storeNotifications, type NewNotification } from '../notifications/store.js';
import { AUDIENCE_MEMBERS } from './cypher.js';

/**
 * Stores a SURVEY_REMINDER for each audience member who has not submitted, for every published survey
 * whose close time is at most `reminderDaysBeforeClose` days after `now` (and still ahead). The dedupe key
 * `survey-reminder:<surveyId>:<userId>` makes a second run, in this or another API process, a no-op.
 * Returns how many notifications were newly stored.
 */
export async function sendSurveyReminders(graph: Graph, now: Date): Promise<number> {
  return graph.write(async (tx) => {
    const due = await tx.rows<{ surveyId: string; title: string; userIds: string[] }>(
      `MATCH (s:Survey)
       WHERE s.publishedAt IS NOT NULL AND s.reminderDaysBeforeClose IS NOT NULL
         AND s.opensAt <= datetime($now) AND s.closesAt > datetime($now)
         AND datetime($now) >= s.closesAt - duration({days: s.reminderDaysBeforeClose})
       CALL (s) {
         ${AUDIENCE_MEMBERS}
         WHERE NOT EXISTS { (:SurveyParticipation {key: s.id + ':' + u.id}) }
         RETURN collect(u.id) AS userIds
       }
       RETURN s.id AS surveyId, s.title AS title, userIds`,
      { now: now.toISOString() },
    );
    const items: NewNotification[] = due.flatMap((s) =>
      s.userIds.map((userId) => ({
        userId,
        kind: 'SURVEY_REMINDER' as const,
        subjectTitle: s.title,
        link: `/surveys/${encodeURIComponent(s.surveyId)}`,
        dedupeKey: `survey-reminder:${s.surveyId}:${userId}`,
      })),
    );
    return storeNotifications(tx, items);
  });
}

/** Runs sendSurveyReminders every `intervalMs` (0 = never) until stop(); runs never overlap. */
export function startSurveyReminders(
  graph: Graph,
  intervalMs: number,
  log: (line: string) => void,
): PeriodicJob {
  return startPeriodicJob(
    'survey reminders',
    intervalMs,
    () => sendSurveyReminders(graph, new Date()),
    log,
    'stored',
  );
}
