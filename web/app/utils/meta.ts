import type { MetaDescriptor } from '@remix-run/node';
import { DEFAULT_LOCALE, isLocale, t, type Locale, type MessageKey } from '~/i18n';

interface MatchWithData {
  id: string;
  data: unknown;
}

function localeFromMatches(matches: readonly MatchWithData[]): Locale {
  const rootData = matches.find((match) => match.id === 'root')?.data as { locale?: unknown } | undefined;
  return isLocale(rootData?.locale) ? rootData.locale : DEFAULT_LOCALE;
}

/** `<title>` as "Page | つなぐ Tsunagu" in the page's language. */
export function pageMeta(matches: readonly MatchWithData[], titleKey: MessageKey): MetaDescriptor[] {
  const locale = localeFromMatches(matches);
  return [{ title: `${t(locale, titleKey)} | ${t(locale, 'app.name')}` }];
}
