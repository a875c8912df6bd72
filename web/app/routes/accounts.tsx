import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useNavigation, useSearchParams } from '@remix-run/react';
import { GeneralErrorBoundary } from '~/components/error-boundary';
import { NextPageNav } from '~/components/next-page-nav';
import {
  AccountsDocument,
  ChangeAccountRoleDocument,
  SendSetPasswordLinkDocument,
  SetAccountActiveDocument,
  type Role,
} from '~/generated/graphql';
import type { Locale, MessageKey } from '~/i18n';
import { useLocale, useT } from '~/i18n/react';
import { requireRole } from '~/utils/auth.server';
import { ApiError, apiErrorResponse, gqlRequest } from '~/utils/graphql.server';
import { pageMeta } from '~/utils/meta';
import { routeRolesFor } from '~/utils/navigation';

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, 'section.accounts.title');

const PAGE_SIZE = 50;
const ROLES: readonly Role[] = ['COORDINATOR', 'ISA_ADMIN', 'WORKSHOP_ORGANIZER', 'LOCAL_GOV'];
const STAFF_ROLES: readonly Role[] = ['ISA_ADMIN', 'WORKSHOP_ORGANIZER', 'LOCAL_GOV'];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, routeRolesFor('accounts'));
  const params = new URL(request.url).searchParams;
  const role = params.get('role');
  const status = params.get('status');
  try {
    const { accounts } = await gqlRequest(request, AccountsDocument, {
      first: PAGE_SIZE,
      after: params.get('after') || null,
      role: ROLES.includes(role as Role) ? (role as Role) : null,
      active: status === 'active' ? true : status === 'deactivated' ? false : null,
      text: params.get('q')?.trim() || null,
    });
    return { accounts };
  } catch (error) {
    throw apiErrorResponse(error);
  }
}

type ActionResult = { ok: boolean; message: MessageKey; accountId: string };

export async function action({ request }: ActionFunctionArgs) {
  await requireRole(request, routeRolesFor('accounts'));
  const form = await request.formData();
  const accountId = String(form.get('accountId') ?? '');
  const intent = String(form.get('intent') ?? '');
  const done = (message: MessageKey) => data<ActionResult>({ ok: true, message, accountId });
  try {
    switch (intent) {
      case 'deactivate':
      case 'reactivate':
        await gqlRequest(request, SetAccountActiveDocument, {
          input: { accountId, active: intent === 'reactivate' },
        });
        return done(intent === 'deactivate' ? 'accounts.manage.deactivated' : 'accounts.manage.reactivated');
      case 'role': {
        const role = String(form.get('role') ?? '') as Role;
        await gqlRequest(request, ChangeAccountRoleDocument, { input: { accountId, role } });
        return done('accounts.manage.roleChanged');
      }
      case 'link':
        await gqlRequest(request, SendSetPasswordLinkDocument, { accountId });
        return done('accounts.manage.linkSent');
      default:
        throw new Response('Bad Request', { status: 400 });
    }
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    const reason = String(error.extensions.reason ?? '');
    const message: MessageKey =
      reason === 'LAST_ADMIN'
        ? 'accounts.manage.lastAdmin'
        : error.field === 'prefectureCode'
          ? 'accounts.manage.prefectureRequired'
          : error.code === 'NOT_FOUND'
            ? 'accounts.manage.notFound'
            : error.code === 'BAD_USER_INPUT'
              ? 'accounts.manage.coordinatorRole'
              : 'accounts.manage.failed';
    if (error.code === 'FORBIDDEN' || error.code === 'UNAUTHENTICATED') throw apiErrorResponse(error);
    return data<ActionResult>({ ok: false, message, accountId }, { status: 400 });
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
  const result = useActionData<typeof action>();
  const t = useT();
  const locale = useLocale();
  const [searchParams] = useSearchParams();
  const submitting = useNavigation().state === 'submitting';

  return (
    <div className="page">
      <h1>{t('section.accounts.title')}</h1>
      <p className="lead">{t('section.accounts.description')}</p>
      <p>
        <Link to="/accounts/new" className="button button--primary">
          {t('accounts.manage.create')}
        </Link>{' '}
        <Link to="/audit">{t('section.audit.title')}</Link>
      </p>
      {result ? (
        <p
          className={result.ok ? 'form-message' : 'form-message form-message--error'}
          role={result.ok ? 'status' : 'alert'}
        >
          {t(result.message)}
        </p>
      ) : null}
      <Form method="get" className="filter-bar">
        <fieldset>
          <legend>{t('accounts.manage.filter')}</legend>
          <div className="field">
            <label htmlFor="q">{t('accounts.manage.text')}</label>
            <input id="q" name="q" type="search" defaultValue={searchParams.get('q') ?? ''} />
          </div>
          <div className="field">
            <label htmlFor="filter-role">{t('accounts.role')}</label>
            <select id="filter-role" name="role" defaultValue={searchParams.get('role') ?? ''}>
              <option value="">{t('accounts.manage.any')}</option>
              {ROLES.map((role) => (
                <option key={role} value={role}>
                  {t(`role.${role}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="filter-status">{t('accounts.manage.status')}</label>
            <select id="filter-status" name="status" defaultValue={searchParams.get('status') ?? ''}>
              <option value="">{t('accounts.manage.any')}</option>
              <option value="active">{t('accounts.manage.active')}</option>
              <option value="deactivated">{t('accounts.manage.deactivatedStatus')}</option>
            </select>
          </div>
          <button type="submit" className="button button--secondary">
            {t('accounts.manage.apply')}
          </button>
        </fieldset>
      </Form>
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
                <th scope="col">{t('accounts.manage.prefecture')}</th>
                <th scope="col">{t('accounts.manage.status')}</th>
                <th scope="col" className="numeric">
                  {t('accounts.failedSignIns')}
                </th>
                <th scope="col">{t('accounts.lockedUntil')}</th>
                <th scope="col" className="numeric">
                  {t('accounts.activeSessions')}
                </th>
                <th scope="col">{t('accounts.manage.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {accounts.edges.map(({ node: account }) => (
                <tr key={account.id}>
                  <th scope="row">{account.displayName}</th>
                  <td>{account.email}</td>
                  <td>{t(`role.${account.role}`)}</td>
                  <td>
                    {account.prefecture
                      ? locale === 'ja'
                        ? account.prefecture.nameJa
                        : account.prefecture.nameEn
                      : ''}
                  </td>
                  <td>
                    {!account.active
                      ? t('accounts.manage.deactivatedStatus')
                      : account.passwordSet
                        ? t('accounts.manage.active')
                        : t('accounts.manage.passwordNotSet')}
                  </td>
                  <td className="numeric">{account.failedSignIns}</td>
                  <td>
                    {account.lockedUntil
                      ? formatDateTime(locale, account.lockedUntil)
                      : t('accounts.notLocked')}
                  </td>
                  <td className="numeric">{account.activeSessions}</td>
                  <td>
                    <div className="row-actions">
                      {!account.coordinator && account.role !== 'COORDINATOR' && account.active ? (
                        <Form method="post" className="inline-form">
                          <input type="hidden" name="accountId" value={account.id} />
                          <input type="hidden" name="intent" value="role" />
                          <select
                            name="role"
                            defaultValue={account.role}
                            aria-label={t('accounts.manage.newRoleFor', { name: account.displayName })}
                          >
                            {STAFF_ROLES.map((role) => (
                              <option key={role} value={role}>
                                {t(`role.${role}`)}
                              </option>
                            ))}
                          </select>
                          <button type="submit" className="button button--quiet" disabled={submitting}>
                            {t('accounts.manage.changeRole')}
                          </button>
                        </Form>
                      ) : null}
                      <Form method="post" className="inline-form">
                        <input type="hidden" name="accountId" value={account.id} />
                        <button
                          type="submit"
                          name="intent"
                          value={account.active ? 'deactivate' : 'reactivate'}
                          className="button button--quiet"
                          disabled={submitting}
                          aria-label={t(
                            account.active
                              ? 'accounts.manage.deactivateName'
                              : 'accounts.manage.reactivateName',
                            { name: account.displayName },
                          )}
                        >
                          {t(account.active ? 'accounts.manage.deactivate' : 'accounts.manage.reactivate')}
                        </button>
                        {account.active && !account.coordinator ? (
                          <button
                            type="submit"
                            name="intent"
                            value="link"
                            className="button button--quiet"
                            disabled={submitting}
                            aria-label={t('accounts.manage.sendLinkName', { name: account.displayName })}
                          >
                            {t('accounts.manage.sendLink')}
                          </button>
                        ) : null}
                      </Form>
                    </div>
                  </td>
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
