import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Form, useLoaderData } from '@remix-run/react';
import { GeneralErrorBoundary } from '~/components/error-boundary';
import { LineChart } from '~/components/surveys/charts';
import { ActivityTrendsPageDocument } from '~/generated/graphql';
import { localName } from '~/i18n';
import { useLocale, useT } from '~/i18n/react';
import { requireRole } from '~/utils/auth.server';
import { apiErrorResponse, gqlRequest } from '~/utils/graphql.server';
import { pageMeta } from '~/utils/meta';

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, 'activity.trends');

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

function monthsBack(months: number): string {
  const d = new Date(Date.now() + 9 * 3600_000);
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() - months);
  return d.toISOString().slice(0, 7);
}

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, ['ISA_ADMIN']);
  const params = new URL(request.url).searchParams;
  const from = MONTH.test(params.get('from') ?? '') ? params.get('from')! : monthsBack(11);
  const to = MONTH.test(params.get('to') ?? '') ? params.get('to')! : monthsBack(0);
  try {
    const { activityTrends } = await gqlRequest(request, ActivityTrendsPageDocument, { from, to });
    return { from, to, trends: activityTrends, runningMonth: monthsBack(0) };
  } catch (error) {
    throw apiErrorResponse(error);
  }
}

export default function ActivityTrends() {
  const { from, to, trends, runningMonth } = useLoaderData<typeof loader>();
  const t = useT();
  const locale = useLocale();
  // The busiest domains as lines (the table under the chart has them all).
  const domains = [...trends.byDomain].sort(
    (a, b) => b.points.reduce((s, p) => s + p.value, 0) - a.points.reduce((s, p) => s + p.value, 0),
  );
  return (
    <div className="page">
      <h1>{t('activity.trends')}</h1>
      <p className="lead">{t('activity.trendsLead')}</p>
      <Form method="get" className="filter-bar">
        <div className="field">
          <label htmlFor="from">{t('activity.from')}</label>
          <input id="from" name="from" type="month" defaultValue={from} />
        </div>
        <div className="field">
          <label htmlFor="to">{t('activity.to')}</label>
          <input id="to" name="to" type="month" defaultValue={to} />
        </div>
        <button type="submit" className="button button--secondary">
          {t('surveys.results.apply')}
        </button>
      </Form>
      <LineChart
        title={t('activity.reportsFiled')}
        periods={trends.periods}
        partialPeriod={runningMonth}
        series={[{ name: t('activity.reportsFiled'), values: trends.reportCounts.map((p) => p.value) }]}
      />
      <LineChart
        title={t('activity.byDomainChart')}
        periods={trends.periods}
        partialPeriod={runningMonth}
        series={domains.map((d) => ({
          name: localName(locale, d.domain),
          values: d.points.map((p) => p.value),
        }))}
      />
      <LineChart
        title={t('activity.byBureauChart')}
        periods={trends.periods}
        partialPeriod={runningMonth}
        series={trends.byBureau.map((b) => ({
          name: localName(locale, b.bureau),
          values: b.consultations.map((p) => p.value),
        }))}
      />
      <LineChart
        title={t('activity.outsideByBureauChart')}
        periods={trends.periods}
        partialPeriod={runningMonth}
        series={trends.byBureau.map((b) => ({
          name: localName(locale, b.bureau),
          values: b.referralsOutsideRegion.map((p) => p.value),
        }))}
      />
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
