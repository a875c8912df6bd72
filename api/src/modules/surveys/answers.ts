import { BadUserInputError } from '../../errors.js';
import type { SurveyAnswerInput } from '../../generated/graphql.js';
import { isValidDate } from '../bulletin/input.js';
import { SurveyAnswersError, type AnswerProblem, type AnswerProblemCode } from './errors.js';
import { TEXT_TYPES, type QuestionDef } from './questions.js';

/** Answers by question id (one value for most types, several for MULTI_CHOICE). */
export type AnswerMap = Record<string, string[]>;

/**
 * A response as stored: the answers (JSON), plus flat lists Cypher can aggregate without parsing:
 * `choices` = "<questionId>|<value>" for choices, ratings, numbers and dates, plus "<questionId>#" for an
 * answered MULTI_CHOICE or text question; `texts` = "<questionId>|<text>"; `answered` = ids of the questions answered.
 */
export interface StoredAnswers {
  answersJson: string;
  choices: string[];
  texts: string[];
  answered: string[];
}

const MAX_TEXT = { SHORT_TEXT: 200, LONG_TEXT: 4000 } as const;

/** Input answers as a map: unknown questions and over-long input are rejected, blanks dropped. */
export function toAnswerMap(
  questions: readonly QuestionDef[],
  answers: readonly SurveyAnswerInput[],
): AnswerMap {
  const known = new Set(questions.map((q) => q.id));
  const map: AnswerMap = {};
  for (const answer of answers) {
    if (!known.has(answer.questionId)) {
      throw new BadUserInputError(`answers.${answer.questionId}`, 'No such question in this survey.');
    }
    if (answer.values.length > 50 || answer.values.some((v) => v.length > 4000)) {
      throw new BadUserInputError(`answers.${answer.questionId}`, 'The answer is too long.');
    }
    const values = answer.values.map((v) => v.trim()).filter((v) => v.length > 0);
    if (values.length) map[answer.questionId] = [...new Set(values)];
  }
  return map;
}

/** Which questions are shown for these answers (a condition looks at an earlier, itself shown, question). */
export function visibleQuestions(questions: readonly QuestionDef[], answers: AnswerMap): QuestionDef[] {
  const shown = new Set<string>();
  return questions.filter((q) => {
    const visible =
      !q.showIf ||
      (shown.has(q.showIf.questionId) &&
        (answers[q.showIf.questionId] ?? []).some((v) => q.showIf!.values.includes(v)));
    if (visible) shown.add(q.id);
    return visible;
  });
}

type Problem = Omit<AnswerProblem, 'questionId'>;

const problem = (code: AnswerProblemCode, message: string, params: Problem['params'] = {}): Problem => ({
  code,
  message,
  params,
});

function problemOf(q: QuestionDef, values: string[]): Problem | null {
  if (values.length === 0) return q.required ? problem('REQUIRED', 'This question needs an answer.') : null;
  const optionValues = q.options.map((o) => o.value);
  switch (q.type) {
    case 'SINGLE_CHOICE':
      return values.length === 1 && optionValues.includes(values[0])
        ? null
        : problem('CHOOSE_ONE', 'Choose one of the options.');
    case 'MULTI_CHOICE':
      if (values.some((v) => !optionValues.includes(v)))
        return problem('CHOOSE_FROM_OPTIONS', 'Choose from the options.');
      if (q.minChoices !== null && values.length < q.minChoices)
        return problem('TOO_FEW_CHOICES', `Choose at least ${q.minChoices}.`, { min: q.minChoices });
      if (q.maxChoices !== null && values.length > q.maxChoices)
        return problem('TOO_MANY_CHOICES', `Choose at most ${q.maxChoices}.`, { max: q.maxChoices });
      return null;
    case 'RATING': {
      const n = Number(values[0]);
      return values.length === 1 && /^-?\d+$/.test(values[0]) && n >= q.scaleMin! && n <= q.scaleMax!
        ? null
        : problem('RATING_RANGE', `Choose a whole number from ${q.scaleMin} to ${q.scaleMax}.`, {
            min: q.scaleMin,
            max: q.scaleMax,
          });
    }
    case 'NUMBER': {
      const n = Number(values[0]);
      if (values.length !== 1 || !/^-?\d+(\.\d+)?$/.test(values[0]) || !Number.isFinite(n))
        return problem('NOT_A_NUMBER', 'Enter a number.');
      if ((q.min !== null && n < q.min) || (q.max !== null && n > q.max)) {
        return problem('NUMBER_RANGE', `Enter a number from ${q.min ?? '−∞'} to ${q.max ?? '∞'}.`, {
          min: q.min,
          max: q.max,
        });
      }
      return null;
    }
    case 'DATE':
      return values.length === 1 && isValidDate(values[0])
        ? null
        : problem('DATE_FORMAT', 'Enter a date like 2026-04-01.');
    case 'SHORT_TEXT':
    case 'LONG_TEXT':
      return values.length === 1 && values[0].length <= MAX_TEXT[q.type]
        ? null
        : problem('TOO_LONG', `At most ${MAX_TEXT[q.type]} characters.`, { max: MAX_TEXT[q.type] });
  }
}

/** Checks a submit: every shown question (required ones answered, values valid); answers to hidden ones are dropped. */
export function validateSubmission(questions: readonly QuestionDef[], answers: AnswerMap): StoredAnswers {
  const shown = visibleQuestions(questions, answers);
  const problems: AnswerProblem[] = [];
  const kept: AnswerMap = {};
  for (const q of shown) {
    const values = answers[q.id] ?? [];
    const found = problemOf(q, values);
    if (found) problems.push({ questionId: q.id, ...found });
    else if (values.length) kept[q.id] = q.type === 'NUMBER' ? [String(Number(values[0]))] : values;
  }
  if (problems.length) throw new SurveyAnswersError(problems);
  return storedForm(shown, kept);
}

function storedForm(shown: readonly QuestionDef[], kept: AnswerMap): StoredAnswers {
  const choices: string[] = [];
  const texts: string[] = [];
  for (const q of shown) {
    const values = kept[q.id] ?? [];
    for (const value of values) {
      (TEXT_TYPES.includes(q.type) ? texts : choices).push(`${q.id}|${value}`);
    }
    // "Answered" markers where the value counts cannot tell it (several values, or text).
    if (values.length && (q.type === 'MULTI_CHOICE' || TEXT_TYPES.includes(q.type))) choices.push(`${q.id}#`);
  }
  return { answersJson: JSON.stringify(kept), choices, texts, answered: Object.keys(kept) };
}

/** Parses stored answers JSON back into a map (tolerates a missing value). */
export function parseAnswerMap(json: string | null | undefined): AnswerMap {
  if (!json) return {};
  const parsed = JSON.parse(json) as unknown;
  return parsed && typeof parsed === 'object' ? (parsed as AnswerMap) : {};
}
