/** What a lexicon term stands for. STOPWORD terms are removed from the text but mean nothing. */
export type LexiconKind = 'DOMAIN' | 'LANGUAGE' | 'STATUS' | 'PREFECTURE' | 'NATIONALITY' | 'STOPWORD';

/** One term of the lexicon. */
export interface LexiconEntry {
  /** The term as written in its source (any script). */
  term: string;
  kind: LexiconKind;
  /**
   * DOMAIN: one or more domain codes; LANGUAGE, STATUS, PREFECTURE: one code; NATIONALITY: the
   * language codes of that nationality, most used first; STOPWORD: [].
   */
  codes: string[];
  /** Where the term comes from ('catalog', 'lexicon.json', 'isa' …). */
  source: string;
}

/** A span of the query that the lexicon understood. */
export interface UnderstoodTerm {
  kind: Exclude<LexiconKind, 'STOPWORD'>;
  codes: string[];
  /** The span as the user typed it (a slice of the original string, so the portal can remove it). */
  text: string;
}

/** Free text read into a structured need. */
export interface UnderstoodQuery {
  /** Distinct domain codes, in order of appearance. */
  domains: string[];
  /** The first language understood (from a LANGUAGE term, else the first code of a NATIONALITY term). */
  language: string | null;
  status: string | null;
  prefecture: string | null;
  /** Every understood span, in order of appearance. */
  terms: UnderstoodTerm[];
  /** The text without understood spans and stop words, whitespace collapsed; null if nothing meaningful is left. */
  remainingText: string | null;
}
