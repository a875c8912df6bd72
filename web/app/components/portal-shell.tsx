import { Link, NavLink, useRouteLoaderData } from '@remix-run/react';
import type { ReactNode } from 'react';
import { useT } from '~/i18n/react';
import type { loader as rootLoader } from '~/root';
import { sectionsFor } from '~/utils/navigation';
import { LanguageSwitch } from './language-switch';

/** Header, role-based menu, main landmark and footer around every page. */
export function PortalShell({ children }: { children: ReactNode }) {
  const t = useT();
  const viewer = useRouteLoaderData<typeof rootLoader>('root')?.viewer ?? null;

  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="site-header">
        <div className="site-header__bar">
          <Link to="/" className="brand">
            <span className="brand__name">{t('app.name')}</span>
            <span className="brand__tagline">{t('app.tagline')}</span>
          </Link>
          {viewer ? (
            <ProfileMenu
              displayName={viewer.displayName}
              roleLabel={t(`role.${viewer.role}`)}
              isCoordinator={viewer.role === 'COORDINATOR'}
            />
          ) : (
            <LanguageSwitch />
          )}
        </div>
        {viewer && (
          <nav aria-label={t('nav.label')} className="site-nav">
            <ul>
              {sectionsFor(viewer.role).map((section) => (
                <li key={section.id}>
                  <NavLink to={section.path} prefetch="intent">
                    {t(`section.${section.id}.title`)}
                    <NavBadge count={badgeCount(viewer.badges, section.id)} label={t('nav.unread')} />
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
        )}
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <p>{t('app.footer')}</p>
      </footer>
    </>
  );
}

/** Unread counts shown on menu entries (bulletin). */
function badgeCount(badges: Record<string, number> | undefined, sectionId: string): number {
  return badges?.[sectionId] ?? 0;
}

function NavBadge({ count, label }: { count: number; label: string }) {
  if (count <= 0) return null;
  return (
    <span className="badge badge--pending" aria-label={`${label}: ${count}`}>
      {count > 99 ? '99+' : count}
    </span>
  );
}

function ProfileMenu({
  displayName,
  roleLabel,
  isCoordinator,
}: {
  displayName: string;
  roleLabel: string;
  isCoordinator: boolean;
}) {
  const t = useT();
  return (
    <details className="profile-menu">
      <summary aria-label={`${t('profile.label')}: ${displayName}`}>
        <span className="profile-menu__name">{displayName}</span>
      </summary>
      <div className="profile-menu__panel">
        <dl className="profile-menu__facts">
          <dt>{t('profile.role')}</dt>
          <dd>{roleLabel}</dd>
        </dl>
        {isCoordinator ? (
          <ul className="profile-menu__links">
            <li>
              <Link to="/profile">{t('profile.myProfile')}</Link>
            </li>
            <li>
              <Link to="/handoffs">{t('profile.handoffs')}</Link>
            </li>
          </ul>
        ) : null}
        <ul className="profile-menu__links">
          <li>
            <Link to="/password">{t('accounts.changePasswordLink')}</Link>
          </li>
          <li>
            <Link to="/two-step">{t('accounts.twoStepLink')}</Link>
          </li>
        </ul>
        <LanguageSwitch />
        <form method="post" action="/logout" className="profile-menu__signout">
          <button type="submit" name="intent" value="this" className="button button--secondary">
            {t('profile.signOut')}
          </button>
          <button type="submit" name="intent" value="everywhere" className="button button--quiet">
            {t('profile.signOutEverywhere')}
          </button>
        </form>
      </div>
    </details>
  );
}
