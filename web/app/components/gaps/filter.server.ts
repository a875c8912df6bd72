import type { GapFilterInput, GapSource, GapStatus } from '~/generated/graphql';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const SOURCES: readonly GapSource[] = ['REPORT', 'SEARCH', 'REFERRAL'];

/** The dashboard filter from the query string (unknown values are dropped; the API validates codes). */
export function gapFilterFrom(params: URLSearchParams): GapFilterInput {
  const domain = params.get('domain');
  const language = params.get('language');
  const sources = params.getAll('source').filter((s): s is GapSource => (SOURCES as string[]).includes(s));
  const status: GapStatus = params.get('status') === 'ADDRESSED' ? 'ADDRESSED' : 'OPEN';
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  return {
    domains: domain ? [domain] : null,
    language: language || null,
    sources: sources.length > 0 ? sources : null,
    from: MONTH.test(from) ? from : null,
    to: MONTH.test(to) ? to : null,
    status,
  };
}
