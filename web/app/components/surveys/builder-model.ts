import type { SurveyContentInput, SurveyDetailFragment, SurveyQuestionType } from '~/generated/graphql';
import { jstLocalToInstant, toJstLocalInput } from '~/components/bulletin/format';

export const QUESTION_TYPES: readonly SurveyQuestionType[] = [
  'SINGLE_CHOICE',
  'MULTI_CHOICE',
  'RATING',
  'NUMBER',
  'SHORT_TEXT',
  'LONG_TEXT',
  'DATE',
];

/** One question as the builder form holds it (strings, as in the inputs). */
export interface BuilderQuestion {
  id: string;
  type: SurveyQuestionType;
  label: string;
  help: string;
  section: string;
  required: boolean;
  /** One option per line; "value|label" when the stored value differs from the label. */
  options: string;
  minChoices: string;
  maxChoices: string;
  scaleMin: string;
  scaleMax: string;
  minLabel: string;
  maxLabel: string;
  min: string;
  max: string;
  showIfQuestion: string;
  /** Values that show the question, separated by commas or new lines. */
  showIfValues: string;
}

/** The whole builder form (a plain-form round trip re-renders it from this). */
export interface BuilderState {
  title: string;
  description: string;
  opensAt: string;
  closesAt: string;
  anonymous: boolean;
  allowEdit: boolean;
  reminderDays: string;
  scope: 'all' | 'some';
  bureaus: string[];
  prefectures: string[];
  workshopIds: string;
  questions: BuilderQuestion[];
}

export function blankQuestion(id: string, type: SurveyQuestionType): BuilderQuestion {
  const choice = type === 'SINGLE_CHOICE' || type === 'MULTI_CHOICE';
  return {
    id,
    type,
    label: '',
    help: '',
    section: '',
    required: false,
    options: choice ? '\n' : '',
    minChoices: '',
    maxChoices: '',
    scaleMin: type === 'RATING' ? '1' : '',
    scaleMax: type === 'RATING' ? '5' : '',
    minLabel: '',
    maxLabel: '',
    min: '',
    max: '',
    showIfQuestion: '',
    showIfValues: '',
  };
}

const str = (v: number | string | null | undefined) => (v === null || v === undefined ? '' : String(v));

/** The builder state of an existing survey (or a new one, optionally for a workshop's attendees). */
export function stateFromSurvey(
  survey: SurveyDetailFragment | null,
  workshopId: string | null,
): BuilderState {
  if (!survey) {
    const now = Date.now();
    return {
      title: '',
      description: '',
      opensAt: toJstLocalInput(new Date(now).toISOString()),
      closesAt: toJstLocalInput(new Date(now + 14 * 86_400_000).toISOString()),
      anonymous: false,
      allowEdit: false,
      reminderDays: '3',
      scope: workshopId ? 'some' : 'all',
      bureaus: [],
      prefectures: [],
      workshopIds: workshopId ?? '',
      questions: [blankQuestion('q1', 'SINGLE_CHOICE')],
    };
  }
  return {
    title: survey.title,
    description: survey.description,
    opensAt: toJstLocalInput(survey.opensAt),
    closesAt: toJstLocalInput(survey.closesAt),
    anonymous: survey.anonymous,
    allowEdit: survey.allowEdit,
    reminderDays: str(survey.reminderDaysBeforeClose),
    scope: survey.audience.allRegions ? 'all' : 'some',
    bureaus: survey.audience.bureaus.map((b) => b.code),
    prefectures: survey.audience.prefectures.map((p) => p.code),
    workshopIds: survey.audience.workshopIds.join(', '),
    questions: survey.questions.map((q) => ({
      id: q.id,
      type: q.type,
      label: q.label,
      help: q.help ?? '',
      section: q.section ?? '',
      required: q.required,
      options: q.options.map((o) => (o.value === o.label ? o.label : `${o.value}|${o.label}`)).join('\n'),
      minChoices: str(q.minChoices),
      maxChoices: str(q.maxChoices),
      scaleMin: str(q.scaleMin),
      scaleMax: str(q.scaleMax),
      minLabel: q.minLabel ?? '',
      maxLabel: q.maxLabel ?? '',
      min: str(q.min),
      max: str(q.max),
      showIfQuestion: q.showIf?.questionId ?? '',
      showIfValues: q.showIf?.values.join(', ') ?? '',
    })),
  };
}

const intOrNull = (v: string) => (/^-?\d+$/.test(v.trim()) ? Number(v.trim()) : null);
const numOrNull = (v: string) => (v.trim() !== '' && Number.isFinite(Number(v)) ? Number(v) : null);
const list = (v: string) =>
  v
    .split(/[,、\n]/)
    .map((s) => s.trim())
    .filter(Boolean);

/** The API input for a builder state (the API validates; this only converts). */
export function contentFromState(state: BuilderState): SurveyContentInput {
  const some = state.scope === 'some';
  return {
    title: state.title,
    description: state.description,
    opensAt: jstLocalToInstant(state.opensAt) ?? state.opensAt,
    closesAt: jstLocalToInstant(state.closesAt) ?? state.closesAt,
    anonymous: state.anonymous,
    allowEdit: state.anonymous ? false : state.allowEdit,
    reminderDaysBeforeClose: intOrNull(state.reminderDays),
    audience: {
      allRegions: !some,
      bureaus: some ? state.bureaus : [],
      prefectures: some ? state.prefectures : [],
      workshopIds: some ? list(state.workshopIds) : [],
    },
    questions: state.questions.map((q) => ({
      id: q.id,
      type: q.type,
      label: q.label,
      help: q.help || null,
      section: q.section || null,
      required: q.required,
      options: q.options
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean)
        .map((line) => {
          const bar = line.indexOf('|');
          return bar > 0 ? { value: line.slice(0, bar), label: line.slice(bar + 1) } : { label: line };
        }),
      minChoices: intOrNull(q.minChoices),
      maxChoices: intOrNull(q.maxChoices),
      scaleMin: intOrNull(q.scaleMin),
      scaleMax: intOrNull(q.scaleMax),
      minLabel: q.minLabel || null,
      maxLabel: q.maxLabel || null,
      min: numOrNull(q.min),
      max: numOrNull(q.max),
      showIf: q.showIfQuestion ? { questionId: q.showIfQuestion, values: list(q.showIfValues) } : null,
    })),
  };
}
