import type { SurveyAnswerInput } from '~/generated/graphql';
import { t, type Locale } from '~/i18n';

/** The answer form's fields ("a.<questionId>", repeated for checkboxes) as API answers. */
export function answersFromForm(form: FormData, questionIds: readonly string[]): SurveyAnswerInput[] {
  return questionIds
    .map((questionId) => ({
      questionId,
      values: form
        .getAll(`a.${questionId}`)
        .map(String)
        .filter((v) => v.trim() !== ''),
    }))
    .filter((a) => a.values.length > 0);
}

const PROBLEM_CODES = [
  'REQUIRED',
  'CHOOSE_ONE',
  'CHOOSE_FROM_OPTIONS',
  'TOO_FEW_CHOICES',
  'TOO_MANY_CHOICES',
  'RATING_RANGE',
  'NOT_A_NUMBER',
  'NUMBER_RANGE',
  'DATE_FORMAT',
  'TOO_LONG',
] as const;

type ApiProblem = {
  questionId: string;
  code?: string;
  params?: { min?: number | null; max?: number | null };
  message: string;
};

/** One problem in the reader's language (the API's English text for a code the portal does not know). */
function wordingOf(locale: Locale, problem: ApiProblem): string {
  const code = PROBLEM_CODES.find((c) => c === problem.code);
  if (!code) return problem.message;
  const bound = (n: number | null | undefined, open: string) =>
    n === null || n === undefined ? open : String(n);
  return t(locale, `surveys.problem.${code}`, {
    min: bound(problem.params?.min, '−∞'),
    max: bound(problem.params?.max, '∞'),
  });
}

/** Per-question problems from the API's BAD_USER_INPUT (`extensions.problems`), by question id, worded for `locale`. */
export function problemsFrom(
  extensions: Record<string, unknown>,
  field: string | null,
  message: string,
  locale: Locale,
): Record<string, string> {
  const list = Array.isArray(extensions.problems) ? (extensions.problems as ApiProblem[]) : [];
  if (list.length) return Object.fromEntries(list.map((p) => [p.questionId, wordingOf(locale, p)]));
  if (field?.startsWith('answers.')) return { [field.slice('answers.'.length)]: message };
  return {};
}
