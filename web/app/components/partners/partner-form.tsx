import { Form } from '@remix-run/react';
import type { PartnerKind } from '~/generated/graphql';
import { localName, type MessageKey } from '~/i18n';
import { useLocale, useT } from '~/i18n/react';

export const PARTNER_KINDS = [
  'ADM',
  'SPI',
  'SUP',
  'EXP',
  'SVC',
  'INT',
] as const satisfies readonly PartnerKind[];

/** What the form shows: text fields by name, two checkboxes and the two multi-selects. */
export interface PartnerFormValues {
  text: Record<string, string>;
  nationwide: boolean;
  sensitiveAddress: boolean;
  domains: string[];
  languages: string[];
}

type Option = { code: string; nameJa: string; nameEn: string };

export interface PartnerFormOptions {
  prefectures: Option[];
  supportDomains: Option[];
  languages: Option[];
}

function TextField({
  name,
  label,
  value,
  required,
  type = 'text',
}: {
  name: string;
  label: string;
  value?: string;
  required?: boolean;
  type?: string;
}) {
  return (
    <div className="field">
      <label htmlFor={`f-${name}`}>{label}</label>
      <input id={`f-${name}`} name={name} type={type} required={required} defaultValue={value} />
    </div>
  );
}

function MultiSelect({
  name,
  label,
  options,
  selected,
  required,
}: {
  name: string;
  label: string;
  options: Option[];
  selected: string[];
  required?: boolean;
}) {
  const locale = useLocale();
  return (
    <div className="field">
      <label htmlFor={`f-${name}`}>{label}</label>
      <select id={`f-${name}`} name={name} multiple required={required} size={6} defaultValue={selected}>
        {options.map((o) => (
          <option key={o.code} value={o.code}>
            {localName(locale, o)}
          </option>
        ))}
      </select>
    </div>
  );
}

/**
 * The partner fields as one plain HTML form (proposal and edit). `withAddress` is false when the
 * viewer may not see a protected address: the address fields are then left out, so an edit keeps it.
 */
export function PartnerFieldsForm({
  options,
  values,
  submitLabel,
  withAddress = true,
  withDetails = false,
}: {
  options: PartnerFormOptions;
  values: PartnerFormValues;
  submitLabel: MessageKey;
  withAddress?: boolean;
  /** Opening hours, fees and eligibility (the edit form; a proposal keeps to the essentials). */
  withDetails?: boolean;
}) {
  const t = useT();
  const locale = useLocale();
  const v = values.text;
  return (
    <Form method="post" className="form">
      <TextField name="name" label={t('partners.new.name')} value={v.name} required />
      <TextField name="alternateName" label={t('partners.new.alternateName')} value={v.alternateName} />
      <div className="field">
        <label htmlFor="f-kind">{t('partners.kind')}</label>
        <select id="f-kind" name="kind" defaultValue={v.kind ?? 'SUP'}>
          {PARTNER_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`directory.kind.${k}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="f-description">{t('partners.new.description')}</label>
        <textarea id="f-description" name="description" rows={3} defaultValue={v.description} />
      </div>
      <div className="field">
        <label htmlFor="f-prefecture">{t('partners.prefecture')}</label>
        <select id="f-prefecture" name="prefecture" defaultValue={v.prefecture ?? ''}>
          <option value="">—</option>
          {options.prefectures.map((p) => (
            <option key={p.code} value={p.code}>
              {localName(locale, p)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label>
          <input type="checkbox" name="nationwide" defaultChecked={values.nationwide} />{' '}
          {t('partners.new.nationwide')}
        </label>
      </div>
      <TextField name="phone" label={t('partners.new.phone')} value={v.phone} type="tel" />
      <TextField name="url" label={t('partners.url')} value={v.url} type="url" />
      <TextField name="email" label={t('partners.email')} value={v.email} type="email" />
      {withAddress && (
        <>
          <TextField name="postalCode" label={t('partners.new.postalCode')} value={v.postalCode} />
          <TextField name="municipality" label={t('partners.new.municipality')} value={v.municipality} />
          <TextField name="addressLine" label={t('partners.new.addressLine')} value={v.addressLine} />
          <div className="field">
            <label>
              <input type="checkbox" name="sensitiveAddress" defaultChecked={values.sensitiveAddress} />{' '}
              {t('partners.new.sensitiveAddress')}
            </label>
          </div>
        </>
      )}
      {withDetails && (
        <>
          <TextField name="openingHours" label={t('partners.openingHours')} value={v.openingHours} />
          <TextField name="fees" label={t('partners.fees')} value={v.fees} />
          <div className="field">
            <label htmlFor="f-eligibility">{t('partners.eligibility')}</label>
            <textarea id="f-eligibility" name="eligibility" rows={2} defaultValue={v.eligibility} />
          </div>
        </>
      )}
      <MultiSelect
        name="domains"
        label={t('partners.domain')}
        options={options.supportDomains}
        selected={values.domains}
        required
      />
      <MultiSelect
        name="languages"
        label={t('partners.language')}
        options={options.languages}
        selected={values.languages}
      />
      <button type="submit" className="button button--primary">
        {t(submitLabel)}
      </button>
    </Form>
  );
}
