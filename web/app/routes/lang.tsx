import { redirect, type ActionFunctionArgs } from '@remix-run/node';
import { DEFAULT_LOCALE, isLocale } from '~/i18n';
import { langCookie } from '~/i18n/locale.server';
import { getEnv } from '~/utils/env.server';
import { safeRedirectPath } from '~/utils/redirects.server';

export function loader() {
  return redirect('/');
}

/** Stores the chosen language in the `lang` cookie and goes back to the page the form was on. */
export async function action({ request }: ActionFunctionArgs) {
  const form = await request.formData();
  const requested = form.get('lang');
  const locale = isLocale(requested) ? requested : DEFAULT_LOCALE;
  return redirect(safeRedirectPath(form.get('redirectTo')), {
    headers: { 'Set-Cookie': await langCookie.serialize(locale, { secure: getEnv().SECURE_COOKIES }) },
  });
}
