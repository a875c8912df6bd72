/**
 * Certificate date rules. Dates are Japan's calendar dates (YYYY-MM-DD); "today" is the date in JST.
 * A certificate is valid for three years: from its start date to the day before the third anniversary.
 * The final year (when renewal training is open) runs from one year before the end to the expiry date.
 */
export const CERTIFICATE_YEARS = 3;
export const EXPIRING_SOON_DAYS = 90;
/** Months before expiry at which the holder is reminded, largest first. */
export const REMINDER_MONTHS = [12, 6, 3, 1] as const;

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

function parts(day: string): [number, number, number] {
  return [Number(day.slice(0, 4)), Number(day.slice(5, 7)), Number(day.slice(8, 10))];
}

function iso(y: number, m: number, d: number): string {
  return new Date(Date.UTC(y, m - 1, d)).toISOString().slice(0, 10);
}

/** The date `days` days after `day` (negative: before). */
export function addDays(day: string, days: number): string {
  const [y, m, d] = parts(day);
  return iso(y, m, d + days);
}

/**
 * The same day `months` months later (negative: earlier); a day the target month lacks becomes its
 * last day (2024-02-29 plus 12 months is 2025-02-28), as Cypher's date arithmetic does.
 */
export function addMonths(day: string, months: number): string {
  const [y, m, d] = parts(day);
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  return iso(first.getUTCFullYear(), first.getUTCMonth() + 1, Math.min(d, lastDay));
}

/**
 * The expiry of a certificate valid from `issuedOn`: the day before the third anniversary. For a start
 * on 29 February the anniversary in a common year is 1 March, so the expiry is 28 February.
 */
export function defaultExpiry(issuedOn: string): string {
  const [y, m, d] = parts(issuedOn);
  return iso(y + CERTIFICATE_YEARS, m, d - 1);
}

/** The first day of the final year: one year before the day after expiry (clamped like addMonths). */
export function finalYearStart(expiresOn: string): string {
  return addMonths(addDays(expiresOn, 1), -12);
}

/** True from the first day of the final year on, also after expiry (renewal training is open). */
export function renewalDue(expiresOn: string | null, today = japanToday()): boolean {
  return expiresOn !== null && today >= finalYearStart(expiresOn);
}

/** The day the reminder `months` months before expiry is due. */
export function reminderDueOn(expiresOn: string, months: number): string {
  return addMonths(addDays(expiresOn, 1), -months);
}

/**
 * The reminder to send on `today`: the most urgent threshold already reached, while the certificate has
 * not expired. Earlier thresholds passed over (e.g. a certificate imported with five months left) are not
 * sent late; each threshold is sent at most once (the caller's dedupe key).
 */
export function dueReminder(expiresOn: string, today = japanToday()): number | null {
  if (today > expiresOn) return null;
  const reached = REMINDER_MONTHS.filter((m) => today >= reminderDueOn(expiresOn, m));
  return reached.length ? reached[reached.length - 1] : null;
}

/**
 * When a renewal issued on `issuedOn` starts: the day after the old expiry if that is later (renewing early
 * loses no time), otherwise the issue date.
 */
export function renewalValidFrom(oldExpiresOn: string | null, issuedOn: string): string {
  if (!oldExpiresOn) return issuedOn;
  const next = addDays(oldExpiresOn, 1);
  return next > issuedOn ? next : issuedOn;
}

/** Whole years from `from` to `today` (anniversaries reached). */
export function fullYearsBetween(from: string, today: string): number {
  const [fy, fm, fd] = parts(from);
  const [ty, tm, td] = parts(today);
  return ty - fy - (tm < fm || (tm === fm && td < fd) ? 1 : 0);
}

/** Status on `today` (Japan's calendar date by default). */
export function certificateStatus(expiresOn: string | null, today = japanToday()): CertificateStatus | null {
  if (!expiresOn) return null;
  if (expiresOn < today) return 'EXPIRED';
  return expiresOn <= addDays(today, EXPIRING_SOON_DAYS) ? 'EXPIRING_SOON' : 'VALID';
}

export function japanToday(now = new Date()): string {
  return new Date(now.getTime() + 9 * 3_600_000).toISOString().slice(0, 10);
}
