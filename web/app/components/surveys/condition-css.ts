import type { SurveyQuestionFieldsFragment } from '~/generated/graphql';

type ConditionalQuestion = Pick<SurveyQuestionFieldsFragment, 'id' | 'showIf'>;

/** A CSS string literal: anything but plain ASCII letters and digits as a hex escape (no way out of the string or the style element). */
export function cssString(value: string): string {
  let out = '';
  for (const ch of value) out += /[A-Za-z0-9_-]/.test(ch) ? ch : `\\${ch.codePointAt(0)!.toString(16)} `;
  return `"${out}"`;
}

/**
 * CSS that hides a conditional question while its condition is unmet, with no JavaScript: the
 * form's checked inputs drive `:has()`. A question also hides when a question it depends on is
 * hidden (each condition up the chain gets a rule). Browsers without `:has()` show every question
 * with its "only if" note, and the API ignores answers to hidden questions either way.
 */
export function conditionCss(questions: readonly ConditionalQuestion[]): string {
  const byId = new Map(questions.map((q) => [q.id, q]));
  const rules: string[] = [];
  for (const q of questions) {
    const seen = new Set<string>();
    for (let link = q; link?.showIf && !seen.has(link.id); link = byId.get(link.showIf.questionId)!) {
      seen.add(link.id);
      const { questionId, values } = link.showIf;
      const checked = values
        .map((v) => `input[name=${cssString(`a.${questionId}`)}][value=${cssString(v)}]:checked`)
        .join(', ');
      rules.push(`.survey-form:not(:has(${checked})) [data-question=${cssString(q.id)}] { display: none; }`);
    }
  }
  return rules.length ? `@supports selector(:has(*)) {\n${rules.join('\n')}\n}` : '';
}
