import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Link, useLoaderData, useSearchParams } from '@remix-run/react';
import { GeneralErrorBoundary } from '~/components/error-boundary';
import { NextPageNav } from '~/components/next-page-nav';
import { RegistrationBadge, WorkshopTime } from '~/components/workshops/labels';
import { WorkshopListDocument, type WorkshopScope } from '~/generated/graphql';
import { localName, localNames } from '~/i18n';
import { useLocale, useT } from '~/i18n/react';
import { requireRole } from '~/utils/auth.server';
import { apiErrorResponse, gqlRequest } from '~/utils/graphql.server';
import { pageMeta } from '~/utils/meta';
import { routeRolesFor } from '~/utils/navigation';

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, 'section.workshops.title');

const SCOPES: readonly WorkshopScope[] = ['UPCOMING', 'OPEN', 'MINE', 'ORGANIZING', 'PAST'];

export async function loader({ request }: LoaderFunctionArgs) {
  const viewer = await requireRole(request, routeRolesFor('workshops'));
  const params = new URL(request.url).searchParams;
  const organizes = viewer.role !== 'COORDINATOR';
  const scopes = SCOPES.filter((s) => (s === 'MINE' ? !organizes : s === 'ORGANIZING' ? organizes : true));
  const scope = scopes.find((s) => s === params.get('scope')) ?? 'UPCOMING';
  try {
    const { workshops } = await gqlRequest(request, WorkshopListDocument, {
      scope,
      first: 20,
      after: params.get('after'),
    });
    return { workshops, scope, scopes, organizes };
  } catch (error) {
    throw apiErrorResponse(error);
  }
}

export default function Workshops() {
  const { workshops, scope, scopes, organizes } = useLoaderData<typeof loader>();
  const t = useT();
  const locale = useLocale();
  const [params] = useSearchParams();
  return (
    <div className="page">
      <h1>{t('section.workshops.title')}</h1>
      <p className="lead">
        {t('workshops.lead')} <Link to="/knowledge">{t('section.knowledge.title')}</Link>
      </p>
      {organizes && (
        <p>
          <Link to="/workshops/new" className="button button--primary">
            {t('workshops.new')}
          </Link>
        </p>
      )}
      <nav aria-label={t('workshops.scopes')} className="filter-bar">
        <ul>
          {scopes.map((s) => (
            <li key={s}>
              <Link to={`?scope=${s}`} aria-current={s === scope ? 'page' : undefined}>
                {t(`workshops.scope.${s}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {workshops.edges.length === 0 ? (
        <p className="empty">{t('workshops.empty')}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <caption>{t(`workshops.scope.${scope}`)}</caption>
            <thead>
              <tr>
                <th scope="col">{t('workshops.field.title')}</th>
                <th scope="col">{t('workshops.when')}</th>
                <th scope="col">{t('workshops.field.format')}</th>
                <th scope="col">{t('workshops.seats')}</th>
                <th scope="col">{t('workshops.field.themes')}</th>
                <th scope="col">{t('workshops.mine')}</th>
              </tr>
            </thead>
            <tbody>
              {workshops.edges.map(({ node }) => (
                <tr key={node.id}>
                  <td>
                    <Link to={`/workshops/${encodeURIComponent(node.id)}`}>{node.title}</Link>{' '}
                    {node.registrationOpen && <span className="badge">{t('workshops.open')}</span>}
                  </td>
                  <td>
                    <WorkshopTime startsAt={node.startsAt} endsAt={node.endsAt} />
                  </td>
                  <td>
                    {t(`workshops.format.${node.format}`)}
                    {node.prefecture ? ` · ${localName(locale, node.prefecture)}` : ''}
                  </td>
                  <td>
                    {t('workshops.seatsValue', {
                      confirmed: node.confirmedCount,
                      capacity: node.capacity,
                      waitlist: node.waitlistCount,
                    })}
                  </td>
                  <td>{localNames(locale, node.themes)}</td>
                  <td>
                    <RegistrationBadge registration={node.myRegistration} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <NextPageNav
        searchParams={params}
        cursorParam="after"
        pageInfo={workshops.pageInfo}
        label={t('section.workshops.title')}
      />
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
