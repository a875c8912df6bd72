import { describe, expect, it } from 'vitest';
import { OneEditIndex, withinOneEdit } from './fuzzy.js';

describe('withinOneEdit (Damerau-Levenshtein 1)', () => {
  it.each([
    ['vietnamese', 'vietnamese', true],
    ['vietnames', 'vietnamese', true],
    ['vietnamesee', 'vietnamese', true],
    ['vietnamise', 'vietnamese', true],
    ['veitnamese', 'vietnamese', true],
    ['vetnames', 'vietnamese', false],
    ['labour', 'labor', true],
    ['ab', 'ba', true],
    ['abcd', 'badc', false],
    ['centre', 'center', true],
  ])('%s ~ %s → %s', (a, b, expected) => {
    expect(withinOneEdit(a, b)).toBe(expected);
    expect(withinOneEdit(b, a)).toBe(expected);
  });
});

describe('OneEditIndex', () => {
  const index = new OneEditIndex();
  for (const key of ['vietnamese', 'portuguese', 'domestic violence', 'pension', 'pensions']) index.add(key);

  it('finds the key one typo away, over single words and multiword keys', () => {
    expect(index.find('vietnames')).toBe('vietnamese');
    expect(index.find('portugese')).toBe('portuguese');
    expect(index.find('domestic violance')).toBe('domestic violence');
    expect(index.find('domesticviolence')).toBe('domestic violence');
  });

  it('prefers the longer key when several are one edit away, and finds none two edits away', () => {
    expect(index.find('pensionz')).toBe('pensions');
    expect(index.find('vetnames')).toBeNull();
  });
});
