import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { GeneralErrorBoundary } from '~/components/error-boundary';
import { DevOutboxDocument } from '~/generated/graphql';
import { useLocale, useT } from '~/i18n/react';
import { requireRole } from '~/utils/auth.server';
import { apiErrorResponse, gqlRequest } from '~/utils/graphql.server';
import { pageMeta } from '~/utils/meta';

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, 'accounts.outbox.title');

/** Development without SMTP_URL: the mails the API kept instead of sending (the API answers 404 otherwise). */
export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, ['ISA_ADMIN']);
  try {
    const { devOutbox } = await gqlRequest(request, DevOutboxDocument, {});
    return { mails: devOutbox };
  } catch (error) {
    throw apiErrorResponse(error);
  }
}

export default function Outbox() {
  const { mails } = useLoaderData<typeof loader>();
  const t = useT();
  const locale = useLocale();
  const time = (iso: string) =>
    new Intl.DateTimeFormat(locale === 'ja' ? 'ja-JP' : 'en-GB', {
      dateStyle: 'medium',
      timeStyle: 'medium',
      timeZone: 'Asia/Tokyo',
    }).format(new Date(iso));
  return (
    <div className="page">
      <h1>{t('accounts.outbox.title')}</h1>
      <p className="lead">{t('accounts.outbox.intro')}</p>
      {mails.length === 0 ? (
        <p className="empty">{t('accounts.outbox.empty')}</p>
      ) : (
        mails.map((mail, i) => (
          <article key={`${mail.at}-${i}`} className="card">
            <h2>{mail.subject}</h2>
            <p>
              {t('accounts.outbox.to', { to: mail.to })} · {time(mail.at)}
            </p>
            <pre className="mail-text">{mail.text}</pre>
          </article>
        ))
      )}
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
