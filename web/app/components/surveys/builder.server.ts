import type { SurveyQuestionType } from '~/generated/graphql';
import { QUESTION_TYPES, blankQuestion, type BuilderQuestion, type BuilderState } from './builder-model';

const text = (form: FormData, name: string) => String(form.get(name) ?? '');

/** Reads the builder form back into its state (questions are fields q.<i>.<name>). */
export function stateFromForm(form: FormData): BuilderState {
  const count = Math.min(100, Number(form.get('questionCount') ?? 0) || 0);
  const questions: BuilderQuestion[] = [];
  for (let i = 0; i < count; i++) {
    const f = (name: string) => text(form, `q.${i}.${name}`);
    const type = QUESTION_TYPES.find((t) => t === f('type')) ?? 'SHORT_TEXT';
    questions.push({
      id: f('id'),
      type,
      label: f('label'),
      help: f('help'),
      section: f('section'),
      required: form.get(`q.${i}.required`) === 'on',
      options: f('options'),
      minChoices: f('minChoices'),
      maxChoices: f('maxChoices'),
      scaleMin: f('scaleMin'),
      scaleMax: f('scaleMax'),
      minLabel: f('minLabel'),
      maxLabel: f('maxLabel'),
      min: f('min'),
      max: f('max'),
      showIfQuestion: f('showIfQuestion'),
      showIfValues: f('showIfValues'),
    });
  }
  return {
    title: text(form, 'title'),
    description: text(form, 'description'),
    opensAt: text(form, 'opensAt'),
    closesAt: text(form, 'closesAt'),
    anonymous: form.get('anonymous') === 'on',
    allowEdit: form.get('allowEdit') === 'on',
    reminderDays: text(form, 'reminderDays'),
    scope: form.get('scope') === 'some' ? 'some' : 'all',
    bureaus: form.getAll('bureaus').map(String),
    prefectures: form.getAll('prefectures').map(String),
    workshopIds: text(form, 'workshopIds'),
    questions,
  };
}

function nextId(questions: BuilderQuestion[]): string {
  const used = new Set(questions.map((q) => q.id));
  let n = questions.length + 1;
  while (used.has(`q${n}`)) n += 1;
  return `q${n}`;
}

/**
 * Applies a builder button ("add", "remove:<i>", "up:<i>", "down:<i>") to the state; null for "save"
 * and unknown intents. This is how questions are added, removed and reordered without JavaScript.
 */
export function applyIntent(state: BuilderState, intent: string, newType: string): BuilderState | null {
  const [verb, arg] = intent.split(':');
  const i = Number(arg);
  const qs = [...state.questions];
  if (verb === 'add') {
    const type = (QUESTION_TYPES.find((t) => t === newType) ?? 'SINGLE_CHOICE') as SurveyQuestionType;
    qs.push(blankQuestion(nextId(qs), type));
  } else if (verb === 'remove' && qs[i]) {
    const [removed] = qs.splice(i, 1);
    for (const q of qs) if (q.showIfQuestion === removed.id) q.showIfQuestion = '';
  } else if (verb === 'up' && i > 0 && qs[i]) {
    [qs[i - 1], qs[i]] = [qs[i], qs[i - 1]];
  } else if (verb === 'down' && qs[i + 1]) {
    [qs[i], qs[i + 1]] = [qs[i + 1], qs[i]];
  } else {
    return null;
  }
  return { ...state, questions: qs };
}
