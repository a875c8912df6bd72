import { Form } from '@remix-run/react';
import { localName } from '~/i18n';
import { useLocale, useT } from '~/i18n/react';
import { QUESTION_TYPES, type BuilderQuestion, type BuilderState } from './builder-model';

interface Place {
  code: string;
  nameJa: string;
  nameEn: string;
  bureau: { code: string; nameJa: string; nameEn: string };
}

interface Props {
  state: BuilderState;
  prefectures: Place[];
  error: { field: string | null; detail: string } | null;
  /** True when responses exist: a change of questions makes a new version. */
  locked: boolean;
}

function QuestionFields({
  q,
  i,
  all,
  count,
}: {
  q: BuilderQuestion;
  i: number;
  all: BuilderQuestion[];
  count: number;
}) {
  const t = useT();
  const f = (name: string) => `q.${i}.${name}`;
  const choice = q.type === 'SINGLE_CHOICE' || q.type === 'MULTI_CHOICE';
  const earlierChoices = all
    .slice(0, i)
    .filter((o) => o.type === 'SINGLE_CHOICE' || o.type === 'MULTI_CHOICE');
  return (
    <fieldset className="survey-builder__question">
      <legend>
        {t('surveys.builder.question', { n: i + 1 })} · {t(`surveys.type.${q.type}`)} ({q.id})
      </legend>
      <input type="hidden" name={f('id')} value={q.id} />
      <input type="hidden" name={f('type')} value={q.type} />
      <div className="field">
        <label htmlFor={f('label')}>{t('surveys.builder.label')}</label>
        <input id={f('label')} name={f('label')} defaultValue={q.label} maxLength={500} />
      </div>
      <div className="field">
        <label htmlFor={f('section')}>{t('surveys.builder.section')}</label>
        <input id={f('section')} name={f('section')} defaultValue={q.section} maxLength={200} />
      </div>
      <div className="field">
        <label htmlFor={f('help')}>{t('surveys.builder.help')}</label>
        <input id={f('help')} name={f('help')} defaultValue={q.help} maxLength={1000} />
      </div>
      <div className="field field--checkbox">
        <input id={f('required')} name={f('required')} type="checkbox" defaultChecked={q.required} />
        <label htmlFor={f('required')}>{t('surveys.builder.required')}</label>
      </div>
      {choice && (
        <div className="field">
          <label htmlFor={f('options')}>{t('surveys.builder.options')}</label>
          <textarea id={f('options')} name={f('options')} rows={4} defaultValue={q.options} />
          <p className="hint">{t('surveys.builder.optionsHint')}</p>
        </div>
      )}
      {q.type === 'MULTI_CHOICE' && (
        <div className="field field--inline">
          <label htmlFor={f('minChoices')}>{t('surveys.builder.minChoices')}</label>
          <input
            id={f('minChoices')}
            name={f('minChoices')}
            type="number"
            min={0}
            defaultValue={q.minChoices}
          />
          <label htmlFor={f('maxChoices')}>{t('surveys.builder.maxChoices')}</label>
          <input
            id={f('maxChoices')}
            name={f('maxChoices')}
            type="number"
            min={1}
            defaultValue={q.maxChoices}
          />
        </div>
      )}
      {q.type === 'RATING' && (
        <div className="field field--inline">
          <label htmlFor={f('scaleMin')}>{t('surveys.builder.scaleMin')}</label>
          <input
            id={f('scaleMin')}
            name={f('scaleMin')}
            type="number"
            min={0}
            max={9}
            defaultValue={q.scaleMin}
          />
          <label htmlFor={f('minLabel')}>{t('surveys.builder.minLabel')}</label>
          <input id={f('minLabel')} name={f('minLabel')} defaultValue={q.minLabel} maxLength={100} />
          <label htmlFor={f('scaleMax')}>{t('surveys.builder.scaleMax')}</label>
          <input
            id={f('scaleMax')}
            name={f('scaleMax')}
            type="number"
            min={1}
            max={10}
            defaultValue={q.scaleMax}
          />
          <label htmlFor={f('maxLabel')}>{t('surveys.builder.maxLabel')}</label>
          <input id={f('maxLabel')} name={f('maxLabel')} defaultValue={q.maxLabel} maxLength={100} />
        </div>
      )}
      {q.type === 'NUMBER' && (
        <div className="field field--inline">
          <label htmlFor={f('min')}>{t('surveys.builder.min')}</label>
          <input id={f('min')} name={f('min')} type="number" step="any" defaultValue={q.min} />
          <label htmlFor={f('max')}>{t('surveys.builder.max')}</label>
          <input id={f('max')} name={f('max')} type="number" step="any" defaultValue={q.max} />
        </div>
      )}
      {earlierChoices.length > 0 && (
        <div className="field field--inline">
          <label htmlFor={f('showIfQuestion')}>{t('surveys.builder.showIf')}</label>
          <select id={f('showIfQuestion')} name={f('showIfQuestion')} defaultValue={q.showIfQuestion}>
            <option value="">{t('surveys.builder.always')}</option>
            {earlierChoices.map((o) => (
              <option key={o.id} value={o.id}>
                {o.id}: {o.label}
              </option>
            ))}
          </select>
          <label htmlFor={f('showIfValues')}>{t('surveys.builder.showIfValues')}</label>
          <input id={f('showIfValues')} name={f('showIfValues')} defaultValue={q.showIfValues} />
        </div>
      )}
      <div className="survey-builder__moves">
        <button
          type="submit"
          name="intent"
          value={`up:${i}`}
          className="button button--quiet"
          disabled={i === 0}
        >
          {t('surveys.builder.up')}
        </button>
        <button
          type="submit"
          name="intent"
          value={`down:${i}`}
          className="button button--quiet"
          disabled={i === count - 1}
        >
          {t('surveys.builder.down')}
        </button>
        <button
          type="submit"
          name="intent"
          value={`remove:${i}`}
          className="button button--quiet"
          disabled={count === 1}
        >
          {t('surveys.builder.remove')}
        </button>
      </div>
    </fieldset>
  );
}

/** The survey builder: one plain form; add/remove/reorder buttons post it and the page re-renders. */
export function SurveyBuilderForm({ state, prefectures, error, locked }: Props) {
  const t = useT();
  const locale = useLocale();
  const bureaus = [...new Map(prefectures.map((p) => [p.bureau.code, p.bureau])).values()];
  // A key from the state makes React replace the inputs after an add/remove/move round trip.
  const formKey = state.questions.map((q) => `${q.id}:${q.type}`).join(',');
  return (
    <Form method="post" className="form survey-builder" key={formKey}>
      {error && (
        <p className="form-message form-message--error" role="alert">
          {t('surveys.error')} {error.field ? `(${error.field}) ` : ''}
          {error.detail}
        </p>
      )}
      {/* Enter in a text field saves (the first submit button of a form is its default). */}
      <button
        type="submit"
        name="intent"
        value="save"
        tabIndex={-1}
        aria-hidden="true"
        style={{ position: 'absolute', left: '-9999px' }}
      >
        {t('surveys.builder.save')}
      </button>
      {locked && <p className="hint">{t('surveys.builder.locked')}</p>}
      <div className="field">
        <label htmlFor="title">{t('surveys.builder.title')}</label>
        <input id="title" name="title" required maxLength={200} defaultValue={state.title} />
      </div>
      <div className="field">
        <label htmlFor="description">{t('surveys.builder.description')}</label>
        <textarea id="description" name="description" rows={4} defaultValue={state.description} />
      </div>
      <div className="field field--inline">
        <label htmlFor="opensAt">{t('surveys.builder.opensAt')}</label>
        <input id="opensAt" name="opensAt" type="datetime-local" required defaultValue={state.opensAt} />
        <label htmlFor="closesAt">{t('surveys.builder.closesAt')}</label>
        <input id="closesAt" name="closesAt" type="datetime-local" required defaultValue={state.closesAt} />
      </div>
      <p className="hint">{t('surveys.builder.jst')}</p>
      <div className="field field--checkbox">
        <input id="anonymous" name="anonymous" type="checkbox" defaultChecked={state.anonymous} />
        <label htmlFor="anonymous">{t('surveys.builder.anonymous')}</label>
      </div>
      <div className="field field--checkbox">
        <input id="allowEdit" name="allowEdit" type="checkbox" defaultChecked={state.allowEdit} />
        <label htmlFor="allowEdit">{t('surveys.builder.allowEdit')}</label>
      </div>
      <div className="field">
        <label htmlFor="reminderDays">{t('surveys.builder.reminderDays')}</label>
        <input
          id="reminderDays"
          name="reminderDays"
          type="number"
          min={1}
          max={30}
          defaultValue={state.reminderDays}
        />
      </div>
      <fieldset>
        <legend>{t('surveys.builder.audience')}</legend>
        <div className="field field--checkbox">
          <input
            id="scope-all"
            type="radio"
            name="scope"
            value="all"
            defaultChecked={state.scope === 'all'}
          />
          <label htmlFor="scope-all">{t('surveys.audience.all')}</label>
        </div>
        <div className="field field--checkbox">
          <input
            id="scope-some"
            type="radio"
            name="scope"
            value="some"
            defaultChecked={state.scope === 'some'}
          />
          <label htmlFor="scope-some">{t('surveys.audience.some')}</label>
        </div>
        <div className="field">
          <label htmlFor="bureaus">{t('surveys.audience.bureaus')}</label>
          <select
            id="bureaus"
            name="bureaus"
            multiple
            size={Math.min(8, bureaus.length)}
            defaultValue={state.bureaus}
          >
            {bureaus.map((b) => (
              <option key={b.code} value={b.code}>
                {localName(locale, b)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="prefectures">{t('surveys.audience.prefectures')}</label>
          <select id="prefectures" name="prefectures" multiple size={8} defaultValue={state.prefectures}>
            {prefectures.map((p) => (
              <option key={p.code} value={p.code}>
                {localName(locale, p)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="workshopIds">{t('surveys.audience.workshops')}</label>
          <input id="workshopIds" name="workshopIds" defaultValue={state.workshopIds} />
        </div>
      </fieldset>
      <h2>{t('surveys.builder.questions')}</h2>
      <input type="hidden" name="questionCount" value={state.questions.length} />
      {state.questions.map((q, i) => (
        <QuestionFields key={q.id} q={q} i={i} all={state.questions} count={state.questions.length} />
      ))}
      <div className="field field--inline">
        <label htmlFor="newType">{t('surveys.builder.newType')}</label>
        <select id="newType" name="newType" defaultValue="SINGLE_CHOICE">
          {QUESTION_TYPES.map((type) => (
            <option key={type} value={type}>
              {t(`surveys.type.${type}`)}
            </option>
          ))}
        </select>
        <button type="submit" name="intent" value="add" className="button button--secondary">
          {t('surveys.builder.add')}
        </button>
      </div>
      <p>
        <button type="submit" name="intent" value="save" className="button button--primary">
          {t('surveys.builder.save')}
        </button>
      </p>
    </Form>
  );
}
