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
  private interpreter: QueryInterpreter | null = null;

  constructor(
    private readonly graph: Graph,
    private readonly catalog: ReferenceCatalog,
    private readonly now: () => number = Date.now,
  ) {}

  /** The interpreter for this request (reads ISA's terms first when they are due). */
  async current(): Promise<QueryInterpreter> {
    if (this.now() - this.addedReadAt >= ADDED_TERMS_TTL_MS) {
      this.pending ??= this.readAddedTerms().finally(() => (this.pending = null));
      await this.pending;
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
    this.addedReadAt = 0;
  }

  private async readAddedTerms(): Promise<void> {
    const rows = await this.graph.readRows<{ term: string; kind: LexiconKind; codes: string[] }>(
      'MATCH (t:SearchTerm) RETURN t.term AS term, t.kind AS kind, t.codes AS codes ORDER BY t.createdAt, t.id',
    );
    this.added = rows.map((r) => ({ ...r, source: 'isa' }));
    this.addedReadAt = this.now();
    this.interpreter = null;
  }
}
