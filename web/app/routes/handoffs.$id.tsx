import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react';
import { GeneralErrorBoundary } from '~/components/error-boundary';
import type { FormOutcome } from '~/components/graduates/form-error';
import {
  HandoffThreadDocument,
  PostHandoffMessageDocument,
  RecordHandoffOutcomeDocument,
  RespondToHandoffDocument,
} from '~/generated/graphql';
import { localName } from '~/i18n';
import { useLocale, useT } from '~/i18n/react';
import { requireRole } from '~/utils/auth.server';
import { ApiError, apiErrorResponse, gqlRequest } from '~/utils/graphql.server';
import { pageMeta } from '~/utils/meta';

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, 'handoffs.threadTitle');

const OUTCOMES = [
  'RESOLVED',
  'PARTLY_RESOLVED',
  'NOT_ELIGIBLE',
  'NO_CAPACITY',
  'COULD_NOT_CONTACT',
  'DECLINED',
  'UNKNOWN',
] as const;

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireRole(request, ['COORDINATOR']);
  try {
    const page = await gqlRequest(request, HandoffThreadDocument, { id: params.id ?? '' });
    return { handoff: page.handoff, me: page.myProfile?.id ?? null };
  } catch (error) {
    throw apiErrorResponse(error);
  }
}

export async function action({ request, params }: ActionFunctionArgs) {
  await requireRole(request, ['COORDINATOR']);
  const form = await request.formData();
  const handoffId = params.id ?? '';
  try {
    switch (form.get('intent')) {
      case 'respond':
        await gqlRequest(request, RespondToHandoffDocument, {
          input: { handoffId, accept: form.get('accept') === 'yes' },
        });
        break;
      case 'outcome':
        await gqlRequest(request, RecordHandoffOutcomeDocument, {
          input: { handoffId, outcome: String(form.get('outcome') ?? '') },
        });
        break;
      default:
        await gqlRequest(request, PostHandoffMessageDocument, {
          input: { handoffId, body: String(form.get('body') ?? '') },
        });
    }
    return data<FormOutcome>({ ok: true, message: 'graduates.saved' });
  } catch (error) {
    if (!(error instanceof ApiError) || error.code === 'INTERNAL_SERVER_ERROR') throw error;
    return data<FormOutcome>(
      { ok: false, message: 'graduates.error', field: error.field, detail: error.message },
      { status: 400 },
    );
  }
}

export default function HandoffThread() {
  const { handoff: h, me } = useLoaderData<typeof loader>();
  const outcome = useActionData<typeof action>();
  const t = useT();
  const locale = useLocale();
  const receiver = h.to.id === me;
  return (
    <div className="page">
      <p>
        <Link to="/handoffs">{t('handoffs.back')}</Link>
      </p>
      <h1>
        {t('handoffs.threadTitle')}: {h.from.displayName} → {h.to.displayName}
      </h1>
      {outcome && (
        <p
          className={outcome.ok ? 'notice' : 'form-message form-message--error'}
          role={outcome.ok ? 'status' : 'alert'}
        >
          {t(outcome.message)} {outcome.ok ? '' : outcome.detail}
        </p>
      )}
      <dl className="facts">
        <div>
          <dt>{t('handoffs.statusLabel')}</dt>
          <dd>{t(`handoffs.status.${h.status}`)}</dd>
        </div>
        <div>
          <dt>{t('directory.domains')}</dt>
          <dd>{h.domain ? localName(locale, h.domain) : '—'}</dd>
        </div>
        <div>
          <dt>{t('directory.languages')}</dt>
          <dd>{h.language ? localName(locale, h.language) : '—'}</dd>
        </div>
        <div>
          <dt>{t('handoffs.outcome')}</dt>
          <dd>{h.outcome ? t(`handoffs.outcomes.${h.outcome as (typeof OUTCOMES)[number]}`) : '—'}</dd>
        </div>
      </dl>
      <h2>{t('handoffs.summary')}</h2>
      <p className="handoff-summary">{h.summary}</p>

      {receiver && h.status === 'PENDING' && (
        <Form method="post">
          <input type="hidden" name="intent" value="respond" />
          <button type="submit" name="accept" value="yes" className="button button--primary">
            {t('handoffs.accept')}
          </button>{' '}
          <button type="submit" name="accept" value="no" className="button button--quiet">
            {t('handoffs.decline')}
          </button>
        </Form>
      )}
      {receiver && h.status === 'ACCEPTED' && (
        <Form method="post" className="form">
          <input type="hidden" name="intent" value="outcome" />
          <div className="field">
            <label htmlFor="outcome">{t('handoffs.outcome')}</label>
            <select id="outcome" name="outcome">
              {OUTCOMES.map((o) => (
                <option key={o} value={o}>
                  {t(`handoffs.outcomes.${o}`)}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="button button--secondary">
            {t('handoffs.recordOutcome')}
          </button>
        </Form>
      )}

      <section aria-labelledby="messages-heading">
        <h2 id="messages-heading">{t('handoffs.messages')}</h2>
        <ol className="thread">
          {h.messages.map((m) => (
            <li key={m.id}>
              <strong>{m.author.displayName}</strong>{' '}
              <span className="cell-note">{m.createdAt.slice(0, 16)}</span>
              <p>{m.body}</p>
            </li>
          ))}
        </ol>
        <Form method="post" className="form">
          <input type="hidden" name="intent" value="message" />
          <div className="field">
            <label htmlFor="body">{t('handoffs.message')}</label>
            <textarea id="body" name="body" rows={3} required />
            <p className="cell-note">{t('handoffs.summaryHint')}</p>
          </div>
          <button type="submit" className="button button--secondary">
            {t('handoffs.post')}
          </button>
        </Form>
      </section>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
