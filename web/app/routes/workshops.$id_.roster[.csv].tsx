import type { LoaderFunctionArgs } from '@remix-run/node';
import { WorkshopRosterCsvDocument } from '~/generated/graphql';
import { requireRole } from '~/utils/auth.server';
import { apiErrorResponse, gqlRequest } from '~/utils/graphql.server';

/** GET /workshops/:id/roster.csv — the roster as CSV (UTF-8 with BOM, built by the API), organizers only. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireRole(request, ['WORKSHOP_ORGANIZER', 'ISA_ADMIN']);
  try {
    const { workshop } = await gqlRequest(request, WorkshopRosterCsvDocument, { id: params.id! });
    if (!workshop) throw new Response('Not found', { status: 404 });
    const name = `workshop-${params.id!.replace(/[^A-Za-z0-9-]/g, '')}-roster.csv`;
    // Encode explicitly so the BOM (U+FEFF) reaches the client as EF BB BF.
    return new Response(new TextEncoder().encode(workshop.rosterCsv), {
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
