import { Form } from '@remix-run/react';
import type { SurveyQuestionFieldsFragment } from '~/generated/graphql';
import { useT } from '~/i18n/react';
import { conditionCss } from './condition-css';

interface Props {
  questions: SurveyQuestionFieldsFragment[];
  answers: Record<string, string[]>;
  problems: Record<string, string>;
  /** Preview for managers: the form without buttons. */
  preview?: boolean;
  anonymous: boolean;
  canSaveDraft: boolean;
}

function QuestionInput({
  q,
  values,
  invalid,
  describedBy,
}: {
  q: SurveyQuestionFieldsFragment;
  values: string[];
  invalid: boolean;
  describedBy: string;
}) {
  const name = `a.${q.id}`;
  const common = { 'aria-invalid': invalid || undefined, 'aria-describedby': describedBy };
  switch (q.type) {
    case 'SINGLE_CHOICE':
    case 'MULTI_CHOICE':
      return (
        <>
          {q.options.map((o, i) => (
            <div className="field field--checkbox" key={o.value}>
              <input
                id={`${name}-${i}`}
                type={q.type === 'SINGLE_CHOICE' ? 'radio' : 'checkbox'}
                name={name}
                value={o.value}
                defaultChecked={values.includes(o.value)}
                {...common}
              />
              <label htmlFor={`${name}-${i}`}>{o.label}</label>
            </div>
          ))}
        </>
      );
    case 'RATING': {
      const scale = Array.from({ length: q.scaleMax! - q.scaleMin! + 1 }, (_, i) => String(q.scaleMin! + i));
      return (
        <div className="survey-rating">
          {q.minLabel && <span>{q.minLabel}</span>}
          {scale.map((v) => (
            <span className="field--checkbox" key={v}>
              <input
                id={`${name}-${v}`}
                type="radio"
                name={name}
                value={v}
                defaultChecked={values[0] === v}
                {...common}
              />
              <label htmlFor={`${name}-${v}`}>{v}</label>
            </span>
          ))}
          {q.maxLabel && <span>{q.maxLabel}</span>}
        </div>
      );
    }
    case 'NUMBER':
      return (
        <input
          id={name}
          name={name}
          type="number"
          step="any"
          min={q.min ?? undefined}
          max={q.max ?? undefined}
          defaultValue={values[0] ?? ''}
          {...common}
        />
      );
    case 'DATE':
      return <input id={name} name={name} type="date" defaultValue={values[0] ?? ''} {...common} />;
    case 'SHORT_TEXT':
      return <input id={name} name={name} maxLength={200} defaultValue={values[0] ?? ''} {...common} />;
    default:
      return (
        <textarea
          id={name}
          name={name}
          rows={5}
          maxLength={4000}
          defaultValue={values[0] ?? ''}
          {...common}
        />
      );
  }
}

/** The answer form: server-rendered, plain controls, one error message per question (works without JS). */
export function SurveyAnswerForm({
  questions,
  answers,
  problems,
  preview = false,
  anonymous,
  canSaveDraft,
}: Props) {
  const t = useT();
  const labelOf = (id: string) => questions.find((q) => q.id === id)?.label ?? id;
  const optionLabel = (id: string, value: string) =>
    questions.find((q) => q.id === id)?.options.find((o) => o.value === value)?.label ?? value;
  const errorCount = Object.keys(problems).length;
  const hiding = conditionCss(questions);
  return (
    <Form method="post" className="form survey-form" noValidate>
      {/* Built only from hex-escaped strings (condition-css.ts). */}
      {hiding && <style dangerouslySetInnerHTML={{ __html: hiding }} />}
      {errorCount > 0 && (
        <div className="form-message form-message--error" role="alert">
          <p>{t('surveys.answer.errors', { count: errorCount })}</p>
          <ul>
            {Object.keys(problems).map((id) => (
              <li key={id}>
                <a href={`#question-${id}`}>{labelOf(id)}</a>
              </li>
            ))}
          </ul>
        </div>
      )}
      {questions.map((q, i) => {
        const sectionStarts = q.section && q.section !== questions[i - 1]?.section;
        const problem = problems[q.id];
        const hintId = `hint-${q.id}`;
        return (
          <div key={q.id}>
            {sectionStarts && <h2>{q.section}</h2>}
            <fieldset
              id={`question-${q.id}`}
              data-question={q.id}
              className={problem ? 'survey-question survey-question--error' : 'survey-question'}
            >
              <legend>
                {q.label} {q.required && <span className="badge">{t('surveys.answer.required')}</span>}
              </legend>
              <div id={hintId}>
                {q.help && <p className="hint">{q.help}</p>}
                {q.showIf && (
                  <p className="hint">
                    {t('surveys.answer.onlyIf', {
                      question: labelOf(q.showIf.questionId),
                      values: q.showIf.values.map((v) => optionLabel(q.showIf!.questionId, v)).join(' / '),
                    })}
                  </p>
                )}
                {q.type === 'MULTI_CHOICE' && (q.minChoices !== null || q.maxChoices !== null) && (
                  <p className="hint">
                    {t('surveys.answer.choose', {
                      min: q.minChoices ?? 0,
                      max: q.maxChoices ?? q.options.length,
                    })}
                  </p>
                )}
                {problem && (
                  <p className="form-message form-message--error" data-testid={`problem-${q.id}`}>
                    {problem}
                  </p>
                )}
              </div>
              <QuestionInput
                q={q}
                values={answers[q.id] ?? []}
                invalid={Boolean(problem)}
                describedBy={hintId}
              />
            </fieldset>
          </div>
        );
      })}
      {anonymous && <p className="hint">{t('surveys.answer.anonymousNote')}</p>}
      {!preview && (
        <p className="survey-form__buttons">
          <button type="submit" name="intent" value="submit" className="button button--primary">
            {t('surveys.answer.submit')}
          </button>{' '}
          {canSaveDraft && (
            <button type="submit" name="intent" value="draft" className="button button--secondary">
              {t('surveys.answer.saveDraft')}
            </button>
          )}
        </p>
      )}
    </Form>
  );
}
