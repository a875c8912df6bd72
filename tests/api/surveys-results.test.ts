import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readMigrations } from '../../api/src/db/migrate.js';
import { errorCode, startHarness, type Harness } from '../support/api-harness.js';
import {
  SUBMIT,
  answers,
  cleanup,
  createGraduate,
  publishedSurvey,
  type Graduate,
} from './surveys.fixtures.js';

const RESULTS = `query($id: ID!, $filter: SurveyResultsFilter) { surveyResults(id: $id, filter: $filter) {
  audienceSize responseCount responseRate suppressed minimumGroupSize
  byPrefecture { code audience responses suppressed } byBureau { code responses suppressed } byCohort { code responses suppressed }
  questions { question { id } answered counts { value label count } histogram { from to count } mean } } }`;
const TEXTS = `query($id: ID!, $q: ID!, $search: String, $filter: SurveyResultsFilter, $after: String) {
  surveyTextAnswers(id: $id, questionId: $q, search: $search, filter: $filter, first: 3, after: $after) {
    suppressed edges { node { text } } pageInfo { hasNextPage endCursor } } }`;
const CSV = `query($id: ID!) { surveyResponsesCsv(id: $id) }`;

const QUESTIONS = [
  {
    id: 'q1',
    type: 'SINGLE_CHOICE',
    label: '相談しやすさ',
    required: true,
    options: [
      { label: 'はい', value: 'yes' },
      { label: 'いいえ', value: 'no' },
    ],
  },
  { id: 'q2', type: 'NUMBER', label: '件数', min: 0, max: 100 },
  { id: 'q3', type: 'RATING', label: '満足度', scaleMin: 1, scaleMax: 5 },
  { id: 'q4', type: 'LONG_TEXT', label: 'ご意見, "自由記述"' },
];

type Group = { code: string; audience: number | null; responses: number | null; suppressed: boolean };
type Results = {
  surveyResults: {
    audienceSize: number;
    responseCount: number | null;
    suppressed: boolean;
    byPrefecture: Group[];
    byCohort: Group[];
    questions: {
      question: { id: string };
      answered: number;
      counts: { value: string; count: number }[];
      histogram: { count: number }[];
      mean: number | null;
    }[];
  };
};

let h: Harness;
let isa: string;
let osakaSix: Graduate[]; // five in Osaka (27), one in Kyoto (26)
const created: string[] = [];
const texts = ['たいへん助かりました', 'Alpha 【架空】', '=SUM(1,2)', '改行\nあり', 'zeta'];

beforeAll(async () => {
  h = await startHarness();
  isa = await h.signIn(await h.createUser('ISA_ADMIN'));
  osakaSix = [];
  for (let i = 0; i < 5; i++) osakaSix.push(await createGraduate(h, '27', 2023));
  osakaSix.push(await createGraduate(h, '26', 2024));
});

afterAll(async () => {
  await cleanup(h, created);
  await h.close();
});

async function answerAll(id: string) {
  for (const [i, g] of osakaSix.entries()) {
    const r = await h.gql(
      SUBMIT,
      {
        input: {
          surveyId: id,
          answers: answers({
            q1: [i % 2 ? 'no' : 'yes'],
            q2: [String(i * 10)],
            q3: [String((i % 5) + 1)],
            q4: [texts[i] ?? '同じ意見'],
          }),
        },
      },
      g.token,
    );
    expect(r.errors).toBeUndefined();
  }
}

// The audience is the prefectures of the test graduates only, so the figures are exact.
const audience = { allRegions: false, prefectures: ['26', '27'] };

describe('results of an identified survey', () => {
  let id: string;
  beforeAll(async () => {
    id = await publishedSurvey(h, isa, created, { questions: QUESTIONS, audience });
    await answerAll(id);
  });

  it('counts choices, rates by group, histograms and means', async () => {
    const r = await h.gql<Results>(RESULTS, { id }, isa);
    expect(r.errors).toBeUndefined();
    const res = r.data!.surveyResults;
    expect(res.responseCount).toBe(6);
    expect(res.audienceSize).toBeGreaterThanOrEqual(6);
    const q1 = res.questions.find((q) => q.question.id === 'q1')!;
    expect(q1.counts).toEqual([
      { value: 'yes', label: 'はい', count: 3 },
      { value: 'no', label: 'いいえ', count: 3 },
    ]);
    const q2 = res.questions.find((q) => q.question.id === 'q2')!;
    expect(q2.histogram.reduce((s, b) => s + b.count, 0)).toBe(6);
    expect(q2.mean).toBe(25);
    expect(res.byPrefecture.find((g) => g.code === '26')!.responses).toBe(1);
    expect(res.byCohort.find((g) => g.code === '2023')!.responses).toBe(5);
  });

  it('filters by prefecture and by an answer', async () => {
    const kyoto = await h.gql<Results>(RESULTS, { id, filter: { prefecture: '26' } }, isa);
    expect(kyoto.data!.surveyResults.responseCount).toBe(1); // identified: no suppression
    const yes = await h.gql<Results>(RESULTS, { id, filter: { questionId: 'q1', value: 'yes' } }, isa);
    expect(yes.data!.surveyResults.responseCount).toBe(3);
  });

  it('lists free text in text order, searchable and paged', async () => {
    type T = {
      surveyTextAnswers: {
        edges: { node: { text: string } }[];
        pageInfo: { hasNextPage: boolean; endCursor: string };
      };
    };
    const first = await h.gql<T>(TEXTS, { id, q: 'q4' }, isa);
    const second = await h.gql<T>(
      TEXTS,
      { id, q: 'q4', after: first.data!.surveyTextAnswers.pageInfo.endCursor },
      isa,
    );
    const all = [...first.data!.surveyTextAnswers.edges, ...second.data!.surveyTextAnswers.edges].map(
      (e) => e.node.text,
    );
    expect(all).toEqual([...texts, '同じ意見'].sort());
    const search = await h.gql<T>(TEXTS, { id, q: 'q4', search: 'alpha' }, isa);
    expect(search.data!.surveyTextAnswers.edges.map((e) => e.node.text)).toEqual(['Alpha 【架空】']);
  });

  it('exports a CSV with BOM, CRLF, quoting and Japanese headers', async () => {
    const r = await h.gql<{ surveyResponsesCsv: string }>(CSV, { id }, isa);
    const bytes = Buffer.from(r.data!.surveyResponsesCsv, 'utf8');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    const lines = text.split('\r\n');
    expect(lines[0]).toContain('氏名 / Name');
    expect(lines[0]).toContain('"ご意見, ""自由記述"""');
    expect(lines.at(-1)).toBe('');
    expect(text).toContain('"改行\nあり"');
    expect(text).toContain("'=SUM(1,2)"); // formula neutralised, then quoted for the comma
    expect(
      text.split('\r\n').filter((l) => l.startsWith('"') || /^[0-9a-f-]{36},/.test(l)).length,
    ).toBeGreaterThanOrEqual(5);
  });

  it('gives the same figures from the running totals as from a full scan, also after an edit', async () => {
    const editable = await publishedSurvey(h, isa, created, {
      questions: QUESTIONS,
      audience,
      allowEdit: true,
    });
    await answerAll(editable);
    await h.gql(
      SUBMIT,
      { input: { surveyId: editable, answers: answers({ q1: ['no'], q2: ['99'], q3: ['1'] }) } },
      osakaSix[0].token,
    );
    const [{ shards }] = await h.graph.readRows<{ shards: number }>(
      'RETURN COUNT { (:SurveyTally {surveyId: $id}) } AS shards',
      { id: editable },
    );
    expect(shards).toBeGreaterThan(0);
    const fromTallies = (await h.gql<Results>(RESULTS, { id: editable }, isa)).data!.surveyResults;
    await h.graph.writeRows('MATCH (t:SurveyTally {surveyId: $id}) DETACH DELETE t', { id: editable });
    const fromScan = (await h.gql<Results>(RESULTS, { id: editable }, isa)).data!.surveyResults;
    expect(fromTallies).toEqual(fromScan);
    expect(fromScan.questions.find((q) => q.question.id === 'q1')!.counts.map((c) => c.count)).toEqual([
      2, 4,
    ]);
  });

  it('gets the same figures from the totals that migration 0063 rebuilds', async () => {
    const before = (await h.gql<Results>(RESULTS, { id }, isa)).data!.surveyResults;
    const [rebuild] = (await readMigrations()).filter((m) => m.name.startsWith('0063_'));
    for (const statement of rebuild.statements) await h.graph.runAutoCommit(statement);
    const [{ shards }] = await h.graph.readRows<{ shards: number }>(
      'RETURN COUNT { (:SurveyTally {surveyId: $id}) } AS shards',
      { id },
    );
    expect(shards).toBe(1);
    expect((await h.gql<Results>(RESULTS, { id }, isa)).data!.surveyResults).toEqual(before);
  });

  it('keeps the running totals right when many respondents submit at once', async () => {
    const many: Graduate[] = [];
    for (let i = 0; i < 24; i++) many.push(await createGraduate(h, i % 2 ? '27' : '26', 2020 + (i % 3)));
    const concurrent = await publishedSurvey(h, isa, created, { questions: QUESTIONS, audience });
    // Every key is new to every shard at first: 24 submits on 16 shards make submits race to add them.
    const submitted = await Promise.all(
      many.map((g, i) =>
        h.gql(
          SUBMIT,
          {
            input: {
              surveyId: concurrent,
              answers: answers({
                q1: [i % 3 ? 'yes' : 'no'],
                q2: [String(i % 7)],
                q3: [String((i % 5) + 1)],
              }),
            },
          },
          g.token,
        ),
      ),
    );
    expect(submitted.every((r) => r.errors === undefined)).toBe(true);
    const shards = await h.graph.readRows<{ keys: string[]; counts: number[] }>(
      'MATCH (t:SurveyTally {surveyId: $id}) RETURN t.keys AS keys, t.counts AS counts',
      { id: concurrent },
    );
    for (const shard of shards) {
      expect(new Set(shard.keys).size).toBe(shard.keys.length);
      expect(shard.counts).toHaveLength(shard.keys.length);
    }
    const fromTallies = (await h.gql<Results>(RESULTS, { id: concurrent }, isa)).data!.surveyResults;
    await h.graph.writeRows('MATCH (t:SurveyTally {surveyId: $id}) DETACH DELETE t', { id: concurrent });
    const fromScan = (await h.gql<Results>(RESULTS, { id: concurrent }, isa)).data!.surveyResults;
    expect(fromTallies).toEqual(fromScan);
    expect(fromScan.responseCount).toBe(24);
  });

  it('is for managers only', async () => {
    expect(errorCode(await h.gql(RESULTS, { id }, osakaSix[0].token))).toBe('FORBIDDEN');
    expect(errorCode(await h.gql(CSV, { id }, osakaSix[0].token))).toBe('FORBIDDEN');
  });
});

describe('results of an anonymous survey', () => {
  let id: string;
  beforeAll(async () => {
    id = await publishedSurvey(h, isa, created, { questions: QUESTIONS, audience, anonymous: true });
    await answerAll(id);
  });

  it('suppresses groups of fewer than 5 respondents', async () => {
    const r = await h.gql<Results>(RESULTS, { id }, isa);
    const res = r.data!.surveyResults;
    expect(res.suppressed).toBe(false);
    expect(res.responseCount).toBe(6);
    expect(res.byPrefecture.find((g) => g.code === '27')).toMatchObject({ responses: 5, suppressed: false });
    expect(res.byPrefecture.find((g) => g.code === '26')).toEqual({
      code: '26',
      audience: null,
      responses: null,
      suppressed: true,
    });
    expect(res.byCohort.find((g) => g.code === '2024')!.suppressed).toBe(true);
  });

  it('shows nothing for filters that narrow to fewer than 5, or that leave out 1 to 4', async () => {
    for (const filter of [{ prefecture: '26' }, { prefecture: '27' }, { questionId: 'q1', value: 'yes' }]) {
      const r = await h.gql<Results>(RESULTS, { id, filter }, isa);
      expect(r.data!.surveyResults, JSON.stringify(filter)).toMatchObject({
        suppressed: true,
        responseCount: null,
        questions: [],
      });
      const t = await h.gql<{ surveyTextAnswers: { suppressed: boolean; edges: unknown[] } }>(
        TEXTS,
        { id, q: 'q4', filter },
        isa,
      );
      expect(t.data!.surveyTextAnswers).toEqual({
        suppressed: true,
        edges: [],
        pageInfo: expect.anything(),
      } as never);
    }
  });

  it('lists free text in text order and exports without identity columns', async () => {
    type T = { surveyTextAnswers: { edges: { node: { text: string } }[] } };
    const r = await h.gql<T>(TEXTS, { id, q: 'q4' }, isa);
    expect(r.data!.surveyTextAnswers.edges.map((e) => e.node.text)).toEqual(
      [...texts, '同じ意見'].sort().slice(0, 3),
    );
    const csv = (await h.gql<{ surveyResponsesCsv: string }>(CSV, { id }, isa)).data!.surveyResponsesCsv;
    const [header, ...rows] = csv.slice(1).split('\r\n');
    expect(header).toBe('相談しやすさ,件数,満足度,"ご意見, ""自由記述"""');
    expect(rows.filter(Boolean).length).toBe(6);
    for (const g of osakaSix) expect(csv).not.toContain(g.email);
    expect(csv).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
  });

  it('withholds everything while fewer than 5 have answered', async () => {
    const small = await publishedSurvey(h, isa, created, { questions: QUESTIONS, audience, anonymous: true });
    for (const g of osakaSix.slice(0, 3)) {
      await h.gql(SUBMIT, { input: { surveyId: small, answers: answers({ q1: ['yes'] }) } }, g.token);
    }
    const r = await h.gql<Results>(RESULTS, { id: small }, isa);
    expect(r.data!.surveyResults).toMatchObject({ suppressed: true, responseCount: null, questions: [] });
    expect(errorCode(await h.gql(CSV, { id: small }, isa))).toBe('FORBIDDEN');
  });
});
