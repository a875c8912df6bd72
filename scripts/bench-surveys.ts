import type { Graph } from '../api/src/db/graph.js';
import { migrate } from '../api/src/db/migrate.js';
import { hashPassword } from '../api/src/modules/auth/passwords.js';
import { REBUILD_TALLY } from '../api/src/modules/surveys/tally.js';
import { readReferenceData } from '../graph-seeds/src/data-files.js';
import { loadReferenceData } from '../graph-seeds/src/reference-loader.js';
import { createRandom } from '../graph-seeds/src/synthetic/random.js';
import { connectBenchGraph, openBenchNeo4j, startBenchApi } from './lib/bench-api.js';
import { formatSummary, measure, warmUp } from './lib/latency.js';

// `npm run bench:surveys`: 10,000 synthetic graduates with accounts and a 20-question survey with
// 10,000 responses in their own embedded Neo4j (.data/neo4j-bench-surveys, Bolt 7731, or NEO4J_URI).
// Measures, through GraphQL over HTTP: the results (all charts, no filter and a prefecture filter) and
// submits by 16 concurrent respondents to a fresh survey. Targets: results p95 ≤ 200 ms, submits p95 ≤ 50 ms.
const RESPONDENTS = 10_000;
const SURVEY_ID = 'bench-survey-20q';
const PASSWORD = 'bench-surveys-password';
const SUBMITS = 800;

const CHOICES = ['a', 'b', 'c', 'd', 'e'];
const QUESTIONS = Array.from({ length: 20 }, (_, i) => {
  const id = `q${i + 1}`;
  const base = {
    id,
    label: `【架空】設問${i + 1}`,
    help: null,
    section: null,
    required: false,
    options: [] as object[],
    minChoices: null,
    maxChoices: null,
    scaleMin: null,
    scaleMax: null,
    minLabel: null,
    maxLabel: null,
    min: null,
    max: null,
    showIf: null,
  };
  const options = CHOICES.map((v) => ({ value: v, label: `選択肢${v}` }));
  switch (i % 5) {
    case 0:
      return { ...base, type: 'SINGLE_CHOICE', options };
    case 1:
      return { ...base, type: 'MULTI_CHOICE', options, maxChoices: 3 };
    case 2:
      return { ...base, type: 'RATING', scaleMin: 1, scaleMax: 5 };
    case 3:
      return { ...base, type: 'NUMBER', min: 0, max: 1000 };
    default:
      return { ...base, type: 'LONG_TEXT' };
  }
});

type Answers = Record<string, string[]>;
function answersFor(random: ReturnType<typeof createRandom>): Answers {
  const out: Answers = {};
  for (const q of QUESTIONS) {
    if (q.type === 'SINGLE_CHOICE') out[q.id] = [random.pick(CHOICES)];
    if (q.type === 'MULTI_CHOICE')
      out[q.id] = random.distinct(random.int(1, 3), () => random.pick(CHOICES)).sort();
    if (q.type === 'RATING') out[q.id] = [String(random.int(1, 5))];
    if (q.type === 'NUMBER') out[q.id] = [String(random.int(0, 1000))];
    if (q.type === 'LONG_TEXT') out[q.id] = [`【架空】自由記述 ${random.int(1, 500)}`];
  }
  return out;
}

async function seed(graph: Graph): Promise<void> {
  const [{ responses }] = await graph.readRows<{ responses: number }>(
    'RETURN COUNT { (:SurveyResponse {surveyId: $id}) } AS responses',
    { id: SURVEY_ID },
  );
  if (responses === RESPONDENTS) return;
  const random = createRandom(2026);
  const ref = readReferenceData();
  const pickPref = random.weighted(ref.prefectures, (p) => p.foreignResidents);
  const hash = await hashPassword(PASSWORD);
  // Ids as strings: a JS number reaches Cypher as a float ("grad0.0").
  const people = Array.from({ length: RESPONDENTS }, (_, i) => ({
    i: String(i),
    prefecture: pickPref().code,
    cohort: 2019 + random.int(0, 6),
  }));
  for (let i = 0; i < people.length; i += 2_000) {
    await graph.writeRows(
      `UNWIND $rows AS r
       MERGE (u:User {id: 'bench-grad-' + r.i})
       SET u.email = 'grad' + r.i + '@bench.tsunagu.example', u.passwordHash = $hash, u.role = 'COORDINATOR',
           u.displayName = '【架空】修了者' + r.i, u.locale = 'ja', u.failedSignIns = 0, u.synthetic = true
       MERGE (c:Coordinator {id: 'bench-coord-' + r.i})
       SET c.displayName = '【架空】修了者' + r.i, c.cohort = r.cohort, c.synthetic = true
       MERGE (u)-[:ACTS_AS]->(c)
       WITH c, r MATCH (p:Prefecture {code: r.prefecture}) MERGE (c)-[:WORKS_IN]->(p)`,
      { rows: people.slice(i, i + 2_000), hash },
    );
  }
  await graph.writeRows(
    `MERGE (u:User {id: 'bench-isa'})
     SET u.email = 'isa@bench.tsunagu.example', u.passwordHash = $hash, u.role = 'ISA_ADMIN', u.displayName = '【架空】ISA',
         u.locale = 'ja', u.failedSignIns = 0, u.synthetic = true
     MERGE (s:Survey {id: $id})
     SET s.title = '【架空】ベンチマーク用アンケート（20問）', s.description = '', s.anonymous = false, s.allowEdit = false,
         s.audienceAll = true, s.audienceBureaus = [], s.audiencePrefectures = [], s.audienceWorkshops = [],
         s.questionsJson = $questions, s.version = 1, s.createdAt = datetime(), s.updatedAt = datetime(),
         s.publishedAt = datetime() - duration({days: 10}), s.opensAt = datetime() - duration({days: 10}),
         s.closesAt = datetime() + duration({days: 30}), s.synthetic = true
     MERGE (u)-[:AUTHORED]->(s)`,
    { hash, id: SURVEY_ID, questions: JSON.stringify(QUESTIONS) },
  );
  const rows = people.map((p) => {
    const answers = answersFor(random);
    const choices: string[] = [];
    const texts: string[] = [];
    for (const q of QUESTIONS) {
      for (const v of answers[q.id]) (q.type === 'LONG_TEXT' ? texts : choices).push(`${q.id}|${v}`);
      // "Answered" markers, as the API writes them for multiple choice and text (api/src/modules/surveys/answers.ts).
      if (q.type === 'MULTI_CHOICE' || q.type === 'LONG_TEXT') choices.push(`${q.id}#`);
    }
    return {
      i: p.i,
      prefecture: p.prefecture,
      cohort: p.cohort,
      answersJson: JSON.stringify(answers),
      choices,
      texts,
    };
  });
  const bureauOf = new Map(ref.prefectures.map((p) => [p.code, p.bureau]));
  for (let i = 0; i < rows.length; i += 1_000) {
    await graph.writeRows(
      `UNWIND $rows AS r
       MATCH (u:User {id: 'bench-grad-' + r.i})
       MERGE (p:SurveyParticipation {key: $id + ':' + u.id}) ON CREATE SET p.surveyId = $id
       MERGE (resp:SurveyResponse {id: 'bench-response-' + r.i})
       SET resp.surveyId = $id, resp.version = 1, resp.answersJson = r.answersJson, resp.choices = r.choices,
           resp.texts = r.texts, resp.answered = $answered, resp.prefectureCode = r.prefecture,
           resp.bureauCode = r.bureau, resp.cohort = r.cohort, resp.submittedAt = datetime(), resp.updatedAt = datetime()
       MERGE (u)-[:RESPONDED]->(resp)`,
      {
        rows: rows.slice(i, i + 1_000).map((r) => ({ ...r, bureau: bureauOf.get(r.prefecture) ?? null })),
        id: SURVEY_ID,
        answered: QUESTIONS.map((q) => q.id),
      },
    );
  }
  await graph.writeRows(REBUILD_TALLY, { surveyId: SURVEY_ID });
  console.log(`seeded ${RESPONDENTS} graduates and ${RESPONDENTS} responses to a 20-question survey`);
}

const RESULTS = `query($id: ID!, $filter: SurveyResultsFilter) { surveyResults(id: $id, filter: $filter) {
  audienceSize responseCount responseRate suppressed
  byPrefecture { code audience responses } byBureau { code responses } byCohort { code responses }
  questions { question { id type } answered counts { value count } histogram { from to count } mean } } }`;
const SUBMIT = `mutation($input: SurveyAnswersInput!) { submitSurveyResponse(input: $input) { stored } }`;

async function main(): Promise<void> {
  const neo4j = await openBenchNeo4j(
    'neo4j-bench-surveys',
    Number(process.env.BENCH_SURVEYS_BOLT_PORT ?? 7731),
  );
  const graph = await connectBenchGraph(neo4j.uri);
  await migrate(graph);
  await loadReferenceData(graph, readReferenceData());
  const api = await startBenchApi(neo4j.uri, graph, { SURVEY_REMINDER_INTERVAL_MS: '0' });
  try {
    await seed(graph);
    const { gql } = api;
    const signIn = (email: string) => api.signIn(email, PASSWORD);
    const isa = await signIn('isa@bench.tsunagu.example');

    const sample = await api.countedGql(RESULTS, { id: SURVEY_ID }, isa);
    console.log(
      `results: ${sample.data.surveyResults.responseCount} responses of ${sample.data.surveyResults.audienceSize}; ` +
        `round trips per results query: ${sample.roundTrips}`,
    );
    const results = await measure(() => gql(RESULTS, { id: SURVEY_ID }, isa).then(() => {}), {
      total: 100,
      concurrency: 1,
      warmup: 5,
    });
    console.log(formatSummary('results, 20 questions × 10,000 responses', results));
    await graph.writeRows('MATCH (t:SurveyTally {surveyId: $id}) DETACH DELETE t', { id: SURVEY_ID });
    const scan = await measure(() => gql(RESULTS, { id: SURVEY_ID }, isa).then(() => {}), {
      total: 30,
      concurrency: 1,
      warmup: 3,
    });
    console.log(formatSummary('results without running totals (full scan)', scan));
    await graph.writeRows(REBUILD_TALLY, { surveyId: SURVEY_ID });
    const filtered = await measure(
      () => gql(RESULTS, { id: SURVEY_ID, filter: { prefecture: '13' } }, isa).then(() => {}),
      {
        total: 100,
        concurrency: 1,
        warmup: 5,
      },
    );
    console.log(formatSummary('results filtered to Tokyo', filtered));

    // Submits: fresh surveys each run; every respondent submits once per survey, 16 at a time.
    const openSubmitSurvey = async (label: string): Promise<string> => {
      const created = await gql(
        `mutation($input: CreateSurveyInput!) { createSurvey(input: $input) { survey { id } } }`,
        {
          input: {
            content: {
              title: `【架空】ベンチマーク${label} ${new Date().toISOString()}`,
              opensAt: new Date(Date.now() - 60_000).toISOString(),
              closesAt: new Date(Date.now() + 86_400_000).toISOString(),
              anonymous: false,
              audience: { allRegions: true },
              questions: QUESTIONS.map(
                ({ id, type, label, options, maxChoices, scaleMin, scaleMax, min, max }) => ({
                  id,
                  type,
                  label,
                  options,
                  maxChoices,
                  scaleMin,
                  scaleMax,
                  min,
                  max,
                }),
              ),
            },
          },
        },
        isa,
      );
      const id = created.data.createSurvey.survey.id as string;
      await gql(`mutation($id: ID!) { publishSurvey(input: {id: $id}) { survey { id } } }`, { id }, isa);
      return id;
    };
    const removeSurvey = async (id: string) => {
      for (const label of ['SurveyResponse', 'SurveyParticipation', 'SurveyTally']) {
        // A label cannot be a parameter; these three are constants.
        await graph.writeRows(`MATCH (n:${label} {surveyId: $id}) DETACH DELETE n`, { id });
      }
      await graph.writeRows('MATCH (s:Survey {id: $id}) DETACH DELETE s', { id });
    };
    const submitSurvey = await openSubmitSurvey('提出');
    const tokens: string[] = [];
    const needed = SUBMITS + 20;
    for (let i = 0; i < needed; i += 16) {
      tokens.push(
        ...(await Promise.all(
          Array.from({ length: Math.min(16, needed - i) }, (_, k) =>
            signIn(`grad${i + k}@bench.tsunagu.example`),
          ),
        )),
      );
    }
    const random = createRandom(7);
    const answerList = () =>
      Object.entries(answersFor(random)).map(([questionId, values]) => ({ questionId, values }));
    // Warm-up: the same submits into throwaway surveys (each respondent once per survey) until the
    // JIT of both processes has settled.
    const warmSurveys = new Map<number, Promise<string>>();
    let warmSlot = 0;
    const warmSubmit = async () => {
      const slot = warmSlot++;
      const index = Math.floor(slot / tokens.length);
      if (!warmSurveys.has(index)) warmSurveys.set(index, openSubmitSurvey(`準備${index}`));
      const surveyId = await warmSurveys.get(index)!;
      await gql(SUBMIT, { input: { surveyId, answers: answerList() } }, tokens[slot % tokens.length]);
    };
    await warmUp(warmSubmit, {
      concurrency: 16,
      minMs: 60_000,
      maxMs: 240_000,
      neo4jPid: neo4j.pid,
      log: console.log,
    });
    // Baseline: the cheapest signed-in operation (session lookup only) at the same concurrency.
    let who = 0;
    const viewer = await measure(
      () => gql('{ viewer { id } }', {}, tokens[who++ % tokens.length]).then(() => {}),
      { total: SUBMITS, concurrency: 16, warmup: 20, neo4jPid: neo4j.pid },
    );
    console.log(formatSummary('baseline: viewer query, 16 concurrent', viewer));
    let next = 0;
    const submit = async () => {
      const token = tokens[next++];
      const body = await gql(SUBMIT, { input: { surveyId: submitSurvey, answers: answerList() } }, token);
      if (!body.data.submitSurveyResponse.stored) throw new Error('a first submit did not store');
    };
    const submits = await measure(submit, {
      total: SUBMITS,
      concurrency: 16,
      warmup: 20,
      neo4jPid: neo4j.pid,
    });
    console.log(formatSummary('submit, 16 concurrent respondents', submits));
    const retry = await api.countedGql(SUBMIT, { input: { surveyId: submitSurvey, answers: [] } }, tokens[0]);
    console.log(`round trips per submit (a retry): ${retry.roundTrips}`);
    console.log(`target results p95 ≤ 200 ms: ${results.p95 <= 200 ? 'met' : 'NOT met'}`);
    console.log(`target submit p95 ≤ 50 ms (16 concurrent): ${submits.p95 <= 50 ? 'met' : 'NOT met'}`);
    // Deleting the warm-up's responses is left to the end: tens of thousands of deletions before
    // the measurement would measure their clean-up (checkpoint, freed records) instead of submits.
    await removeSurvey(submitSurvey);
    for (const id of warmSurveys.values()) await removeSurvey(await id);
  } finally {
    await api.close();
    await graph.driver.close();
    await neo4j.stop();
  }
}

main().catch((error: Error) => {
  console.error(`bench:surveys failed: ${error.message}`);
  process.exit(1);
});
