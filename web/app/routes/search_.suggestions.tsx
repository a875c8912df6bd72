import type { LoaderFunctionArgs } from '@remix-run/node';
import { SearchSuggestionsDocument } from '~/generated/graphql';
import { requireRole } from '~/utils/auth.server';
import { apiErrorResponse, gqlRequest } from '~/utils/graphql.server';
import { routeRolesFor } from '~/utils/navigation';

/** Resource route feeding the search box's datalist: partner names and domain labels starting with `prefix`. */
export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, routeRolesFor('search'));
  const prefix = (new URL(request.url).searchParams.get('prefix') ?? '').slice(0, 50).trim();
  if (!prefix) return { suggestions: [] };
  try {
    const data = await gqlRequest(request, SearchSuggestionsDocument, { prefix });
    return { suggestions: data.searchSuggestions };
  } catch (error) {
    throw apiErrorResponse(error);
  }
}
