import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Form, Link, useLoaderData, useSearchParams } from '@remix-run/react';
import { GraduateTable } from '~/components/graduates/graduate-table';
import { PartnerList } from '~/components/directory/partner-list';
import { GeneralErrorBoundary } from '~/components/error-boundary';
import { NextPageNav } from '~/components/next-page-nav';
import { DirectoryCoordinatorsDocument, DirectoryPartnersDocument } from '~/generated/graphql';
import { localName } from '~/i18n';
import { useLocale, useT } from '~/i18n/react';
import { requireRole } from '~/utils/auth.server';
import { ApiError, apiErrorResponse, gqlRequest } from '~/utils/graphql.server';
import { pageMeta } from '~/utils/meta';
import { routeRolesFor } from '~/utils/navigation';

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, 'section.directory.title');

const PAGE_SIZE = 20;

function param(url: URL, name: string): string | null {
  const value = url.searchParams.get(name);
  return value ? value : null;
}

/** The graduate directory, or null when the API says this role may not read it (LOCAL_GOV). */
async function loadCoordinators(request: Request, after: string | null, prefecture: string | null) {
  try {
    const data = await gqlRequest(request, DirectoryCoordinatorsDocument, {
      first: PAGE_SIZE,
      after,
      prefecture,
    });
    return data.coordinators;
  } catch (error) {
    if (error instanceof ApiError && error.code === 'FORBIDDEN') return null;
    throw error;
  }
}

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, routeRolesFor('directory'));
  const url = new URL(request.url);
  const prefecture = param(url, 'prefecture');
  try {
    const [partnersPage, coordinators] = await Promise.all([
      gqlRequest(request, DirectoryPartnersDocument, {
        first: PAGE_SIZE,
        after: param(url, 'after'),
        filter: prefecture ? { prefecture } : null,
      }),
      loadCoordinators(request, param(url, 'coordinatorsAfter'), prefecture),
    ]);
    return {
      prefectures: partnersPage.prefectures,
      partners: partnersPage.partners,
      coordinators,
      prefecture,
    };
  } catch (error) {
    throw apiErrorResponse(error);
  }
}

export default function Directory() {
  const { prefectures, partners, coordinators, prefecture } = useLoaderData<typeof loader>();
  const t = useT();
  const locale = useLocale();
  const [searchParams] = useSearchParams();

  return (
    <div className="page">
      <h1>{t('section.directory.title')}</h1>
      <p className="lead">{t('section.directory.description')}</p>

      <Form method="get" className="filter-bar">
        <fieldset>
          <legend>{t('directory.filterLegend')}</legend>
          <div className="field field--inline">
            <label htmlFor="prefecture">{t('directory.prefecture')}</label>
            <select id="prefecture" name="prefecture" defaultValue={prefecture ?? ''}>
              <option value="">{t('directory.allPrefectures')}</option>
              {prefectures.map((pref) => (
                <option key={pref.code} value={pref.code}>
                  {localName(locale, pref)}
                </option>
              ))}
            </select>
            <button type="submit" className="button button--secondary">
              {t('directory.apply')}
            </button>
          </div>
        </fieldset>
      </Form>

      <section aria-labelledby="partners-heading" className="directory-section">
        <h2 id="partners-heading">{t('directory.partnersHeading')}</h2>
        <p>
          <Link to="/partners">{t('partners.directoryLink')}</Link>
        </p>
        <PartnerList partners={partners.edges.map((edge) => edge.node)} />
        <NextPageNav
          searchParams={searchParams}
          cursorParam="after"
          pageInfo={partners.pageInfo}
          label={t('directory.partnersHeading')}
        />
      </section>

      <section aria-labelledby="coordinators-heading" className="directory-section">
        <h2 id="coordinators-heading">{t('directory.coordinatorsHeading')}</h2>
        {coordinators ? (
          <>
            <GraduateTable
              graduates={coordinators.edges.map((edge) => edge.node)}
              headingId="coordinators-heading"
              linkProfiles={false}
            />
            <NextPageNav
              searchParams={searchParams}
              cursorParam="coordinatorsAfter"
              pageInfo={coordinators.pageInfo}
              label={t('directory.coordinatorsHeading')}
            />
          </>
        ) : (
          <p className="notice">{t('directory.coordinatorsForbidden')}</p>
        )}
      </section>
      <p className="footnote">{t('app.syntheticNote')}</p>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
