import { Form } from '@remix-run/react';
import { toJstLocalInput } from '~/components/bulletin/format';
import type { WorkshopEditorQuery } from '~/generated/graphql';
import { localName } from '~/i18n';
import { useLocale, useT } from '~/i18n/react';

type Editor = WorkshopEditorQuery;
type Existing = NonNullable<Editor['workshop']>;

export interface WorkshopFormError {
  field: string | null;
  detail: string;
}

/** Create and edit form of a workshop (times are JST wall-clock values); works without JavaScript. */
export function WorkshopForm({
  editor,
  workshop,
  error,
}: {
  editor: Pick<Editor, 'supportDomains' | 'prefectures'>;
  workshop: Existing | null;
  error: WorkshopFormError | null;
}) {
  const t = useT();
  const locale = useLocale();
  const describedBy = (field: string) => (error?.field === field ? 'workshop-form-error' : undefined);
  const themes = new Set(workshop?.themes.map((d) => d.code) ?? []);
  const field = (name: string, label: string, input: JSX.Element, hint?: string) => (
    <div className="field">
      <label htmlFor={name}>{label}</label>
      {input}
      {hint && (
        <p id={`${name}-hint`} className="hint">
          {hint}
        </p>
      )}
    </div>
  );
  return (
    <Form method="post" className="form">
      {error && (
        <p id="workshop-form-error" className="form-message form-message--error" role="alert">
          {t('workshops.formError')} {error.field ? `(${error.field}) ` : ''}
          {error.detail}
        </p>
      )}
      {field(
        'title',
        t('workshops.field.title'),
        <input
          id="title"
          name="title"
          required
          maxLength={200}
          defaultValue={workshop?.title ?? ''}
          aria-describedby={describedBy('title')}
        />,
      )}
      {field(
        'description',
        t('workshops.field.description'),
        <textarea id="description" name="description" rows={5} defaultValue={workshop?.description ?? ''} />,
      )}
      {field(
        'themes',
        t('workshops.field.themes'),
        <select
          id="themes"
          name="themes"
          multiple
          size={8}
          required
          defaultValue={[...themes]}
          aria-describedby={describedBy('themes') ?? 'themes-hint'}
        >
          {editor.supportDomains.map((d) => (
            <option key={d.code} value={d.code}>
              {localName(locale, d)}
            </option>
          ))}
        </select>,
        t('workshops.field.themesHint'),
      )}
      {field(
        'format',
        t('workshops.field.format'),
        <select id="format" name="format" defaultValue={workshop?.format ?? 'IN_PERSON'}>
          {(['IN_PERSON', 'ONLINE', 'HYBRID'] as const).map((f) => (
            <option key={f} value={f}>
              {t(`workshops.format.${f}`)}
            </option>
          ))}
        </select>,
      )}
      {field(
        'startsAt',
        t('workshops.field.startsAt'),
        <input
          id="startsAt"
          name="startsAt"
          type="datetime-local"
          required
          defaultValue={toJstLocalInput(workshop?.startsAt)}
          aria-describedby={describedBy('startsAt')}
        />,
      )}
      {field(
        'endsAt',
        t('workshops.field.endsAt'),
        <input
          id="endsAt"
          name="endsAt"
          type="datetime-local"
          required
          defaultValue={toJstLocalInput(workshop?.endsAt)}
          aria-describedby={describedBy('endsAt')}
        />,
      )}
      {field(
        'venue',
        t('workshops.field.venue'),
        <input
          id="venue"
          name="venue"
          maxLength={300}
          defaultValue={workshop?.venue ?? ''}
          aria-describedby={describedBy('venue')}
        />,
      )}
      {field(
        'prefecture',
        t('workshops.field.prefecture'),
        <select
          id="prefecture"
          name="prefecture"
          defaultValue={workshop?.prefecture?.code ?? ''}
          aria-describedby={describedBy('prefecture')}
        >
          <option value="">{t('workshops.none')}</option>
          {editor.prefectures.map((p) => (
            <option key={p.code} value={p.code}>
              {localName(locale, p)}
            </option>
          ))}
        </select>,
      )}
      {field(
        'onlineUrl',
        t('workshops.field.onlineUrl'),
        <input
          id="onlineUrl"
          name="onlineUrl"
          type="url"
          defaultValue={workshop?.onlineUrl ?? ''}
          aria-describedby={describedBy('onlineUrl')}
        />,
      )}
      {field(
        'capacity',
        t('workshops.field.capacity'),
        <input
          id="capacity"
          name="capacity"
          type="number"
          min={1}
          max={500}
          required
          defaultValue={workshop?.capacity ?? 40}
          aria-describedby={describedBy('capacity')}
        />,
      )}
      {field(
        'registrationOpensAt',
        t('workshops.field.registrationOpensAt'),
        <input
          id="registrationOpensAt"
          name="registrationOpensAt"
          type="datetime-local"
          required
          defaultValue={toJstLocalInput(workshop?.registrationOpensAt)}
        />,
      )}
      {field(
        'registrationClosesAt',
        t('workshops.field.registrationClosesAt'),
        <input
          id="registrationClosesAt"
          name="registrationClosesAt"
          type="datetime-local"
          required
          defaultValue={toJstLocalInput(workshop?.registrationClosesAt)}
          aria-describedby={describedBy('registrationClosesAt')}
        />,
      )}
      {field(
        'eligibility',
        t('workshops.field.eligibility'),
        <select id="eligibility" name="eligibility" defaultValue={workshop?.eligibility ?? 'ANY_GRADUATE'}>
          {(['ANY_GRADUATE', 'CERTIFICATE_VALID'] as const).map((e) => (
            <option key={e} value={e}>
              {t(`workshops.eligibility.${e}`)}
            </option>
          ))}
        </select>,
      )}
      {field(
        'facilitatorEmails',
        t('workshops.field.facilitatorEmails'),
        <textarea
          id="facilitatorEmails"
          name="facilitatorEmails"
          rows={3}
          defaultValue={workshop?.facilitatorEmails.join('\n') ?? ''}
          aria-describedby={describedBy('facilitatorEmails') ?? 'facilitatorEmails-hint'}
        />,
        t('workshops.field.facilitatorEmailsHint'),
      )}
      <p className="hint">{t('workshops.jstHint')}</p>
      <button type="submit" className="button button--primary">
        {t('workshops.save')}
      </button>
    </Form>
  );
}
