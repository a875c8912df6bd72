/** A reference item (prefecture, bureau, domain, language…) as the portal's queries return it. */
export interface NamedReference {
  code: string;
  nameJa: string;
  nameEn: string;
  /** Domains only: the parent's code, null for a top-level domain. */
  parentCode?: string | null;
}

export interface ReferenceGroup<T> {
  parent: T;
  children: T[];
}

/**
 * Domains with their sub-domains as groups, in the API's order (each parent followed by its children); other
 * reference lists come back as they are, one group each without children.
 */
export function groupByParent<T extends NamedReference>(items: readonly T[]): ReferenceGroup<T>[] {
  const groups = new Map<string, ReferenceGroup<T>>();
  const orphans: ReferenceGroup<T>[] = [];
  for (const item of items) {
    if (!item.parentCode) groups.set(item.code, { parent: item, children: [] });
  }
  for (const item of items) {
    if (!item.parentCode) continue;
    const group = groups.get(item.parentCode);
    if (group) group.children.push(item);
    else orphans.push({ parent: item, children: [] });
  }
  return [...groups.values(), ...orphans];
}
