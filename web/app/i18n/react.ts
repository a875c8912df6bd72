import { useRouteLoaderData } from '@remix-run/react';
import type { loader as rootLoader } from '~/root';
import { DEFAULT_LOCALE, t, type Locale, type MessageKey } from './index';

/** The page's language, from the root loader (Japanese when the root loader did not run, e.g. in an error). */
export function useLocale(): Locale {
  return useRouteLoaderData<typeof rootLoader>('root')?.locale ?? DEFAULT_LOCALE;
}

/** `t` bound to the page's language. */
export function useT(): (key: MessageKey, params?: Record<string, string | number>) => string {
  const locale = useLocale();
  return (key, params) => t(locale, key, params);
}
