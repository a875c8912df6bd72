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

/** What one sort key of a connection holds; the decoder checks each key so Cypher never sees a foreign type. */
export type CursorKeyKind = 'string' | 'datetime' | 'number' | 'integer';
type CursorKeyValue<K extends CursorKeyKind> = K extends 'number' | 'integer' ? number : string;
export type CursorKeys<S extends readonly CursorKeyKind[]> = {
  -readonly [I in keyof S]: CursorKeyValue<S[I]>;
};

/** ISO-8601 date-times as the API writes them; each field is range-checked so a Neo4j `datetime()` reads it. */
const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?(Z|[+-](\d{2}):(\d{2}))$/;

function isDateTime(key: string): boolean {
  const m = ISO_DATE_TIME.exec(key);
  if (!m) return false;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number);
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const offsetOk = m[8] === 'Z' || (Number(m[9]) <= 18 && Number(m[10]) <= 59);
  return (
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth &&
    hour <= 23 &&
    minute <= 59 &&
    second <= 59 &&
    offsetOk
  );
}

function keyMatches(kind: CursorKeyKind, key: unknown): boolean {
  switch (kind) {
    case 'string':
      return typeof key === 'string';
    case 'datetime':
      return typeof key === 'string' && isDateTime(key);
    case 'number':
      return typeof key === 'number' && Number.isFinite(key);
    case 'integer':
      return Number.isSafeInteger(key);
  }
}

/**
 * The sort keys of `cursor`, checked against the connection's `shape`; null without a cursor. Anything else — not
 * base64url JSON, another arity, a key of the wrong kind — is BAD_USER_INPUT on `after`.
 */
export function decodeCursor<const S extends readonly CursorKeyKind[]>(
  cursor: string | null | undefined,
  shape: S,
): CursorKeys<S> | null {
  if (cursor == null) return null;
  let keys: unknown;
  try {
    keys = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    keys = null;
  }
  if (
    Array.isArray(keys) &&
    keys.length === shape.length &&
    shape.every((kind, i) => keyMatches(kind, keys[i]))
  ) {
    return keys as CursorKeys<S>;
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
