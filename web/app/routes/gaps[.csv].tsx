import type { LoaderFunctionArgs } from '@remix-run/node';
import { gapFilterFrom } from '~/components/gaps/filter.server';
import { ExportGapsCsvDocument } from '~/generated/graphql';
import { requireRole } from '~/utils/auth.server';
import { apiErrorResponse, gqlRequest } from '~/utils/graphql.server';
import { routeRolesFor } from '~/utils/navigation';

/** GET /gaps.csv — the prefecture × domain table with the dashboard's filters (BOM, built and audited by the API). */
export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, routeRolesFor('gaps'));
  const filter = gapFilterFrom(new URL(request.url).searchParams);
  try {
    const { exportGapsCsv } = await gqlRequest(request, ExportGapsCsvDocument, { filter });
    const name = exportGapsCsv.filename.replace(/[^A-Za-z0-9.-]/g, '');
    return new Response(new TextEncoder().encode(exportGapsCsv.csv), {
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="${name}"`,
        'cache-control': 'private, no-store',
      },
    });
  } catch (error) {
    throw apiErrorResponse(error);
  }
}
