import { BadUserInputError } from './errors.js';

export const MAX_PAGE_SIZE = 100;

/** Validates `first`, answering BAD_USER_INPUT that names the field. */
export function pageSize(first: number | null | undefined, fallback = 20): number {
  const n = first ?? fallback;
  if (!Number.isInteger(n) || n < 1 || n > MAX_PAGE_SIZE) {
    throw new BadUserInputError('first', `first must be an integer from 1 to ${MAX_PAGE_SIZE}.`);
  }
  return n;
}

/** Cursors are opaque base64url JSON arrays of the sort keys of the last row seen (keyset paging). */
export function encodeCursor(keys: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(keys)).toString('base64url');
}

export function decodeCursor(cursor: string | null | undefined, arity: number): (string | number)[] | null {
  if (cursor == null) return null;
  try {
    const keys = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(keys) &&
      keys.length === arity &&
      keys.every((k) => typeof k === 'string' || typeof k === 'number')
    ) {
      return keys;
    }
  } catch {
    // fall through to the typed error
  }
  throw new BadUserInputError('after', 'after is not a cursor returned by this API.');
}

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
}

/** Builds a forward connection from `first + 1` fetched rows. */
export function toConnection<T>(
  rows: T[],
  first: number,
  keysOf: (row: T) => readonly (string | number)[],
  hasPrevious: boolean,
): Connection<T> {
  const page = rows.slice(0, first);
  const edges = page.map((node) => ({ cursor: encodeCursor(keysOf(node)), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > first,
      hasPreviousPage: hasPrevious,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
