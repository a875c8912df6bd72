import type { LoaderFunctionArgs } from '@remix-run/node';
import { AuditCsvDocument } from '~/generated/graphql';
import { requireRole } from '~/utils/auth.server';
import { AUDIT_ROLES, auditFilterFrom } from '~/utils/audit-filter';
import { apiErrorResponse, gqlRequest } from '~/utils/graphql.server';

/** GET /audit.csv — the filtered audit log (UTF-8 with BOM, built by the API, which records the export). */
export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, AUDIT_ROLES);
  try {
    const { auditCsv } = await gqlRequest(request, AuditCsvDocument, {
      filter: auditFilterFrom(new URL(request.url).searchParams),
    });
    return new Response(new TextEncoder().encode(auditCsv), {
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': 'attachment; filename="tsunagu-audit-log.csv"',
        'cache-control': 'private, no-store',
      },
    });
  } catch (error) {
    throw apiErrorResponse(error);
  }
}
