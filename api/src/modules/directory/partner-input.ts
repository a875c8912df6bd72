import { BadUserInputError } from '../../errors.js';
import type { ReferenceCatalog } from '../reference/catalog.js';
import { partnerNameKey, phoneKey, urlKey } from './partner-keys.js';
import type { PartnerKindCode, RemoteModeCode } from './partner-projection.js';

/** Everything an editor can set on a partner, after validation. */
export interface PartnerState {
  name: string;
  alternateName: string | null;
  kind: PartnerKindCode;
  description: string | null;
  url: string | null;
  email: string | null;
  phones: string[];
  postalCode: string | null;
  municipality: string | null;
  addressLine: string | null;
  prefecture: string | null;
  latitude: number | null;
  longitude: number | null;
  openingHours: string | null;
  fees: string | null;
  eligibility: string | null;
  acceptedStatuses: string[];
  serviceArea: string[];
  nationwide: boolean;
  remoteModes: RemoteModeCode[];
  domains: string[];
  languages: string[];
  sensitiveAddress: boolean;
}

export type PartnerField = keyof PartnerState;
export type PartnerFieldsInput = { [K in PartnerField]?: PartnerState[K] | null };

export const ADDRESS_FIELDS: readonly PartnerField[] = [
  'postalCode',
  'municipality',
  'addressLine',
  'latitude',
  'longitude',
];

const TEXT_LIMITS: Partial<Record<PartnerField, number>> = {
  alternateName: 120,
  description: 2000,
  municipality: 60,
  addressLine: 200,
  openingHours: 500,
  fees: 500,
  eligibility: 500,
};
const CONTROL_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

function text(field: PartnerField, value: string | null, max: number): string | null {
  if (value === null) return null;
  const trimmed = value.trim();
  if (CONTROL_CHARS.test(trimmed))
    throw new BadUserInputError(field, `${field} contains control characters.`);
  if (trimmed.length > max) throw new BadUserInputError(field, `${field} must be at most ${max} characters.`);
  return trimmed === '' ? null : trimmed;
}

function codes(field: PartnerField, values: string[] | null, known: (code: string) => boolean): string[] {
  const unique = [...new Set(values ?? [])];
  const unknown = unique.find((code) => !known(code));
  if (unknown !== undefined) throw new BadUserInputError(field, `${field}: unknown code ${unknown}.`);
  return unique;
}

/** Validates and normalizes the fields given (undefined = not given, null = clear). */
export function parsePartnerFields(
  input: PartnerFieldsInput,
  catalog: ReferenceCatalog,
): Partial<PartnerState> {
  const out: Partial<PartnerState> = {};
  const given = (field: PartnerField) => input[field] !== undefined;
  const set = <K extends PartnerField>(field: K, value: PartnerState[K]) => {
    out[field] = value;
  };

  if (given('name')) {
    const name = text('name', (input.name as string | null) ?? '', 120);
    if (!name || name.length < 2) throw new BadUserInputError('name', 'name must be 2 to 120 characters.');
    set('name', name);
  }
  if (given('kind')) {
    if (!input.kind) throw new BadUserInputError('kind', 'kind is required.');
    set('kind', input.kind as PartnerKindCode);
  }
  for (const [field, max] of Object.entries(TEXT_LIMITS) as [PartnerField, number][]) {
    if (given(field)) set(field, text(field, input[field] as string | null, max) as never);
  }
  if (given('url')) {
    const url = text('url', input.url as string | null, 300);
    if (url !== null) {
      let parsed: URL | null = null;
      try {
        parsed = new URL(url);
      } catch {
        parsed = null;
      }
      if (!parsed || !['http:', 'https:'].includes(parsed.protocol) || !parsed.hostname.includes('.')) {
        throw new BadUserInputError('url', 'url must be an http(s) web address.');
      }
    }
    set('url', url);
  }
  if (given('email')) {
    const email = text('email', input.email as string | null, 254);
    if (email !== null && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
      throw new BadUserInputError('email', 'email is not an e-mail address.');
    }
    set('email', email);
  }
  if (given('phones')) {
    const phones = [...new Set((input.phones ?? []).map((p) => p.trim()).filter(Boolean))];
    if (phones.length > 5) throw new BadUserInputError('phones', 'at most 5 telephone numbers.');
    for (const phone of phones) {
      const digits = phoneKey(phone).length;
      if (!/^\+?[0-9][0-9 ()-]+$/.test(phone) || digits < 9 || digits > 15) {
        throw new BadUserInputError('phones', `${phone} is not a telephone number.`);
      }
    }
    set('phones', phones);
  }
  if (given('postalCode')) {
    const postal = text('postalCode', input.postalCode as string | null, 10);
    const match = postal === null ? null : /^(\d{3})-?(\d{4})$/.exec(postal.normalize('NFKC'));
    if (postal !== null && !match) throw new BadUserInputError('postalCode', 'postalCode must be NNN-NNNN.');
    set('postalCode', match ? `${match[1]}-${match[2]}` : null);
  }
  if (given('prefecture')) {
    const code = (input.prefecture as string | null) ?? null;
    if (code !== null && !catalog.get('prefectures', code)) {
      throw new BadUserInputError('prefecture', `unknown prefecture ${code}.`);
    }
    set('prefecture', code);
  }
  if (given('latitude')) set('latitude', coordinate('latitude', input.latitude as number | null, 20, 46));
  if (given('longitude'))
    set('longitude', coordinate('longitude', input.longitude as number | null, 122, 154));
  if (given('acceptedStatuses')) {
    set(
      'acceptedStatuses',
      codes(
        'acceptedStatuses',
        input.acceptedStatuses as string[] | null,
        (c) => !!catalog.get('statuses', c),
      ),
    );
  }
  if (given('serviceArea')) {
    set(
      'serviceArea',
      codes('serviceArea', input.serviceArea as string[] | null, (c) => !!catalog.get('prefectures', c)),
    );
  }
  if (given('domains')) {
    set(
      'domains',
      codes('domains', input.domains as string[] | null, (c) => !!catalog.get('domains', c)),
    );
  }
  if (given('languages')) {
    set(
      'languages',
      codes('languages', input.languages as string[] | null, (c) => !!catalog.get('languages', c)),
    );
  }
  if (given('remoteModes')) set('remoteModes', [...new Set((input.remoteModes ?? []) as RemoteModeCode[])]);
  if (given('nationwide')) set('nationwide', input.nationwide === true);
  if (given('sensitiveAddress')) set('sensitiveAddress', input.sensitiveAddress === true);
  return out;
}

function coordinate(field: PartnerField, value: number | null, min: number, max: number): number | null {
  if (value === null) return null;
  if (!Number.isFinite(value) || value < min || value > max) {
    throw new BadUserInputError(field, `${field} must be between ${min} and ${max} (Japan).`);
  }
  return value;
}

export const EMPTY_PARTNER: Omit<PartnerState, 'name' | 'kind'> = {
  alternateName: null,
  description: null,
  url: null,
  email: null,
  phones: [],
  postalCode: null,
  municipality: null,
  addressLine: null,
  prefecture: null,
  latitude: null,
  longitude: null,
  openingHours: null,
  fees: null,
  eligibility: null,
  acceptedStatuses: [],
  serviceArea: [],
  nationwide: false,
  remoteModes: [],
  domains: [],
  languages: [],
  sensitiveAddress: false,
};

/** Rules on the whole partner once the changes are applied. */
export function checkPartnerState(state: Partial<PartnerState>): asserts state is PartnerState {
  if (!state.name) throw new BadUserInputError('name', 'name is required.');
  if (!state.kind) throw new BadUserInputError('kind', 'kind is required.');
  if (!state.nationwide && !state.prefecture) {
    throw new BadUserInputError('prefecture', 'prefecture is required unless the partner is nationwide.');
  }
  if ((state.latitude == null) !== (state.longitude == null)) {
    throw new BadUserInputError('latitude', 'give both latitude and longitude, or neither.');
  }
  if (!state.domains?.length) throw new BadUserInputError('domains', 'name at least one support domain.');
}

/** The fields whose values differ between two states (lists compared as sets), sorted by name. */
export function changedFields(before: PartnerState, after: PartnerState): PartnerField[] {
  return (Object.keys(after) as PartnerField[]).sort().filter((field) => {
    const a = before[field];
    const b = after[field];
    if (Array.isArray(a) && Array.isArray(b)) {
      return a.length !== b.length || [...a].sort().join('\u0001') !== [...b].sort().join('\u0001');
    }
    return (a ?? null) !== (b ?? null);
  });
}

/** The duplicate-detection keys of a partner. */
export function keysOf(state: PartnerState) {
  return {
    nameKey: partnerNameKey(state.name),
    phoneKeys: state.phones.map(phoneKey),
    urlKey: state.url ? urlKey(state.url) : null,
  };
}
