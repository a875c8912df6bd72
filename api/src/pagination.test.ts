import { describe, expect, it } from 'vitest';
import { BadUserInputError } from './errors.js';
import { decodeCursor, encodeCursor, pageSize, toConnection } from './pagination.js';

describe('cursor pagination helpers', () => {
  it('round-trips cursors and rejects foreign ones with BAD_USER_INPUT on `after`', () => {
    expect(decodeCursor(encodeCursor(['名前', 'id-1']), 2)).toEqual(['名前', 'id-1']);
    expect(decodeCursor(null, 2)).toBeNull();
    for (const bad of ['%%%', encodeCursor(['only-one']), Buffer.from('{"a":1}').toString('base64url')]) {
      expect(() => decodeCursor(bad, 2)).toThrow(BadUserInputError);
    }
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
    expect(decodeCursor(page.pageInfo.endCursor, 1)).toEqual(['b']);
    expect(toConnection(rows, 5, (r) => [r.k], true).pageInfo.hasNextPage).toBe(false);
  });
});
