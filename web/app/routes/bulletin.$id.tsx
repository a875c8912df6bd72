import {
  data,
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react';
import { formatJst, jstLocalToInstant, toJstLocalInput } from '~/components/bulletin/format';
import { NoticeMarks } from '~/components/bulletin/marks';
import { GeneralErrorBoundary } from '~/components/error-boundary';
import {
  AcknowledgeNoticeDocument,
  ArchiveNoticeDocument,
  NoticePageDocument,
  OpenNoticeDocument,
  PublishNoticeDocument,
} from '~/generated/graphql';
import { localNames } from '~/i18n';
import { useLocale, useT } from '~/i18n/react';
import { requireRole } from '~/utils/auth.server';
import { ApiError, apiErrorResponse, gqlRequest } from '~/utils/graphql.server';
import { pageMeta } from '~/utils/meta';
import { routeRolesFor } from '~/utils/navigation';

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, 'section.bulletin.title');

/** Browsers announce speculative loads (link prefetch); those must not count as reading. */
function isPrefetch(request: Request): boolean {
  return /prefetch/i.test(
    `${request.headers.get('sec-purpose') ?? ''} ${request.headers.get('purpose') ?? ''}`,
  );
}

// Opening the page records the read (docs/bulletin.md: the read receipt is idempotent, and the page
// must work without JavaScript). ISA staff are not in any audience, so their visits only read.
export async function loader({ request, params }: LoaderFunctionArgs) {
  const viewer = await requireRole(request, routeRolesFor('bulletin'));
  const id = params.id!;
  const isAdmin = viewer.role === 'ISA_ADMIN';
  try {
    if (isAdmin || isPrefetch(request)) {
      const { notice } = await gqlRequest(request, NoticePageDocument, { id });
      return { notice, isAdmin };
    }
    const { markNoticeRead } = await gqlRequest(request, OpenNoticeDocument, { id });
    return { notice: markNoticeRead.notice, isAdmin };
  } catch (error) {
    throw apiErrorResponse(error);
  }
}

export async function action({ request, params }: ActionFunctionArgs) {
  const viewer = await requireRole(request, routeRolesFor('bulletin'));
  const id = params.id!;
  const form = await request.formData();
  const intent = String(form.get('intent') ?? '');
  try {
    if (intent === 'acknowledge') {
      await gqlRequest(request, AcknowledgeNoticeDocument, { id });
      return data({ ok: true as const, message: 'bulletin.acknowledged' as const, field: null, detail: '' });
    }
    if (viewer.role !== 'ISA_ADMIN') throw new Response('Forbidden', { status: 403 });
    if (intent === 'publish') {
      if (form.get('when') === 'now') {
        await gqlRequest(request, PublishNoticeDocument, { input: { id, publishAt: null } });
        return data({
          ok: true as const,
          message: 'bulletin.publishedNow' as const,
          field: null,
          detail: '',
        });
      }
      const raw = String(form.get('publishAt') ?? '').trim();
      const publishAt = raw ? jstLocalToInstant(raw) : null;
      if (!publishAt) {
        return data(
          {
            ok: false as const,
            message: raw ? ('bulletin.error' as const) : ('bulletin.publishAtRequired' as const),
            field: 'publishAt',
            detail: raw,
          },
          { status: 400 },
        );
      }
      await gqlRequest(request, PublishNoticeDocument, { input: { id, publishAt } });
      return data({ ok: true as const, message: 'bulletin.published' as const, field: null, detail: '' });
    }
    if (intent === 'archive') {
      await gqlRequest(request, ArchiveNoticeDocument, { id });
      return redirect(`/bulletin/${encodeURIComponent(id)}`);
    }
    throw new Response('Bad request', { status: 400 });
  } catch (error) {
    if (!(error instanceof ApiError) || error.code === 'INTERNAL_SERVER_ERROR') throw error;
    return data(
      { ok: false as const, message: 'bulletin.error' as const, field: error.field, detail: error.message },
      { status: 400 },
    );
  }
}

export default function NoticePage() {
  const { notice, isAdmin } = useLoaderData<typeof loader>();
  const outcome = useActionData<typeof action>();
  const t = useT();
  const locale = useLocale();
  const needsAck = notice.importance === 'REQUIRES_ACKNOWLEDGEMENT';

  return (
    <article className="page notice">
      <p>
        <Link to="/bulletin">← {t('section.bulletin.title')}</Link>
      </p>
      <h1>{notice.title}</h1>
      <p>
        <NoticeMarks notice={notice} />{' '}
        <span className="badge">{t(`bulletin.category.${notice.category}`)}</span>{' '}
        {isAdmin && <span className="badge">{t(`bulletin.status.${notice.status}`)}</span>}
      </p>
      {outcome && (
        <p
          className={outcome.ok ? 'notice' : 'form-message form-message--error'}
          role={outcome.ok ? 'status' : 'alert'}
        >
          {t(outcome.message)} {outcome.ok ? '' : outcome.detail}
        </p>
      )}
      <dl className="facts">
        <dt>{t('bulletin.publishedAt')}</dt>
        <dd>{notice.publishAt ? formatJst(locale, notice.publishAt) : t('bulletin.status.DRAFT')}</dd>
        {notice.effectiveDate && (
          <>
            <dt>{t('bulletin.effectiveDate')}</dt>
            <dd>{notice.effectiveDate}</dd>
          </>
        )}
        <dt>{t('bulletin.author')}</dt>
        <dd>{notice.authorName}</dd>
        <dt>{t('bulletin.version')}</dt>
        <dd>{notice.version}</dd>
        <dt>{t('bulletin.audience')}</dt>
        <dd>
          {notice.audience.allRegions
            ? t('bulletin.audience.all')
            : localNames(locale, [...notice.audience.bureaus, ...notice.audience.prefectures])}
          {notice.audience.roles.length > 0 &&
            ` (${notice.audience.roles.map((r) => t(`role.${r}`)).join(', ')})`}
        </dd>
      </dl>
      {notice.updateSummary && notice.version > 1 && (
        <p className="notice" role="note">
          {t('bulletin.updateSummary')}: {notice.updateSummary}
        </p>
      )}
      {/* bodyHtml is rendered and sanitized by the API (raw HTML escaped, unsafe link protocols dropped). */}
      <div className="notice__body" dangerouslySetInnerHTML={{ __html: notice.bodyHtml }} />
      {notice.attachments.length > 0 && (
        <section aria-labelledby="attachments-heading">
          <h2 id="attachments-heading">{t('bulletin.attachments')}</h2>
          <ul>
            {notice.attachments.map((a) => (
              <li key={a.url}>
                <a href={a.url} rel="noopener noreferrer nofollow">
                  {a.title}
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}

      {needsAck && !isAdmin && (
        <section aria-labelledby="ack-heading" className="form">
          <h2 id="ack-heading">{t('bulletin.ackHeading')}</h2>
          {notice.acknowledgedAt ? (
            <p role="status">
              {t('bulletin.acknowledgedAt', { at: formatJst(locale, notice.acknowledgedAt) })}
            </p>
          ) : (
            <Form method="post">
              <input type="hidden" name="intent" value="acknowledge" />
              <button type="submit" className="button button--primary">
                {t('bulletin.acknowledge')}
              </button>
            </Form>
          )}
        </section>
      )}

      {isAdmin && (
        <section aria-labelledby="admin-heading" className="form">
          <h2 id="admin-heading">{t('bulletin.manage')}</h2>
          <p>
            <Link to={`/bulletin/${encodeURIComponent(notice.id)}/edit`}>{t('bulletin.edit')}</Link> ·{' '}
            <Link to={`/bulletin/${encodeURIComponent(notice.id)}/stats`}>{t('bulletin.stats')}</Link>
          </p>
          {notice.status !== 'ARCHIVED' && (
            <Form method="post">
              <input type="hidden" name="intent" value="publish" />
              <div className="field">
                <label htmlFor="publishAt">{t('bulletin.publishAt')}</label>
                <input
                  id="publishAt"
                  name="publishAt"
                  type="datetime-local"
                  step={1}
                  defaultValue={toJstLocalInput(notice.publishAt)}
                  aria-describedby="publishAt-help"
                />
                <p id="publishAt-help" className="hint">
                  {t('bulletin.publishAtHelp')}
                </p>
              </div>
              <div className="actions">
                <button type="submit" name="when" value="scheduled" className="button button--primary">
                  {t('bulletin.schedule')}
                </button>
                {notice.status !== 'PUBLISHED' && (
                  <button type="submit" name="when" value="now" className="button button--secondary">
                    {t('bulletin.publishNow')}
                  </button>
                )}
              </div>
            </Form>
          )}
          {notice.status !== 'ARCHIVED' && (
            <Form method="post">
              <input type="hidden" name="intent" value="archive" />
              <button type="submit" className="button button--secondary">
                {t('bulletin.archive')}
              </button>
            </Form>
          )}
          {notice.history && (
            <>
              <h3>{t('bulletin.history')}</h3>
              <ol>
                {notice.history.map((rev) => (
                  <li key={`${rev.at}-${rev.version}-${rev.summary}`}>
                    {formatJst(locale, rev.at)} · {rev.by} · v{rev.version}
                    {rev.substantive ? ` · ${t('bulletin.substantive')}` : ''} · {rev.summary}
                    {rev.fields.length > 0 && ` (${rev.fields.join(', ')})`}
                  </li>
                ))}
              </ol>
            </>
          )}
        </section>
      )}
    </article>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
