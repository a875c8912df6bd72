import { BadUserInputError } from '../../errors.js';

/** Days after the end of a month during which its report can still be filed or changed. */
export const GRACE_DAYS = 10;
const PERIOD = /^(\d{4})-(0[1-9]|1[0-2])$/;
const JST_MS = 9 * 3600_000;

/** The JST month ("YYYY-MM") containing `now`. */
export function jstPeriod(now: Date): string {
  return new Date(now.getTime() + JST_MS).toISOString().slice(0, 7);
}

export function shiftPeriod(period: string, months: number): string {
  const [y, m] = period.split('-').map(Number);
  const index = y * 12 + (m - 1) + months;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The instant after which a period is closed: the end of its month plus the grace days, JST. */
export function periodClosesAt(period: string): Date {
  const next = shiftPeriod(period, 1);
  return new Date(Date.parse(`${next}-01T00:00:00+09:00`) + GRACE_DAYS * 86_400_000);
}

/** Periods that can be filed at `now`: the current month, and the previous one during its grace days. */
export function openPeriods(now: Date): string[] {
  const current = jstPeriod(now);
  const previous = shiftPeriod(current, -1);
  return now < periodClosesAt(previous) ? [current, previous] : [current];
}

export function parsePeriod(field: string, value: string): string {
  if (!PERIOD.test(value)) throw new BadUserInputError(field, `${field} must be a month like 2026-04.`);
  return value;
}

/** Months from..to inclusive, oldest first (at most 36). */
export function periodRange(from: string, to: string): string[] {
  parsePeriod('from', from);
  parsePeriod('to', to);
  const out: string[] = [];
  for (let p = from; p <= to; p = shiftPeriod(p, 1)) {
    out.push(p);
    if (out.length > 36) throw new BadUserInputError('to', 'At most 36 months at a time.');
  }
  if (!out.length) throw new BadUserInputError('to', 'to must not be before from.');
  return out;
}
