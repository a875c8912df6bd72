import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Form, Link, useLoaderData, useSearchParams } from '@remix-run/react';
import { GeneralErrorBoundary } from '~/components/error-boundary';
import { GraduateTable } from '~/components/graduates/graduate-table';
import { GRADUATE_READERS } from '~/components/graduates/roles';
import { NextPageNav } from '~/components/next-page-nav';
import {
  GraduatesDirectoryDocument,
  type CoordinatorFilter,
  type CoordinatorSort,
} from '~/generated/graphql';
import { localName } from '~/i18n';
import { useLocale, useT } from '~/i18n/react';
import { requireRole } from '~/utils/auth.server';
import { apiErrorResponse, gqlRequest } from '~/utils/graphql.server';
import { pageMeta } from '~/utils/meta';

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, 'graduates.title');

const PAGE_SIZE = 25;

function filterFrom(url: URL): CoordinatorFilter {
  const get = (name: string) => url.searchParams.get(name) || null;
  const cohort = Number(get('cohort'));
  const expert = get('expert');
  return {
    prefecture: get('prefecture'),
    bureau: get('bureau'),
    domain: get('domain'),
    language: get('language'),
    cohort: Number.isInteger(cohort) && cohort > 1999 && cohort < 2101 ? cohort : null,
    expert: expert === 'yes' ? true : expert === 'no' ? false : null,
  };
}

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, GRADUATE_READERS);
  const url = new URL(request.url);
  const sort: CoordinatorSort = url.searchParams.get('sort') === 'COHORT' ? 'COHORT' : 'NAME';
  try {
    const data = await gqlRequest(request, GraduatesDirectoryDocument, {
      first: PAGE_SIZE,
      after: url.searchParams.get('after') || null,
      filter: filterFrom(url),
      sort,
    });
    const bureaus = [...new Map(data.prefectures.map((p) => [p.bureau.code, p.bureau])).values()];
    return { ...data, bureaus, sort };
  } catch (error) {
    throw apiErrorResponse(error);
  }
}

export default function Graduates() {
  const { coordinators, prefectures, bureaus, supportDomains, languages, sort } =
    useLoaderData<typeof loader>();
  const t = useT();
  const locale = useLocale();
  const [params] = useSearchParams();
  const value = (name: string) => params.get(name) ?? '';
  const select = (
    name: string,
    label: string,
    options: { code: string; nameJa: string; nameEn: string }[],
  ) => (
    <div className="field field--inline">
      <label htmlFor={`filter-${name}`}>{label}</label>
      <select id={`filter-${name}`} name={name} defaultValue={value(name)}>
        <option value="">{t('graduates.filter.any')}</option>
        {options.map((o) => (
          <option key={o.code} value={o.code}>
            {localName(locale, o)}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <div className="page">
      <h1>{t('graduates.title')}</h1>
      <p className="lead">{t('graduates.description')}</p>
      <p>
        <Link to="/profile">{t('graduates.myProfileLink')}</Link> ·{' '}
        <Link to="/handoffs">{t('handoffs.title')}</Link>
      </p>
      <Form method="get" className="filter-bar">
        <fieldset>
          <legend>{t('directory.filterLegend')}</legend>
          {select('prefecture', t('directory.prefecture'), prefectures)}
          {select('bureau', t('graduates.filter.bureau'), bureaus)}
          {select('domain', t('directory.domains'), supportDomains)}
          {select('language', t('directory.languages'), languages)}
          <div className="field field--inline">
            <label htmlFor="filter-cohort">{t('graduates.filter.cohort')}</label>
            <input
              id="filter-cohort"
              name="cohort"
              type="number"
              min={2000}
              max={2100}
              defaultValue={value('cohort')}
            />
          </div>
          <div className="field field--inline">
            <label htmlFor="filter-expert">{t('graduates.expert')}</label>
            <select id="filter-expert" name="expert" defaultValue={value('expert')}>
              <option value="">{t('graduates.filter.any')}</option>
              <option value="yes">{t('graduates.filter.expertOnly')}</option>
              <option value="no">{t('graduates.filter.notExpert')}</option>
            </select>
          </div>
          <div className="field field--inline">
            <label htmlFor="filter-sort">{t('graduates.sort.label')}</label>
            <select id="filter-sort" name="sort" defaultValue={sort}>
              <option value="NAME">{t('graduates.sort.NAME')}</option>
              <option value="COHORT">{t('graduates.sort.COHORT')}</option>
            </select>
          </div>
          <button type="submit" className="button button--secondary">
            {t('directory.apply')}
          </button>
        </fieldset>
      </Form>
      <section aria-labelledby="graduates-heading" className="directory-section">
        <h2 id="graduates-heading">{t('directory.coordinatorsHeading')}</h2>
        <GraduateTable
          graduates={coordinators.edges.map((e) => e.node)}
          headingId="graduates-heading"
          linkProfiles
        />
        <NextPageNav
          searchParams={params}
          cursorParam="after"
          pageInfo={coordinators.pageInfo}
          label={t('directory.coordinatorsHeading')}
        />
      </section>
      <p className="footnote">{t('app.syntheticNote')}</p>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
