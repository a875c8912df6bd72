import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react';
import { formatJst } from '~/components/bulletin/format';
import { GeneralErrorBoundary } from '~/components/error-boundary';
import { MATERIAL_FIELDS } from '~/components/workshops/material-form';
import { OpenCaseMaterialDocument, ReviewCaseMaterialDocument } from '~/generated/graphql';
import { useLocale, useT } from '~/i18n/react';
import { requireRole } from '~/utils/auth.server';
import { ApiError, apiErrorResponse, gqlRequest } from '~/utils/graphql.server';
import { pageMeta } from '~/utils/meta';
import { routeRolesFor } from '~/utils/navigation';

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, 'materials.heading');

/** Browsers announce speculative loads; those must not open (and log) a confidential material. */
function isPrefetch(request: Request): boolean {
  return /prefetch/i.test(
    `${request.headers.get('sec-purpose') ?? ''} ${request.headers.get('purpose') ?? ''}`,
  );
}

// Opening is a logged write (openCaseMaterial): the API records who opened it and when, in the same
// transaction that returns the text; a refusal is logged too and shows as 403 here.
export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireRole(request, routeRolesFor('workshops'));
  if (isPrefetch(request)) throw new Response(null, { status: 204 });
  try {
    const { openCaseMaterial } = await gqlRequest(request, OpenCaseMaterialDocument, { id: params.mid! });
    if (openCaseMaterial.material.workshopId !== params.id) throw new Response('Not found', { status: 404 });
    return { material: openCaseMaterial.material };
  } catch (error) {
    throw apiErrorResponse(error);
  }
}

export async function action({ request, params }: ActionFunctionArgs) {
  await requireRole(request, routeRolesFor('workshops'));
  const form = await request.formData();
  try {
    const approve = form.get('intent') === 'approve';
    await gqlRequest(request, ReviewCaseMaterialDocument, {
      input: { id: params.mid!, approve, comment: String(form.get('comment') ?? '') || null },
    });
    return data({ ok: true as const, detail: '' });
  } catch (error) {
    if (!(error instanceof ApiError) || error.code === 'INTERNAL_SERVER_ERROR') throw error;
    return data({ ok: false as const, detail: error.message }, { status: 400 });
  }
}

export default function MaterialPage() {
  const { material } = useLoaderData<typeof loader>();
  const outcome = useActionData<typeof action>();
  const t = useT();
  const locale = useLocale();
  const workshopPath = `/workshops/${encodeURIComponent(material.workshopId)}`;
  return (
    <article className="page">
      <p>
        <Link to={workshopPath}>← {material.workshopTitle}</Link>
      </p>
      <p className="notice" role="note">
        {t('materials.confidentialNotice')}
      </p>
      <h1>{material.title}</h1>
      {outcome && (
        <p
          className={outcome.ok ? 'notice' : 'form-message form-message--error'}
          role={outcome.ok ? 'status' : 'alert'}
        >
          {outcome.ok ? t('materials.reviewed') : `${t('workshops.error')} ${outcome.detail}`}
        </p>
      )}
      <dl className="facts">
        <dt>{t('materials.statusHeading')}</dt>
        <dd>
          <span className="badge">{t(`materials.status.${material.status}`)}</span>
          {material.status === 'SUBMITTED' && (
            <span className="hint" data-testid="material-reviewers">
              {' '}
              {t(`materials.reviewers.${material.reviewers}`)}
            </span>
          )}
        </dd>
        <dt>{t('materials.author')}</dt>
        <dd>{material.author.displayName}</dd>
        <dt>{t('materials.submittedAt')}</dt>
        <dd>{formatJst(locale, material.submittedAt)}</dd>
        {material.reviewComment && (
          <>
            <dt>{t('materials.reviewComment')}</dt>
            <dd>{material.reviewComment}</dd>
          </>
        )}
      </dl>
      {MATERIAL_FIELDS.filter((f) => f !== 'title').map((f) => (
        <section key={f} aria-labelledby={`section-${f}`}>
          <h2 id={`section-${f}`}>{t(`materials.field.${f}`)}</h2>
          <p className="material__text">{material[f]}</p>
        </section>
      ))}
      {material.confirmedFlags.length > 0 && (material.viewerCanReview || material.mine) && (
        <section aria-labelledby="confirmed-flags">
          <h2 id="confirmed-flags">{t('materials.confirmedFlags')}</h2>
          <ul>
            {material.confirmedFlags.map((f) => (
              <li key={`${f.field}-${f.kind}-${f.match}`}>
                {t(`materials.field.${f.field as (typeof MATERIAL_FIELDS)[number]}`)}: <mark>{f.match}</mark>
              </li>
            ))}
          </ul>
        </section>
      )}
      {material.mine && material.status === 'RETURNED' && (
        <p>
          <Link to={`${workshopPath}/materials/new?revise=${encodeURIComponent(material.id)}`}>
            {t('materials.revise')}
          </Link>
        </p>
      )}
      {material.viewerCanReview && material.status === 'SUBMITTED' && !outcome?.ok && (
        <Form method="post" className="form" aria-labelledby="review-heading">
          <h2 id="review-heading">{t('materials.review')}</h2>
          <div className="field">
            <label htmlFor="comment">{t('materials.reviewComment')}</label>
            <textarea id="comment" name="comment" rows={3} aria-describedby="comment-hint" />
            <p id="comment-hint" className="hint">
              {t('materials.reviewCommentHint')}
            </p>
          </div>
          <button type="submit" name="intent" value="approve" className="button button--primary">
            {t('materials.approve')}
          </button>{' '}
          <button type="submit" name="intent" value="return" className="button button--secondary">
            {t('materials.return')}
          </button>
        </Form>
      )}
    </article>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
