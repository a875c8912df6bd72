import type { PartnerFieldsInput } from '~/generated/graphql';
import { PARTNER_KINDS, type PartnerFormValues } from './partner-form';

const TEXT_FIELDS = [
  'name',
  'alternateName',
  'kind',
  'description',
  'prefecture',
  'phone',
  'url',
  'email',
  'postalCode',
  'municipality',
  'addressLine',
  'openingHours',
  'fees',
  'eligibility',
] as const;

/**
 * Reads a posted partner form: the values to show again on an error, and the API input. Only the
 * fields the form carried are sent, so an edit without the address fields leaves the address alone.
 */
export function readPartnerForm(form: FormData): { values: PartnerFormValues; fields: PartnerFieldsInput } {
  const text: Record<string, string> = {};
  for (const name of TEXT_FIELDS) {
    const value = form.get(name);
    if (typeof value === 'string') text[name] = value;
  }
  const optional = (name: string) => text[name]?.trim() || null;
  const values: PartnerFormValues = {
    text,
    nationwide: form.get('nationwide') === 'on',
    sensitiveAddress: form.get('sensitiveAddress') === 'on',
    domains: form.getAll('domains').map(String),
    languages: form.getAll('languages').map(String),
  };
  const fields: PartnerFieldsInput = {
    name: text.name ?? '',
    alternateName: optional('alternateName'),
    kind: PARTNER_KINDS.find((k) => k === text.kind) ?? 'SUP',
    description: optional('description'),
    url: optional('url'),
    email: optional('email'),
    phones: (text.phone ?? '')
      .split(/[,、，]/)
      .map((phone) => phone.trim())
      .filter(Boolean),
    prefecture: optional('prefecture'),
    nationwide: values.nationwide,
    domains: values.domains,
    languages: values.languages,
  };
  if ('postalCode' in text) {
    fields.postalCode = optional('postalCode');
    fields.municipality = optional('municipality');
    fields.addressLine = optional('addressLine');
    fields.sensitiveAddress = values.sensitiveAddress;
  }
  if ('fees' in text) {
    fields.openingHours = optional('openingHours');
    fields.fees = optional('fees');
    fields.eligibility = optional('eligibility');
  }
  return { values, fields };
}

/** The form's values for an existing partner (phone numbers comma-separated in one field). */
export function partnerFormValues(p: {
  name: string;
  alternateName?: string | null;
  kind: string;
  description?: string | null;
  url?: string | null;
  email?: string | null;
  phones: string[];
  nationwide: boolean;
  sensitiveAddress: boolean;
  openingHours?: string | null;
  fees?: string | null;
  eligibility?: string | null;
  prefecture?: { code: string } | null;
  address?: { postalCode?: string | null; municipality?: string | null; addressLine?: string | null } | null;
  domains: { code: string }[];
  languages: { code: string }[];
}): PartnerFormValues {
  return {
    text: {
      name: p.name,
      alternateName: p.alternateName ?? '',
      kind: p.kind,
      description: p.description ?? '',
      prefecture: p.prefecture?.code ?? '',
      phone: p.phones.join(', '),
      url: p.url ?? '',
      email: p.email ?? '',
      postalCode: p.address?.postalCode ?? '',
      municipality: p.address?.municipality ?? '',
      addressLine: p.address?.addressLine ?? '',
      openingHours: p.openingHours ?? '',
      fees: p.fees ?? '',
      eligibility: p.eligibility ?? '',
    },
    nationwide: p.nationwide,
    sensitiveAddress: p.sensitiveAddress,
    domains: p.domains.map((d) => d.code),
    languages: p.languages.map((l) => l.code),
  };
}
