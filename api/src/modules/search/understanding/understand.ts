import { MIN_FUZZY_LETTERS, type Lexicon, type LexiconMatch } from './lexicon.js';
import { isWordChar, normalizeForMatching, type NormalizedText } from './normalize.js';
import type { LexiconKind, UnderstoodQuery, UnderstoodTerm } from './types.js';

// Written right after a place or a nationality, these belong to it: 浜松市, 新宿区, ブラジル人, ベトナム出身.
const SUFFIXES: Partial<Record<LexiconKind, readonly string[]>> = {
  PREFECTURE: ['市', '区', '町', '村'],
  NATIONALITY: ['出身', '国籍', '人', '系'],
};
// Particles left alone between understood terms ("ベトナム語の未払い賃金") carry nothing for full-text.
const PARTICLES = new Set('の で と を に が は へ や も から まで より など にて'.split(' '));
// Within one span (特定技能 is a domain and a status), terms come in this order.
const KIND_ORDER: readonly LexiconKind[] = ['DOMAIN', 'STATUS', 'LANGUAGE', 'NATIONALITY', 'PREFECTURE'];
const FUZZY_PHRASE = /^[a-z]+(?: [a-z]+)*$/;
const LATIN_LETTER = /[a-z]/;

interface WordRun {
  start: number;
  end: number;
}

/** Maximal runs of word characters (Latin and the like), for typo-tolerant matching of whole words. */
function wordRuns(text: string): WordRun[] {
  const runs: WordRun[] = [];
  for (let i = 0; i < text.length; i++) {
    if (!isWordChar(text[i])) continue;
    const start = i;
    while (i + 1 < text.length && isWordChar(text[i + 1])) i++;
    runs.push({ start, end: i + 1 });
  }
  return runs;
}

/** A match of the Latin words starting at `runs[w]`, one typo allowed, longer than `exactEnd`. */
function fuzzyAt(
  lexicon: Lexicon,
  text: string,
  runs: WordRun[],
  w: number,
  exactEnd: number,
): LexiconMatch | null {
  const start = runs[w].start;
  for (let n = Math.min(lexicon.maxFuzzyWords, runs.length - w); n >= 1; n--) {
    const end = runs[w + n - 1].end;
    if (end <= exactEnd) break;
    const phrase = text.slice(start, end);
    if (phrase.length - n + 1 < MIN_FUZZY_LETTERS - 1 || !FUZZY_PHRASE.test(phrase)) continue;
    const entries = lexicon.closest(phrase);
    if (entries) return { start, end, entries };
  }
  return null;
}

function absorbSuffix(text: string, match: LexiconMatch): LexiconMatch {
  for (const entry of match.entries) {
    const suffix = SUFFIXES[entry.kind]?.find((s) => text.startsWith(s, match.end));
    if (suffix) return { ...match, end: match.end + suffix.length };
  }
  return match;
}

/** Non-overlapping matches, left to right, the longest at each position. */
export function scanQuery(
  lexicon: Lexicon,
  original: string,
): { norm: NormalizedText; matches: LexiconMatch[] } {
  const norm = normalizeForMatching(original);
  const { text } = norm;
  const runs = LATIN_LETTER.test(text) ? wordRuns(text) : [];
  const runAt = new Map(runs.map((r, w) => [r.start, w]));
  const matches: LexiconMatch[] = [];
  let i = 0;
  while (i < text.length) {
    let match = text[i] === ' ' ? null : lexicon.longestAt(norm, original, i);
    const w = runAt.get(i);
    if (w !== undefined && LATIN_LETTER.test(text[i])) {
      match = fuzzyAt(lexicon, text, runs, w, match?.end ?? i) ?? match;
    }
    if (!match) {
      i++;
      continue;
    }
    match = absorbSuffix(text, match);
    matches.push(match);
    i = match.end;
  }
  return { norm, matches };
}

function remainingTextOf(original: string, spans: { from: number; to: number }[]): string | null {
  let rest = '';
  let at = 0;
  for (const { from, to } of spans) {
    rest += `${original.slice(at, from)} `;
    at = to;
  }
  rest += original.slice(at);
  const kept = rest.split(/\s+/).filter((piece) => {
    const folded = normalizeForMatching(piece).text.trim();
    return folded !== '' && !PARTICLES.has(folded);
  });
  return kept.length ? kept.join(' ') : null;
}

/** Reads free text into a structured need. */
export function understandQuery(lexicon: Lexicon, text: string): UnderstoodQuery {
  const { norm, matches } = scanQuery(lexicon, text);
  const terms: UnderstoodTerm[] = [];
  const spans: { from: number; to: number }[] = [];
  for (const match of matches) {
    const from = norm.starts[match.start];
    const to = norm.ends[match.end - 1];
    spans.push({ from, to });
    const entries = [...match.entries].sort(
      (a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind),
    );
    for (const entry of entries) {
      if (entry.kind === 'STOPWORD') continue;
      terms.push({ kind: entry.kind, codes: [...entry.codes], text: text.slice(from, to) });
    }
  }
  const first = (kind: UnderstoodTerm['kind']) => terms.find((t) => t.kind === kind)?.codes[0] ?? null;
  return {
    domains: [...new Set(terms.filter((t) => t.kind === 'DOMAIN').flatMap((t) => t.codes))],
    language: first('LANGUAGE') ?? first('NATIONALITY'),
    status: first('STATUS'),
    prefecture: first('PREFECTURE'),
    terms,
    remainingText: remainingTextOf(text, spans),
  };
}
