import type { ReferenceCatalog } from '../reference/catalog.js';

/** Domain labels (Japanese or English, case-insensitive) starting with `prefix`; served from memory. */
export function suggestDomains(
  catalog: ReferenceCatalog,
  prefix: string,
  limit: number,
): { code: string; label: string }[] {
  const lower = prefix.toLowerCase();
  const out: { code: string; label: string }[] = [];
  for (const d of catalog.all('domains')) {
    if (d.nameJa.startsWith(prefix)) out.push({ code: d.code, label: d.nameJa });
    else if (d.nameEn.toLowerCase().startsWith(lower)) out.push({ code: d.code, label: d.nameEn });
    if (out.length >= limit) break;
  }
  return out;
}
