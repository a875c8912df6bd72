export type { LexiconEntry, LexiconKind, UnderstoodQuery, UnderstoodTerm } from './types.js';
export { normalizeForMatching, normalizedKey, type NormalizedText } from './normalize.js';
export {
  createLexicon,
  mergeLexiconEntries,
  MIN_FUZZY_LETTERS,
  type Lexicon,
  type LexiconMatch,
} from './lexicon.js';
export { catalogLexiconEntries, type LexiconReference } from './catalog-entries.js';
export { understandQuery, scanQuery } from './understand.js';
