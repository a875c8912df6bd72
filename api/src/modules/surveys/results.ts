import { toCsv } from '../../csv.js';
import type { ReferenceCatalog } from '../reference/catalog.js';
import { parseAnswerMap } from './answers.js';
import { questionsOf, type SurveyRow } from './model.js';
import type { QuestionDef } from './questions.js';
import type { CsvResponseRow, GroupCount, RawResults } from './results-repository.js';

/** Smallest group of an anonymous survey for which anything is shown. */
export const MINIMUM_GROUP_SIZE = 5;

export interface GroupRate {
  code: string;
  name: string;
  audience: number | null;
  responses: number | null;
  suppressed: boolean;
}

export interface QuestionResult {
  question: QuestionDef;
  answered: number;
  counts: { value: string; label: string; count: number }[];
  histogram: { from: number; to: number; count: number }[];
  mean: number | null;
}

export interface SurveyResultsView {
  survey: SurveyRow;
  audienceSize: number;
  responseCount: number | null;
  responseRate: number;
  suppressed: boolean;
  minimumGroupSize: number;
  byPrefecture: GroupRate[];
  byBureau: GroupRate[];
  byCohort: GroupRate[];
  questions: QuestionResult[];
}

/**
 * Anonymous surveys: a group (or a filtered view) with fewer than 5 responses shows nothing; a filtered
 * view is also withheld when the responses it leaves out are 1–4, since the difference to the whole
 * would single those out.
 */
export function isSuppressed(anonymous: boolean, part: number, whole: number, filtered: boolean): boolean {
  if (!anonymous) return false;
  if (part < MINIMUM_GROUP_SIZE) return true;
  const rest = whole - part;
  return filtered && rest > 0 && rest < MINIMUM_GROUP_SIZE;
}

type Dimension = 'prefecture' | 'bureau' | 'cohort';

/** Sums (prefecture, cohort) counts into one dimension; bureaus follow from the prefecture. */
function sumBy(groups: GroupCount[], dimension: Dimension, catalog: ReferenceCatalog): Map<string, number> {
  const out = new Map<string, number>();
  for (const g of groups) {
    const code =
      dimension === 'prefecture'
        ? g.p
        : dimension === 'bureau'
          ? (catalog.get('prefectures', g.p)?.bureauCode ?? null)
          : g.c === null || g.c === undefined
            ? null
            : String(Math.trunc(g.c));
    if (code) out.set(code, (out.get(code) ?? 0) + g.n);
  }
  return out;
}

function rates(
  raw: RawResults,
  dimension: Dimension,
  anonymous: boolean,
  catalog: ReferenceCatalog,
): GroupRate[] {
  const audience = sumBy(raw.audienceGroups, dimension, catalog);
  const responses = sumBy(raw.responseGroups, dimension, catalog);
  const nameOf = (code: string) =>
    dimension === 'prefecture'
      ? (catalog.get('prefectures', code)?.nameJa ?? code)
      : dimension === 'bureau'
        ? (catalog.get('bureaus', code)?.nameJa ?? code)
        : code;
  return [...new Set([...audience.keys(), ...responses.keys()])].sort().map((code) => {
    const n = responses.get(code) ?? 0;
    const suppressed = anonymous && n < MINIMUM_GROUP_SIZE;
    return {
      code,
      name: nameOf(code),
      audience: suppressed ? null : (audience.get(code) ?? 0),
      responses: suppressed ? null : n,
      suppressed,
    };
  });
}

function histogramOf(values: { n: number; c: number }[], q: QuestionDef): QuestionResult['histogram'] {
  if (!values.length) return [];
  const lo = q.min ?? Math.min(...values.map((v) => v.n));
  const hi = q.max ?? Math.max(...values.map((v) => v.n));
  const bins = hi === lo ? 1 : 10;
  const width = (hi - lo) / bins || 1;
  const out = Array.from({ length: bins }, (_, i) => ({
    from: lo + i * width,
    to: lo + (i + 1) * width,
    count: 0,
  }));
  for (const v of values) out[Math.min(bins - 1, Math.floor((v.n - lo) / width))].count += v.c;
  return out;
}

function questionResult(q: QuestionDef, keyCounts: Map<string, number>): QuestionResult {
  const prefix = `${q.id}|`;
  const raw = [...keyCounts.entries()]
    .filter(([k]) => k.startsWith(prefix))
    .map(([k, c]) => ({ value: k.slice(prefix.length), c }));
  // One value per answer, except multiple choice and text, which carry an "answered" marker (answers.ts).
  const answered =
    keyCounts.get(`${q.id}#`) ?? (q.type === 'MULTI_CHOICE' ? 0 : raw.reduce((sum, r) => sum + r.c, 0));
  const count = (value: string) => raw.find((r) => r.value === value)?.c ?? 0;
  const numeric = raw.map((r) => ({ n: Number(r.value), c: r.c })).filter((r) => Number.isFinite(r.n));
  const total = numeric.reduce((sum, r) => sum + r.c, 0);
  const mean = total ? numeric.reduce((sum, r) => sum + r.n * r.c, 0) / total : null;
  switch (q.type) {
    case 'SINGLE_CHOICE':
    case 'MULTI_CHOICE':
      return {
        question: q,
        answered,
        counts: q.options.map((o) => ({ value: o.value, label: o.label, count: count(o.value) })),
        histogram: [],
        mean: null,
      };
    case 'RATING': {
      const scale = Array.from({ length: q.scaleMax! - q.scaleMin! + 1 }, (_, i) => String(q.scaleMin! + i));
      const counts = scale.map((v) => ({ value: v, label: v, count: count(v) }));
      return { question: q, answered, counts, histogram: [], mean };
    }
    case 'NUMBER':
      return { question: q, answered, counts: [], histogram: histogramOf(numeric, q), mean };
    case 'DATE': {
      const counts = raw
        .sort((a, b) => a.value.localeCompare(b.value))
        .map((r) => ({ value: r.value, label: r.value, count: r.c }));
      return { question: q, answered, counts, histogram: [], mean: null };
    }
    default:
      return { question: q, answered, counts: [], histogram: [], mean: null };
  }
}

/** Turns the aggregates into what the results page shows, applying small-group suppression. */
export function buildResults(
  survey: SurveyRow,
  raw: RawResults,
  filtered: boolean,
  catalog: ReferenceCatalog,
): SurveyResultsView {
  const suppressed = isSuppressed(survey.anonymous, raw.filtered, raw.total, filtered);
  const keyCounts = new Map(raw.keyCounts.map((r) => [r.k, r.c]));
  const audienceSize = raw.audienceGroups.reduce((sum, g) => sum + g.n, 0);
  return {
    survey,
    audienceSize,
    responseCount: suppressed ? null : raw.filtered,
    responseRate: audienceSize ? raw.total / audienceSize : 0,
    suppressed,
    minimumGroupSize: MINIMUM_GROUP_SIZE,
    byPrefecture: rates(raw, 'prefecture', survey.anonymous, catalog),
    byBureau: rates(raw, 'bureau', survey.anonymous, catalog),
    byCohort: rates(raw, 'cohort', survey.anonymous, catalog),
    questions: suppressed ? [] : questionsOf(survey).map((q) => questionResult(q, keyCounts)),
  };
}

/** One row per response, question labels as headers; anonymous surveys get no identity or region columns. */
export function responsesCsv(survey: SurveyRow, rows: readonly CsvResponseRow[]): string {
  const questions = questionsOf(survey);
  const identity = survey.anonymous
    ? []
    : [
        '回答ID / Response id',
        '回答日時 / Submitted at',
        '氏名 / Name',
        'メール / E-mail',
        '都道府県 / Prefecture',
        '地方局 / Bureau',
        '期 / Cohort',
      ];
  const headers = [...identity, ...questions.map((q) => q.label)];
  const cells = rows.map((row) => {
    const answers = parseAnswerMap(row.answersJson);
    const values = questions.map((q) =>
      (answers[q.id] ?? []).map((v) => q.options.find((o) => o.value === v)?.label ?? v).join('; '),
    );
    return survey.anonymous
      ? values
      : [
          row.id,
          row.submittedAt,
          row.respondentName,
          row.respondentEmail,
          row.prefectureCode,
          row.bureauCode,
          row.cohort,
          ...values,
        ];
  });
  return toCsv(headers, cells);
}
