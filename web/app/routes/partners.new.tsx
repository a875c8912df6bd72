import {
  data,
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react';
import { GeneralErrorBoundary } from '~/components/error-boundary';
import { ERROR_MESSAGES, type PartnerActionResult } from '~/components/partners/action-result';
import { PartnerFormOptionsDocument, ProposePartnerDocument, type PartnerKind } from '~/generated/graphql';
import { localName } from '~/i18n';
import { useLocale, useT } from '~/i18n/react';
import { requireRole } from '~/utils/auth.server';
import { ApiError, apiErrorResponse, gqlRequest } from '~/utils/graphql.server';
import { pageMeta } from '~/utils/meta';

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, 'partners.new.title');

const PROPOSERS = ['COORDINATOR', 'ISA_ADMIN'] as const;
const KINDS = ['ADM', 'SPI', 'SUP', 'EXP', 'SVC', 'INT'] as const satisfies readonly PartnerKind[];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, PROPOSERS);
  try {
    return await gqlRequest(request, PartnerFormOptionsDocument, {});
  } catch (error) {
    throw apiErrorResponse(error);
  }
}

type ProposeResult = PartnerActionResult & { values: Record<string, string> };

export async function action({ request }: ActionFunctionArgs) {
  await requireRole(request, PROPOSERS);
  const form = await request.formData();
  const values = Object.fromEntries(
    [...form.entries()].filter(([, v]) => typeof v === 'string').map(([k, v]) => [k, String(v)]),
  );
  const optional = (name: string) => values[name]?.trim() || null;
  const nationwide = values.nationwide === 'on';
  try {
    const { proposePartner } = await gqlRequest(request, ProposePartnerDocument, {
      input: {
        fields: {
          name: values.name ?? '',
          alternateName: optional('alternateName'),
          kind: KINDS.find((k) => k === values.kind) ?? 'SUP',
          description: optional('description'),
          url: optional('url'),
          email: optional('email'),
          phones: optional('phone') ? [values.phone] : [],
          prefecture: optional('prefecture'),
          postalCode: optional('postalCode'),
          municipality: optional('municipality'),
          addressLine: optional('addressLine'),
          nationwide,
          domains: form.getAll('domains').map(String),
          languages: form.getAll('languages').map(String),
          sensitiveAddress: values.sensitiveAddress === 'on',
        },
      },
    });
    return redirect(`/partners/${encodeURIComponent(proposePartner.partner.id)}`);
  } catch (error) {
    if (!(error instanceof ApiError) || !ERROR_MESSAGES[error.code]) throw apiErrorResponse(error);
    const existing = error.extensions.existingPartnerId;
    return data<ProposeResult>(
      {
        ok: false,
        message: ERROR_MESSAGES[error.code],
        field: error.field ?? (typeof error.extensions.field === 'string' ? error.extensions.field : null),
        existingPartnerId: typeof existing === 'string' ? existing : null,
        values,
      },
      { status: error.code === 'CONFLICT' ? 409 : error.code === 'BAD_USER_INPUT' ? 400 : 403 },
    );
  }
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

export default function ProposePartner() {
  const { prefectures, supportDomains, languages } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  const locale = useLocale();
  const v = result?.values ?? {};
  return (
    <div className="page page--narrow">
      <p>
        <Link to="/partners">← {t('partners.title')}</Link>
      </p>
      <h1>{t('partners.new.title')}</h1>
      <p>{t('partners.new.intro')}</p>
      {result && (
        <div className="form-message form-message--error" role="alert">
          <p>{t(result.message, { field: result.field ?? '' })}</p>
          {result.existingPartnerId && (
            <p>
              <Link to={`/partners/${encodeURIComponent(result.existingPartnerId)}`}>
                {t('partners.error.conflictLink')}
              </Link>
            </p>
          )}
        </div>
      )}
      <Form method="post" className="form">
        <TextField name="name" label={t('partners.new.name')} value={v.name} required />
        <TextField name="alternateName" label={t('partners.new.alternateName')} value={v.alternateName} />
        <div className="field">
          <label htmlFor="f-kind">{t('partners.kind')}</label>
          <select id="f-kind" name="kind" defaultValue={v.kind ?? 'SUP'}>
            {KINDS.map((k) => (
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
            {prefectures.map((p) => (
              <option key={p.code} value={p.code}>
                {localName(locale, p)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label>
            <input type="checkbox" name="nationwide" defaultChecked={v.nationwide === 'on'} />{' '}
            {t('partners.new.nationwide')}
          </label>
        </div>
        <TextField name="phone" label={t('partners.new.phone')} value={v.phone} type="tel" />
        <TextField name="url" label={t('partners.url')} value={v.url} type="url" />
        <TextField name="email" label={t('partners.email')} value={v.email} type="email" />
        <TextField name="postalCode" label={t('partners.new.postalCode')} value={v.postalCode} />
        <TextField name="municipality" label={t('partners.new.municipality')} value={v.municipality} />
        <TextField name="addressLine" label={t('partners.new.addressLine')} value={v.addressLine} />
        <div className="field">
          <label>
            <input type="checkbox" name="sensitiveAddress" defaultChecked={v.sensitiveAddress === 'on'} />{' '}
            {t('partners.new.sensitiveAddress')}
          </label>
        </div>
        <div className="field">
          <label htmlFor="f-domains">{t('partners.domain')}</label>
          <select id="f-domains" name="domains" multiple required size={6}>
            {supportDomains.map((d) => (
              <option key={d.code} value={d.code}>
                {localName(locale, d)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-languages">{t('partners.language')}</label>
          <select id="f-languages" name="languages" multiple size={6}>
            {languages.map((l) => (
              <option key={l.code} value={l.code}>
                {localName(locale, l)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button button--primary">
          {t('partners.new.submit')}
        </button>
      </Form>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
