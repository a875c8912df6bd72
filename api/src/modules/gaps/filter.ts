import { BadUserInputError } from '../../errors.js';
import type { GapFilterInput, GapSource } from '../../generated/graphql.js';
import type { ReferenceCatalog } from '../reference/catalog.js';
import { jstMonth } from './signals.js';

export const GAP_SOURCES = ['REPORT', 'SEARCH', 'REFERRAL'] as const;
/** Referral outcomes that count as unmet need. */
export const UNMET_OUTCOMES = ['NO_CAPACITY', 'NOT_ELIGIBLE', 'COULD_NOT_CONTACT'] as const;
const MAX_MONTHS = 36;

/** A validated filter, as the repository receives it. */
export interface GapFilter {
  /** Domain codes with their subdomains, or null for all. */
  domainCodes: string[] | null;
  language: string | null;
  sources: GapSource[];
  from: string;
  to: string;
  open: boolean;
}

function monthIndex(month: string): number {
  return Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
}

export function monthFromIndex(i: number): string {
  return `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
}

/** Every month from `from` to `to`, inclusive. */
export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let i = monthIndex(from); i <= monthIndex(to); i++) out.push(monthFromIndex(i));
  return out;
}

function parseMonth(value: string | null | undefined, field: string): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(value)) throw new BadUserInputError(field, `${field} must be YYYY-MM.`);
  return value;
}

export function parseGapFilter(
  input: GapFilterInput | null | undefined,
  catalog: ReferenceCatalog,
): GapFilter {
  const now = jstMonth();
  const to = parseMonth(input?.to, 'filter.to') ?? now;
  const from = parseMonth(input?.from, 'filter.from') ?? monthFromIndex(monthIndex(to) - 11);
  if (monthIndex(from) > monthIndex(to))
    throw new BadUserInputError('filter.from', 'from must not be after to.');
  if (monthIndex(to) - monthIndex(from) >= MAX_MONTHS)
    throw new BadUserInputError('filter.from', `at most ${MAX_MONTHS} months.`);
  let domainCodes: string[] | null = null;
  if (input?.domains && input.domains.length > 0) {
    for (const code of input.domains)
      if (!catalog.get('domains', code))
        throw new BadUserInputError('filter.domains', `unknown domain ${code}.`);
    domainCodes = [...new Set(input.domains.flatMap((code) => catalog.domainWithDescendants(code)))];
  }
  const language = input?.language ?? null;
  if (language && !catalog.get('languages', language))
    throw new BadUserInputError('filter.language', `unknown language ${language}.`);
  const sources = input?.sources && input.sources.length > 0 ? [...new Set(input.sources)] : [...GAP_SOURCES];
  return { domainCodes, language, sources, from, to, open: (input?.status ?? 'OPEN') === 'OPEN' };
}
