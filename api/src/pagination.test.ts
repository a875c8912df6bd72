import { describe, expect, it } from 'vitest';
import { BadUserInputError } from './errors.js';
import { decodeCursor, encodeCursor, pageSize, toConnection } from './pagination.js';

describe('cursor pagination helpers', () => {
  it('round-trips cursors and rejects foreign ones with BAD_USER_INPUT on `after`', () => {
    expect(decodeCursor(encodeCursor(['名前', 'id-1']), ['string', 'string'])).toEqual(['名前', 'id-1']);
    expect(decodeCursor(null, ['string', 'string'])).toBeNull();
    for (const bad of ['%%%', encodeCursor(['only-one']), Buffer.from('{"a":1}').toString('base64url')]) {
      expect(() => decodeCursor(bad, ['string', 'string'])).toThrow(BadUserInputError);
    }
  });

  it('checks every key against the connection’s shape', () => {
    const shape = ['datetime', 'string'] as const;
    expect(decodeCursor(encodeCursor(['2026-12-03T01:02:03.456Z', 'a']), shape)).toEqual([
      '2026-12-03T01:02:03.456Z',
      'a',
    ]);
    expect(decodeCursor(encodeCursor(['2026-12-03T10:02:03.123456789+09:00', 'a']), shape)).not.toBeNull();
    expect(decodeCursor(encodeCursor(['2028-02-29T00:00:00Z', 'a']), shape)).not.toBeNull();
    for (const forged of [
      [1, 2],
      ['junk', 'a'],
      ['2026-13-40T99:00:00Z', 'a'],
      ['2026-12-03', 'a'],
      ['2026-02-29T00:00:00Z', 'a'],
      ['2026-12-03T01:02:03Z', 7],
    ]) {
      expect(() => decodeCursor(encodeCursor(forged), shape), JSON.stringify(forged)).toThrow(
        BadUserInputError,
      );
    }
    expect(decodeCursor(encodeCursor([1.5, 3]), ['number', 'integer'])).toEqual([1.5, 3]);
    expect(() => decodeCursor(encodeCursor([1, 1.5]), ['number', 'integer'])).toThrow(BadUserInputError);
    expect(() => decodeCursor(encodeCursor([1, 2]), ['number'])).toThrow(BadUserInputError);
  });

  it('validates page sizes', () => {
    expect(pageSize(undefined)).toBe(20);
    expect(pageSize(100)).toBe(100);
    expect(() => pageSize(0)).toThrow(/first/);
    expect(() => pageSize(101)).toThrow(/first/);
  });

  it('builds a connection from first + 1 rows', () => {
    const rows = [{ k: 'a' }, { k: 'b' }, { k: 'c' }];
    const page = toConnection(rows, 2, (r) => [r.k], false);
    expect(page.edges.map((e) => e.node.k)).toEqual(['a', 'b']);
    expect(page.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    expect(decodeCursor(page.pageInfo.endCursor, ['string'])).toEqual(['b']);
    expect(toConnection(rows, 5, (r) => [r.k], true).pageInfo.hasNextPage).toBe(false);
  });
});
