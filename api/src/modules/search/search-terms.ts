import { randomUUID } from 'node:crypto';
import type { Graph } from '../../db/graph.js';
import { BadUserInputError, ConflictError, NotFoundError } from '../../errors.js';
import { isConstraintViolation } from '../graduates/constraint-errors.js';
import type { ReferenceCatalog } from '../reference/catalog.js';
import { normalizedKey, type LexiconKind } from './understanding/index.js';

export type SearchTermKind = Exclude<LexiconKind, 'STOPWORD'>;

/** A term ISA added, as the SearchTerm resolvers receive it. */
export interface SearchTermRow {
  id: string;
  term: string;
  kind: SearchTermKind;
  codes: string[];
  addedBy: string | null;
  createdAt: string;
}

export const MAX_TERM_LENGTH = 40;
const MAX_DOMAINS_PER_TERM = 3;

const CATALOG_OF: Record<SearchTermKind, 'domains' | 'languages' | 'statuses' | 'prefectures'> = {
  DOMAIN: 'domains',
  LANGUAGE: 'languages',
  NATIONALITY: 'languages',
  STATUS: 'statuses',
  PREFECTURE: 'prefectures',
};

/** Validates addSearchTerm's input; the key is what makes two terms the same for matching. */
export function validateSearchTerm(
  input: { term: string; kind: SearchTermKind; codes: readonly string[] },
  catalog: ReferenceCatalog,
): { term: string; kind: SearchTermKind; codes: string[]; key: string } {
  const term = input.term.normalize('NFKC').trim().replace(/\s+/g, ' ');
  if (!term) throw new BadUserInputError('term', 'term is required.');
  if ([...term].length > MAX_TERM_LENGTH) {
    throw new BadUserInputError('term', `term must be at most ${MAX_TERM_LENGTH} characters.`);
  }
  const normalized = normalizedKey(term);
  if (!normalized) throw new BadUserInputError('term', 'term has no letters to match.');
  const codes = [...new Set(input.codes)];
  const max = input.kind === 'DOMAIN' ? MAX_DOMAINS_PER_TERM : 1;
  if (codes.length < 1 || codes.length > max) {
    throw new BadUserInputError('codes', `codes must name 1 to ${max} ${CATALOG_OF[input.kind]}.`);
  }
  for (const code of codes) {
    if (!catalog.get(CATALOG_OF[input.kind], code)) {
      throw new BadUserInputError('codes', `"${code}" is not a known code.`);
    }
  }
  return { term, kind: input.kind, codes, key: `${input.kind}|${normalized}` };
}

const TERM_PROJECTION = `t { .id, .term, .kind, .codes, .createdAt,
  addedBy: [(t)-[:ADDED_BY]->(u:User) | u.displayName][0] }`;

/** The Cypher of ISA's search terms. */
export class SearchTermRepository {
  constructor(private readonly graph: Graph) {}

  list(): Promise<SearchTermRow[]> {
    return this.graph
      .readRows<{ row: SearchTermRow }>(
        `MATCH (t:SearchTerm) WITH t ORDER BY t.createdAt DESC, t.id RETURN ${TERM_PROJECTION} AS row`,
      )
      .then((rows) => rows.map((r) => r.row));
  }

  /** Stores the term; CONFLICT when a term with the same key exists (unique constraint). */
  async add(
    userId: string,
    term: { term: string; kind: SearchTermKind; codes: string[]; key: string },
  ): Promise<SearchTermRow> {
    try {
      const row = await this.graph.write((tx) =>
        tx.one<{ row: SearchTermRow }>(
          `MATCH (u:User {id: $userId})
           CREATE (t:SearchTerm {id: $id, term: $term, kind: $kind, codes: $codes, key: $key, createdAt: datetime()})
           CREATE (t)-[:ADDED_BY]->(u)
           RETURN ${TERM_PROJECTION} AS row`,
          { userId, id: randomUUID(), ...term },
        ),
      );
      if (!row) throw new NotFoundError('User');
      return row.row;
    } catch (error) {
      if (isConstraintViolation(error)) {
        throw new ConflictError('The same term is already defined for this kind.', { field: 'term' });
      }
      throw error;
    }
  }

  /** Deletes the term; NOT_FOUND when there is none with that id. */
  async remove(id: string): Promise<void> {
    const row = await this.graph.write((tx) =>
      tx.one<{ id: string }>('MATCH (t:SearchTerm {id: $id}) WITH t, t.id AS id DETACH DELETE t RETURN id', {
        id,
      }),
    );
    if (!row) throw new NotFoundError('Search term');
  }
}
