import { redirect, type ActionFunctionArgs } from '@remix-run/node';
import { SignOutDocument, SignOutEverywhereDocument } from '~/generated/graphql';
import { ApiError, gqlRequest } from '~/utils/graphql.server';
import { destroySession, getSessionToken } from '~/utils/session.server';

// Signing out is a POST only (a link could be followed by a prefetch or a crawler).
export function loader() {
  return redirect('/');
}

export async function action({ request }: ActionFunctionArgs) {
  const form = await request.formData();
  const everywhere = form.get('intent') === 'everywhere';

  if (await getSessionToken(request)) {
    try {
      if (everywhere)
        await gqlRequest(request, SignOutEverywhereDocument, {}, { onUnauthenticated: 'throw' });
      else await gqlRequest(request, SignOutDocument, {}, { onUnauthenticated: 'throw' });
    } catch (error) {
      // A session the API already ended is as good as signed out; the cookie goes either way.
      if (!(error instanceof ApiError)) throw error;
      console.warn(`[tsunagu-web] sign-out: ${error.code}`);
    }
  }
  return redirect('/login', { headers: { 'Set-Cookie': await destroySession(request) } });
}
