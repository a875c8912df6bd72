import { redirect } from '@remix-run/node';
import { ViewerDocument, type Role, type ViewerQuery } from '~/generated/graphql';
import { gqlRequest } from './graphql.server';
import { loginPathFor } from './redirects.server';
import { destroySession, getSessionToken } from './session.server';

export type Viewer = NonNullable<ViewerQuery['viewer']>;

// Root and route loaders of one request run in parallel with the same Request object; ask the API once.
const viewerByRequest = new WeakMap<Request, Promise<Viewer | null>>();

async function fetchViewer(request: Request): Promise<Viewer | null> {
  if (!(await getSessionToken(request))) return null;
  const data = await gqlRequest(request, ViewerDocument, {});
  return data.viewer;
}

/** The signed-in account, or null when the cookie holds no session the API accepts. */
export function getViewer(request: Request): Promise<Viewer | null> {
  let pending = viewerByRequest.get(request);
  if (!pending) {
    pending = fetchViewer(request);
    viewerByRequest.set(request, pending);
  }
  return pending;
}

/** The signed-in account; otherwise throws a redirect to /login that brings the user back afterwards. */
export async function requireViewer(request: Request): Promise<Viewer> {
  const viewer = await getViewer(request);
  if (viewer) return viewer;
  const hadToken = Boolean(await getSessionToken(request));
  // A token the API no longer knows (expired, revoked elsewhere) is dropped so the cookie stops being sent.
  const headers = hadToken ? { 'Set-Cookie': await destroySession(request) } : undefined;
  throw redirect(loginPathFor(request), { headers });
}

/** The signed-in account if its role is one of `roles`; otherwise throws a 403 response. */
export async function requireRole(request: Request, roles: readonly Role[]): Promise<Viewer> {
  const viewer = await requireViewer(request);
  if (!roles.includes(viewer.role)) {
    throw new Response('Forbidden', { status: 403, statusText: 'Forbidden' });
  }
  // The API refuses the role's operations until two-step sign-in is set up; send the person to set it up.
  if (viewer.twoStepRequired && !viewer.twoStepEnabled) throw redirect('/two-step?required=1');
  return viewer;
}
