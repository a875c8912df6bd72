import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Form, Link, useLoaderData, useSearchParams } from '@remix-run/react';
import { NOTICE_CATEGORIES } from '~/components/bulletin/categories';
import { formatJst } from '~/components/bulletin/format';
import { NoticeMarks } from '~/components/bulletin/marks';
import { GeneralErrorBoundary } from '~/components/error-boundary';
import { NextPageNav } from '~/components/next-page-nav';
import { BulletinListDocument } from '~/generated/graphql';
import { useLocale, useT } from '~/i18n/react';
import { requireRole } from '~/utils/auth.server';
import { apiErrorResponse, gqlRequest } from '~/utils/graphql.server';
import { pageMeta } from '~/utils/meta';
import { routeRolesFor } from '~/utils/navigation';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, 'section.bulletin.title');

export async function loader({ request }: LoaderFunctionArgs) {
  const viewer = await requireRole(request, routeRolesFor('bulletin'));
  const params = new URL(request.url).searchParams;
  const category = NOTICE_CATEGORIES.find((c) => c === params.get('category')) ?? null;
  const date = (name: string) => (DATE.test(params.get(name) ?? '') ? params.get(name) : null);
  const isAdmin = viewer.role === 'ISA_ADMIN';
  try {
    const { notices } = await gqlRequest(request, BulletinListDocument, {
      first: 20,
      after: params.get('after'),
      filter: {
        category,
        from: date('from'),
        to: date('to'),
        text: params.get('q')?.trim() || null,
        unreadOnly: params.get('unread') === '1',
        includeUnpublished: isAdmin && params.get('all') === '1',
      },
    });
    const canUseQa = (routeRolesFor('qa') as readonly string[]).includes(viewer.role);
    return { notices, isAdmin, canUseQa };
  } catch (error) {
    throw apiErrorResponse(error);
  }
}

export default function BulletinList() {
  const { notices, isAdmin, canUseQa } = useLoaderData<typeof loader>();
  const t = useT();
  const locale = useLocale();
  const [params] = useSearchParams();

  return (
    <div className="page">
      <h1>{t('section.bulletin.title')}</h1>
      <p className="lead">
        {t('bulletin.unreadCount', { count: notices.unreadCount })}{' '}
        {canUseQa ? (
          <>
            <Link to="/qa">{t('section.qa.title')}</Link> ·{' '}
          </>
        ) : null}
        <Link to="/notifications">{t('section.notifications.title')}</Link>
      </p>
      {isAdmin && (
        <p>
          <Link to="/bulletin/new" className="button button--primary">
            {t('bulletin.new')}
          </Link>
        </p>
      )}

      <Form method="get" className="form filters" role="search" aria-label={t('bulletin.filters')}>
        <div className="field">
          <label htmlFor="q">{t('bulletin.search')}</label>
          <input id="q" name="q" type="search" defaultValue={params.get('q') ?? ''} />
        </div>
        <div className="field">
          <label htmlFor="category">{t('bulletin.category')}</label>
          <select id="category" name="category" defaultValue={params.get('category') ?? ''}>
            <option value="">{t('bulletin.allCategories')}</option>
            {NOTICE_CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {t(`bulletin.category.${c}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="from">{t('bulletin.from')}</label>
          <input id="from" name="from" type="date" defaultValue={params.get('from') ?? ''} />
        </div>
        <div className="field">
          <label htmlFor="to">{t('bulletin.to')}</label>
          <input id="to" name="to" type="date" defaultValue={params.get('to') ?? ''} />
        </div>
        <div className="field field--checkbox">
          <input
            id="unread"
            name="unread"
            type="checkbox"
            value="1"
            defaultChecked={params.get('unread') === '1'}
          />
          <label htmlFor="unread">{t('bulletin.unreadOnly')}</label>
        </div>
        {isAdmin && (
          <div className="field field--checkbox">
            <input id="all" name="all" type="checkbox" value="1" defaultChecked={params.get('all') === '1'} />
            <label htmlFor="all">{t('bulletin.includeUnpublished')}</label>
          </div>
        )}
        <button type="submit" className="button button--secondary">
          {t('bulletin.apply')}
        </button>
      </Form>

      {notices.edges.length === 0 ? (
        <p className="empty">{t('bulletin.empty')}</p>
      ) : (
        <ul className="notice-list" aria-label={t('section.bulletin.title')}>
          {notices.edges.map(({ node }) => (
            <li key={node.id} className="notice-list__item">
              <NoticeMarks notice={node} />{' '}
              <Link to={`/bulletin/${encodeURIComponent(node.id)}`}>
                {node.unread ? <strong>{node.title}</strong> : node.title}
              </Link>{' '}
              <span className="muted">
                {t(`bulletin.category.${node.category}`)} · {formatJst(locale, node.publishAt)}
                {isAdmin && node.status !== 'PUBLISHED' ? ` · ${t(`bulletin.status.${node.status}`)}` : ''}
              </span>
              {node.updatedSinceRead && node.updateSummary && (
                <p className="notice-list__update">
                  {t('bulletin.updateSummary')}: {node.updateSummary}
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
      <NextPageNav
        searchParams={params}
        cursorParam="after"
        pageInfo={notices.pageInfo}
        label={t('section.bulletin.title')}
      />
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
