import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Form, Link, useLoaderData, useSearchParams } from '@remix-run/react';
import { PartnerBadges } from '~/components/partners/partner-badges';
import { GeneralErrorBoundary } from '~/components/error-boundary';
import { NextPageNav } from '~/components/next-page-nav';
import { PartnersListDocument, type PartnerFilter, type PartnerKind } from '~/generated/graphql';
import { localName, localNames } from '~/i18n';
import { useLocale, useT } from '~/i18n/react';
import { requireViewer } from '~/utils/auth.server';
import { apiErrorResponse, gqlRequest } from '~/utils/graphql.server';
import { pageMeta } from '~/utils/meta';

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, 'partners.title');

const PAGE_SIZE = 20;
const KINDS = ['ADM', 'SPI', 'SUP', 'EXP', 'SVC', 'INT'] as const satisfies readonly PartnerKind[];

function filterFrom(url: URL): PartnerFilter {
  const get = (name: string) => url.searchParams.get(name) || null;
  const bool = (name: string) => (get(name) === 'true' ? true : get(name) === 'false' ? false : null);
  const kind = get('kind');
  return {
    prefecture: get('prefecture'),
    domain: get('domain'),
    kind: KINDS.find((k) => k === kind) ?? null,
    verified: bool('verified'),
    stale: bool('stale'),
  };
}

export async function loader({ request }: LoaderFunctionArgs) {
  const viewer = await requireViewer(request);
  const url = new URL(request.url);
  const filter = filterFrom(url);
  try {
    const data = await gqlRequest(request, PartnersListDocument, {
      first: PAGE_SIZE,
      after: url.searchParams.get('after') || null,
      filter,
    });
    return { ...data, filter, mayPropose: viewer.role === 'COORDINATOR' || viewer.role === 'ISA_ADMIN' };
  } catch (error) {
    throw apiErrorResponse(error);
  }
}

export default function Partners() {
  const { prefectures, supportDomains, partners, filter, mayPropose } = useLoaderData<typeof loader>();
  const t = useT();
  const locale = useLocale();
  const [searchParams] = useSearchParams();
  const boolValue = (value: boolean | null | undefined) => (value == null ? '' : String(value));

  return (
    <div className="page">
      <h1>{t('partners.title')}</h1>
      <p className="lead">{t('partners.lead')}</p>
      {mayPropose && (
        <p>
          <Link to="/partners/new" className="button button--secondary">
            {t('partners.propose')}
          </Link>
        </p>
      )}
      <Form method="get" className="filter-bar">
        <fieldset>
          <legend>{t('partners.filterLegend')}</legend>
          <div className="field field--inline">
            <label htmlFor="prefecture">{t('partners.prefecture')}</label>
            <select id="prefecture" name="prefecture" defaultValue={filter.prefecture ?? ''}>
              <option value="">{t('partners.any')}</option>
              {prefectures.map((p) => (
                <option key={p.code} value={p.code}>
                  {localName(locale, p)}
                </option>
              ))}
            </select>
            <label htmlFor="domain">{t('partners.domain')}</label>
            <select id="domain" name="domain" defaultValue={filter.domain ?? ''}>
              <option value="">{t('partners.any')}</option>
              {supportDomains.map((d) => (
                <option key={d.code} value={d.code}>
                  {localName(locale, d)}
                </option>
              ))}
            </select>
            <label htmlFor="kind">{t('partners.kind')}</label>
            <select id="kind" name="kind" defaultValue={filter.kind ?? ''}>
              <option value="">{t('partners.any')}</option>
              {KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`directory.kind.${k}`)}
                </option>
              ))}
            </select>
            <label htmlFor="verified">{t('partners.verifiedFilter')}</label>
            <select id="verified" name="verified" defaultValue={boolValue(filter.verified)}>
              <option value="">{t('partners.any')}</option>
              <option value="true">{t('partners.onlyVerified')}</option>
              <option value="false">{t('partners.onlyUnverified')}</option>
            </select>
            <label htmlFor="stale">{t('partners.staleFilter')}</label>
            <select id="stale" name="stale" defaultValue={boolValue(filter.stale)}>
              <option value="">{t('partners.any')}</option>
              <option value="true">{t('partners.onlyStale')}</option>
              <option value="false">{t('partners.onlyFresh')}</option>
            </select>
            <button type="submit" className="button button--secondary">
              {t('partners.apply')}
            </button>
          </div>
        </fieldset>
      </Form>
      {partners.edges.length === 0 ? (
        <p className="empty">{t('partners.empty')}</p>
      ) : (
        <ul className="partner-list">
          {partners.edges.map(({ node }) => (
            <li key={node.id} className="partner">
              <h2 className="partner__name">
                <Link to={`/partners/${encodeURIComponent(node.id)}`}>{node.name}</Link>
              </h2>
              <PartnerBadges partner={node} />
              <dl className="facts">
                {node.domains.length > 0 && (
                  <div>
                    <dt>{t('directory.domains')}</dt>
                    <dd>{localNames(locale, node.domains)}</dd>
                  </div>
                )}
                {node.languages.length > 0 && (
                  <div>
                    <dt>{t('directory.languages')}</dt>
                    <dd>{localNames(locale, node.languages)}</dd>
                  </div>
                )}
              </dl>
            </li>
          ))}
        </ul>
      )}
      <NextPageNav
        searchParams={searchParams}
        cursorParam="after"
        pageInfo={partners.pageInfo}
        label={t('partners.title')}
      />
      <p className="footnote">{t('app.syntheticNote')}</p>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
