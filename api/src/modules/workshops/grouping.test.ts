import { describe, expect, it } from 'vitest';
import { GROUP_MAX, splitIntoGroups, type GroupingCandidate } from './grouping.js';

const BUREAUS = ['SPR', 'SND', 'TKY', 'NGY', 'OSK', 'HRS', 'TKM', 'FKO'];
const DOMAINS = ['WRK-CND', 'RES-STS', 'EDU-SCH', 'MED-INS'];

function people(n: number, bureaus = BUREAUS): GroupingCandidate[] {
  // Arrive in bureau blocks (the worst order for mixing).
  return Array.from({ length: n }, (_, i) => ({
    id: `c-${String(i).padStart(3, '0')}`,
    bureauCode: bureaus[Math.floor((i * bureaus.length) / n)],
    domainCodes: [DOMAINS[i % DOMAINS.length]],
  }));
}

describe('splitIntoGroups', () => {
  it('splits 40 into 3 groups of 13–14 and never above 15', () => {
    const groups = splitIntoGroups(people(40));
    expect(groups.map((g) => g.length).sort()).toEqual([13, 13, 14]);
    for (const n of [1, 15, 16, 30, 31, 44, 45, 46, 100]) {
      const sizes = splitIntoGroups(people(n)).map((g) => g.length);
      expect(sizes.length).toBe(Math.ceil(n / GROUP_MAX));
      expect(Math.max(...sizes)).toBeLessThanOrEqual(GROUP_MAX);
      expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
      expect(sizes.reduce((a, b) => a + b, 0)).toBe(n);
    }
    expect(splitIntoGroups([])).toEqual([]);
  });

  it('mixes bureau regions and domains in every group', () => {
    const input = people(40);
    const bureauOf = new Map(input.map((p) => [p.id, p.bureauCode]));
    const domainOf = new Map(input.map((p) => [p.id, p.domainCodes[0]]));
    for (const group of splitIntoGroups(input)) {
      expect(new Set(group.map((id) => bureauOf.get(id))).size).toBeGreaterThanOrEqual(6);
      expect(new Set(group.map((id) => domainOf.get(id))).size).toBeGreaterThanOrEqual(3);
    }
    // Two bureaus only: each group still has both.
    const two = people(40, ['TKY', 'OSK']);
    const twoOf = new Map(two.map((p) => [p.id, p.bureauCode]));
    for (const group of splitIntoGroups(two)) expect(new Set(group.map((id) => twoOf.get(id))).size).toBe(2);
  });

  it('is deterministic for the same input and seed, whatever the input order', () => {
    const input = people(40);
    const a = splitIntoGroups(input, 7);
    expect(splitIntoGroups([...input].reverse(), 7)).toEqual(a);
    expect(splitIntoGroups(input, 7)).toEqual(a);
    expect(splitIntoGroups(input, 8)).not.toEqual(a);
  });
});
