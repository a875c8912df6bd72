import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendSurveyReminders } from '../../api/src/modules/surveys/reminders.js';
import { startHarness, type Harness } from '../support/api-harness.js';
import {
  SUBMIT,
  answers,
  cleanup,
  createGraduate,
  hoursFromNow,
  publishedSurvey,
  type Graduate,
} from './surveys.fixtures.js';

let h: Harness;
let isa: string;
let answered: Graduate;
let pending: Graduate[];
let outside: Graduate;
const created: string[] = [];

beforeAll(async () => {
  h = await startHarness();
  isa = await h.signIn(await h.createUser('ISA_ADMIN'));
  answered = await createGraduate(h, '27');
  pending = [await createGraduate(h, '27'), await createGraduate(h, '28')];
  outside = await createGraduate(h, '01');
});

afterAll(async () => {
  await cleanup(h, created);
  await h.close();
});

async function remindersFor(surveyId: string) {
  return h.graph.readRows<{ userId: string; n: number }>(
    `MATCH (n:Notification {kind: 'SURVEY_REMINDER'})-[:FOR]->(u:User)
     WHERE n.dedupeKey STARTS WITH 'survey-reminder:' + $surveyId + ':'
     RETURN u.id AS userId, count(n) AS n ORDER BY userId`,
    { surveyId },
  );
}

describe('survey reminders', () => {
  it('reminds only those who have not answered, once, even when two runs race', async () => {
    const id = await publishedSurvey(h, isa, created, {
      closesAt: hoursFromNow(48),
      reminderDaysBeforeClose: 3,
      audience: { allRegions: false, bureaus: ['OSK'] },
      questions: [{ id: 'q1', type: 'SHORT_TEXT', label: '【架空】ひとこと', required: true }],
    });
    await h.gql(SUBMIT, { input: { surveyId: id, answers: answers({ q1: ['済み'] }) } }, answered.token);

    // Before the reminder window (4 days before the close): nothing.
    await sendSurveyReminders(h.graph, new Date(Date.now() - 2 * 86_400_000));
    expect(await remindersFor(id)).toEqual([]);

    await Promise.all([sendSurveyReminders(h.graph, new Date()), sendSurveyReminders(h.graph, new Date())]);
    // Other graduates of the region (e.g. seeded ones) may be reminded too; these four are ours.
    const ours = new Set([...pending, answered, outside].map((g) => g.id));
    const rows = (await remindersFor(id)).filter((r) => ours.has(r.userId));
    expect(rows).toEqual(
      pending.map((g) => ({ userId: g.id, n: 1 })).sort((a, b) => a.userId.localeCompare(b.userId)),
    );
    expect(rows.map((r) => r.userId)).not.toContain(answered.id);
    expect(rows.map((r) => r.userId)).not.toContain(outside.id);

    // A third run stores nothing new for this survey.
    await sendSurveyReminders(h.graph, new Date());
    expect((await remindersFor(id)).every((r) => r.n === 1)).toBe(true); // nobody twice, ours or not

    // The reminder links to the survey in the portal.
    const [link] = await h.graph.readRows<{ link: string }>(
      `MATCH (n:Notification) WHERE n.dedupeKey = 'survey-reminder:' + $id + ':' + $userId RETURN n.link AS link`,
      { id, userId: pending[0].id },
    );
    expect(link.link).toBe(`/surveys/${id}`);
  });

  it('sends nothing for a survey without reminders or after its close', async () => {
    const id = await publishedSurvey(h, isa, created, { closesAt: hoursFromNow(24) });
    await sendSurveyReminders(h.graph, new Date());
    expect(await remindersFor(id)).toEqual([]);
    const closing = await publishedSurvey(h, isa, created, {
      closesAt: hoursFromNow(24),
      reminderDaysBeforeClose: 2,
    });
    await sendSurveyReminders(h.graph, new Date(Date.now() + 25 * 3600_000));
    expect(await remindersFor(closing)).toEqual([]);
  });
});
