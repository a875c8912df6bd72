/**
 * The fixed words Tsunagu uses inside HSDS documents: our identifier scheme and our taxonomies.
 * Taxonomies are an `as const` allow-list; imports only map terms of these taxonomies.
 */

/** `organization_identifiers[].identifier_scheme` that carries our partner id. */
export const TSUNAGU_IDENTIFIER_SCHEME = 'JP-TSUNAGU';
export const TSUNAGU_IDENTIFIER_TYPE = 'Tsunagu partner id';

export const TAXONOMIES = {
  domain: {
    name: 'tsunagu-support-domains',
    description: 'Tsunagu support domains (consultation topics) / つなぐ 支援分野',
  },
  kind: { name: 'tsunagu-partner-kinds', description: 'Tsunagu partner kinds / つなぐ 連携先の種別' },
  status: {
    name: 'tsunagu-statuses-of-residence',
    description: 'Statuses of residence a partner accepts / 対応する在留資格',
  },
  delivery: {
    name: 'tsunagu-delivery',
    description: 'How a partner is reached: nationwide, remote by phone or online / 提供方法',
  },
} as const;

export type TaxonomyKey = keyof typeof TAXONOMIES;
export const TAXONOMY_VERSION = '1';

export const PARTNER_KINDS = ['ADM', 'SPI', 'SUP', 'EXP', 'SVC', 'INT'] as const;
export type PartnerKind = (typeof PARTNER_KINDS)[number];
export const PARTNER_KIND_NAMES: Record<PartnerKind, { ja: string; en: string }> = {
  ADM: { ja: '行政機関', en: 'Administrative agency' },
  SPI: { ja: '専門機関', en: 'Specialized institution' },
  SUP: { ja: '支援団体', en: 'Support group' },
  EXP: { ja: '専門家', en: 'Expert' },
  SVC: { ja: 'サービス事業者', en: 'Service provider' },
  INT: { ja: '通訳・翻訳', en: 'Interpreting and translation' },
};
/** Kind given to an imported organization that carries no partner-kind term. */
export const DEFAULT_IMPORT_KIND: PartnerKind = 'SVC';

export const DELIVERY_TERMS = {
  REMOTE: { ja: '遠隔対応', en: 'Serves remotely' },
  PHONE: { ja: '電話で対応', en: 'Remote by phone' },
  ONLINE: { ja: 'オンラインで対応', en: 'Remote online' },
} as const;
export type DeliveryCode = keyof typeof DELIVERY_TERMS;
export const REMOTE_MODES = ['PHONE', 'ONLINE'] as const;

/** The service area that stands for "the whole of Japan" (Partner.nationwide). */
export const NATIONWIDE_AREA = { name: '全国', description: 'Nationwide (Japan)', extent: 'JP' } as const;

/**
 * Our language codes are BCP 47 tags (`zh-Hans`, `ja-plain`); HSDS wants ISO 639-1/639-3. We
 * export the primary subtag as `code` and keep the full tag in `note` after this prefix.
 */
export const LANGUAGE_TAG_NOTE_PREFIX = 'BCP 47: ';

export function iso639Of(tag: string): string {
  return tag.split('-')[0].toLowerCase();
}
