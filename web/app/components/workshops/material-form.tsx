import { Form } from '@remix-run/react';
import { useT } from '~/i18n/react';
import { FieldFlags } from './field-flags';
import type { FormRefusal } from './flags.server';

export const MATERIAL_FIELDS = ['title', 'background', 'problem', 'response', 'outcome', 'lessons'] as const;
type MaterialField = (typeof MATERIAL_FIELDS)[number];

/**
 * The guided case form: one section per step of the case with a hint on what to leave out; after a
 * refusal, each field shows what the API flagged, and soft flags can be confirmed as false positives.
 */
export function MaterialForm({
  initial,
  refusal,
  materialId,
}: {
  initial: Partial<Record<MaterialField, string>>;
  refusal: FormRefusal | null;
  materialId: string | null;
}) {
  const t = useT();
  const value = (f: MaterialField) => {
    const typed = refusal?.values[f];
    return typeof typed === 'string' ? typed : (initial[f] ?? '');
  };
  const flags = refusal?.flags ?? [];
  return (
    <Form method="post" className="form" aria-describedby="material-guidance">
      <div id="material-guidance" className="notice">
        <p>{t('materials.guidance')}</p>
        <ul>
          <li>{t('materials.guidance.names')}</li>
          <li>{t('materials.guidance.dates')}</li>
          <li>{t('materials.guidance.numbers')}</li>
          <li>{t('materials.guidance.places')}</li>
        </ul>
      </div>
      {refusal && (
        <p className="form-message form-message--error" role="alert">
          {refusal.flags.length ? t('materials.flagged') : `${t('workshops.error')} ${refusal.detail}`}
        </p>
      )}
      {materialId && <input type="hidden" name="id" value={materialId} />}
      {MATERIAL_FIELDS.map((f) => {
        const hasFlags = flags.some((x) => x.field === f);
        const describedBy = [`${f}-hint`, hasFlags ? `${f}-flags` : null].filter(Boolean).join(' ');
        return (
          <div className="field" key={`${f}-${value(f)}`}>
            <label htmlFor={f}>{t(`materials.field.${f}`)}</label>
            {f === 'title' ? (
              <input
                id={f}
                name={f}
                required
                maxLength={200}
                defaultValue={value(f)}
                aria-describedby={describedBy}
                aria-invalid={hasFlags || undefined}
              />
            ) : (
              <textarea
                id={f}
                name={f}
                required
                rows={5}
                maxLength={3000}
                defaultValue={value(f)}
                aria-describedby={describedBy}
                aria-invalid={hasFlags || undefined}
              />
            )}
            <p id={`${f}-hint`} className="hint">
              {t(`materials.hint.${f}`)}
            </p>
            <FieldFlags field={f} flags={flags} id={`${f}-flags`} />
          </div>
        );
      })}
      <button type="submit" className="button button--primary">
        {t('materials.send')}
      </button>
    </Form>
  );
}
