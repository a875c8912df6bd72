import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react';
import { GeneralErrorBoundary } from '~/components/error-boundary';
import { CertificateBadge } from '~/components/graduates/certificate-badge';
import type { FormOutcome } from '~/components/graduates/form-error';
import { VisibilitySelect, VISIBILITIES } from '~/components/graduates/visibility-select';
import {
  MyProfilePageDocument,
  UpdateMyProfileDocument,
  type FieldVisibility,
  type ProfileVisibilityInput,
  type UpdateMyProfileInput,
} from '~/generated/graphql';
import { localName } from '~/i18n';
import { useLocale, useT } from '~/i18n/react';
import { requireRole } from '~/utils/auth.server';
import { ApiError, apiErrorResponse, gqlRequest } from '~/utils/graphql.server';
import { pageMeta } from '~/utils/meta';

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, 'myProfile.title');

const TEXT_FIELDS = [
  'displayName',
  'nameKanji',
  'nameKana',
  'nameLatin',
  'affiliation',
  'municipality',
  'email',
] as const;
const LONG_FIELDS = ['bio', 'contactNote'] as const;
const VISIBILITY_FIELDS = [
  'nameKana',
  'nameLatin',
  'email',
  'affiliation',
  'municipality',
  'bio',
  'contactNote',
  'certificate',
] as const;

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, ['COORDINATOR']);
  try {
    const page = await gqlRequest(request, MyProfilePageDocument, {});
    if (!page.myProfile) throw new Response('Not found', { status: 404 });
    return { ...page, profile: page.myProfile };
  } catch (error) {
    throw apiErrorResponse(error);
  }
}

export async function action({ request }: ActionFunctionArgs) {
  await requireRole(request, ['COORDINATOR']);
  const form = await request.formData();
  const input: UpdateMyProfileInput = {};
  for (const field of [...TEXT_FIELDS, ...LONG_FIELDS]) input[field] = String(form.get(field) ?? '');
  input.prefecture = String(form.get('prefecture') ?? '') || null;
  input.languages = form.getAll('languages').map(String);
  input.domains = form.getAll('domains').map(String);
  const visibility: ProfileVisibilityInput = {};
  for (const field of VISIBILITY_FIELDS) {
    const value = String(form.get(`visibility.${field}`) ?? '');
    if ((VISIBILITIES as string[]).includes(value)) visibility[field] = value as FieldVisibility;
  }
  input.visibility = visibility;
  try {
    await gqlRequest(request, UpdateMyProfileDocument, { input });
    return data<FormOutcome>({ ok: true, message: 'myProfile.saved' });
  } catch (error) {
    if (!(error instanceof ApiError) || error.code === 'INTERNAL_SERVER_ERROR') throw error;
    return data<FormOutcome>(
      { ok: false, message: 'graduates.error', field: error.field, detail: error.message },
      { status: 400 },
    );
  }
}

export default function MyProfile() {
  const { profile: p, prefectures, languages, supportDomains } = useLoaderData<typeof loader>();
  const outcome = useActionData<typeof action>();
  const t = useT();
  const locale = useLocale();
  const visibility = (field: (typeof VISIBILITY_FIELDS)[number]) => p.visibility?.[field] ?? 'ALL_GRADUATES';
  const invalid = (field: string) => (outcome && !outcome.ok && outcome.field === field) || undefined;
  const myLanguages = new Set(p.languages.map((l) => l.code));
  const myDomains = new Set(p.domains.map((d) => d.code));

  return (
    <div className="page">
      <h1>{t('myProfile.title')}</h1>
      <p className="lead">{t('myProfile.intro')}</p>
      <p>
        {t('myProfile.viewAsOthers')}{' '}
        <Link to={`/graduates/${encodeURIComponent(p.id)}?as=SAME_BUREAU_REGION`}>
          {t('myProfile.asSameRegion')}
        </Link>{' '}
        ·{' '}
        <Link to={`/graduates/${encodeURIComponent(p.id)}?as=OTHER_REGION`}>
          {t('myProfile.asOtherRegion')}
        </Link>{' '}
        · <Link to="/certificates">{t('certificates.title')}</Link>
      </p>
      {outcome && (
        <p
          className={outcome.ok ? 'notice' : 'form-message form-message--error'}
          role={outcome.ok ? 'status' : 'alert'}
        >
          {t(outcome.message)} {outcome.ok ? '' : outcome.detail}
        </p>
      )}
      <Form method="post" className="form">
        {TEXT_FIELDS.map((field) => (
          <div className="field" key={field}>
            <label htmlFor={field}>{t(`graduates.field.${field}`)}</label>
            <input
              id={field}
              name={field}
              type={field === 'email' ? 'email' : 'text'}
              defaultValue={p[field] ?? ''}
              aria-invalid={invalid(field)}
            />
            {(VISIBILITY_FIELDS as readonly string[]).includes(field) && (
              <VisibilitySelect
                field={field}
                label={t(`graduates.field.${field}`)}
                value={visibility(field as (typeof VISIBILITY_FIELDS)[number])}
              />
            )}
          </div>
        ))}
        <div className="field">
          <label htmlFor="prefecture">{t('directory.prefecture')}</label>
          <select id="prefecture" name="prefecture" defaultValue={p.prefecture.code}>
            {prefectures.map((pref) => (
              <option key={pref.code} value={pref.code}>
                {localName(locale, pref)}
              </option>
            ))}
          </select>
        </div>
        {LONG_FIELDS.map((field) => (
          <div className="field" key={field}>
            <label htmlFor={field}>{t(`graduates.field.${field}`)}</label>
            <textarea
              id={field}
              name={field}
              rows={4}
              defaultValue={p[field] ?? ''}
              aria-invalid={invalid(field)}
            />
            <VisibilitySelect field={field} label={t(`graduates.field.${field}`)} value={visibility(field)} />
          </div>
        ))}
        <fieldset className="field field--choices">
          <legend>{t('directory.languages')}</legend>
          {languages.map((l) => (
            <label key={l.code} className="checkbox">
              <input
                type="checkbox"
                name="languages"
                value={l.code}
                defaultChecked={myLanguages.has(l.code)}
              />{' '}
              {localName(locale, l)}
            </label>
          ))}
        </fieldset>
        <fieldset className="field field--choices">
          <legend>{t('directory.domains')}</legend>
          {supportDomains.map((d) => (
            <label key={d.code} className="checkbox">
              <input type="checkbox" name="domains" value={d.code} defaultChecked={myDomains.has(d.code)} />{' '}
              {localName(locale, d)}
            </label>
          ))}
        </fieldset>
        <fieldset className="field">
          <legend>{t('graduates.certification')}</legend>
          <p>
            {t('graduates.field.certificateNumber')}: {p.certificateNumber ?? '—'} (
            {p.certificateIssuedOn ?? '—'} – {p.certificateExpiresOn ?? '—'}){' '}
            <CertificateBadge status={p.certificateStatus} />
          </p>
          <p className="cell-note">{t('myProfile.certificationByIsa')}</p>
          <VisibilitySelect
            field="certificate"
            label={t('graduates.certification')}
            value={visibility('certificate')}
          />
        </fieldset>
        <button type="submit" className="button button--primary">
          {t('graduates.save')}
        </button>
      </Form>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
