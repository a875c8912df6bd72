import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AppServices } from '../context.js';
import { isAppError } from '../errors.js';
import { Access, bearerTokenFrom } from '../modules/auth/access.js';
import { AuthRepository } from '../modules/auth/repository.js';
import { exportOrganizations, writeJsonArray } from '../modules/hsds/exporter.js';
import { HsdsRepository } from '../modules/hsds/repository.js';

export const HSDS_EXPORT_ROUTE = '/hsds/export';

function sendError(res: ServerResponse, status: number, code: string, message: string): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
}

/**
 * GET /hsds/export[?includeSynthetic=true] — the partner directory as a JSON array of HSDS 3.0
 * organizations, streamed batch by batch. ISA_ADMIN only (Bearer session token, as for /graphql).
 */
export async function handleHsdsExport(
  services: AppServices,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
): Promise<void> {
  if (req.method !== 'GET') return sendError(res, 405, 'BAD_REQUEST', 'Use GET');
  const graph = services.graph.forRequest();
  const access = new Access(new AuthRepository(graph), bearerTokenFrom(req.headers.authorization));
  try {
    await access.requireRole('ISA_ADMIN');
  } catch (error) {
    if (!isAppError(error)) throw error;
    const code = String(error.extensions.code);
    return sendError(res, code === 'UNAUTHENTICATED' ? 401 : 403, code, error.message);
  }
  const includeSynthetic = url.searchParams.get('includeSynthetic') === 'true';
  const day = new Date().toISOString().slice(0, 10);
  res.writeHead(200, {
    'content-type': 'application/json; charset=utf-8',
    'content-disposition': `attachment; filename="tsunagu-hsds-${day}.json"`,
    'cache-control': 'no-store',
  });
  const organizations = exportOrganizations(new HsdsRepository(graph), services.catalog, {
    includeSynthetic,
  });
  try {
    await writeJsonArray(organizations, res);
    res.end();
  } catch (error) {
    // Headers are gone: break the connection so the client sees an incomplete download, not a valid file.
    res.destroy(error as Error);
    throw error;
  }
}
