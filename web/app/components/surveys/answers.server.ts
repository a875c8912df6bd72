import type { SurveyAnswerInput } from '~/generated/graphql';

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

/** Per-question problems from the API's BAD_USER_INPUT (`extensions.problems`), by question id. */
export function problemsFrom(
  extensions: Record<string, unknown>,
  field: string | null,
  message: string,
): Record<string, string> {
  const list = Array.isArray(extensions.problems)
    ? (extensions.problems as { questionId: string; message: string }[])
    : [];
  if (list.length) return Object.fromEntries(list.map((p) => [p.questionId, p.message]));
  if (field?.startsWith('answers.')) return { [field.slice('answers.'.length)]: message };
  return {};
}
