import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Form, useActionData, useLoaderData, useNavigation } from '@remix-run/react';
import { GeneralErrorBoundary } from '~/components/error-boundary';
import { HsdsExportInfoDocument, ImportHsdsDocument, type ImportHsdsMutation } from '~/generated/graphql';
import { useT } from '~/i18n/react';
import { requireRole } from '~/utils/auth.server';
import { ApiError, apiErrorResponse, gqlRequest } from '~/utils/graphql.server';
import { pageMeta } from '~/utils/meta';
import { routeRolesFor } from '~/utils/navigation';

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, 'section.hsds.title');

// The API's request body limit (BODY_LIMIT_BYTES, 100 kB) bounds an upload; larger files go through the CLI.
const MAX_UPLOAD_BYTES = 90_000;

type Report = ImportHsdsMutation['importHsds']['report'];
type ActionResult =
  { ok: true; report: Report } | { ok: false; error: 'missing' | 'tooLarge' | 'invalid'; message?: string };

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, routeRolesFor('hsds'));
  try {
    const { hsdsExport } = await gqlRequest(request, HsdsExportInfoDocument, {});
    return { info: hsdsExport };
  } catch (error) {
    throw apiErrorResponse(error);
  }
}

export async function action({ request }: ActionFunctionArgs): Promise<ActionResult> {
  await requireRole(request, routeRolesFor('hsds'));
  const form = await request.formData();
  const file = form.get('document');
  if (!(file instanceof File) || file.size === 0) return { ok: false, error: 'missing' };
  if (file.size > MAX_UPLOAD_BYTES) return { ok: false, error: 'tooLarge' };
  const document = await file.text();
  try {
    const { importHsds } = await gqlRequest(request, ImportHsdsDocument, {
      input: { document, dryRun: form.get('dryRun') === 'on' },
    });
    return { ok: true, report: importHsds.report };
  } catch (error) {
    if (error instanceof ApiError && error.code === 'BAD_USER_INPUT') {
      // The API's message names the first violation's JSON path; the CLI lists them all.
      return { ok: false, error: 'invalid', message: error.message };
    }
    throw apiErrorResponse(error);
  }
}

function ImportReport({ report }: { report: Report }) {
  const t = useT();
  return (
    <section aria-labelledby="hsds-report">
      <h2 id="hsds-report">{t(report.dryRun ? 'hsds.report.dryRunTitle' : 'hsds.report.title')}</h2>
      <ul>
        {report.partners.map((p) => (
          <li key={p.partnerId}>
            {p.name} ({p.partnerId}) — {t(p.created ? 'hsds.report.created' : 'hsds.report.updated')}
          </li>
        ))}
      </ul>
      <h3>{t('hsds.report.unmapped', { count: String(report.unmappedCount) })}</h3>
      {report.unmapped.length > 0 && (
        <div
          className="table-scroll"
          role="region"
          aria-label={t('hsds.report.unmappedCaption')}
          tabIndex={0}
        >
          <table className="data-table">
            <caption>{t('hsds.report.unmappedCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('hsds.report.path')}</th>
                <th scope="col">{t('hsds.report.reason')}</th>
              </tr>
            </thead>
            <tbody>
              {report.unmapped.map((u) => (
                <tr key={u.path}>
                  <td>
                    <code>{u.path}</code>
                  </td>
                  <td>{u.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

export default function Hsds() {
  const { info } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const busy = useNavigation().state === 'submitting';
  const t = useT();
  return (
    <div className="page">
      <h1>{t('section.hsds.title')}</h1>
      <p className="lead">{t('section.hsds.description')}</p>

      <section aria-labelledby="hsds-export">
        <h2 id="hsds-export">{t('hsds.export.title')}</h2>
        <p>
          {t('hsds.export.counts', {
            partners: String(info.partnerCount - info.syntheticCount),
            synthetic: String(info.syntheticCount),
            sensitive: String(info.sensitiveCount),
          })}
        </p>
        <ul>
          <li>
            <a href="/hsds/export" download>
              {t('hsds.export.download')}
            </a>
          </li>
          <li>
            <a href="/hsds/export?includeSynthetic=true" download>
              {t('hsds.export.downloadWithSynthetic')}
            </a>
          </li>
        </ul>
      </section>

      <section aria-labelledby="hsds-import">
        <h2 id="hsds-import">{t('hsds.import.title')}</h2>
        <p>{t('hsds.import.help')}</p>
        <Form method="post" encType="multipart/form-data">
          <p>
            <label htmlFor="hsds-document">{t('hsds.import.file')}</label>{' '}
            <input id="hsds-document" name="document" type="file" accept="application/json,.json" required />
          </p>
          <p>
            <label>
              <input name="dryRun" type="checkbox" defaultChecked /> {t('hsds.import.dryRun')}
            </label>
          </p>
          <button type="submit" disabled={busy}>
            {t('hsds.import.submit')}
          </button>
        </Form>
        {result && !result.ok && (
          <div role="alert">
            <p>{t(`hsds.import.error.${result.error}`)}</p>
            {result.message && <p>{result.message}</p>}
          </div>
        )}
        {result?.ok && <ImportReport report={result.report} />}
      </section>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
