import { BadUserInputError } from '../../errors.js';
import type { ReferenceCatalog } from '../reference/catalog.js';
import type { SessionViewer } from '../auth/repository.js';
import { scopeOf, scopeParams } from '../directory/viewer-scope.js';
import { MAX_SEARCH_TEXT, toEnglishLuceneQuery, toLuceneQuery } from './lucene.js';
import type { GeoMap, SearchQuery } from './types.js';
import type { UnderstoodQuery } from './understanding/index.js';

export interface PartnerSearchInput {
  text?: string | null;
  domains?: readonly string[] | null;
  language?: string | null;
  includeOtherLanguages?: boolean | null;
  status?: string | null;
  prefecture?: string | null;
  includeRemote?: boolean | null;
}

/** Reads typed text into a structured need (search/understanding). */
export type QueryInterpreter = (text: string) => UnderstoodQuery;

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

/** Codes the catalog knows (an ISA-added lexicon term may name a code that was since removed). */
function knownOnly(
  catalog: ReferenceCatalog,
  kind: 'prefectures' | 'languages' | 'statuses',
  code: string | null,
) {
  return code && catalog.get(kind, code) ? code : null;
}

/**
 * Drops a domain when one of its sub-domains is also asked for ("harassment at work" is about
 * harassment, not any work topic), keeping the order.
 */
function mostSpecific(codes: string[], catalog: ReferenceCatalog): string[] {
  return codes.filter(
    (code) => !codes.some((other) => other !== code && catalog.domainWithDescendants(code).includes(other)),
  );
}

/**
 * Validates the GraphQL input against the reference catalog, reads the text into a need and
 * builds the backend query. Chosen fields win over understood ones; understood domains join the
 * chosen ones (a partner must serve one of them).
 */
export function buildSearchQuery(
  input: PartnerSearchInput,
  viewer: SessionViewer,
  catalog: ReferenceCatalog,
  page: { limit: number; after: { score: number; id: string } | null },
  understand: QueryInterpreter,
): SearchQuery {
  const typedText = input.text?.trim() || null;
  if (typedText && [...typedText].length > MAX_SEARCH_TEXT) {
    throw new BadUserInputError('text', `text must be at most ${MAX_SEARCH_TEXT} characters.`);
  }
  const chosen = [...new Set(input.domains ?? [])];
  if (chosen.length > MAX_SEARCH_DOMAINS) {
    throw new BadUserInputError('domains', `at most ${MAX_SEARCH_DOMAINS} domains.`);
  }
  for (const code of chosen) {
    if (!catalog.get('domains', code))
      throw new BadUserInputError('domains', `domain "${code}" is not a known code.`);
  }
  const language = known(catalog, 'languages', 'language', input.language);
  const status = known(catalog, 'statuses', 'status', input.status);
  const prefecture = known(catalog, 'prefectures', 'prefecture', input.prefecture);
  const understood = typedText ? understand(typedText) : null;
  const codes = mostSpecific(
    [...new Set([...chosen, ...(understood?.domains ?? []).filter((c) => catalog.get('domains', c))])],
    catalog,
  ).slice(0, MAX_SEARCH_DOMAINS);
  const needLanguage = language ?? knownOnly(catalog, 'languages', understood?.language ?? null);
  const remaining = understood ? understood.remainingText : null;
  const understoodPrefecture = knownOnly(catalog, 'prefectures', understood?.prefecture ?? null);
  return {
    text: toLuceneQuery(remaining),
    englishText: toEnglishLuceneQuery(remaining),
    rawText: remaining,
    understood,
    domains: codes.length
      ? codes.map((code) => ({ code, matches: catalog.domainWithDescendants(code) }))
      : null,
    language: needLanguage,
    languageRequired: needLanguage !== null && !input.includeOtherLanguages,
    status: status ?? knownOnly(catalog, 'statuses', understood?.status ?? null),
    prefecture: prefecture ?? understoodPrefecture,
    prefectureFromText: prefecture === null && understoodPrefecture !== null,
    includeRemote: input.includeRemote ?? true,
    viewer: {
      coordinatorId: viewer.coordinatorId,
      homePrefecture: viewer.prefectureCode,
      workPrefecture: viewer.workPrefectureCode ?? null,
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
    geo[p.code] = {
      bureau: p.bureauCode,
      block: p.blockCode,
      borders: p.borderCodes,
      latitude: p.latitude ?? null,
      longitude: p.longitude ?? null,
    };
  }
  return geo;
}
