import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Form, Link, useLoaderData, useLocation } from '@remix-run/react';
import { GeneralErrorBoundary } from '~/components/error-boundary';
import { countText } from '~/components/gaps/count-text';
import { gapFilterFrom } from '~/components/gaps/filter.server';
import { GapMap } from '~/components/gaps/gap-map';
import { GapsPageDocument } from '~/generated/graphql';
import { localName } from '~/i18n';
import { useLocale, useT } from '~/i18n/react';
import { requireRole } from '~/utils/auth.server';
import { apiErrorResponse, gqlRequest } from '~/utils/graphql.server';
import gapsStyles from '~/styles/gaps.css?url';
import { pageMeta } from '~/utils/meta';
import { routeRolesFor } from '~/utils/navigation';

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: gapsStyles }];

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, 'section.gaps.title');

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, routeRolesFor('gaps'));
  const params = new URL(request.url).searchParams;
  const filter = gapFilterFrom(params);
  try {
    const data = await gqlRequest(request, GapsPageDocument, { filter });
    return { ...data, filter };
  } catch (error) {
    throw apiErrorResponse(error);
  }
}

export default function GapsDashboard() {
  const { gapDashboard: d, supportDomains, languages, prefectures, filter } = useLoaderData<typeof loader>();
  const t = useT();
  const locale = useLocale();
  const { search } = useLocation();
  const parents = supportDomains.filter((x) => !x.parentCode);
  const domainName = new Map(supportDomains.map((x) => [x.code, x]));
  return (
    <div className="page gaps-page">
      <h1>{t('gaps.title')}</h1>
      <p className="lead">{t('gaps.lead')}</p>
      <p>
        <strong>
          {d.scopePrefecture
            ? t('gaps.scopePrefecture', { name: localName(locale, d.scopePrefecture) })
            : t('gaps.scopeCountry')}
        </strong>
        {d.exact ? null : <> — {t('gaps.bandNote')}</>}
      </p>
      <Form method="get" className="filter-bar gaps-filters" aria-label={t('gaps.filters')}>
        <div className="field">
          <label htmlFor="gap-domain">{t('gaps.domain')}</label>
          <select id="gap-domain" name="domain" defaultValue={filter.domains?.[0] ?? ''}>
            <option value="">{t('gaps.allDomains')}</option>
            {parents.map((p) => (
              <optgroup key={p.code} label={localName(locale, p)}>
                <option value={p.code}>{localName(locale, p)}</option>
                {supportDomains
                  .filter((c) => c.parentCode === p.code)
                  .map((c) => (
                    <option key={c.code} value={c.code}>
                      {localName(locale, c)}
                    </option>
                  ))}
              </optgroup>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="gap-language">{t('gaps.language')}</label>
          <select id="gap-language" name="language" defaultValue={filter.language ?? ''}>
            <option value="">{t('gaps.allLanguages')}</option>
            {languages.map((l) => (
              <option key={l.code} value={l.code}>
                {localName(locale, l)}
              </option>
            ))}
          </select>
        </div>
        <fieldset className="field">
          <legend>{t('gaps.source')}</legend>
          {(['REPORT', 'SEARCH', 'REFERRAL'] as const).map((s) => (
            <label key={s} className="check">
              <input
                type="checkbox"
                name="source"
                value={s}
                defaultChecked={filter.sources?.includes(s) ?? false}
              />{' '}
              {t(`gaps.source.${s}`)}
            </label>
          ))}
        </fieldset>
        <div className="field">
          <label htmlFor="gap-from">{t('gaps.from')}</label>
          <input id="gap-from" name="from" type="month" defaultValue={d.from} />
        </div>
        <div className="field">
          <label htmlFor="gap-to">{t('gaps.to')}</label>
          <input id="gap-to" name="to" type="month" defaultValue={d.to} />
        </div>
        <div className="field">
          <label htmlFor="gap-status">{t('gaps.status')}</label>
          <select id="gap-status" name="status" defaultValue={filter.status ?? 'OPEN'}>
            <option value="OPEN">{t('gaps.status.OPEN')}</option>
            <option value="ADDRESSED">{t('gaps.status.ADDRESSED')}</option>
          </select>
        </div>
        <button type="submit" className="button button--secondary">
          {t('gaps.apply')}
        </button>
      </Form>
      <p className="gaps-actions no-print">
        <a className="button" href={`/gaps.csv${search}`} download>
          {t('gaps.csv')}
        </a>
      </p>
      <dl className="gaps-totals">
        <div>
          <dt>{t('gaps.total')}</dt>
          <dd>{countText(d.total)}</dd>
        </div>
        <div>
          <dt>{t('gaps.nationalTotal')}</dt>
          <dd>{countText(d.nationalTotal)}</dd>
        </div>
      </dl>
      <section aria-labelledby="gaps-map-heading">
        <h2 id="gaps-map-heading">{t('gaps.map')}</h2>
        <GapMap entries={d.prefectures} allNames={prefectures} />
      </section>
      <section aria-labelledby="gaps-table-heading">
        <h2 id="gaps-table-heading">{t('gaps.table')}</h2>
        {d.cells.length === 0 ? (
          <p>{t('gaps.noCells')}</p>
        ) : (
          <div className="table-scroll">
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t('gaps.prefecture')}</th>
                  <th scope="col">{t('gaps.parentDomain')}</th>
                  <th scope="col">{t('gaps.detailDomain')}</th>
                  <th scope="col">{t('gaps.count')}</th>
                </tr>
              </thead>
              <tbody>
                {d.cells.map((c) => {
                  const parent = c.domain.parentCode ? domainName.get(c.domain.parentCode) : null;
                  return (
                    <tr key={`${c.prefecture.code}-${c.domain.code}`}>
                      <th scope="row">
                        <Link to={`/gaps/${c.prefecture.code}`}>{localName(locale, c.prefecture)}</Link>
                      </th>
                      <td>{localName(locale, parent ?? c.domain)}</td>
                      <td>{parent ? localName(locale, c.domain) : '—'}</td>
                      <td className="num">{countText(c.count)}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <section aria-labelledby="gaps-trend-heading">
        <h2 id="gaps-trend-heading">{t('gaps.trend')}</h2>
        <TrendBars months={d.months} />
      </section>
    </div>
  );
}

type Month = {
  month: string;
  partial: boolean;
  count: { exact?: number | null; lower: number; upper: number };
};

/** Bars per month (the running month hatched and labelled partial), with the figures as a table. */
function TrendBars({ months }: { months: Month[] }) {
  const t = useT();
  const max = Math.max(1, ...months.map((m) => m.count.exact ?? m.count.upper));
  const width = 36;
  const height = 120;
  return (
    <figure className="gap-trend">
      <svg
        viewBox={`0 0 ${months.length * width} ${height + 20}`}
        aria-hidden="true"
        className="gap-trend__svg"
      >
        <defs>
          <pattern
            id="gap-partial"
            width="6"
            height="6"
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <rect width="3" height="6" className="gap-trend__hatch" />
          </pattern>
        </defs>
        {months.map((m, i) => {
          const value = m.count.exact ?? m.count.lower;
          const h = Math.round((value / max) * height);
          return (
            <g key={m.month}>
              <rect
                x={i * width + 4}
                y={height - h}
                width={width - 8}
                height={h}
                className={m.partial ? 'gap-trend__bar gap-trend__bar--partial' : 'gap-trend__bar'}
                fill={m.partial ? 'url(#gap-partial)' : undefined}
              />
              <text x={i * width + width / 2} y={height + 14} textAnchor="middle">
                {m.month.slice(5)}
              </text>
            </g>
          );
        })}
      </svg>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{t('gaps.month')}</th>
            <th scope="col">{t('gaps.count')}</th>
          </tr>
        </thead>
        <tbody>
          {months.map((m) => (
            <tr key={m.month}>
              <th scope="row">{m.partial ? t('gaps.partial', { month: m.month }) : m.month}</th>
              <td className="num">{countText(m.count)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
