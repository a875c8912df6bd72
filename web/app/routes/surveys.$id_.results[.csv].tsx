import type { LoaderFunctionArgs } from '@remix-run/node';
import { SurveyResponsesCsvDocument } from '~/generated/graphql';
import { requireRole } from '~/utils/auth.server';
import { apiErrorResponse, gqlRequest } from '~/utils/graphql.server';

/** GET /surveys/:id/results.csv — one row per response (UTF-8 with BOM, built by the API); managers only. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireRole(request, ['ISA_ADMIN', 'WORKSHOP_ORGANIZER']);
  try {
    const { surveyResponsesCsv } = await gqlRequest(request, SurveyResponsesCsvDocument, { id: params.id! });
    const name = `survey-${params.id!.replace(/[^A-Za-z0-9-]/g, '')}-responses.csv`;
    // Encode explicitly so the BOM (U+FEFF) reaches the client as EF BB BF.
    return new Response(new TextEncoder().encode(surveyResponsesCsv), {
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
