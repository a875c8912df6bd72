import { isRouteErrorResponse, Link, useRouteError } from '@remix-run/react';
import { useT } from '~/i18n/react';
import type { MessageKey } from '~/i18n';

type HandledStatus = 400 | 403 | 404 | 500 | 503;

const MESSAGES: Record<HandledStatus, { title: MessageKey; body: MessageKey }> = {
  400: { title: 'error.400.title', body: 'error.400.body' },
  403: { title: 'error.403.title', body: 'error.403.body' },
  404: { title: 'error.404.title', body: 'error.404.body' },
  500: { title: 'error.500.title', body: 'error.500.body' },
  503: { title: 'error.503.title', body: 'error.503.body' },
};

function statusOf(error: unknown): number {
  return isRouteErrorResponse(error) ? error.status : 500;
}

/**
 * The one error view for root and routes: a friendly message per status, never a stack trace.
 * Unexpected errors are logged where they happen (server or browser console).
 */
export function GeneralErrorBoundary() {
  const error = useRouteError();
  const t = useT();
  const status = statusOf(error);
  if (!isRouteErrorResponse(error)) console.error(error);
  const messages = status in MESSAGES ? MESSAGES[status as HandledStatus] : MESSAGES[500];

  return (
    <section className="page page--narrow error-page" aria-labelledby="error-title">
      <p className="error-page__status">{status}</p>
      <h1 id="error-title">{t(messages.title)}</h1>
      <p>{t(messages.body)}</p>
      <p>
        <Link to="/" className="button button--secondary">
          {t('error.backHome')}
        </Link>
      </p>
    </section>
  );
}
