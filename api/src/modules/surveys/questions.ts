import { z } from 'zod';
import { BadUserInputError } from '../../errors.js';
import type { SurveyQuestionInput } from '../../generated/graphql.js';

export const QUESTION_TYPES = [
  'SINGLE_CHOICE',
  'MULTI_CHOICE',
  'RATING',
  'NUMBER',
  'SHORT_TEXT',
  'LONG_TEXT',
  'DATE',
] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];
export const CHOICE_TYPES: readonly QuestionType[] = ['SINGLE_CHOICE', 'MULTI_CHOICE'];
export const TEXT_TYPES: readonly QuestionType[] = ['SHORT_TEXT', 'LONG_TEXT'];

const QUESTION_ID = /^[a-z][a-z0-9_-]{0,30}$/;

/** The stored shape of one question (a survey version keeps them as a JSON string, validated on write and read). */
const questionSchema = z.object({
  id: z.string().regex(QUESTION_ID),
  type: z.enum(QUESTION_TYPES),
  label: z.string().min(1).max(500),
  help: z.string().max(1000).nullable(),
  section: z.string().max(200).nullable(),
  required: z.boolean(),
  options: z
    .array(z.object({ value: z.string().min(1).max(200), label: z.string().min(1).max(200) }))
    .max(50),
  minChoices: z.number().int().nullable(),
  maxChoices: z.number().int().nullable(),
  scaleMin: z.number().int().nullable(),
  scaleMax: z.number().int().nullable(),
  minLabel: z.string().max(100).nullable(),
  maxLabel: z.string().max(100).nullable(),
  min: z.number().nullable(),
  max: z.number().nullable(),
  showIf: z.object({ questionId: z.string(), values: z.array(z.string()).min(1) }).nullable(),
});
export type QuestionDef = z.infer<typeof questionSchema>;
const questionsSchema = z.array(questionSchema).min(1).max(100);

export function parseStoredQuestions(json: string): QuestionDef[] {
  return questionsSchema.parse(JSON.parse(json));
}

const trimmedOrNull = (value: string | null | undefined, field: string, max: number): string | null => {
  const text = value?.trim() ?? '';
  if (text.length > max) throw new BadUserInputError(field, `${field} must be at most ${max} characters.`);
  return text.length ? text : null;
};

/** Validates the builder's questions: ids, types, options, ranges and conditions (on earlier choice questions). */
export function parseQuestions(inputs: readonly SurveyQuestionInput[]): QuestionDef[] {
  if (inputs.length === 0 || inputs.length > 100) {
    throw new BadUserInputError('content.questions', 'A survey has 1 to 100 questions.');
  }
  const used = new Set(inputs.map((q) => q.id).filter((id): id is string => !!id));
  let next = 1;
  const freshId = () => {
    while (used.has(`q${next}`)) next += 1;
    used.add(`q${next}`);
    return `q${next}`;
  };
  const seen = new Map<string, QuestionDef>();
  return inputs.map((input, index) => {
    const f = `content.questions.${index}`;
    const id = input.id ?? freshId();
    if (!QUESTION_ID.test(id) || seen.has(id)) {
      throw new BadUserInputError(`${f}.id`, `Question id ${id} is invalid or used twice.`);
    }
    const label = trimmedOrNull(input.label, `${f}.label`, 500);
    if (!label) throw new BadUserInputError(`${f}.label`, 'Every question needs a text.');
    const type = input.type as QuestionType;
    const options = CHOICE_TYPES.includes(type)
      ? (input.options ?? []).map((o, i) => {
          const optionLabel = trimmedOrNull(o.label, `${f}.options.${i}.label`, 200);
          const value = trimmedOrNull(o.value ?? o.label, `${f}.options.${i}.value`, 200);
          if (!optionLabel || !value) throw new BadUserInputError(`${f}.options`, 'Options need a text.');
          return { value, label: optionLabel };
        })
      : [];
    if (CHOICE_TYPES.includes(type)) {
      if (options.length < 2 || options.length > 50) {
        throw new BadUserInputError(`${f}.options`, 'A choice question has 2 to 50 options.');
      }
      if (new Set(options.map((o) => o.value)).size !== options.length) {
        throw new BadUserInputError(`${f}.options`, 'Options must differ.');
      }
    }
    const multi = type === 'MULTI_CHOICE';
    const minChoices = multi ? (input.minChoices ?? null) : null;
    const maxChoices = multi ? (input.maxChoices ?? null) : null;
    if (
      multi &&
      ((minChoices !== null && (minChoices < 0 || minChoices > options.length)) ||
        (maxChoices !== null && (maxChoices < 1 || maxChoices > options.length)) ||
        (minChoices !== null && maxChoices !== null && minChoices > maxChoices))
    ) {
      throw new BadUserInputError(
        `${f}.maxChoices`,
        'Choose limits within the number of options, min ≤ max.',
      );
    }
    const rating = type === 'RATING';
    const scaleMin = rating ? (input.scaleMin ?? 1) : null;
    const scaleMax = rating ? (input.scaleMax ?? 5) : null;
    if (rating && (scaleMin! < 0 || scaleMax! > 10 || scaleMax! - scaleMin! < 1)) {
      throw new BadUserInputError(`${f}.scaleMax`, 'A rating scale runs from 0–9 up to at most 10.');
    }
    const min = type === 'NUMBER' ? (input.min ?? null) : null;
    const max = type === 'NUMBER' ? (input.max ?? null) : null;
    if (min !== null && max !== null && min > max) {
      throw new BadUserInputError(`${f}.max`, 'The maximum must not be below the minimum.');
    }
    let showIf: QuestionDef['showIf'] = null;
    if (input.showIf) {
      const target = seen.get(input.showIf.questionId);
      if (!target || !CHOICE_TYPES.includes(target.type)) {
        throw new BadUserInputError(`${f}.showIf`, 'A condition refers to an earlier choice question.');
      }
      const values = [...new Set(input.showIf.values)];
      if (!values.length || values.some((v) => !target.options.some((o) => o.value === v))) {
        throw new BadUserInputError(
          `${f}.showIf.values`,
          'Condition values must be options of that question.',
        );
      }
      showIf = { questionId: target.id, values };
    }
    const def: QuestionDef = {
      id,
      type,
      label,
      help: trimmedOrNull(input.help, `${f}.help`, 1000),
      section: trimmedOrNull(input.section, `${f}.section`, 200),
      required: input.required ?? false,
      options,
      minChoices,
      maxChoices,
      scaleMin,
      scaleMax,
      minLabel: rating ? trimmedOrNull(input.minLabel, `${f}.minLabel`, 100) : null,
      maxLabel: rating ? trimmedOrNull(input.maxLabel, `${f}.maxLabel`, 100) : null,
      min,
      max,
      showIf,
    };
    seen.set(id, def);
    return questionSchema.parse(def);
  });
}
