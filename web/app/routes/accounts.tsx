import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { useLoaderData, useSearchParams } from '@remix-run/react';
import { GeneralErrorBoundary } from '~/components/error-boundary';
import { NextPageNav } from '~/components/next-page-nav';
import { AccountsDocument } from '~/generated/graphql';
import type { Locale } from '~/i18n';
import { useLocale, useT } from '~/i18n/react';
import { requireRole } from '~/utils/auth.server';
import { apiErrorResponse, gqlRequest } from '~/utils/graphql.server';
import { pageMeta } from '~/utils/meta';
import { routeRolesFor } from '~/utils/navigation';

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, 'section.accounts.title');

const PAGE_SIZE = 50;

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, routeRolesFor('accounts'));
  const after = new URL(request.url).searchParams.get('after') || null;
  try {
    const { accounts } = await gqlRequest(request, AccountsDocument, { first: PAGE_SIZE, after });
    return { accounts };
  } catch (error) {
    throw apiErrorResponse(error);
  }
}

// Fixed to Japan time so the server render and the browser agree.
function formatDateTime(locale: Locale, iso: string): string {
  return new Intl.DateTimeFormat(locale === 'ja' ? 'ja-JP' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Asia/Tokyo',
  }).format(new Date(iso));
}

export default function Accounts() {
  const { accounts } = useLoaderData<typeof loader>();
  const t = useT();
  const locale = useLocale();
  const [searchParams] = useSearchParams();

  return (
    <div className="page">
      <h1>{t('section.accounts.title')}</h1>
      <p className="lead">{t('section.accounts.description')}</p>
      {accounts.edges.length === 0 ? (
        <p className="empty">{t('accounts.empty')}</p>
      ) : (
        <div className="table-scroll" role="region" aria-labelledby="accounts-caption" tabIndex={0}>
          <table className="data-table">
            <caption id="accounts-caption">{t('accounts.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('accounts.name')}</th>
                <th scope="col">{t('accounts.email')}</th>
                <th scope="col">{t('accounts.role')}</th>
                <th scope="col" className="numeric">
                  {t('accounts.failedSignIns')}
                </th>
                <th scope="col">{t('accounts.lockedUntil')}</th>
                <th scope="col" className="numeric">
                  {t('accounts.activeSessions')}
                </th>
              </tr>
            </thead>
            <tbody>
              {accounts.edges.map(({ node: account }) => (
                <tr key={account.id}>
                  <th scope="row">{account.displayName}</th>
                  <td>{account.email}</td>
                  <td>{t(`role.${account.role}`)}</td>
                  <td className="numeric">{account.failedSignIns}</td>
                  <td>
                    {account.lockedUntil
                      ? formatDateTime(locale, account.lockedUntil)
                      : t('accounts.notLocked')}
                  </td>
                  <td className="numeric">{account.activeSessions}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <NextPageNav
        searchParams={searchParams}
        cursorParam="after"
        pageInfo={accounts.pageInfo}
        label={t('section.accounts.title')}
      />
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
