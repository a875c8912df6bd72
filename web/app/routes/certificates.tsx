import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { formatJst } from '~/components/bulletin/format';
import { GeneralErrorBoundary } from '~/components/error-boundary';
import { MyCertificationPageDocument } from '~/generated/graphql';
import { useLocale, useT } from '~/i18n/react';
import { requireRole } from '~/utils/auth.server';
import { apiErrorResponse, gqlRequest } from '~/utils/graphql.server';
import { pageMeta } from '~/utils/meta';

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, 'certificates.title');

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, ['COORDINATOR']);
  try {
    const { myCertification } = await gqlRequest(request, MyCertificationPageDocument, {});
    return { certification: myCertification };
  } catch (error) {
    throw apiErrorResponse(error);
  }
}

export default function Certificates() {
  const { certification } = useLoaderData<typeof loader>();
  const t = useT();
  const locale = useLocale();
  if (!certification || !certification.current) {
    return (
      <div className="page">
        <h1>{t('certificates.title')}</h1>
        <p>{t('certificates.none')}</p>
      </div>
    );
  }
  const { current, history, expertEligibility: expert } = certification;
  const badgeBase = `/certificates/${encodeURIComponent(current.id)}`;
  return (
    <div className="page">
      <h1>{t('certificates.title')}</h1>
      {certification.renewalDue ? (
        <p className="form-message" role="status" data-testid="renewal-due">
          {t('certificates.renewalDue', { date: certification.finalYearStartsOn ?? '' })}
        </p>
      ) : (
        certification.finalYearStartsOn && (
          <p className="hint">{t('certificates.finalYear', { date: certification.finalYearStartsOn })}</p>
        )
      )}

      <section aria-labelledby="current-heading">
        <h2 id="current-heading">{t('certificates.current')}</h2>
        <dl className="facts">
          <dt>{t('verify.kindHeading')}</dt>
          <dd>{t(`verify.kind.${current.kind}`)}</dd>
          <dt>{t('verify.stateHeading')}</dt>
          <dd>
            <span className="badge">{t(`verify.state.${current.state}`)}</span>
          </dd>
          <dt>{t('certificates.number')}</dt>
          <dd>{current.number}</dd>
          <dt>{t('certificates.validFrom')}</dt>
          <dd>{current.validFrom}</dd>
          <dt>{t('certificates.expiresOn')}</dt>
          <dd>{current.expiresOn ?? '—'}</dd>
          <dt>{t('certificates.issuer')}</dt>
          <dd>{current.issuer}</dd>
        </dl>
      </section>

      {(certification.renewalDue || certification.renewalTrainings.length > 0) && (
        <section aria-labelledby="trainings-heading">
          <h2 id="trainings-heading">{t('certificates.trainings')}</h2>
          {certification.renewalTrainings.length === 0 ? (
            <p>{t('certificates.noTrainings')}</p>
          ) : (
            <ul data-testid="renewal-trainings">
              {certification.renewalTrainings.map((w) => (
                <li key={w.id}>
                  <Link to={`/workshops/${encodeURIComponent(w.id)}`}>{w.title}</Link> ·{' '}
                  {formatJst(locale, w.startsAt)}
                  {w.registered && <span className="badge"> {t('certificates.registered')}</span>}
                </li>
              ))}
            </ul>
          )}
        </section>
      )}

      <section aria-labelledby="badge-heading">
        <h2 id="badge-heading">{t('certificates.badge')}</h2>
        <p>{t('certificates.badgeLead')}</p>
        <p>{t('certificates.badgeName', { name: certification.badgeName })}</p>
        <ul>
          <li>
            <a href={`${badgeBase}.svg`} download>
              {t('certificates.downloadImage')}
            </a>
          </li>
          <li>
            <a href={`${badgeBase}.json`} download>
              {t('certificates.downloadJson')}
            </a>
          </li>
          <li>
            <Link to={`/verify/${encodeURIComponent(current.id)}`}>{t('certificates.verifyLink')}</Link>
          </li>
        </ul>
      </section>

      <section aria-labelledby="expert-heading">
        <h2 id="expert-heading">{t('certificates.expert')}</h2>
        {certification.expert && <p>{t('certificates.expertHeld')}</p>}
        <ul>
          <li>{t('certificates.years', { years: expert.yearsOfPractice })}</li>
          <li>
            {expert.trainerTrainingCompletedOn
              ? t('certificates.trainerTraining', { date: expert.trainerTrainingCompletedOn })
              : t('certificates.trainerTrainingNone')}
          </li>
        </ul>
        {!certification.expert && (
          <p className="hint">
            {expert.eligible ? t('certificates.eligible') : t('certificates.notEligible')}
          </p>
        )}
      </section>

      <section aria-labelledby="history-heading">
        <h2 id="history-heading">{t('certificates.history')}</h2>
        <div className="table-scroll">
          <table className="data-table" data-testid="certificate-history">
            <thead>
              <tr>
                <th scope="col">{t('certificates.sequence')}</th>
                <th scope="col">{t('verify.kindHeading')}</th>
                <th scope="col">{t('certificates.validFrom')}</th>
                <th scope="col">{t('certificates.expiresOn')}</th>
                <th scope="col">{t('verify.stateHeading')}</th>
              </tr>
            </thead>
            <tbody>
              {history.map((c) => (
                <tr key={c.id}>
                  <td>{c.sequence}</td>
                  <td>{t(`verify.kind.${c.kind}`)}</td>
                  <td>{c.validFrom}</td>
                  <td>{c.expiresOn ?? '—'}</td>
                  <td>{t(`verify.state.${c.state}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
