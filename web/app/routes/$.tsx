import type { MetaFunction } from '@remix-run/node';
import { GeneralErrorBoundary } from '~/components/error-boundary';
import { pageMeta } from '~/utils/meta';

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, 'error.404.title');

// Every unknown path answers 404 through the shared error view.
export function loader() {
  throw new Response('Not Found', { status: 404, statusText: 'Not Found' });
}

export default function NotFound() {
  return null;
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
