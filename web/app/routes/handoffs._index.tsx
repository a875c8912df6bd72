import {
  data,
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useSearchParams } from '@remix-run/react';
import { GeneralErrorBoundary } from '~/components/error-boundary';
import type { FormOutcome } from '~/components/graduates/form-error';
import {
  HandoffsActivityDocument,
  HandoffsPageDocument,
  RespondToPeerRequestDocument,
  SendHandoffDocument,
} from '~/generated/graphql';
import { localName } from '~/i18n';
import { useLocale, useT } from '~/i18n/react';
import { requireRole } from '~/utils/auth.server';
import { ApiError, apiErrorResponse, gqlRequest } from '~/utils/graphql.server';
import { pageMeta } from '~/utils/meta';

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, 'handoffs.title');

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, ['COORDINATOR']);
  try {
    const [page, activity] = await Promise.all([
      gqlRequest(request, HandoffsPageDocument, {}),
      gqlRequest(request, HandoffsActivityDocument, {}),
    ]);
    return { ...page, ...activity, me: page.myProfile?.id ?? null };
  } catch (error) {
    throw apiErrorResponse(error);
  }
}

export async function action({ request }: ActionFunctionArgs) {
  await requireRole(request, ['COORDINATOR']);
  const form = await request.formData();
  const text = (name: string) => String(form.get(name) ?? '').trim();
  try {
    if (form.get('intent') === 'respond') {
      await gqlRequest(request, RespondToPeerRequestDocument, {
        input: { requestId: text('requestId'), accept: form.get('accept') === 'yes' },
      });
      return data<FormOutcome>({ ok: true, message: 'graduates.saved' });
    }
    const { sendHandoff } = await gqlRequest(request, SendHandoffDocument, {
      input: {
        toCoordinatorId: text('to'),
        summary: text('summary'),
        domain: text('domain') || null,
        language: text('language') || null,
      },
    });
    return redirect(`/handoffs/${encodeURIComponent(sendHandoff.handoff.id)}`);
  } catch (error) {
    if (!(error instanceof ApiError) || error.code === 'INTERNAL_SERVER_ERROR') throw error;
    return data<FormOutcome>(
      { ok: false, message: 'graduates.error', field: error.field, detail: error.message },
      { status: 400 },
    );
  }
}

export default function Handoffs() {
  const { me, peerRequests, myPeers, handoffs, supportDomains, languages } = useLoaderData<typeof loader>();
  const outcome = useActionData<typeof action>();
  const t = useT();
  const locale = useLocale();
  const [params] = useSearchParams();
  // Pending requests are all sent to or by the viewer.
  const outgoing = peerRequests.edges.filter((e) => e.node.from.id === me);
  const incoming = peerRequests.edges.filter((e) => e.node.from.id !== me);

  return (
    <div className="page">
      <h1>{t('handoffs.title')}</h1>
      <p className="lead">{t('handoffs.intro')}</p>
      {outcome && (
        <p
          className={outcome.ok ? 'notice' : 'form-message form-message--error'}
          role={outcome.ok ? 'status' : 'alert'}
        >
          {t(outcome.message)} {outcome.ok ? '' : outcome.detail}
        </p>
      )}

      <section aria-labelledby="requests-heading">
        <h2 id="requests-heading">{t('handoffs.requests')}</h2>
        {incoming.length === 0 && outgoing.length === 0 && (
          <p className="empty">{t('handoffs.noRequests')}</p>
        )}
        <ul>
          {incoming.map(({ node }) => (
            <li key={node.id}>
              {t('handoffs.requestFrom', { name: node.from.displayName })}{' '}
              <Form method="post" style={{ display: 'inline' }}>
                <input type="hidden" name="intent" value="respond" />
                <input type="hidden" name="requestId" value={node.id} />
                <button type="submit" name="accept" value="yes" className="button button--primary">
                  {t('handoffs.accept')}
                </button>{' '}
                <button type="submit" name="accept" value="no" className="button button--quiet">
                  {t('handoffs.decline')}
                </button>
              </Form>
            </li>
          ))}
          {outgoing.map(({ node }) => (
            <li key={node.id}>{t('handoffs.requestTo', { name: node.to.displayName })}</li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="peers-heading">
        <h2 id="peers-heading">{t('handoffs.peers')}</h2>
        {myPeers.edges.length === 0 ? (
          <p className="empty">{t('handoffs.noPeers')}</p>
        ) : (
          <ul>
            {myPeers.edges.map(({ node }) => (
              <li key={node.id}>
                <Link to={`/graduates/${encodeURIComponent(node.id)}`}>{node.displayName}</Link> (
                {localName(locale, node.prefecture)})
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="threads-heading">
        <h2 id="threads-heading">{t('handoffs.threads')}</h2>
        {handoffs.edges.length === 0 ? (
          <p className="empty">{t('handoffs.noThreads')}</p>
        ) : (
          <ul>
            {handoffs.edges.map(({ node }) => (
              <li key={node.id}>
                <Link to={`/handoffs/${encodeURIComponent(node.id)}`}>
                  {node.from.id === me
                    ? t('handoffs.sentTo', { name: node.to.displayName })
                    : t('handoffs.receivedFrom', { name: node.from.displayName })}
                </Link>{' '}
                <span className="badge badge--pending">{t(`handoffs.status.${node.status}`)}</span>{' '}
                {node.createdAt.slice(0, 10)}
              </li>
            ))}
          </ul>
        )}
      </section>

      {myPeers.edges.length > 0 && (
        <Form method="post" className="form" aria-labelledby="new-heading">
          <h2 id="new-heading">{t('handoffs.new')}</h2>
          <input type="hidden" name="intent" value="send" />
          <div className="field">
            <label htmlFor="to">{t('handoffs.to')}</label>
            <select id="to" name="to" defaultValue={params.get('to') ?? ''} required>
              {myPeers.edges.map(({ node }) => (
                <option key={node.id} value={node.id}>
                  {node.displayName}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="summary">{t('handoffs.summary')}</label>
            <textarea
              id="summary"
              name="summary"
              rows={5}
              required
              aria-invalid={(outcome && !outcome.ok && outcome.field === 'summary') || undefined}
            />
            <p className="cell-note">{t('handoffs.summaryHint')}</p>
          </div>
          <div className="field">
            <label htmlFor="domain">{t('directory.domains')}</label>
            <select id="domain" name="domain" defaultValue="">
              <option value="">—</option>
              {supportDomains.map((d) => (
                <option key={d.code} value={d.code}>
                  {localName(locale, d)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="language">{t('directory.languages')}</label>
            <select id="language" name="language" defaultValue="">
              <option value="">—</option>
              {languages.map((l) => (
                <option key={l.code} value={l.code}>
                  {localName(locale, l)}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="button button--primary">
            {t('handoffs.send')}
          </button>
        </Form>
      )}
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
