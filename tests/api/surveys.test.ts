import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, startHarness, type Harness } from '../support/api-harness.js';
import {
  ALL_TYPES,
  CREATE,
  DRAFT,
  DUPLICATE,
  ONE,
  SUBMIT,
  UPDATE,
  answers,
  cleanup,
  content,
  createGraduate,
  hoursFromNow,
  publishedSurvey,
  type Graduate,
  type Survey,
} from './surveys.fixtures.js';

let h: Harness;
let isa: string;
let osaka: Graduate;
let kobe: Graduate;
let hokkaido: Graduate;
let localGov: string;
const created: string[] = [];

type Submit = { submitSurveyResponse: { stored: boolean; survey: Survey } };
const VALID = {
  q1: ['yes'],
  q2: ['work', 'edu'],
  q3: ['4'],
  q4: ['12'],
  q5: ['【架空】センター'],
  q6: ['特になし'],
  q7: ['2026-04-01'],
};

beforeAll(async () => {
  h = await startHarness();
  isa = await h.signIn(await h.createUser('ISA_ADMIN'));
  osaka = await createGraduate(h, '27');
  kobe = await createGraduate(h, '28');
  hokkaido = await createGraduate(h, '01');
  localGov = await h.signIn(await h.createUser('LOCAL_GOV', { prefecture: '27' }));
});

afterAll(async () => {
  await cleanup(h, created);
  await h.close();
});

describe('the survey builder', () => {
  it('rejects bad content with the field named, and writes nothing', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ title: ' ' }, 'content.title'],
      [{ closesAt: hoursFromNow(-2) }, 'content.closesAt'],
      [{ audience: { allRegions: true, bureaus: ['OSK'] } }, 'content.audience'],
      [{ audience: { allRegions: false, bureaus: ['XXX'] } }, 'content.audience.bureaus'],
      [{ questions: [] }, 'content.questions'],
      [
        { questions: [{ type: 'SINGLE_CHOICE', label: 'x', options: [{ label: 'one' }] }] },
        'content.questions.0.options',
      ],
      [
        {
          questions: [
            { type: 'MULTI_CHOICE', label: 'x', maxChoices: 5, options: [{ label: 'a' }, { label: 'b' }] },
          ],
        },
        'content.questions.0.maxChoices',
      ],
      [
        // a condition must point to an EARLIER choice question
        {
          questions: [
            { id: 'a', type: 'RATING', label: 'x', showIf: { questionId: 'b', values: ['y'] } },
            ALL_TYPES[0],
          ],
        },
        'content.questions.0.showIf',
      ],
      [
        { questions: [ALL_TYPES[0], { ...ALL_TYPES[2], showIf: { questionId: 'q1', values: ['maybe'] } }] },
        'content.questions.1.showIf.values',
      ],
      [{ anonymous: true, allowEdit: true }, 'content.allowEdit'],
    ];
    const [{ before }] = await h.graph.readRows<{ before: number }>('RETURN COUNT { (:Survey) } AS before');
    for (const [overrides, field] of cases) {
      const result = await h.gql(CREATE, { input: { content: content(overrides) } }, isa);
      expect(errorCode(result), field).toBe('BAD_USER_INPUT');
      expect(result.errors![0].extensions!.field).toBe(field);
    }
    const [{ after }] = await h.graph.readRows<{ after: number }>('RETURN COUNT { (:Survey) } AS after');
    expect(after).toBe(before);
  });

  it('lets only ISA and workshop organizers build surveys', async () => {
    expect(errorCode(await h.gql(CREATE, { input: { content: content() } }, osaka.token))).toBe('FORBIDDEN');
    expect(errorCode(await h.gql(CREATE, { input: { content: content() } }, localGov))).toBe('FORBIDDEN');
    expect(errorCode(await h.gql(CREATE, { input: { content: content() } }))).toBe('UNAUTHENTICATED');
  });

  it('keeps drafts from respondents, then shows the published survey to its audience only', async () => {
    const made = await h.gql<{ createSurvey: { survey: Survey } }>(
      CREATE,
      { input: { content: content() } },
      isa,
    );
    const id = made.data!.createSurvey.survey.id;
    created.push(id);
    expect(made.data!.createSurvey.survey.status).toBe('DRAFT');
    expect((await h.gql<{ survey: Survey | null }>(ONE, { id }, osaka.token)).data!.survey).toBeNull();
    await h.gql(`mutation($id: ID!) { publishSurvey(input: {id: $id}) { survey { id } } }`, { id }, isa);
    const seen = await h.gql<{ survey: Survey }>(ONE, { id }, kobe.token);
    expect(seen.data!.survey.status).toBe('OPEN');
    expect(seen.data!.survey.canRespond).toBe(true);
    expect(seen.data!.survey.responseCount).toBeNull(); // managers only
    expect((await h.gql<{ survey: Survey | null }>(ONE, { id }, hokkaido.token)).data!.survey).toBeNull();
    const outside = await h.gql(SUBMIT, { input: { surveyId: id, answers: answers(VALID) } }, hokkaido.token);
    expect(errorCode(outside)).toBe('NOT_FOUND');
    const wrongRole = await h.gql(SUBMIT, { input: { surveyId: id, answers: answers(VALID) } }, localGov);
    expect(errorCode(wrongRole)).toBe('FORBIDDEN');
  });

  it('duplicates a survey into a new draft', async () => {
    const id = await publishedSurvey(h, isa, created);
    const copy = await h.gql<{ duplicateSurvey: { survey: Survey & { title: string } } }>(
      DUPLICATE,
      { id },
      isa,
    );
    const survey = copy.data!.duplicateSurvey.survey;
    created.push(survey.id);
    expect(survey.id).not.toBe(id);
    expect(survey.status).toBe('DRAFT');
    expect(survey.questions.map((q) => q.id)).toEqual(ALL_TYPES.map((q) => q.id));
  });
});

describe('answering', () => {
  it('checks every question type, reporting each bad answer, and accepts valid ones', async () => {
    const id = await publishedSurvey(h, isa, created);
    const bad = await h.gql(
      SUBMIT,
      {
        input: {
          surveyId: id,
          answers: answers({
            q1: ['maybe'],
            q2: ['work', 'edu', 'med'],
            q3: ['9'],
            q4: ['abc'],
            q5: ['x'.repeat(201)],
            q7: ['2026-02-30'],
          }),
        },
      },
      osaka.token,
    );
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    const problems = bad.errors![0].extensions!.problems as { questionId: string }[];
    // q3 is hidden (q1 is not "yes"), so its bad value is not checked
    expect(problems.map((p) => p.questionId).sort()).toEqual(['q1', 'q2', 'q4', 'q5', 'q7']);
    // Each problem has a code (and bounds) the portal words in its own language.
    const byQuestion = Object.fromEntries(
      (problems as { questionId: string; code: string; params: { max?: number } }[]).map((p) => [
        p.questionId,
        p,
      ]),
    );
    expect(byQuestion.q1.code).toBe('CHOOSE_ONE');
    expect(byQuestion.q4.code).toBe('NOT_A_NUMBER');
    expect(byQuestion.q5).toMatchObject({ code: 'TOO_LONG', params: { max: 200 } });
    expect(byQuestion.q7.code).toBe('DATE_FORMAT');
    const more = await h.gql(
      SUBMIT,
      { input: { surveyId: id, answers: answers({ q1: ['yes'], q2: [], q4: ['501'] }) } },
      osaka.token,
    );
    expect(
      (more.errors![0].extensions!.problems as { questionId: string }[]).map((p) => p.questionId).sort(),
    ).toEqual(['q3', 'q4']);
    const rating = await h.gql(
      SUBMIT,
      { input: { surveyId: id, answers: answers({ ...VALID, q3: ['3.5'] }) } },
      osaka.token,
    );
    expect(rating.errors![0].extensions!.field).toBe('answers.q3');
    const unknown = await h.gql(
      SUBMIT,
      { input: { surveyId: id, answers: answers({ zz: ['1'] }) } },
      osaka.token,
    );
    expect(unknown.errors![0].extensions!.field).toBe('answers.zz');
    const [{ n }] = await h.graph.readRows<{ n: number }>(
      'RETURN COUNT { (:SurveyResponse {surveyId: $id}) } AS n',
      { id },
    );
    expect(n).toBe(0);

    const ok = await h.gql<Submit>(SUBMIT, { input: { surveyId: id, answers: answers(VALID) } }, osaka.token);
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.submitSurveyResponse.stored).toBe(true);
    expect(ok.data!.submitSurveyResponse.survey.answered).toBe(true);
  });

  it('drops answers to questions hidden by a condition', async () => {
    const id = await publishedSurvey(h, isa, created);
    const ok = await h.gql<Submit>(
      SUBMIT,
      { input: { surveyId: id, answers: answers({ q1: ['no'], q3: ['5'] }) } },
      kobe.token,
    );
    expect(ok.data!.submitSurveyResponse.stored).toBe(true);
    const [row] = await h.graph.readRows<{ answersJson: string; choices: string[] }>(
      'MATCH (r:SurveyResponse {surveyId: $id}) RETURN r.answersJson AS answersJson, r.choices AS choices',
      { id },
    );
    expect(JSON.parse(row.answersJson)).toEqual({ q1: ['no'] });
    expect(row.choices).toEqual(['q1|no']);
  });

  it('enforces the open and close times', async () => {
    const later = await publishedSurvey(h, isa, created, {
      opensAt: hoursFromNow(2),
      closesAt: hoursFromNow(5),
    });
    const early = await h.gql(SUBMIT, { input: { surveyId: later, answers: answers(VALID) } }, osaka.token);
    expect(errorCode(early)).toBe('FORBIDDEN');
    expect(early.errors![0].extensions!.reason).toBe('SURVEY_NOT_OPEN');

    const closing = await publishedSurvey(h, isa, created, {
      opensAt: hoursFromNow(-2),
      closesAt: new Date(Date.now() + 1500).toISOString(),
    });
    await new Promise((r) => setTimeout(r, 1700));
    const late = await h.gql(SUBMIT, { input: { surveyId: closing, answers: answers(VALID) } }, osaka.token);
    expect(errorCode(late)).toBe('FORBIDDEN');
    expect(late.errors![0].extensions!.reason).toBe('SURVEY_CLOSED');
    const draft = await h.gql(
      DRAFT,
      { input: { surveyId: closing, answers: answers({ q1: ['yes'] }) } },
      osaka.token,
    );
    expect(draft.errors![0].extensions!.reason).toBe('SURVEY_CLOSED');
  });

  it('keeps a draft to finish later, and deletes it on submit', async () => {
    const badge = async () =>
      (await h.gql<{ viewer: { openSurveyCount: number } }>('{ viewer { openSurveyCount } }', {}, kobe.token))
        .data!.viewer.openSurveyCount;
    const before = await badge();
    const id = await publishedSurvey(h, isa, created);
    expect(await badge()).toBe(before + 1); // the navigation badge counts the new open survey
    const saved = await h.gql<{ saveSurveyDraft: { survey: Survey } }>(
      DRAFT,
      { input: { surveyId: id, answers: answers({ q1: ['yes'], q4: ['not yet a number'] }) } },
      kobe.token,
    );
    expect(saved.errors).toBeUndefined();
    const later = await h.gql<{ survey: Survey }>(ONE, { id }, kobe.token);
    expect(later.data!.survey.draftSavedAt).not.toBeNull();
    expect(later.data!.survey.myAnswers).toEqual(
      expect.arrayContaining([{ questionId: 'q4', values: ['not yet a number'] }]),
    );
    await h.gql(SUBMIT, { input: { surveyId: id, answers: answers(VALID) } }, kobe.token);
    expect(await badge()).toBe(before); // answered: no longer counted
    const [{ drafts }] = await h.graph.readRows<{ drafts: number }>(
      'RETURN COUNT { (:SurveyDraft {surveyId: $id}) } AS drafts',
      { id },
    );
    expect(drafts).toBe(0);
  });

  it('stores exactly one response for 20 parallel submits of one respondent', async () => {
    const id = await publishedSurvey(h, isa, created);
    const results = await Promise.all(
      Array.from({ length: 20 }, () =>
        h.gql<Submit>(SUBMIT, { input: { surveyId: id, answers: answers(VALID) } }, osaka.token),
      ),
    );
    expect(results.every((r) => r.errors === undefined)).toBe(true);
    expect(results.filter((r) => r.data!.submitSurveyResponse.stored)).toHaveLength(1);
    const [counts] = await h.graph.readRows<{ responses: number; markers: number }>(
      `RETURN COUNT { (:SurveyResponse {surveyId: $id}) } AS responses, COUNT { (:SurveyParticipation {surveyId: $id}) } AS markers`,
      { id },
    );
    expect(counts).toEqual({ responses: 1, markers: 1 });
  });

  it('lets an identified response change until the close when the survey allows it', async () => {
    const id = await publishedSurvey(h, isa, created, { allowEdit: true });
    await h.gql(SUBMIT, { input: { surveyId: id, answers: answers(VALID) } }, osaka.token);
    const again = await h.gql<Submit>(
      SUBMIT,
      { input: { surveyId: id, answers: answers({ ...VALID, q4: ['99'] }) } },
      osaka.token,
    );
    expect(again.data!.submitSurveyResponse.stored).toBe(true);
    expect(again.data!.submitSurveyResponse.survey.myAnswers).toEqual(
      expect.arrayContaining([{ questionId: 'q4', values: ['99'] }]),
    );
    const [{ n }] = await h.graph.readRows<{ n: number }>(
      'RETURN COUNT { (:SurveyResponse {surveyId: $id}) } AS n',
      { id },
    );
    expect(n).toBe(1);
    // Without allowEdit a second submit changes nothing
    const fixed = await publishedSurvey(h, isa, created);
    await h.gql(SUBMIT, { input: { surveyId: fixed, answers: answers(VALID) } }, osaka.token);
    const retry = await h.gql<Submit>(
      SUBMIT,
      { input: { surveyId: fixed, answers: answers({ ...VALID, q4: ['1'] }) } },
      osaka.token,
    );
    expect(retry.data!.submitSurveyResponse.stored).toBe(false);
  });

  it('costs two round trips to submit once this API has read the survey', async () => {
    const id = await publishedSurvey(h, isa, created);
    const submitOnly = `mutation($input: SurveyAnswersInput!) { submitSurveyResponse(input: $input) { stored } }`;
    const first = await h.gql(submitOnly, { input: { surveyId: id, answers: answers(VALID) } }, osaka.token);
    expect(first.extensions?.neo4jRoundTrips).toBe(3); // the session, the survey's definition, the submit
    const next = await h.gql(submitOnly, { input: { surveyId: id, answers: answers(VALID) } }, kobe.token);
    expect(next.errors).toBeUndefined();
    expect(next.extensions?.neo4jRoundTrips).toBe(2);
  });

  it('costs at most two round trips to read a survey', async () => {
    const id = await publishedSurvey(h, isa, created);
    const read = await h.gql(ONE, { id }, osaka.token);
    expect(read.extensions?.neo4jRoundTrips).toBeLessThanOrEqual(2);
  });
});

describe('anonymity', () => {
  it('stores an anonymous response with no link, no time and nothing shared with the has-answered marker', async () => {
    const id = await publishedSurvey(h, isa, created, { anonymous: true });
    await h.gql(DRAFT, { input: { surveyId: id, answers: answers({ q1: ['yes'] }) } }, kobe.token);
    const [{ draftOwner }] = await h.graph.readRows<{ draftOwner: string }>(
      'MATCH (u:User)-[:DRAFTED]->(:SurveyDraft {surveyId: $id}) RETURN u.id AS draftOwner',
      { id },
    );
    expect(draftOwner).toBe(kobe.id);
    const ok = await h.gql<Submit>(SUBMIT, { input: { surveyId: id, answers: answers(VALID) } }, kobe.token);
    expect(ok.data!.submitSurveyResponse.stored).toBe(true);

    const [row] = await h.graph.readRows<{
      rels: number;
      props: Record<string, unknown>;
      marker: Record<string, unknown>;
      markerRels: number;
      drafts: number;
    }>(
      `MATCH (r:SurveyResponse {surveyId: $id}) MATCH (p:SurveyParticipation {surveyId: $id})
       RETURN COUNT { (r)--() } AS rels, properties(r) AS props, properties(p) AS marker, COUNT { (p)--() } AS markerRels,
              COUNT { (:SurveyDraft {surveyId: $id}) } AS drafts`,
      { id },
    );
    expect(row.rels).toBe(0);
    expect(row.markerRels).toBe(0);
    expect(row.drafts).toBe(0);
    expect(Object.keys(row.props).sort()).toEqual(
      [
        'answered',
        'answersJson',
        'bureauCode',
        'choices',
        'cohort',
        'id',
        'prefectureCode',
        'surveyId',
        'texts',
        'version',
      ].sort(),
    );
    expect(Object.keys(row.marker).sort()).toEqual(['key', 'surveyId']);
    const shared = Object.values(row.marker).filter((v) => v !== id && Object.values(row.props).includes(v));
    expect(shared).toEqual([]);
    // The respondent sees that they answered, but not their anonymous answers, and cannot change them.
    const mine = await h.gql<{ survey: Survey }>(ONE, { id }, kobe.token);
    expect(mine.data!.survey.answered).toBe(true);
    expect(mine.data!.survey.myAnswers).toBeNull();
    expect(mine.data!.survey.canRespond).toBe(false);
  });
});

describe('versions', () => {
  it('locks the questions once responses exist: a change makes a new version', async () => {
    const id = await publishedSurvey(h, isa, created);
    const input = (questions: unknown[]) => ({ input: { id, content: content({ questions }) } });
    const before = await h.gql<{ updateSurvey: { survey: Survey } }>(
      UPDATE,
      input(ALL_TYPES.slice(0, 3)),
      isa,
    );
    expect(before.data!.updateSurvey.survey.version).toBe(1);
    await h.gql(SUBMIT, { input: { surveyId: id, answers: answers({ q1: ['no'] }) } }, osaka.token);
    const locked = await h.gql<{ survey: Survey }>(ONE, { id }, isa);
    expect(locked.data!.survey.questionsLocked).toBe(true);
    const after = await h.gql<{ updateSurvey: { survey: Survey } }>(
      UPDATE,
      input(ALL_TYPES.slice(0, 2)),
      isa,
    );
    expect(after.data!.updateSurvey.survey.version).toBe(2);
    const [{ versions, answeredVersion }] = await h.graph.readRows<{
      versions: number;
      answeredVersion: number;
    }>(
      `MATCH (s:Survey {id: $id}) MATCH (r:SurveyResponse {surveyId: $id})
       RETURN COUNT { (:SurveyVersion)-[:VERSION_OF]->(s) } AS versions, r.version AS answeredVersion`,
      { id },
    );
    expect(versions).toBe(1);
    expect(answeredVersion).toBe(1);
  });
});

describe('submits against a changed survey', () => {
  // A submit validates against the API's cached definition of the survey and stores nothing unless
  // the survey is still at that revision (api/src/modules/surveys/definitions.ts).
  it('judges answers by the survey as it is now, though this API cached an older version', async () => {
    const sakai = await createGraduate(h, '27');
    const id = await publishedSurvey(h, isa, created);
    await h.gql(SUBMIT, { input: { surveyId: id, answers: answers(VALID) } }, osaka.token); // caches version 1
    const relabelled = ALL_TYPES.map((q, i) => (i === 0 ? { ...q, label: '【架空】言い換えた設問' } : q));
    const edited = await h.gql<{ updateSurvey: { survey: Survey } }>(
      UPDATE,
      { input: { id, content: content({ questions: relabelled }) } },
      isa,
    );
    expect(edited.data!.updateSurvey.survey.version).toBe(2);
    const kept = await h.gql<Submit>(
      SUBMIT,
      { input: { surveyId: id, answers: answers(VALID) } },
      kobe.token,
    );
    expect(kept.errors).toBeUndefined();
    expect(kept.data!.submitSurveyResponse.stored).toBe(true);
    expect(kept.data!.submitSurveyResponse.survey.answered).toBe(true);

    await h.gql(UPDATE, { input: { id, content: content({ questions: ALL_TYPES.slice(0, 2) }) } }, isa);
    const gone = await h.gql(SUBMIT, { input: { surveyId: id, answers: answers(VALID) } }, sakai.token);
    expect(errorCode(gone)).toBe('BAD_USER_INPUT');
    expect(gone.errors![0].extensions!.field).toBe('answers.q3');
    const fits = await h.gql<Submit>(
      SUBMIT,
      { input: { surveyId: id, answers: answers({ q1: VALID.q1, q2: VALID.q2 }) } },
      sakai.token,
    );
    expect(fits.data!.submitSurveyResponse.stored).toBe(true);

    const versions = await h.graph.readRows<{ coordinator: string; version: number }>(
      `MATCH (u:User)-[:RESPONDED]->(r:SurveyResponse {surveyId: $id}), (u)-[:ACTS_AS]->(c:Coordinator)
       RETURN c.id AS coordinator, r.version AS version`,
      { id },
    );
    expect(Object.fromEntries(versions.map((v) => [v.coordinator, v.version]))).toEqual({
      [osaka.coordinatorId]: 1,
      [kobe.coordinatorId]: 2,
      [sakai.coordinatorId]: 3,
    });
  });

  it('refuses a submit once the survey is closed, though the API cached it open', async () => {
    const id = await publishedSurvey(h, isa, created, { allowEdit: true });
    await h.gql(SUBMIT, { input: { surveyId: id, answers: answers(VALID) } }, osaka.token);
    await h.graph.writeRows(
      'MATCH (s:Survey {id: $id}) SET s.closesAt = datetime() - duration({minutes: 1})',
      { id },
    );
    const late = await h.gql(SUBMIT, { input: { surveyId: id, answers: answers(VALID) } }, osaka.token);
    expect(errorCode(late)).toBe('FORBIDDEN');
    expect(late.errors![0].extensions!.reason).toBe('SURVEY_CLOSED');
  });
});

describe('workshop feedback surveys', () => {
  it('lets an organizer survey the attendees of their own workshop and read its results', async () => {
    const organizer = await h.createUser('WORKSHOP_ORGANIZER');
    const other = await h.signIn(await h.createUser('WORKSHOP_ORGANIZER'));
    const orgToken = await h.signIn(organizer);
    const workshopId = `test-workshop-${Date.now()}`;
    await h.graph.writeRows(
      `MATCH (o:User {id: $organizer}), (c:Coordinator {id: $attendee})
       CREATE (w:Workshop {id: $workshopId, title: '【架空】事例検討会', test: true})
       CREATE (o)-[:ORGANIZES]->(w), (c)-[:ATTENDED]->(w)`,
      { organizer: organizer.id, attendee: hokkaido.coordinatorId, workshopId },
    );
    try {
      const audience = { allRegions: false, workshopIds: [workshopId] };
      expect(errorCode(await h.gql(CREATE, { input: { content: content() } }, orgToken))).toBe('FORBIDDEN');
      expect(errorCode(await h.gql(CREATE, { input: { content: content({ audience }) } }, other))).toBe(
        'FORBIDDEN',
      );
      const id = await publishedSurvey(h, orgToken, created, { audience });
      expect((await h.gql<{ survey: Survey }>(ONE, { id }, hokkaido.token)).data!.survey.canRespond).toBe(
        true,
      );
      expect((await h.gql<{ survey: Survey | null }>(ONE, { id }, osaka.token)).data!.survey).toBeNull();
      await h.gql(SUBMIT, { input: { surveyId: id, answers: answers(VALID) } }, hokkaido.token);
      const RESULTS = `query($id: ID!) { surveyResults(id: $id) { responseCount audienceSize } }`;
      const results = await h.gql<{ surveyResults: { responseCount: number; audienceSize: number } }>(
        RESULTS,
        { id },
        orgToken,
      );
      expect(results.data!.surveyResults).toEqual({ responseCount: 1, audienceSize: 1 });
      expect(errorCode(await h.gql(RESULTS, { id }, other))).toBe('NOT_FOUND');
      expect(errorCode(await h.gql(RESULTS, { id }, hokkaido.token))).toBe('FORBIDDEN');
    } finally {
      await h.graph.writeRows('MATCH (w:Workshop {id: $workshopId}) DETACH DELETE w', { workshopId });
    }
  });
});
