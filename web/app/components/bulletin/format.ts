import type { Locale } from '~/i18n';

/** A time as Japan Standard Time, in the page's language (notices are scheduled in JST). */
export function formatJst(locale: Locale, iso: string | null | undefined): string {
  if (!iso) return '';
  return new Intl.DateTimeFormat(locale === 'ja' ? 'ja-JP' : 'en-GB', {
    timeZone: 'Asia/Tokyo',
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(new Date(iso));
}

/** The value of an `<input type="datetime-local">` showing `iso` in JST ("2026-12-01T09:00"). */
export function toJstLocalInput(iso: string | null | undefined): string {
  if (!iso) return '';
  const jst = new Date(Date.parse(iso) + 9 * 3600_000);
  return jst.toISOString().slice(0, 16);
}

/** A JST `datetime-local` value ("2026-12-01T09:00") as an ISO instant with +09:00, or null when empty/invalid. */
export function jstLocalToInstant(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(value)) return null;
  const instant = `${value.length === 16 ? `${value}:00` : value}+09:00`;
  return Number.isNaN(Date.parse(instant)) ? null : instant;
}

export const percent = (rate: number) => `${Math.round(rate * 1000) / 10}%`;
