import { OneEditIndex } from './fuzzy.js';
import { isWordChar, normalizedKey, type NormalizedText } from './normalize.js';
import type { LexiconEntry } from './types.js';

/** Latin terms of at least this many letters also match with one typo. */
export const MIN_FUZZY_LETTERS = 6;
const FUZZY_KEY = /^[a-z]+(?: [a-z]+)*$/;
// Short kana terms ("タイ", "ビザ") would otherwise match inside unrelated words ("したい", "ネクタイ", "ビザンチン"):
// typed in katakana they must be a whole katakana word, and typed in hiragana they match only terms written so.
const SHORT_KANA_KEY = /^[\u3041-\u3096\u30fc]{1,3}$/;
const KATAKANA = /^[\p{Script=Katakana}\u30fc]+$/u;
const HIRAGANA = /^[\p{Script=Hiragana}\u30fc]+$/u;

interface Candidate {
  entry: LexiconEntry;
  /** Short kana term: null when typed text must be a whole katakana word, or hiragana if the term is. */
  shortKana: { hiragana: boolean } | null;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  candidates: Candidate[];
  /** The key ends with a Latin (or Cyrillic, Greek, digit) character, so it must end a word. */
  wholeWordEnd: boolean;
}

/** A span of the normalized text and every entry it stands for. */
export interface LexiconMatch {
  start: number;
  end: number;
  entries: LexiconEntry[];
}

const newNode = (): TrieNode => ({ next: new Map(), candidates: [], wholeWordEnd: false });

/** Later lists (and later entries of a list) win on the same normalized term and kind. */
export function mergeLexiconEntries(...lists: readonly (readonly LexiconEntry[])[]): LexiconEntry[] {
  const byKey = new Map<string, LexiconEntry>();
  for (const list of lists) {
    for (const entry of list) {
      const key = normalizedKey(entry.term);
      if (key) byKey.set(`${entry.kind}|${key}`, entry);
    }
  }
  return [...byKey.values()];
}

/** The key without the spaces that separate non-Latin text ("技術 人文知識" is also typed "技術人文知識"). */
function compactKey(key: string): string {
  return key.replace(/ /g, (space, at: number) =>
    isWordChar(key[at - 1]) && isWordChar(key[at + 1]) ? space : '',
  );
}

function shortKanaOf(term: string, key: string): Candidate['shortKana'] {
  if (!SHORT_KANA_KEY.test(key)) return null;
  return { hiragana: HIRAGANA.test(term.normalize('NFKC').trim()) };
}

/** The matcher over a list of entries: a trie of normalized keys and a one-typo index of Latin keys. */
export class Lexicon {
  private readonly root = newNode();
  private readonly oneEdit = new OneEditIndex();
  private readonly fuzzyEntries = new Map<string, LexiconEntry[]>();
  /** The most words in a typo-tolerant key. */
  readonly maxFuzzyWords: number;
  readonly size: number;

  constructor(entries: readonly LexiconEntry[]) {
    const merged = mergeLexiconEntries(entries).filter((e) => e.kind === 'STOPWORD' || e.codes.length > 0);
    let maxWords = 0;
    for (const entry of merged) {
      const key = normalizedKey(entry.term);
      const candidate = { entry, shortKana: shortKanaOf(entry.term, key) };
      for (const variant of new Set([key, compactKey(key)])) this.insert(variant, candidate);
      // A mistyped stop word stays in the text: typo tolerance would otherwise eat real words ("cooking" → "looking").
      const fuzzy = entry.kind !== 'STOPWORD' && FUZZY_KEY.test(key);
      if (fuzzy && key.replace(/ /g, '').length >= MIN_FUZZY_LETTERS) {
        this.oneEdit.add(key);
        const list = this.fuzzyEntries.get(key);
        if (list) list.push(entry);
        else this.fuzzyEntries.set(key, [entry]);
        maxWords = Math.max(maxWords, key.split(' ').length);
      }
    }
    this.maxFuzzyWords = maxWords;
    this.size = merged.length;
  }

  private insert(key: string, candidate: Candidate): void {
    let node = this.root;
    for (let k = 0; k < key.length; k++) {
      let child = node.next.get(key[k]);
      if (!child) node.next.set(key[k], (child = newNode()));
      node = child;
    }
    node.wholeWordEnd = isWordChar(key[key.length - 1]);
    const same = node.candidates.findIndex((c) => c.entry.kind === candidate.entry.kind);
    if (same >= 0) node.candidates[same] = candidate;
    else node.candidates.push(candidate);
  }

  /** The longest exact match starting at `start` of the normalized text, or null. */
  longestAt(norm: NormalizedText, original: string, start: number): LexiconMatch | null {
    const { text } = norm;
    if (isWordChar(text[start]) && isWordChar(text[start - 1])) return null;
    let node: TrieNode | undefined = this.root;
    let best: LexiconMatch | null = null;
    for (let j = start; j < text.length; j++) {
      node = node.next.get(text[j]);
      if (!node) break;
      if (!node.candidates.length || (node.wholeWordEnd && isWordChar(text[j + 1]))) continue;
      const entries = node.candidates
        .filter((c) => !c.shortKana || shortKanaFits(c.shortKana.hiragana, norm, original, start, j + 1))
        .map((c) => c.entry);
      if (entries.length) best = { start, end: j + 1, entries };
    }
    return best;
  }

  /** The entries of the Latin key one typo from `phrase` (whole words, single spaces), or null. */
  closest(phrase: string): LexiconEntry[] | null {
    const key = this.oneEdit.find(phrase);
    return key === null ? null : (this.fuzzyEntries.get(key) ?? null);
  }
}

const KATAKANA_CHAR = /[\p{Script=Katakana}\u30fc]/u;

function shortKanaFits(
  hiraganaTerm: boolean,
  norm: NormalizedText,
  original: string,
  start: number,
  end: number,
) {
  const from = norm.starts[start];
  const to = norm.ends[end - 1];
  const typed = original.slice(from, to).normalize('NFKC');
  if (HIRAGANA.test(typed)) return hiraganaTerm;
  if (!KATAKANA.test(typed)) return false;
  const before = original.slice(Math.max(0, from - 1), from).normalize('NFKC');
  const after = original.slice(to, to + 1).normalize('NFKC');
  return !KATAKANA_CHAR.test(before) && !KATAKANA_CHAR.test(after);
}

/** Builds the matcher (later entries win on the same normalized term and kind). */
export function createLexicon(entries: readonly LexiconEntry[]): Lexicon {
  return new Lexicon(entries);
}
