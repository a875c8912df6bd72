import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Form, Link, useLoaderData, useSearchParams } from '@remix-run/react';
import { GeneralErrorBoundary } from '~/components/error-boundary';
import { NextPageNav } from '~/components/next-page-nav';
import { AuditEntriesDocument } from '~/generated/graphql';
import type { Locale } from '~/i18n';
import { useLocale, useT } from '~/i18n/react';
import { requireRole } from '~/utils/auth.server';
import { apiErrorResponse, gqlRequest } from '~/utils/graphql.server';
import { pageMeta } from '~/utils/meta';
import { AUDIT_ROLES, auditFilterFrom } from '~/utils/audit-filter';

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, 'section.audit.title');

const PAGE_SIZE = 50;

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, AUDIT_ROLES);
  const params = new URL(request.url).searchParams;
  try {
    const result = await gqlRequest(request, AuditEntriesDocument, {
      filter: auditFilterFrom(params),
      first: PAGE_SIZE,
      after: params.get('after') || null,
    });
    return { entries: result.auditEntries, actions: result.auditActions };
  } catch (error) {
    throw apiErrorResponse(error);
  }
}

function formatDateTime(locale: Locale, iso: string): string {
  return new Intl.DateTimeFormat(locale === 'ja' ? 'ja-JP' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'medium',
    timeZone: 'Asia/Tokyo',
  }).format(new Date(iso));
}

function detailsText(details: string): string {
  try {
    const parsed = JSON.parse(details) as Record<string, unknown>;
    return Object.entries(parsed)
      .filter(([, value]) => value !== null && value !== '')
      .map(([key, value]) => `${key}: ${String(value)}`)
      .join(', ');
  } catch {
    return details;
  }
}

export default function Audit() {
  const { entries, actions } = useLoaderData<typeof loader>();
  const t = useT();
  const locale = useLocale();
  const [searchParams] = useSearchParams();
  const csvHref = `/audit.csv?${new URLSearchParams(
    [...searchParams].filter(([key]) => key !== 'after'),
  ).toString()}`;

  return (
    <div className="page">
      <h1>{t('section.audit.title')}</h1>
      <p className="lead">{t('section.audit.description')}</p>
      <Form method="get" className="filter-bar">
        <fieldset>
          <legend>{t('accounts.audit.filter')}</legend>
          <div className="field">
            <label htmlFor="action">{t('accounts.audit.action')}</label>
            <select id="action" name="action" defaultValue={searchParams.get('action') ?? ''}>
              <option value="">{t('accounts.manage.any')}</option>
              {actions.map((action) => (
                <option key={action} value={action}>
                  {action}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="actorId">{t('accounts.audit.actorId')}</label>
            <input id="actorId" name="actorId" defaultValue={searchParams.get('actorId') ?? ''} />
          </div>
          <div className="field">
            <label htmlFor="targetId">{t('accounts.audit.targetId')}</label>
            <input id="targetId" name="targetId" defaultValue={searchParams.get('targetId') ?? ''} />
          </div>
          <div className="field">
            <label htmlFor="from">{t('accounts.audit.from')}</label>
            <input id="from" name="from" type="date" defaultValue={searchParams.get('from') ?? ''} />
          </div>
          <div className="field">
            <label htmlFor="to">{t('accounts.audit.to')}</label>
            <input id="to" name="to" type="date" defaultValue={searchParams.get('to') ?? ''} />
          </div>
          <button type="submit" className="button button--secondary">
            {t('accounts.manage.apply')}
          </button>
        </fieldset>
      </Form>
      <p>
        <a href={csvHref} download>
          {t('accounts.audit.csv')}
        </a>
      </p>
      {entries.edges.length === 0 ? (
        <p className="empty">{t('accounts.audit.empty')}</p>
      ) : (
        <div className="table-scroll" role="region" aria-labelledby="audit-caption" tabIndex={0}>
          <table className="data-table">
            <caption id="audit-caption">{t('accounts.audit.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('accounts.audit.at')}</th>
                <th scope="col">{t('accounts.audit.action')}</th>
                <th scope="col">{t('accounts.audit.actor')}</th>
                <th scope="col">{t('accounts.audit.target')}</th>
                <th scope="col">{t('accounts.audit.details')}</th>
              </tr>
            </thead>
            <tbody>
              {entries.edges.map(({ node: entry }) => (
                <tr key={entry.id}>
                  <td>{formatDateTime(locale, entry.at)}</td>
                  <th scope="row">{entry.action}</th>
                  <td>
                    {entry.actorId ? (
                      <Link to={`/audit?actorId=${encodeURIComponent(entry.actorId)}`}>
                        {entry.actorName ?? entry.actorId}
                      </Link>
                    ) : (
                      t('accounts.audit.system')
                    )}
                    {entry.actorRole ? ` (${t(`role.${entry.actorRole}`)})` : ''}
                  </td>
                  <td>
                    {entry.targetKind}
                    {entry.targetId ? (
                      <>
                        {' '}
                        <Link to={`/audit?targetId=${encodeURIComponent(entry.targetId)}`}>
                          {entry.targetId}
                        </Link>
                      </>
                    ) : null}
                  </td>
                  <td>{detailsText(entry.details)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <NextPageNav
        searchParams={searchParams}
        cursorParam="after"
        pageInfo={entries.pageInfo}
        label={t('section.audit.title')}
      />
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
