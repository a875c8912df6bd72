import { readFileSync } from 'node:fs';
import type { Graph } from '../../db/graph.js';
import type { ReferenceCatalog } from '../reference/catalog.js';
import type { QueryInterpreter } from './input.js';
import {
  catalogLexiconEntries,
  createLexicon,
  mergeLexiconEntries,
  understandQuery,
  type LexiconEntry,
  type LexiconKind,
} from './understanding/index.js';

/** The curated lexicon file (terms, abbreviations and readings coordinators use, with sources). */
export const CURATED_LEXICON_FILE = new URL('./understanding/lexicon.json', import.meta.url);

interface CuratedItem {
  term: string;
  kind: LexiconKind;
  codes: string[];
  src: string;
}

/** The curated entries, read once per process. */
export function curatedLexiconEntries(): LexiconEntry[] {
  const file = JSON.parse(readFileSync(CURATED_LEXICON_FILE, 'utf8')) as { items: CuratedItem[] };
  return file.items.map((i) => ({ term: i.term, kind: i.kind, codes: i.codes, source: i.src }));
}

/** How long an API process keeps the ISA-added terms before reading them again. */
export const ADDED_TERMS_TTL_MS = 30_000;

/**
 * The process's query interpreter: entries derived from the reference catalog, the curated file,
 * and the terms ISA added in the portal (read from the graph at most every ADDED_TERMS_TTL_MS, and
 * at once after this process changed them). The lexicon is rebuilt only when one of those changed.
 */
export class SearchLexicon {
  private readonly curated = curatedLexiconEntries();
  private catalogSource: unknown = null;
  private catalogEntries: LexiconEntry[] = [];
  private added: LexiconEntry[] = [];
  private addedReadAt = 0;
  private pending: Promise<void> | null = null;
  private generation = 0;
  private interpreter: QueryInterpreter | null = null;

  constructor(
    private readonly graph: Graph,
    private readonly catalog: ReferenceCatalog,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * The interpreter for this request. ISA's terms are read before the first search of the process
   * (or after `invalidate`); later, when they are due, they are read in the background while the
   * current terms keep serving, so a search never waits for them.
   */
  async current(): Promise<QueryInterpreter> {
    const due = this.now() - this.addedReadAt >= ADDED_TERMS_TTL_MS;
    if (due) {
      if (!this.pending) {
        const read = this.readAddedTerms().finally(() => {
          if (this.pending === read) this.pending = null;
        });
        this.pending = read;
      }
      if (this.addedReadAt === 0) await this.pending;
      else this.pending.catch(() => {});
    }
    const domains = this.catalog.all('domains');
    if (domains !== this.catalogSource) {
      this.catalogSource = domains;
      this.catalogEntries = catalogLexiconEntries({
        domains,
        languages: this.catalog.all('languages'),
        statuses: this.catalog.all('statuses'),
        prefectures: this.catalog.all('prefectures'),
      });
      this.interpreter = null;
    }
    if (!this.interpreter) {
      const lexicon = createLexicon(mergeLexiconEntries(this.catalogEntries, this.curated, this.added));
      this.interpreter = (text) => understandQuery(lexicon, text);
    }
    return this.interpreter;
  }

  /** Makes the next request read ISA's terms again (after this process added or removed one). */
  invalidate(): void {
    this.generation += 1;
    this.addedReadAt = 0;
    this.pending = null;
  }

  private async readAddedTerms(): Promise<void> {
    const generation = this.generation;
    const rows = await this.graph.readRows<{ term: string; kind: LexiconKind; codes: string[] }>(
      'MATCH (t:SearchTerm) RETURN t.term AS term, t.kind AS kind, t.codes AS codes ORDER BY t.createdAt, t.id',
    );
    // A read that started before this process changed the terms may miss the change: drop it.
    if (generation !== this.generation) return;
    this.added = rows.map((r) => ({ ...r, source: 'isa' }));
    this.addedReadAt = this.now();
    this.interpreter = null;
  }
}
