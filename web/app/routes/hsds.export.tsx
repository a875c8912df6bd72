import type { LoaderFunctionArgs } from '@remix-run/node';
import { requireRole } from '~/utils/auth.server';
import { getEnv } from '~/utils/env.server';
import { routeRolesFor } from '~/utils/navigation';
import { getSessionToken } from '~/utils/session.server';

/**
 * The HSDS download: a resource route that streams the API's `/hsds/export` to the browser with the
 * session's token, so the file never sits in the portal's memory. The API checks ISA_ADMIN again.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, routeRolesFor('hsds'));
  const token = await getSessionToken(request);
  const includeSynthetic = new URL(request.url).searchParams.get('includeSynthetic') === 'true';
  const target = new URL('/hsds/export', getEnv().API_URL);
  if (includeSynthetic) target.searchParams.set('includeSynthetic', 'true');
  const upstream = await fetch(target, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
    signal: request.signal,
  });
  if (!upstream.ok || !upstream.body) {
    throw new Response(upstream.status === 403 ? 'Forbidden' : 'Export failed', {
      status: upstream.status === 403 ? 403 : 502,
    });
  }
  const headers = new Headers({
    'content-type': upstream.headers.get('content-type') ?? 'application/json; charset=utf-8',
    'content-disposition':
      upstream.headers.get('content-disposition') ?? 'attachment; filename="tsunagu-hsds.json"',
    'cache-control': 'no-store',
  });
  return new Response(upstream.body, { status: 200, headers });
}
