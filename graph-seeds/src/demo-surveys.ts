import type { Graph } from '../../api/src/db/graph.js';
import { REBUILD_TALLY } from '../../api/src/modules/surveys/tally.js';
import { createRandom } from './synthetic/random.js';

// Demo data for surveys and activity reports, so `npm start` shows open surveys, charts and
// trend lines. Everything is synthetic (【デモ】/ [synthetic]) and idempotent (MERGE on fixed ids).

const OPEN_SURVEY = 'demo-survey-training-needs';
const ANONYMOUS_SURVEY = 'demo-survey-anonymous-counter';

const TRAINING_QUESTIONS = [
  {
    id: 'q1',
    type: 'SINGLE_CHOICE',
    label: '今後、フォローアップ研修を受けたいですか',
    help: null,
    section: '研修について',
    required: true,
    options: [
      { value: 'yes', label: 'はい' },
      { value: 'no', label: 'いいえ' },
    ],
  },
  {
    id: 'q2',
    type: 'MULTI_CHOICE',
    label: '受けたい研修の分野（2つまで）',
    help: null,
    section: '研修について',
    required: true,
    options: [
      { value: 'RES', label: '在留手続' },
      { value: 'WRK', label: '労働' },
      { value: 'EDU', label: '教育' },
      { value: 'HLT', label: '医療・保健' },
    ],
    minChoices: 1,
    maxChoices: 2,
    showIf: { questionId: 'q1', values: ['yes'] },
  },
  {
    id: 'q3',
    type: 'RATING',
    label: '現在の業務の負担感',
    help: null,
    section: '業務について',
    required: false,
    options: [],
    scaleMin: 1,
    scaleMax: 5,
    minLabel: '軽い',
    maxLabel: '重い',
  },
  {
    id: 'q4',
    type: 'LONG_TEXT',
    label: '制度への要望（自由記述）',
    help: '相談者を特定できる情報は書かないでください。',
    section: '業務について',
    required: false,
    options: [],
  },
];

const ANONYMOUS_QUESTIONS = [
  {
    id: 'q1',
    type: 'RATING',
    label: '窓口での相談対応のしやすさ',
    help: null,
    section: null,
    required: true,
    options: [],
    scaleMin: 1,
    scaleMax: 5,
    minLabel: 'しにくい',
    maxLabel: 'しやすい',
  },
  {
    id: 'q2',
    type: 'NUMBER',
    label: '先月の相談件数',
    help: null,
    section: null,
    required: true,
    options: [],
    min: 0,
    max: 300,
  },
  {
    id: 'q3',
    type: 'SINGLE_CHOICE',
    label: '他地域の連携先を探した経験',
    help: null,
    section: null,
    required: true,
    options: [
      { value: 'often', label: 'よくある' },
      { value: 'sometimes', label: 'ときどき' },
      { value: 'never', label: 'ない' },
    ],
  },
  {
    id: 'q4',
    type: 'SHORT_TEXT',
    label: '一番困っていること（一言で）',
    help: null,
    section: null,
    required: false,
    options: [],
  },
];

const FILLED = {
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
const questionsJson = (qs: object[]) => JSON.stringify(qs.map((q) => ({ ...FILLED, ...q })));

const TROUBLES = [
  '【デモ】通訳の確保',
  '【デモ】専門機関の情報不足',
  '【デモ】相談件数の増加',
  '【デモ】他地域との連携',
  '【デモ】制度改正への対応',
];
const DOMAINS = ['RES', 'WRK', 'EDU', 'HLT', 'SOC', 'FAM', 'HOU', 'LIF'];

function periodsBack(months: number): string[] {
  const d = new Date(Date.now() + 9 * 3600_000);
  d.setUTCDate(1);
  return Array.from({ length: months }, (_, i) => {
    const m = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - (months - 1 - i), 1));
    return m.toISOString().slice(0, 7);
  });
}

/** Two demo surveys (one open for the demo coordinator; one anonymous with synthetic responses) and a year of reports. */
export async function loadDemoSurveys(graph: Graph): Promise<void> {
  const random = createRandom(5_050);
  await graph.write(async (tx) => {
    await tx.rows(
      `MATCH (isa:User {id: 'demo-user-isa'})
       UNWIND $surveys AS row
       MERGE (s:Survey {id: row.id})
       ON CREATE SET s.createdAt = datetime(), s.updatedAt = datetime(), s.version = 1,
                     s.opensAt = datetime() - duration({days: row.openedDaysAgo}),
                     s.closesAt = datetime() + duration({days: row.closesInDays}),
                     s.publishedAt = datetime() - duration({days: row.openedDaysAgo})
       SET s.title = row.title, s.description = row.description, s.anonymous = row.anonymous, s.allowEdit = row.allowEdit,
           s.reminderDaysBeforeClose = row.reminder, s.audienceAll = row.audienceAll, s.audienceBureaus = row.bureaus,
           s.audiencePrefectures = [], s.audienceWorkshops = [], s.questionsJson = row.questionsJson, s.synthetic = true
       MERGE (isa)-[:AUTHORED]->(s)`,
      {
        surveys: [
          {
            id: OPEN_SURVEY,
            title: '【デモ】フォローアップ研修のニーズ調査',
            description: '【デモ】研修の改善のための架空の調査です。',
            anonymous: false,
            allowEdit: true,
            reminder: 3,
            audienceAll: true,
            bureaus: [],
            openedDaysAgo: 3,
            closesInDays: 12,
            questionsJson: questionsJson(TRAINING_QUESTIONS),
          },
          {
            id: ANONYMOUS_SURVEY,
            title: '【デモ】相談対応に関する匿名アンケート',
            description: '【デモ】回答は匿名で集計されます。',
            anonymous: true,
            allowEdit: false,
            reminder: null,
            audienceAll: false,
            bureaus: ['TKY'],
            openedDaysAgo: 20,
            closesInDays: 5,
            questionsJson: questionsJson(ANONYMOUS_QUESTIONS),
          },
        ],
      },
    );
    // Sixty synthetic graduates of the Tokyo bureau region get accounts without a password (they cannot sign
    // in) so the anonymous survey has an audience; forty of them answered (has-answered marker + response,
    // written separately as the API does).
    const coordinators = await tx.rows<{ id: string; prefCode: string; cohort: number | null }>(
      `MATCH (c:Coordinator {synthetic: true})-[:WORKS_IN]->(p:Prefecture)-[:UNDER_BUREAU]->(:Bureau {code: 'TKY'})
       WHERE c.id STARTS WITH 'syn-coord-'
       RETURN c.id AS id, p.code AS prefCode, c.cohort AS cohort ORDER BY c.id LIMIT 60`,
    );
    await tx.rows(
      `UNWIND $rows AS row
       MATCH (c:Coordinator {id: row.id})
       MERGE (u:User {id: 'demo-respondent-' + row.id})
       ON CREATE SET u.createdAt = datetime()
       SET u.email = 'respondent-' + row.id + '@demo.tsunagu.example', u.role = 'COORDINATOR',
           u.displayName = '【デモ】回答者 ' + row.id, u.locale = 'ja', u.synthetic = true, u.failedSignIns = 0
       MERGE (u)-[:ACTS_AS]->(c)
       WITH u, row WHERE row.answered
       MERGE (p:SurveyParticipation {key: $surveyId + ':' + u.id})
       ON CREATE SET p.surveyId = $surveyId`,
      { rows: coordinators.map((c, i) => ({ id: c.id, answered: i < 40 })), surveyId: ANONYMOUS_SURVEY },
    );
    const responses = coordinators.slice(0, 40).map((c, i) => {
      const rating = String(random.int(2, 5));
      const count = String(random.int(3, 60));
      const often = random.pick(['often', 'sometimes', 'never']);
      const trouble = random.pick(TROUBLES);
      return {
        id: `demo-survey-response-${String(i).padStart(3, '0')}`,
        answersJson: JSON.stringify({ q1: [rating], q2: [count], q3: [often], q4: [trouble] }),
        // The short-text answer carries the "answered" marker q4# as the API writes it (answers.ts).
        choices: [`q1|${rating}`, `q2|${count}`, `q3|${often}`, 'q4#'],
        texts: [`q4|${trouble}`],
        prefectureCode: c.prefCode,
        cohort: c.cohort,
      };
    });
    await tx.rows(
      `UNWIND $responses AS row
       MERGE (r:SurveyResponse {id: row.id})
       SET r.surveyId = $surveyId, r.version = 1, r.answersJson = row.answersJson, r.choices = row.choices,
           r.texts = row.texts, r.answered = ['q1', 'q2', 'q3', 'q4'], r.prefectureCode = row.prefectureCode,
           r.bureauCode = 'TKY', r.cohort = row.cohort, r.synthetic = true`,
      { responses, surveyId: ANONYMOUS_SURVEY },
    );
    await tx.rows(REBUILD_TALLY, { surveyId: ANONYMOUS_SURVEY });
  });
  await loadDemoActivityReports(graph);
}

/** Twelve months of reports for the demo coordinator and 150 synthetic coordinators. */
async function loadDemoActivityReports(graph: Graph): Promise<void> {
  const random = createRandom(5_051);
  const periods = periodsBack(12).slice(0, 11); // the current month is left for the demo user to file
  const coordinators = await graph.readRows<{ id: string }>(
    `MATCH (c:Coordinator) WHERE c.id = 'demo-coordinator' OR (c.synthetic = true AND c.id STARTS WITH 'syn-coord-')
     RETURN c.id AS id ORDER BY c.id = 'demo-coordinator' DESC, c.id LIMIT 151`,
  );
  const rows = coordinators.flatMap((c, ci) =>
    periods.map((period, pi) => {
      const domains = random.distinct(random.int(1, 4), () => random.pick(DOMAINS)).sort();
      const counts = domains.map(() => random.int(1, 6 + Math.floor(pi / 2) + (ci % 3)));
      const referralsMade = random.int(0, 6);
      return {
        id: `demo-activity-${c.id}-${period}`,
        key: `${c.id}:${period}`,
        coordinatorId: c.id,
        period,
        domainCodes: domains,
        domainCounts: counts,
        consultationsTotal: counts.reduce((a, b) => a + b, 0),
        referralsMade,
        referralsOutsideRegion: random.int(0, referralsMade),
      };
    }),
  );
  for (let i = 0; i < rows.length; i += 1_000) {
    await graph.writeRows(
      `UNWIND $rows AS row
       MATCH (c:Coordinator {id: row.coordinatorId})
       OPTIONAL MATCH (c)-[:WORKS_IN]->(p:Prefecture)
       WITH row, c, p LIMIT 1000000
       WITH row, c, head(collect(p)) AS p
       MERGE (r:ActivityReport {key: row.key})
       ON CREATE SET r.id = row.id, r.submittedAt = datetime(), r.synthetic = true
       SET r.period = row.period, r.domainCodes = row.domainCodes, r.domainCounts = row.domainCounts,
           r.consultationsTotal = row.consultationsTotal, r.referralsMade = row.referralsMade,
           r.referralsOutsideRegion = row.referralsOutsideRegion, r.updatedAt = datetime(),
           r.prefectureCode = p.code, r.bureauCode = [(p)-[:UNDER_BUREAU]->(b:Bureau) | b.code][0]
       MERGE (c)-[:FILED]->(r)`,
      { rows: rows.slice(i, i + 1_000) },
    );
  }
}
