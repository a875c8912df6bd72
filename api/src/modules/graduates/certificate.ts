/** Certificates are valid for three years; the last 90 days count as "expiring soon". */
export const CERTIFICATE_YEARS = 3;
export const EXPIRING_SOON_DAYS = 90;

export type CertificateStatus = 'VALID' | 'EXPIRING_SOON' | 'EXPIRED';

const DATE_PATTERN = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/;

/** Parses YYYY-MM-DD (or with / or .) into a canonical YYYY-MM-DD, or null when it is not a real date. */
export function parseIsoDate(text: string): string | null {
  const m = DATE_PATTERN.exec(text.trim());
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}

/** The default expiry: three years after issue, the day before the anniversary. */
export function defaultExpiry(issuedOn: string): string {
  const d = new Date(`${issuedOn}T00:00:00Z`);
  d.setUTCFullYear(d.getUTCFullYear() + CERTIFICATE_YEARS);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** Status on `today` (Japan's calendar date by default). */
export function certificateStatus(expiresOn: string | null, today = japanToday()): CertificateStatus | null {
  if (!expiresOn) return null;
  if (expiresOn < today) return 'EXPIRED';
  const soon = new Date(`${today}T00:00:00Z`);
  soon.setUTCDate(soon.getUTCDate() + EXPIRING_SOON_DAYS);
  return expiresOn <= soon.toISOString().slice(0, 10) ? 'EXPIRING_SOON' : 'VALID';
}

export function japanToday(now = new Date()): string {
  return new Date(now.getTime() + 9 * 3_600_000).toISOString().slice(0, 10);
}
