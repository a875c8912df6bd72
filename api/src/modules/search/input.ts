import { BadUserInputError } from '../../errors.js';
import type { ReferenceCatalog } from '../reference/catalog.js';
import type { SessionViewer } from '../auth/repository.js';
import { scopeOf, scopeParams } from '../directory/viewer-scope.js';
import { MAX_SEARCH_TEXT, toLuceneQuery } from './lucene.js';
import type { GeoMap, SearchQuery } from './types.js';

export interface PartnerSearchInput {
  text?: string | null;
  domains?: readonly string[] | null;
  language?: string | null;
  status?: string | null;
  prefecture?: string | null;
  includeRemote?: boolean | null;
}

export const MAX_SEARCH_DOMAINS = 10;
export const MAX_NOTE_LENGTH = 1000;

function known(
  catalog: ReferenceCatalog,
  kind: 'prefectures' | 'languages' | 'statuses',
  field: string,
  code: string | null | undefined,
) {
  if (code == null || code === '') return null;
  if (!catalog.get(kind, code)) throw new BadUserInputError(field, `${field} "${code}" is not a known code.`);
  return code;
}

/** Validates the GraphQL input against the reference catalog and builds the backend query. */
export function buildSearchQuery(
  input: PartnerSearchInput,
  viewer: SessionViewer,
  catalog: ReferenceCatalog,
  page: { limit: number; after: { score: number; id: string } | null },
): SearchQuery {
  const rawText = input.text?.trim() || null;
  if (rawText && [...rawText].length > MAX_SEARCH_TEXT) {
    throw new BadUserInputError('text', `text must be at most ${MAX_SEARCH_TEXT} characters.`);
  }
  const codes = [...new Set(input.domains ?? [])];
  if (codes.length > MAX_SEARCH_DOMAINS) {
    throw new BadUserInputError('domains', `at most ${MAX_SEARCH_DOMAINS} domains.`);
  }
  for (const code of codes) {
    if (!catalog.get('domains', code))
      throw new BadUserInputError('domains', `domain "${code}" is not a known code.`);
  }
  return {
    text: toLuceneQuery(rawText),
    rawText,
    domains: codes.length
      ? codes.map((code) => ({ code, matches: catalog.domainWithDescendants(code) }))
      : null,
    language: known(catalog, 'languages', 'language', input.language),
    status: known(catalog, 'statuses', 'status', input.status),
    prefecture: known(catalog, 'prefectures', 'prefecture', input.prefecture),
    includeRemote: input.includeRemote ?? true,
    viewer: {
      coordinatorId: viewer.coordinatorId,
      homePrefecture: viewer.prefectureCode,
      scope: scopeParams(scopeOf(viewer)),
    },
    limit: page.limit,
    after: page.after,
  };
}

/** Validates reportMissingPartner's input. */
export function validateMissingPartnerInput(
  input: { prefecture: string; domain: string; language?: string | null; note?: string | null },
  catalog: ReferenceCatalog,
) {
  const prefecture = known(catalog, 'prefectures', 'prefecture', input.prefecture);
  if (!prefecture) throw new BadUserInputError('prefecture', 'prefecture is required.');
  if (!catalog.get('domains', input.domain)) {
    throw new BadUserInputError('domain', `domain "${input.domain}" is not a known code.`);
  }
  const note = input.note?.trim() || null;
  if (note && [...note].length > MAX_NOTE_LENGTH) {
    throw new BadUserInputError('note', `note must be at most ${MAX_NOTE_LENGTH} characters.`);
  }
  return {
    prefecture,
    domain: input.domain,
    language: known(catalog, 'languages', 'language', input.language),
    note,
  };
}

/** Where each prefecture sits, for the scoring query (built from the in-memory catalog). */
export function geoMapOf(catalog: ReferenceCatalog): GeoMap {
  const geo: GeoMap = {};
  for (const p of catalog.all('prefectures')) {
    geo[p.code] = { bureau: p.bureauCode, block: p.blockCode, borders: p.borderCodes };
  }
  return geo;
}
