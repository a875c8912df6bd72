import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { GeneralErrorBoundary } from '~/components/error-boundary';
import { useT } from '~/i18n/react';
import { requireViewer } from '~/utils/auth.server';
import { pageMeta } from '~/utils/meta';
import { sectionsFor } from '~/utils/navigation';

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, 'home.title');

export async function loader({ request }: LoaderFunctionArgs) {
  const viewer = await requireViewer(request);
  return { displayName: viewer.displayName, role: viewer.role };
}

export default function Home() {
  const { displayName, role } = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <div className="page">
      <h1>{t('home.greeting', { name: displayName })}</h1>
      <p className="lead">{t(`role.${role}`)}</p>
      <h2 id="sections-heading">{t('home.sectionsHeading')}</h2>
      <ul className="card-grid" aria-labelledby="sections-heading">
        {sectionsFor(role).map((section) => (
          <li key={section.id} className="card">
            <h3 className="card__title">
              <Link to={section.path}>{t(`section.${section.id}.title`)}</Link>
            </h3>
            <p className="card__body">{t(`section.${section.id}.description`)}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
