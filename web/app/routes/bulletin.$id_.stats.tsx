import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { percent } from '~/components/bulletin/format';
import { GeneralErrorBoundary } from '~/components/error-boundary';
import { NoticeStatsPageDocument } from '~/generated/graphql';
import { localName } from '~/i18n';
import { useLocale, useT } from '~/i18n/react';
import { requireRole } from '~/utils/auth.server';
import { apiErrorResponse, gqlRequest } from '~/utils/graphql.server';
import { pageMeta } from '~/utils/meta';

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, 'bulletin.stats');

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireRole(request, ['ISA_ADMIN']);
  try {
    return await gqlRequest(request, NoticeStatsPageDocument, { id: params.id! });
  } catch (error) {
    throw apiErrorResponse(error);
  }
}

export default function NoticeStats() {
  const { notice, noticeStats: s } = useLoaderData<typeof loader>();
  const t = useT();
  const locale = useLocale();
  const href = `/bulletin/${encodeURIComponent(notice.id)}`;
  return (
    <div className="page">
      <p>
        <Link to={href}>← {notice.title}</Link>
      </p>
      <h1>{t('bulletin.stats')}</h1>
      <p className="lead">
        {notice.title} (v{notice.version})
      </p>
      <dl className="facts" aria-label={t('bulletin.stats')}>
        <dt>{t('bulletin.stats.audience')}</dt>
        <dd data-testid="audience-size">{s.audienceSize}</dd>
        <dt>{t('bulletin.stats.read')}</dt>
        <dd data-testid="read">
          {s.readCount} ({percent(s.readRate)})
        </dd>
        <dt>{t('bulletin.stats.acknowledged')}</dt>
        <dd data-testid="acknowledged">
          {s.acknowledgedCount} ({percent(s.acknowledgedRate)})
        </dd>
      </dl>
      <p>
        <a href={`${href}/stats.csv`} download>
          {t('bulletin.stats.csv')}
        </a>
      </p>
      <table className="table">
        <caption>{t('bulletin.stats.byPrefecture')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('bulletin.stats.prefecture')}</th>
            <th scope="col">{t('bulletin.stats.audience')}</th>
            <th scope="col">{t('bulletin.stats.read')}</th>
            <th scope="col">{t('bulletin.stats.acknowledged')}</th>
          </tr>
        </thead>
        <tbody>
          {s.byPrefecture.map((row) => (
            <tr key={row.prefecture.code}>
              <th scope="row">{localName(locale, row.prefecture)}</th>
              <td>{row.audience}</td>
              <td>{row.read}</td>
              <td>{row.acknowledged}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {notice.importance === 'REQUIRES_ACKNOWLEDGEMENT' && (
        <section aria-labelledby="pending-heading">
          <h2 id="pending-heading">
            {t('bulletin.stats.notAcknowledged', { count: s.notAcknowledged.length })}
          </h2>
          <ul>
            {s.notAcknowledged.map((r) => (
              <li key={r.id}>
                {r.displayName} &lt;{r.email}&gt; {r.prefectureCode ?? ''}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
