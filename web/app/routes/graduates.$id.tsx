import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react';
import { GeneralErrorBoundary } from '~/components/error-boundary';
import { CertificateBadge } from '~/components/graduates/certificate-badge';
import type { FormOutcome } from '~/components/graduates/form-error';
import { GRADUATE_READERS } from '~/components/graduates/roles';
import {
  GraduateProfilePageDocument,
  RequestPeerConnectionDocument,
  UpdateCertificationDocument,
  type ProfileAudience,
} from '~/generated/graphql';
import { localName, localNames } from '~/i18n';
import { useLocale, useT } from '~/i18n/react';
import { requireRole } from '~/utils/auth.server';
import { ApiError, apiErrorResponse, gqlRequest } from '~/utils/graphql.server';
import { pageMeta } from '~/utils/meta';

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, 'graduates.profileTitle');

const PREVIEW_AUDIENCES: readonly ProfileAudience[] = ['SAME_BUREAU_REGION', 'OTHER_REGION'];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const viewer = await requireRole(request, GRADUATE_READERS);
  const as = new URL(request.url).searchParams.get('as');
  const previewAs = PREVIEW_AUDIENCES.find((a) => a === as) ?? null;
  try {
    const { coordinator } = await gqlRequest(request, GraduateProfilePageDocument, {
      id: params.id ?? '',
      previewAs,
    });
    return { coordinator, viewerRole: viewer.role, previewAs };
  } catch (error) {
    throw apiErrorResponse(error);
  }
}

export async function action({ request, params }: ActionFunctionArgs) {
  await requireRole(request, GRADUATE_READERS);
  const form = await request.formData();
  const id = params.id ?? '';
  try {
    if (form.get('intent') === 'connect') {
      await gqlRequest(request, RequestPeerConnectionDocument, { input: { coordinatorId: id } });
      return data<FormOutcome>({ ok: true, message: 'graduates.connectSent' });
    }
    const text = (name: string) => String(form.get(name) ?? '').trim() || null;
    await gqlRequest(request, UpdateCertificationDocument, {
      input: {
        coordinatorId: id,
        certificateNumber: text('certificateNumber'),
        issuedOn: text('issuedOn'),
        expiresOn: text('expiresOn'),
        expert: form.get('expert') === 'on',
      },
    });
    return data<FormOutcome>({ ok: true, message: 'graduates.saved' });
  } catch (error) {
    if (!(error instanceof ApiError) || error.code === 'INTERNAL_SERVER_ERROR') throw error;
    return data<FormOutcome>(
      { ok: false, message: 'graduates.error', field: error.field, detail: error.message },
      { status: 400 },
    );
  }
}

export default function GraduateProfile() {
  const { coordinator: c, viewerRole, previewAs } = useLoaderData<typeof loader>();
  const outcome = useActionData<typeof action>();
  const t = useT();
  const locale = useLocale();
  const rows: [string, string | null | undefined][] = [
    [t('graduates.field.nameKanji'), c.nameKanji],
    [t('graduates.field.nameKana'), c.nameKana],
    [t('graduates.field.nameLatin'), c.nameLatin],
    [t('graduates.field.affiliation'), c.affiliation],
    [t('directory.prefecture'), localName(locale, c.prefecture)],
    [t('graduates.field.municipality'), c.municipality],
    [t('graduates.filter.cohort'), String(c.cohort)],
    [t('directory.languages'), localNames(locale, c.languages)],
    [t('directory.domains'), localNames(locale, c.domains)],
    [t('graduates.field.email'), c.email],
    [t('graduates.field.contactNote'), c.contactNote],
    [t('graduates.field.bio'), c.bio],
    [t('graduates.field.certificateNumber'), c.certificateNumber],
    [t('graduates.field.certificateIssuedOn'), c.certificateIssuedOn],
    [t('graduates.field.certificateExpiresOn'), c.certificateExpiresOn],
  ];

  return (
    <div className="page">
      <p>
        <Link to="/graduates">{t('graduates.backToDirectory')}</Link>
      </p>
      <h1>
        {c.displayName} {c.synthetic && <span className="badge badge--demo">{t('directory.synthetic')}</span>}
        {c.expert && <span className="badge badge--place">{t('graduates.expert')}</span>}
        <CertificateBadge status={c.certificateStatus} />
      </h1>
      {previewAs && (
        <p className="notice" role="status" data-testid="profile-preview">
          {t(`myProfile.previewing.${previewAs}`)}{' '}
          <Link to={`/graduates/${encodeURIComponent(c.id)}`}>{t('myProfile.endPreview')}</Link>
        </p>
      )}
      {outcome && (
        <p
          className={outcome.ok ? 'notice' : 'form-message form-message--error'}
          role={outcome.ok ? 'status' : 'alert'}
        >
          {t(outcome.message)} {outcome.detail}
        </p>
      )}
      <dl className="facts">
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value ?? t('graduates.hidden')}</dd>
          </div>
        ))}
      </dl>
      {c.isViewer && (
        <p>
          <Link to="/profile">{t('graduates.editMyProfile')}</Link>
        </p>
      )}
      {viewerRole === 'COORDINATOR' && !previewAs && !c.isViewer && !c.isPeer && (
        <Form method="post">
          <input type="hidden" name="intent" value="connect" />
          <button type="submit" className="button button--primary">
            {t('graduates.connect')}
          </button>
        </Form>
      )}
      {c.isPeer && (
        <p>
          {t('graduates.isPeer')}{' '}
          <Link to={`/handoffs?to=${encodeURIComponent(c.id)}`}>{t('handoffs.new')}</Link>
        </p>
      )}
      {viewerRole === 'ISA_ADMIN' && !previewAs && (
        <Form method="post" className="form">
          <h2>{t('graduates.certification')}</h2>
          <input type="hidden" name="intent" value="certification" />
          <div className="field">
            <label htmlFor="certificateNumber">{t('graduates.field.certificateNumber')}</label>
            <input id="certificateNumber" name="certificateNumber" defaultValue={c.certificateNumber ?? ''} />
          </div>
          <div className="field">
            <label htmlFor="issuedOn">{t('graduates.field.certificateIssuedOn')}</label>
            <input id="issuedOn" name="issuedOn" type="date" defaultValue={c.certificateIssuedOn ?? ''} />
          </div>
          <div className="field">
            <label htmlFor="expiresOn">{t('graduates.field.certificateExpiresOn')}</label>
            <input id="expiresOn" name="expiresOn" type="date" defaultValue={c.certificateExpiresOn ?? ''} />
          </div>
          <div className="field">
            <label>
              <input type="checkbox" name="expert" defaultChecked={c.expert} /> {t('graduates.expert')}
            </label>
          </div>
          <button type="submit" className="button button--primary">
            {t('graduates.save')}
          </button>
        </Form>
      )}
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
