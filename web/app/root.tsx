import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Links, Meta, Outlet, Scripts, ScrollRestoration } from '@remix-run/react';
import type { ReactNode } from 'react';
import { GeneralErrorBoundary } from '~/components/error-boundary';
import { PortalShell } from '~/components/portal-shell';
import { useLocale } from '~/i18n/react';
import { getLocale } from '~/i18n/locale.server';
import { getViewer } from '~/utils/auth.server';
import { getPublicEnv } from '~/utils/env.server';
import stylesheet from '~/styles/app.css?url';

export const links: LinksFunction = () => [
  { rel: 'stylesheet', href: stylesheet },
  { rel: 'icon', href: '/favicon.svg', type: 'image/svg+xml' },
];

export const meta: MetaFunction = () => [{ title: 'つなぐ Tsunagu' }];

export async function loader({ request }: LoaderFunctionArgs) {
  const viewer = await getViewer(request);
  const locale = await getLocale(request, viewer?.locale);
  return {
    locale,
    viewer: viewer && {
      displayName: viewer.displayName,
      role: viewer.role,
      // Navigation badges (bulletin, issue 4), fetched with the viewer in the same operation.
      badges: {
        bulletin: viewer.unreadNoticeCount,
        notifications: viewer.unreadNotificationCount,
        surveys: viewer.openSurveyCount, // surveys (issue 5)
      },
    },
    publicEnv: getPublicEnv(),
  };
}

export function Layout({ children }: { children: ReactNode }) {
  const locale = useLocale();
  return (
    <html lang={locale}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
      </head>
      <body>
        {children}
        <ScrollRestoration />
        <Scripts />
      </body>
    </html>
  );
}

export default function App() {
  return (
    <PortalShell>
      <Outlet />
    </PortalShell>
  );
}

export function ErrorBoundary() {
  return (
    <PortalShell>
      <GeneralErrorBoundary />
    </PortalShell>
  );
}
