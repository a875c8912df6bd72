import { randomUUID } from 'node:crypto';
import type { Harness, TestUser } from '../support/api-harness.js';

// Shared set-up of the survey suites: graduates are COORDINATOR accounts acting as a Coordinator
// who works in a prefecture (docs/graph-model.md); all data is synthetic and removed by cleanup().

export const SURVEY_FIELDS = `id title status version anonymous allowEdit questionsLocked responseCount answered canManage
  canRespond draftSavedAt myAnswers { questionId values } questions { id type label required showIf { questionId values } }
  audience { allRegions bureaus { code } prefectures { code } workshopIds }`;
export const CREATE = `mutation($input: CreateSurveyInput!) { createSurvey(input: $input) { survey { ${SURVEY_FIELDS} } } }`;
export const UPDATE = `mutation($input: UpdateSurveyInput!) { updateSurvey(input: $input) { survey { ${SURVEY_FIELDS} } } }`;
export const PUBLISH = `mutation($id: ID!) { publishSurvey(input: {id: $id}) { survey { ${SURVEY_FIELDS} } } }`;
export const DUPLICATE = `mutation($id: ID!) { duplicateSurvey(input: {id: $id}) { survey { ${SURVEY_FIELDS} } } }`;
export const ONE = `query($id: ID!) { survey(id: $id) { ${SURVEY_FIELDS} } }`;
export const DRAFT = `mutation($input: SurveyAnswersInput!) { saveSurveyDraft(input: $input) { survey { ${SURVEY_FIELDS} } } }`;
export const SUBMIT = `mutation($input: SurveyAnswersInput!) { submitSurveyResponse(input: $input) { stored survey { ${SURVEY_FIELDS} } } }`;

export interface Survey {
  id: string;
  status: string;
  version: number;
  questionsLocked: boolean;
  responseCount: number | null;
  answered: boolean;
  canRespond: boolean;
  draftSavedAt: string | null;
  myAnswers: { questionId: string; values: string[] }[] | null;
  questions: { id: string; type: string }[];
}

export interface Graduate extends TestUser {
  token: string;
  coordinatorId: string;
}

export const hoursFromNow = (h: number) => new Date(Date.now() + h * 3600_000).toISOString();

/** Questions of every type; q3 is shown only when q1 = "yes". */
export const ALL_TYPES = [
  {
    id: 'q1',
    type: 'SINGLE_CHOICE',
    label: '【架空】相談窓口を利用しましたか',
    required: true,
    section: '利用状況',
    options: [
      { label: 'はい', value: 'yes' },
      { label: 'いいえ', value: 'no' },
    ],
  },
  {
    id: 'q2',
    type: 'MULTI_CHOICE',
    label: '連携した分野',
    required: false,
    minChoices: 1,
    maxChoices: 2,
    options: [
      { label: '労働', value: 'work' },
      { label: '教育', value: 'edu' },
      { label: '医療', value: 'med' },
    ],
  },
  {
    id: 'q3',
    type: 'RATING',
    label: '満足度',
    required: true,
    scaleMin: 1,
    scaleMax: 5,
    minLabel: '不満',
    maxLabel: '満足',
    showIf: { questionId: 'q1', values: ['yes'] },
  },
  { id: 'q4', type: 'NUMBER', label: '月の相談件数', required: false, min: 0, max: 500 },
  { id: 'q5', type: 'SHORT_TEXT', label: '所属（任意）', required: false },
  { id: 'q6', type: 'LONG_TEXT', label: 'ご意見, "要望"', required: false },
  { id: 'q7', type: 'DATE', label: '研修の受講日', required: false },
];

export function content(overrides: Record<string, unknown> = {}) {
  return {
    title: `【架空】テスト調査 ${randomUUID().slice(0, 8)}`,
    description: 'テスト用の架空のアンケートです。',
    opensAt: hoursFromNow(-1),
    closesAt: hoursFromNow(48),
    anonymous: false,
    allowEdit: false,
    reminderDaysBeforeClose: null,
    audience: { allRegions: false, bureaus: ['OSK'] },
    questions: ALL_TYPES,
    ...overrides,
  };
}

/** A COORDINATOR account acting as a Coordinator in `prefecture`, of `cohort`. */
export async function createGraduate(h: Harness, prefecture: string, cohort = 2024): Promise<Graduate> {
  const user = await h.createUser('COORDINATOR', { prefecture });
  const coordinatorId = `test-coord-${randomUUID()}`;
  await h.graph.writeRows(
    `MATCH (u:User {id: $userId}), (p:Prefecture {code: $prefecture})
     CREATE (u)-[:ACTS_AS]->(c:Coordinator {id: $coordinatorId, displayName: '【架空】テスト修了者', cohort: $cohort, test: true})
     CREATE (c)-[:WORKS_IN]->(p)`,
    { userId: user.id, prefecture, coordinatorId, cohort },
  );
  return { ...user, token: await h.signIn(user), coordinatorId };
}

/** Creates and publishes a survey as `token`; records it for cleanup. */
export async function publishedSurvey(
  h: Harness,
  token: string,
  created: string[],
  overrides: Record<string, unknown> = {},
): Promise<string> {
  const made = await h.gql<{ createSurvey: { survey: Survey } }>(
    CREATE,
    { input: { content: content(overrides) } },
    token,
  );
  if (!made.data?.createSurvey) throw new Error(JSON.stringify(made.errors));
  const id = made.data.createSurvey.survey.id;
  created.push(id);
  const published = await h.gql(PUBLISH, { id }, token);
  if (published.errors) throw new Error(JSON.stringify(published.errors));
  return id;
}

export const answers = (map: Record<string, string[]>) =>
  Object.entries(map).map(([questionId, values]) => ({ questionId, values }));

/** Removes the surveys and everything hanging off them, and the test coordinators. */
export async function cleanup(h: Harness, surveyIds: string[]): Promise<void> {
  await h.graph.writeRows(
    `UNWIND $ids AS id
     OPTIONAL MATCH (r:SurveyResponse {surveyId: id})
     OPTIONAL MATCH (p:SurveyParticipation {surveyId: id})
     OPTIONAL MATCH (d:SurveyDraft {surveyId: id})
     OPTIONAL MATCH (t:SurveyTally {surveyId: id})
     OPTIONAL MATCH (n:Notification) WHERE n.dedupeKey STARTS WITH 'survey-reminder:' + id + ':'
     DETACH DELETE r, p, d, t, n`,
    { ids: surveyIds },
  );
  await h.graph.writeRows(
    `MATCH (s:Survey) WHERE s.id IN $ids OPTIONAL MATCH (v:SurveyVersion)-[:VERSION_OF]->(s) DETACH DELETE v, s`,
    { ids: surveyIds },
  );
  await h.graph.writeRows(
    `MATCH (c:Coordinator {test: true}) WHERE c.id STARTS WITH 'test-coord-' DETACH DELETE c`,
  );
}
