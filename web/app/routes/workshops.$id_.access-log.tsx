import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Link, useLoaderData, useSearchParams } from '@remix-run/react';
import { formatJst } from '~/components/bulletin/format';
import { GeneralErrorBoundary } from '~/components/error-boundary';
import { NextPageNav } from '~/components/next-page-nav';
import { MaterialAccessLogDocument } from '~/generated/graphql';
import { useLocale, useT } from '~/i18n/react';
import { requireRole } from '~/utils/auth.server';
import { apiErrorResponse, gqlRequest } from '~/utils/graphql.server';
import { pageMeta } from '~/utils/meta';

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, 'workshops.accessLog');

/** Who opened (or tried to open) the workshop's materials, and when: ISA staff and the organizers. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireRole(request, ['ISA_ADMIN', 'WORKSHOP_ORGANIZER']);
  try {
    return await gqlRequest(request, MaterialAccessLogDocument, {
      workshopId: params.id!,
      first: 50,
      after: new URL(request.url).searchParams.get('after'),
    });
  } catch (error) {
    throw apiErrorResponse(error);
  }
}

export default function AccessLog() {
  const { workshop, materialAccessLog } = useLoaderData<typeof loader>();
  const t = useT();
  const locale = useLocale();
  const [params] = useSearchParams();
  return (
    <div className="page">
      {workshop && (
        <p>
          <Link to={`/workshops/${encodeURIComponent(workshop.id)}`}>← {workshop.title}</Link>
        </p>
      )}
      <h1>{t('workshops.accessLog')}</h1>
      <p className="lead">{t('workshops.accessLogLead')}</p>
      {materialAccessLog.edges.length === 0 ? (
        <p className="empty">{t('workshops.accessLogEmpty')}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <caption>{t('workshops.accessLog')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('workshops.accessAt')}</th>
                <th scope="col">{t('workshops.accessReader')}</th>
                <th scope="col">{t('workshops.accessRole')}</th>
                <th scope="col">{t('materials.heading')}</th>
                <th scope="col">{t('workshops.accessResult')}</th>
              </tr>
            </thead>
            <tbody>
              {materialAccessLog.edges.map(({ node }, i) => (
                <tr key={`${node.at}-${node.reader.id}-${node.materialId}-${i}`}>
                  <td>{formatJst(locale, node.at)}</td>
                  <td>{node.reader.displayName}</td>
                  <td>{t(`role.${node.readerRole}`)}</td>
                  <td>{node.materialTitle}</td>
                  <td>{node.granted ? t('workshops.accessGranted') : t('workshops.accessRefused')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <NextPageNav
        searchParams={params}
        cursorParam="after"
        pageInfo={materialAccessLog.pageInfo}
        label={t('workshops.accessLog')}
      />
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
