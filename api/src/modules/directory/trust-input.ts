import { BadUserInputError } from '../../errors.js';
import type { ReferenceCatalog } from '../reference/catalog.js';

const NOTE_MAX = 280;
const OLDEST_REFERRAL_YEARS = 5;

/** Today in Japan, YYYY-MM-DD. */
export function todayInJapan(now = new Date()): string {
  return new Date(now.getTime() + 9 * 3_600_000).toISOString().slice(0, 10);
}

/** A real calendar day, not in the future (Japan time) and at most five years back. */
export function parseReferralDate(value: string, now = new Date()): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  const date = match ? new Date(`${match[0]}T00:00:00Z`) : null;
  if (!match || !date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== match[0]) {
    throw new BadUserInputError('date', 'date must be a day written YYYY-MM-DD.');
  }
  const today = todayInJapan(now);
  if (match[0] > today) throw new BadUserInputError('date', 'date may not be in the future.');
  const oldest = `${Number(today.slice(0, 4)) - OLDEST_REFERRAL_YEARS}${today.slice(4)}`;
  if (match[0] < oldest) throw new BadUserInputError('date', 'date is more than five years ago.');
  return match[0];
}

export function checkReferralCodes(catalog: ReferenceCatalog, domain: string, language: string): void {
  if (!catalog.get('domains', domain))
    throw new BadUserInputError('domain', `unknown support domain ${domain}.`);
  if (!catalog.get('languages', language))
    throw new BadUserInputError('language', `unknown language ${language}.`);
}

/** 1 to 280 characters, no control characters other than line breaks. */
export function parseEndorsementNote(value: string): string {
  const note = value.trim();
  if (!note) throw new BadUserInputError('note', 'note is required.');
  if ([...note].length > NOTE_MAX)
    throw new BadUserInputError('note', `note must be at most ${NOTE_MAX} characters.`);
  if (/[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f]/.test(note)) {
    throw new BadUserInputError('note', 'note contains control characters.');
  }
  return note;
}
