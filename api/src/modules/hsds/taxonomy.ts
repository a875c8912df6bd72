import type { ReferenceCatalog } from '../reference/catalog.js';
import { hsdsId } from './ids.js';
import type { HsdsObject } from './types.js';
import {
  DELIVERY_TERMS,
  PARTNER_KIND_NAMES,
  TAXONOMIES,
  TAXONOMY_VERSION,
  type DeliveryCode,
  type PartnerKind,
  type TaxonomyKey,
} from './vocabulary.js';

/** The HSDS `taxonomy_detail` object of one of our taxonomies. */
export function taxonomyDetail(key: TaxonomyKey): HsdsObject {
  const t = TAXONOMIES[key];
  return {
    id: hsdsId('taxonomy', t.name),
    name: t.name,
    description: t.description,
    version: TAXONOMY_VERSION,
  };
}

/** A term of our taxonomy: `name` in Japanese (the portal's default), English in `description`. */
export function taxonomyTerm(
  key: TaxonomyKey,
  code: string,
  names: { ja: string; en: string },
  parentCode: string | null = null,
): HsdsObject {
  const taxonomy = TAXONOMIES[key].name;
  return {
    id: hsdsId('taxonomy_term', `${taxonomy}/${code}`),
    code,
    name: names.ja,
    description: names.en,
    ...(parentCode ? { parent_id: hsdsId('taxonomy_term', `${taxonomy}/${parentCode}`) } : {}),
    taxonomy,
    taxonomy_id: hsdsId('taxonomy', taxonomy),
    taxonomy_detail: taxonomyDetail(key),
    language: 'ja',
  };
}

/** The attribute linking a service to one term of our taxonomies. */
export function termAttribute(serviceId: string, term: HsdsObject): HsdsObject {
  return {
    id: hsdsId('attribute', `${serviceId}/${String(term.id)}`),
    link_id: serviceId,
    link_type: 'service',
    link_entity: 'service',
    taxonomy_term_id: term.id,
    taxonomy_term: term,
  };
}

/** All terms that describe a partner, in a fixed order (kind, domains, statuses, delivery). */
export function partnerTerms(
  catalog: ReferenceCatalog,
  p: {
    kind: string | null;
    domainCodes: string[];
    statusCodes: string[];
    remote: boolean;
    remoteModes: string[];
  },
): HsdsObject[] {
  const terms: HsdsObject[] = [];
  if (p.kind && p.kind in PARTNER_KIND_NAMES) {
    terms.push(taxonomyTerm('kind', p.kind, PARTNER_KIND_NAMES[p.kind as PartnerKind]));
  }
  for (const d of catalog.many('domains', [...p.domainCodes].sort())) {
    terms.push(taxonomyTerm('domain', d.code, { ja: d.nameJa, en: d.nameEn }, d.parentCode));
  }
  for (const s of catalog.many('statuses', [...p.statusCodes].sort())) {
    terms.push(taxonomyTerm('status', s.code, { ja: s.nameJa, en: s.nameEn }));
  }
  const delivery: DeliveryCode[] = [
    ...(p.remote ? (['REMOTE'] as const) : []),
    ...p.remoteModes.filter((m): m is DeliveryCode => m in DELIVERY_TERMS && m !== 'REMOTE').sort(),
  ];
  for (const code of delivery) terms.push(taxonomyTerm('delivery', code, DELIVERY_TERMS[code]));
  return terms;
}
