import { en } from './en';
import { ja, type MessageKey } from './ja';

export type { MessageKey };
export type Locale = 'ja' | 'en';
export const LOCALES: readonly Locale[] = ['ja', 'en'];
export const DEFAULT_LOCALE: Locale = 'ja';

export const catalogs: Record<Locale, Record<MessageKey, string>> = { ja, en };

export function isLocale(value: unknown): value is Locale {
  return value === 'ja' || value === 'en';
}

/** The message for `key` in `locale`, with `{param}` placeholders filled in. */
export function t(locale: Locale, key: MessageKey, params?: Record<string, string | number>): string {
  const message = catalogs[locale][key];
  if (!params) return message;
  return message.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** Picks the Japanese or English name of reference data (prefectures, domains, languages). */
export function localName(locale: Locale, named: { nameJa: string; nameEn: string }): string {
  return locale === 'ja' ? named.nameJa : named.nameEn;
}

/** Several localized names as one list ("日本語、英語" / "Japanese / English"; English names may contain commas). */
export function localNames(locale: Locale, named: readonly { nameJa: string; nameEn: string }[]): string {
  return named.map((item) => localName(locale, item)).join(locale === 'ja' ? '、' : ' / ');
}
