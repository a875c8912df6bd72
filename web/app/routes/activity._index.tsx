import {
  data,
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useSearchParams } from '@remix-run/react';
import { GeneralErrorBoundary } from '~/components/error-boundary';
import { ActivityPageDocument, FileActivityReportDocument } from '~/generated/graphql';
import { localName } from '~/i18n';
import { useLocale, useT } from '~/i18n/react';
import { requireRole } from '~/utils/auth.server';
import { ApiError, apiErrorResponse, gqlRequest } from '~/utils/graphql.server';
import { pageMeta } from '~/utils/meta';

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, 'section.activity.title');

export async function loader({ request }: LoaderFunctionArgs) {
  const viewer = await requireRole(request, ['COORDINATOR', 'ISA_ADMIN']);
  if (viewer.role === 'ISA_ADMIN') throw redirect('/activity/trends');
  try {
    return await gqlRequest(request, ActivityPageDocument, {});
  } catch (error) {
    throw apiErrorResponse(error);
  }
}

const count = (form: FormData, name: string) => {
  const n = Number(form.get(name) ?? 0);
  return Number.isFinite(n) ? Math.trunc(n) : -1;
};

export async function action({ request }: ActionFunctionArgs) {
  await requireRole(request, ['COORDINATOR']);
  const form = await request.formData();
  const domains = form.getAll('domain').map(String);
  try {
    await gqlRequest(request, FileActivityReportDocument, {
      input: {
        period: String(form.get('period') ?? ''),
        consultations: domains.map((domainCode) => ({
          domainCode,
          count: count(form, `count.${domainCode}`),
        })),
        referralsMade: count(form, 'referralsMade'),
        referralsOutsideRegion: count(form, 'referralsOutsideRegion'),
      },
    });
    return redirect(`/activity?filed=${encodeURIComponent(String(form.get('period')))}`);
  } catch (error) {
    if (!(error instanceof ApiError) || error.code === 'INTERNAL_SERVER_ERROR') throw error;
    return data({ field: error.field, detail: error.message }, { status: 400 });
  }
}

export default function ActivityReports() {
  const { activityReportTemplate: template, myActivityReports } = useLoaderData<typeof loader>();
  const error = useActionData<typeof action>();
  const [params] = useSearchParams();
  const t = useT();
  const locale = useLocale();
  const reports = myActivityReports.edges.map((e) => e.node);
  const chosen =
    params.get('period') && template.openPeriods.includes(params.get('period')!)
      ? params.get('period')!
      : template.openPeriods[0];
  const existing = reports.find((r) => r.period === chosen);
  const countOf = (code: string) => existing?.consultations.find((c) => c.domain.code === code)?.count ?? 0;
  return (
    <div className="page">
      <h1>{t('section.activity.title')}</h1>
      <p className="lead">{t('activity.lead', { days: template.graceDays })}</p>
      {params.get('filed') && (
        <p className="form-message" role="status">
          {t('activity.filed', { period: params.get('filed')! })}
        </p>
      )}
      {template.openPeriods.length > 1 && (
        <p>
          {template.openPeriods.map((p) => (
            <Link
              key={p}
              to={`?period=${p}`}
              className="button button--quiet"
              aria-current={p === chosen ? 'page' : undefined}
            >
              {p}
            </Link>
          ))}
        </p>
      )}
      <Form method="post" className="form" key={chosen}>
        <h2>{t('activity.fileFor', { period: chosen })}</h2>
        {error && (
          <p className="form-message form-message--error" role="alert">
            {error.field ? `(${error.field}) ` : ''}
            {error.detail}
          </p>
        )}
        <input type="hidden" name="period" value={chosen} />
        <fieldset>
          <legend>{t('activity.consultations')}</legend>
          {template.domains.map((d) => (
            <div className="field field--inline" key={d.code}>
              <input type="hidden" name="domain" value={d.code} />
              <label htmlFor={`count.${d.code}`}>{localName(locale, d)}</label>
              <input
                id={`count.${d.code}`}
                name={`count.${d.code}`}
                type="number"
                min={0}
                max={10000}
                defaultValue={countOf(d.code)}
              />
            </div>
          ))}
        </fieldset>
        <div className="field field--inline">
          <label htmlFor="referralsMade">{t('activity.referralsMade')}</label>
          <input
            id="referralsMade"
            name="referralsMade"
            type="number"
            min={0}
            max={10000}
            defaultValue={existing?.referralsMade ?? 0}
          />
          <label htmlFor="referralsOutsideRegion">{t('activity.referralsOutsideRegion')}</label>
          <input
            id="referralsOutsideRegion"
            name="referralsOutsideRegion"
            type="number"
            min={0}
            max={10000}
            defaultValue={existing?.referralsOutsideRegion ?? 0}
          />
        </div>
        <button type="submit" className="button button--primary">
          {existing ? t('activity.update') : t('activity.file')}
        </button>
      </Form>
      <h2>{t('activity.history')}</h2>
      {reports.length === 0 ? (
        <p className="empty">{t('activity.empty')}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <caption>{t('activity.history')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('activity.period')}</th>
                <th scope="col">{t('activity.consultations')}</th>
                <th scope="col">{t('activity.referralsMade')}</th>
                <th scope="col">{t('activity.referralsOutsideRegion')}</th>
                <th scope="col">{t('activity.byDomain')}</th>
              </tr>
            </thead>
            <tbody>
              {reports.map((r) => (
                <tr key={r.id}>
                  <th scope="row">
                    {r.period} {r.editable && <span className="badge">{t('activity.editable')}</span>}
                  </th>
                  <td>{r.consultationsTotal}</td>
                  <td>{r.referralsMade}</td>
                  <td>{r.referralsOutsideRegion}</td>
                  <td>
                    {r.consultations
                      .map((c) => `${localName(locale, c.domain)} ${c.count}`)
                      .join(locale === 'ja' ? '、' : ', ')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
