/**
 * The automatic split of a workshop's participants into groups of at most GROUP_MAX that mix regions and
 * domains: ceil(n / GROUP_MAX) groups; participants sorted by bureau region, then main domain, then a seeded
 * hash of their id (so the same input and seed always give the same groups), then dealt round-robin. Dealing a
 * list sorted by bureau spreads each bureau's people over all groups, so every group meets the other regions.
 */
export const GROUP_MAX = 15;

export interface GroupingCandidate {
  id: string;
  bureauCode: string | null;
  domainCodes: readonly string[];
}

/** FNV-1a of seed and id: a stable, seed-dependent tie-break. */
function seededHash(seed: number, id: string): number {
  let h = 0x811c9dc5 ^ seed;
  for (const ch of id) {
    h ^= ch.codePointAt(0)!;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** Group sizes for n participants: ceil(n / 15) groups whose sizes differ by at most one. */
export function groupCount(n: number): number {
  return n === 0 ? 0 : Math.ceil(n / GROUP_MAX);
}

/** The participants' ids per group (index 0 = group 1). */
export function splitIntoGroups(people: readonly GroupingCandidate[], seed = 0): string[][] {
  const count = groupCount(people.length);
  const sorted = [...people].sort(
    (a, b) =>
      (a.bureauCode ?? '~').localeCompare(b.bureauCode ?? '~') ||
      ([...a.domainCodes].sort()[0] ?? '~').localeCompare([...b.domainCodes].sort()[0] ?? '~') ||
      seededHash(seed, a.id) - seededHash(seed, b.id) ||
      a.id.localeCompare(b.id),
  );
  const groups: string[][] = Array.from({ length: count }, () => []);
  sorted.forEach((p, i) => groups[i % count].push(p.id));
  return groups;
}
