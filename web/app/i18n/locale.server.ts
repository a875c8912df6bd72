import { createCookie } from '@remix-run/node';
import { DEFAULT_LOCALE, isLocale, type Locale } from './index';

// A plain preference cookie (not a secret): set by the /lang action, read on every request.
export const langCookie = createCookie('lang', {
  path: '/',
  sameSite: 'lax',
  httpOnly: true,
  maxAge: 60 * 60 * 24 * 365,
});

/** The language to render: the `lang` cookie, else the account's preference, else Japanese. */
export async function getLocale(request: Request, accountLocale?: string | null): Promise<Locale> {
  const chosen: unknown = await langCookie.parse(request.headers.get('cookie'));
  if (isLocale(chosen)) return chosen;
  if (isLocale(accountLocale)) return accountLocale;
  return DEFAULT_LOCALE;
}
