import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { GeneralErrorBoundary } from '~/components/error-boundary';
import { SectionPlaceholder } from '~/components/section-placeholder';
import { requireRole } from '~/utils/auth.server';
import { pageMeta } from '~/utils/meta';
import { routeRolesFor } from '~/utils/navigation';

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, 'section.gaps.title');

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, routeRolesFor('gaps'));
  return null;
}

export default function Gaps() {
  return <SectionPlaceholder section="gaps" />;
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
