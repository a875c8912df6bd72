import { useEffect, useRef } from 'react';
import {
  data,
  type ActionFunctionArgs,
  type LinksFunction,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node';
import { Link, useActionData, useLoaderData, useSearchParams } from '@remix-run/react';
import searchStyles from '~/components/search/search.css?url';
import { GeneralErrorBoundary } from '~/components/error-boundary';
import { NextPageNav } from '~/components/next-page-nav';
import { MissingPartnerForm } from '~/components/search/missing-partner-form';
import { NeedChips } from '~/components/search/need-chips';
import { SearchForm, type SearchFormValues } from '~/components/search/search-form';
import { SearchResult } from '~/components/search/search-result';
import {
  ReportMissingPartnerDocument,
  SearchOptionsDocument,
  SearchPartnersDocument,
  type PartnerSearchInput,
} from '~/generated/graphql';
import { localName } from '~/i18n';
import { useLocale, useT } from '~/i18n/react';
import { requireRole } from '~/utils/auth.server';
import { ApiError, apiErrorResponse, gqlRequest } from '~/utils/graphql.server';
import { pageMeta } from '~/utils/meta';
import { routeRolesFor } from '~/utils/navigation';

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: searchStyles }];

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, 'section.search.title');

const PAGE_SIZE = 20;

/** The form's values from the query string; the remote checkbox is on until a submitted form leaves it off. */
function formValuesFrom(url: URL): SearchFormValues {
  const get = (name: string) => (url.searchParams.get(name) ?? '').trim();
  return {
    text: get('text').slice(0, 200),
    domain: get('domain'),
    language: get('language'),
    status: get('status'),
    prefecture: get('prefecture'),
    includeRemote: !url.searchParams.has('searched') || get('includeRemote') === 'true',
    includeOtherLanguages: get('otherLanguages') === 'true',
  };
}

function searchInput(values: SearchFormValues): PartnerSearchInput {
  return {
    text: values.text || null,
    domains: values.domain ? [values.domain] : null,
    language: values.language || null,
    includeOtherLanguages: values.includeOtherLanguages,
    status: values.status || null,
    prefecture: values.prefecture || null,
    includeRemote: values.includeRemote,
  };
}

export async function loader({ request }: LoaderFunctionArgs) {
  const viewer = await requireRole(request, routeRolesFor('search'));
  const url = new URL(request.url);
  const values = formValuesFrom(url);
  const searched = url.searchParams.has('searched');
  try {
    const [options, results] = await Promise.all([
      gqlRequest(request, SearchOptionsDocument, {}),
      searched
        ? gqlRequest(request, SearchPartnersDocument, {
            input: searchInput(values),
            first: PAGE_SIZE,
            after: url.searchParams.get('after') || null,
          })
        : null,
    ]);
    return {
      options,
      values,
      results: results?.searchPartners ?? null,
      mayReport: viewer.role === 'COORDINATOR',
      mayManageTerms: viewer.role === 'ISA_ADMIN',
      mayBeIntroduced: viewer.role !== 'LOCAL_GOV',
    };
  } catch (error) {
    throw apiErrorResponse(error);
  }
}

type ReportResult =
  { ok: true; prefectureCode: string; domainCode: string } | { ok: false; field: string | null };

export async function action({ request }: ActionFunctionArgs) {
  await requireRole(request, ['COORDINATOR']);
  const form = await request.formData();
  const value = (name: string) => String(form.get(name) ?? '').trim();
  if (value('intent') !== 'report-missing') throw new Response('Bad Request', { status: 400 });
  if (!value('domain')) return data<ReportResult>({ ok: false, field: 'domain' }, { status: 400 });
  try {
    const { reportMissingPartner } = await gqlRequest(request, ReportMissingPartnerDocument, {
      input: {
        prefecture: value('prefecture'),
        domain: value('domain'),
        language: value('language') || null,
        note: value('note') || null,
      },
    });
    const { report } = reportMissingPartner;
    return data<ReportResult>({
      ok: true,
      prefectureCode: report.prefecture.code,
      domainCode: report.domain.code,
    });
  } catch (error) {
    if (error instanceof ApiError && error.code === 'BAD_USER_INPUT') {
      return data<ReportResult>({ ok: false, field: error.field }, { status: 400 });
    }
    throw apiErrorResponse(error);
  }
}

export default function Search() {
  const { options, values, results, mayReport, mayBeIntroduced, mayManageTerms } =
    useLoaderData<typeof loader>();
  const report = useActionData<typeof action>();
  const t = useT();
  const locale = useLocale();
  const [searchParams] = useSearchParams();
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  const searchKey = searchParams.toString();
  // After a search in the browser, keyboard and screen-reader users land on the results.
  useEffect(() => {
    if (new URLSearchParams(searchKey).has('searched')) resultsHeading.current?.focus();
  }, [searchKey]);
  const searchedPrefecture = results?.prefecture ?? null;
  const formValues = { ...values, prefecture: values.prefecture || searchedPrefecture?.code || '' };
  const nameOf = (items: readonly { code: string; nameJa: string; nameEn: string }[], code: string) => {
    const item = items.find((i) => i.code === code);
    return item ? localName(locale, item) : code;
  };

  return (
    <div className="page search-page">
      <h1>{t('section.search.title')}</h1>
      <p className="lead">{t('search.lead')}</p>
      {mayManageTerms && (
        <p>
          <Link to="/search/terms">{t('searchTerms.link')}</Link>
        </p>
      )}
      <SearchForm key={searchParams.toString()} options={options} values={formValues} />
      {results && (
        <section aria-labelledby="search-results-heading">
          <h2 id="search-results-heading" tabIndex={-1} ref={resultsHeading}>
            {t('search.resultsHeading')}
          </h2>
          <NeedChips need={results.need} prefecture={searchedPrefecture} params={searchParams} />
          {!results.foundNearby && (
            <p className="notice notice--warning" role="status" data-testid="nothing-nearby">
              {t('search.nothingNearby', {
                prefecture: searchedPrefecture ? localName(locale, searchedPrefecture) : '',
              })}
            </p>
          )}
          {report?.ok && (
            <p className="notice notice--success" role="status">
              {t('search.missing.done', {
                prefecture: nameOf(options.prefectures, report.prefectureCode),
                domain: nameOf(options.supportDomains, report.domainCode),
              })}
            </p>
          )}
          {!results.foundNearby && mayReport && searchedPrefecture && !report?.ok && (
            <MissingPartnerForm
              options={options}
              prefecture={searchedPrefecture.code}
              domain={values.domain || results.need.domains[0]?.code || ''}
              language={values.language || results.need.language?.code || ''}
              languageName={results.need.language ? localName(locale, results.need.language) : null}
              error={
                report && !report.ok
                  ? report.field === 'domain'
                    ? t('search.missing.domainRequired')
                    : t('search.missing.invalid')
                  : null
              }
            />
          )}
          {results.edges.length === 0 ? (
            <p className="empty">{t('search.empty')}</p>
          ) : (
            <ol className="partner-list search-results">
              {results.edges.map(({ node }) => (
                <SearchResult key={node.partner.id} result={node} showIntroduction={mayBeIntroduced} />
              ))}
            </ol>
          )}
          <NextPageNav
            searchParams={searchParams}
            cursorParam="after"
            pageInfo={results.pageInfo}
            label={t('search.resultsHeading')}
          />
        </section>
      )}
      <p className="footnote">{t('app.syntheticNote')}</p>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
