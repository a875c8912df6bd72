import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Link, useLoaderData, useSearchParams } from '@remix-run/react';
import { formatJst } from '~/components/bulletin/format';
import { GeneralErrorBoundary } from '~/components/error-boundary';
import { NextPageNav } from '~/components/next-page-nav';
import { SurveyListDocument, type SurveySummaryFragment } from '~/generated/graphql';
import { useLocale, useT } from '~/i18n/react';
import { requireRole } from '~/utils/auth.server';
import { apiErrorResponse, gqlRequest } from '~/utils/graphql.server';
import { pageMeta } from '~/utils/meta';
import { routeRolesFor } from '~/utils/navigation';

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, 'section.surveys.title');

export async function loader({ request }: LoaderFunctionArgs) {
  const viewer = await requireRole(request, routeRolesFor('surveys'));
  const after = new URL(request.url).searchParams.get('after');
  const managed = viewer.role !== 'COORDINATOR';
  try {
    const data = await gqlRequest(request, SurveyListDocument, { mine: !managed, managed, after });
    const page = managed ? data.managedSurveys! : data.mySurveys!;
    return { managed, surveys: page.edges.map((e) => e.node), pageInfo: page.pageInfo };
  } catch (error) {
    throw apiErrorResponse(error);
  }
}

function StatusCell({ s }: { s: SurveySummaryFragment }) {
  const t = useT();
  if (s.answered) return <span className="badge badge--verified">{t('surveys.answered')}</span>;
  if (s.draftSavedAt) return <span className="badge badge--pending">{t('surveys.draftSaved')}</span>;
  return <span className="badge">{t(`surveys.status.${s.status}`)}</span>;
}

export default function SurveyList() {
  const { managed, surveys, pageInfo } = useLoaderData<typeof loader>();
  const t = useT();
  const locale = useLocale();
  const [params] = useSearchParams();
  return (
    <div className="page">
      <h1>{t('section.surveys.title')}</h1>
      <p className="lead">{managed ? t('surveys.managedLead') : t('surveys.mineLead')}</p>
      {managed && (
        <p>
          <Link to="/surveys/new" className="button button--primary">
            {t('surveys.new')}
          </Link>
        </p>
      )}
      {surveys.length === 0 ? (
        <p className="empty">{t('surveys.empty')}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <caption>{managed ? t('surveys.managedCaption') : t('surveys.mineCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('surveys.builder.title')}</th>
                <th scope="col">{t('surveys.statusLabel')}</th>
                <th scope="col">{t('surveys.closesAt')}</th>
                {managed && <th scope="col">{t('surveys.responses')}</th>}
              </tr>
            </thead>
            <tbody>
              {surveys.map((s) => (
                <tr key={s.id}>
                  <th scope="row">
                    <Link to={`/surveys/${encodeURIComponent(s.id)}`}>{s.title}</Link>
                    {s.anonymous && <span className="badge"> {t('surveys.anonymous')}</span>}
                  </th>
                  <td>{managed ? t(`surveys.status.${s.status}`) : <StatusCell s={s} />}</td>
                  <td>{formatJst(locale, s.closesAt)}</td>
                  {managed && <td>{s.responseCount}</td>}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <NextPageNav
        searchParams={params}
        cursorParam="after"
        pageInfo={pageInfo}
        label={t('section.surveys.title')}
      />
      {!managed && (
        <p>
          <Link to="/activity">{t('section.activity.title')}</Link>
        </p>
      )}
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
