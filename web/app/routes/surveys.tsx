import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { GeneralErrorBoundary } from '~/components/error-boundary';
import { SectionPlaceholder } from '~/components/section-placeholder';
import { requireRole } from '~/utils/auth.server';
import { pageMeta } from '~/utils/meta';
import { routeRolesFor } from '~/utils/navigation';

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, 'section.surveys.title');

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, routeRolesFor('surveys'));
  return null;
}

export default function Surveys() {
  return <SectionPlaceholder section="surveys" />;
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
