import type { LoaderFunctionArgs } from '@remix-run/node';
import { NoticeStatsCsvDocument } from '~/generated/graphql';
import { requireRole } from '~/utils/auth.server';
import { apiErrorResponse, gqlRequest } from '~/utils/graphql.server';

/** GET /bulletin/:id/stats.csv — per-reader figures as CSV (UTF-8 with BOM, built by the API), ISA only. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireRole(request, ['ISA_ADMIN']);
  try {
    const { noticeStats } = await gqlRequest(request, NoticeStatsCsvDocument, { id: params.id! });
    const name = `notice-${params.id!.replace(/[^A-Za-z0-9-]/g, '')}-stats.csv`;
    // Encode explicitly so the BOM (U+FEFF) reaches the client as EF BB BF.
    return new Response(new TextEncoder().encode(noticeStats.csv), {
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
