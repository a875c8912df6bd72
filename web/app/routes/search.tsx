import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { GeneralErrorBoundary } from '~/components/error-boundary';
import { SectionPlaceholder } from '~/components/section-placeholder';
import { requireRole } from '~/utils/auth.server';
import { pageMeta } from '~/utils/meta';
import { routeRolesFor } from '~/utils/navigation';

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, 'section.search.title');

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, routeRolesFor('search'));
  return null;
}

export default function Search() {
  return <SectionPlaceholder section="search" />;
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
