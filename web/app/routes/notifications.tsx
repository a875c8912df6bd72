import {
  data,
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useSearchParams } from '@remix-run/react';
import { formatJst } from '~/components/bulletin/format';
import { GeneralErrorBoundary } from '~/components/error-boundary';
import { NextPageNav } from '~/components/next-page-nav';
import {
  ManageNoticeFeedTokenDocument,
  MarkNotificationsReadDocument,
  NotificationsPageDocument,
  type NotificationsPageQuery,
} from '~/generated/graphql';
import { useLocale, useT } from '~/i18n/react';
import { requireRole } from '~/utils/auth.server';
import { apiErrorResponse, gqlRequest } from '~/utils/graphql.server';
import { getEnv } from '~/utils/env.server';
import { pageMeta } from '~/utils/meta';
import { routeRolesFor } from '~/utils/navigation';

type Item = NotificationsPageQuery['notifications']['edges'][number]['node'];

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, 'section.notifications.title');

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, routeRolesFor('notifications'));
  try {
    return await gqlRequest(request, NotificationsPageDocument, {
      after: new URL(request.url).searchParams.get('after'),
    });
  } catch (error) {
    throw apiErrorResponse(error);
  }
}

export async function action({ request }: ActionFunctionArgs) {
  await requireRole(request, routeRolesFor('notifications'));
  const form = await request.formData();
  const intent = String(form.get('intent') ?? '');
  try {
    if (intent === 'feed') {
      const { manageNoticeFeedToken } = await gqlRequest(request, ManageNoticeFeedTokenDocument, {
        revoke: form.get('revoke') === 'yes',
      });
      // The feed is served by the API; the new URL is shown once (only its hash is stored).
      const apiOrigin = new URL(getEnv().API_URL).origin;
      return data({
        feedUrl: manageNoticeFeedToken.feedPath ? `${apiOrigin}${manageNoticeFeedToken.feedPath}` : null,
      });
    }
    const to = String(form.get('to') ?? '');
    await gqlRequest(request, MarkNotificationsReadDocument, {
      input: intent === 'all' ? { all: true } : { ids: [String(form.get('id') ?? '')] },
    });
    // "Open" marks the notification read, then goes to what it is about (only local paths).
    return redirect(to.startsWith('/') && !to.startsWith('//') ? to : '/notifications');
  } catch (error) {
    throw apiErrorResponse(error);
  }
}

function targetOf(item: Item): string {
  if (item.link?.startsWith('/') && !item.link.startsWith('//')) return item.link;
  if (item.threadId) return `/qa/${encodeURIComponent(item.threadId)}`;
  return `/bulletin/${encodeURIComponent(item.noticeId ?? '')}`;
}

export default function Notifications() {
  const { notifications, viewer } = useLoaderData<typeof loader>();
  const feed = useActionData<typeof action>();
  const t = useT();
  const locale = useLocale();
  const [params] = useSearchParams();

  const describe = (item: Item) => {
    if (item.kind === 'QA_REPLY')
      return t('notifications.qaReply', { name: item.actorName ?? '', title: item.threadTitle ?? '' });
    if (item.kind === 'ACKNOWLEDGEMENT_DUE')
      return t('notifications.ackDue', { title: item.noticeTitle ?? '' });
    if (item.kind === 'NEW_NOTICE') return t('notifications.newNotice', { title: item.noticeTitle ?? '' });
    return t(`notifications.kind.${item.kind}`, { title: item.subjectTitle ?? '' });
  };

  return (
    <div className="page">
      <h1>{t('section.notifications.title')}</h1>
      <p className="lead">{t('notifications.unread', { count: notifications.unreadCount })}</p>
      {notifications.unreadCount > 0 && (
        <Form method="post">
          <input type="hidden" name="intent" value="all" />
          <button type="submit" className="button button--secondary">
            {t('notifications.markAllRead')}
          </button>
        </Form>
      )}
      {notifications.edges.length === 0 ? (
        <p className="empty">{t('notifications.empty')}</p>
      ) : (
        <ul className="notice-list" aria-label={t('section.notifications.title')}>
          {notifications.edges.map(({ node }) => (
            <li key={node.id}>
              {!node.read && <span className="badge badge--pending">{t('bulletin.mark.unread')}</span>}{' '}
              <Link to={targetOf(node)}>{describe(node)}</Link>{' '}
              <span className="muted">{formatJst(locale, node.at)}</span>{' '}
              {!node.read && (
                <Form method="post" className="inline-form">
                  <input type="hidden" name="intent" value="one" />
                  <input type="hidden" name="id" value={node.id} />
                  <button type="submit" className="button button--quiet">
                    {t('notifications.markRead')}
                  </button>
                </Form>
              )}
            </li>
          ))}
        </ul>
      )}
      <NextPageNav
        searchParams={params}
        cursorParam="after"
        pageInfo={notifications.pageInfo}
        label={t('section.notifications.title')}
      />

      <section aria-labelledby="feed-heading" className="form">
        <h2 id="feed-heading">{t('notifications.feed')}</h2>
        <p className="hint">{t('notifications.feedHelp')}</p>
        {feed?.feedUrl && (
          <p role="status">
            {t('notifications.feedUrl')} <code>{feed.feedUrl}</code>
          </p>
        )}
        <p>{viewer?.noticeFeedActive ? t('notifications.feedActive') : t('notifications.feedInactive')}</p>
        <Form method="post" className="inline-form">
          <input type="hidden" name="intent" value="feed" />
          <button type="submit" className="button button--secondary">
            {viewer?.noticeFeedActive ? t('notifications.feedRotate') : t('notifications.feedCreate')}
          </button>
        </Form>{' '}
        {viewer?.noticeFeedActive && (
          <Form method="post" className="inline-form">
            <input type="hidden" name="intent" value="feed" />
            <input type="hidden" name="revoke" value="yes" />
            <button type="submit" className="button button--quiet">
              {t('notifications.feedRevoke')}
            </button>
          </Form>
        )}
      </section>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
