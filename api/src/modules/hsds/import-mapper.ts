import type { ReferenceCatalog } from '../reference/catalog.js';
import { CHILD_ID, type HsdsNode } from './ledger.js';
import type { PartnerImport } from './types.js';
import {
  DELIVERY_TERMS,
  LANGUAGE_TAG_NOTE_PREFIX,
  NATIONWIDE_AREA,
  PARTNER_KINDS,
  REMOTE_MODES,
  TAXONOMIES,
  TSUNAGU_IDENTIFIER_SCHEME,
  iso639Of,
  type TaxonomyKey,
} from './vocabulary.js';

/** The parts of an HSDS document that become one partner (any may be missing, not all). */
export interface PartnerSource {
  path: string;
  organization: HsdsNode | null;
  service: HsdsNode | null;
  location: HsdsNode | null;
}

const ONE_VALUE = (first: string) => `differs from ${first}; a Tsunagu partner keeps one value`;

/** The first value among fields that all mean the same partner property; differing ones are reported. */
function mirrored(fields: [HsdsNode | null, string][]): string | null {
  let chosen: { value: string; path: string } | null = null;
  for (const [node, key] of fields) {
    if (!node?.has(key)) continue;
    const value = node.str(key);
    if (value === null) continue;
    if (!chosen) chosen = { value, path: node.at(key) };
    else if (value !== chosen.value) node.reject(key, ONE_VALUE(chosen.path));
  }
  return chosen?.value ?? null;
}

function prefectureCodeOf(catalog: ReferenceCatalog, text: string | null): string | null {
  if (!text) return null;
  const iso = /^JP-(\d{2})$/.exec(text.trim());
  if (iso) return catalog.get('prefectures', iso[1])?.code ?? null;
  const wanted = text.trim().toLowerCase();
  return (
    catalog.all('prefectures').find((p) => p.nameJa === text.trim() || p.nameEn.toLowerCase() === wanted)
      ?.code ?? null
  );
}

function languageCodeOf(catalog: ReferenceCatalog, code: string | null, note: string | null): string | null {
  if (note?.startsWith(LANGUAGE_TAG_NOTE_PREFIX)) {
    const tag = note.slice(LANGUAGE_TAG_NOTE_PREFIX.length).trim();
    if (catalog.get('languages', tag)) return tag;
  }
  if (!code) return null;
  if (catalog.get('languages', code)) return code;
  const sameIso = catalog.all('languages').filter((l) => iso639Of(l.code) === code.toLowerCase());
  return sameIso.length === 1 ? sameIso[0].code : null;
}

function mapIdentity(src: PartnerSource): { partnerId: string; hsdsOrganizationId: string | null } {
  let partnerId: string | null = null;
  for (const ident of src.organization?.list('organization_identifiers') ?? []) {
    if (ident.raw('identifier_scheme') !== TSUNAGU_IDENTIFIER_SCHEME || partnerId) continue;
    partnerId = ident.str('identifier');
    for (const key of ['id', 'identifier_scheme', 'identifier_type', 'organization_id']) ident.take(key);
  }
  const hsdsOrganizationId = src.organization?.str('id') ?? null;
  const anchor = hsdsOrganizationId ?? src.service?.raw('id') ?? src.location?.raw('id');
  return { partnerId: partnerId ?? `hsds-${String(anchor)}`, hsdsOrganizationId };
}

function mapAttributes(nodes: HsdsNode[]) {
  const codes: Record<TaxonomyKey, string[]> = { domain: [], kind: [], status: [], delivery: [] };
  const byName = new Map(
    (Object.keys(TAXONOMIES) as TaxonomyKey[]).map((k) => [TAXONOMIES[k].name as string, k]),
  );
  for (const attr of nodes) {
    const term = attr.child('taxonomy_term');
    const taxonomy = term?.raw('taxonomy') ?? term?.child('taxonomy_detail')?.raw('name');
    const key = typeof taxonomy === 'string' ? byName.get(taxonomy) : undefined;
    const code = term?.raw('code');
    if (!key || typeof code !== 'string') {
      attr.rejectAll(
        `taxonomy ${JSON.stringify(taxonomy ?? null)} is not one of Tsunagu's (${[...byName.keys()].join(', ')})`,
      );
      continue;
    }
    codes[key].push(code);
    attr.takeAll();
  }
  return codes;
}

/** HSDS organization/service/location → one partner; every field read is recorded in the ledger. */
export function mapSourceToPartner(src: PartnerSource, catalog: ReferenceCatalog): PartnerImport {
  const { organization: org, service: svc, location: loc } = src;
  const { partnerId, hsdsOrganizationId } = mapIdentity(src);
  const name =
    mirrored([
      [org, 'name'],
      [svc, 'name'],
      [loc, 'name'],
    ]) ?? partnerId;
  const alternateName = mirrored([
    [org, 'alternate_name'],
    [svc, 'alternate_name'],
    [loc, 'alternate_name'],
  ]);
  const description = mirrored([
    [org, 'description'],
    [svc, 'description'],
    [loc, 'description'],
  ]);
  const email = mirrored([
    [org, 'email'],
    [svc, 'email'],
  ]);
  const url = mirrored([
    [org, 'website'],
    [svc, 'url'],
  ]);
  const fees = mirrored([
    [svc, 'fees_description'],
    [svc, 'fees'],
  ]);
  const eligibility = svc?.str('eligibility_description') ?? null;
  const parentHsdsId = org?.str('parent_organization_id') ?? null;
  const hsdsServiceId = svc?.str('id') ?? null;
  svc?.take('organization_id');
  svc?.reject('last_modified', 'not stored: Tsunagu sets its own updatedAt on import');
  const status = svc?.raw('status');
  if (status === 'active') svc?.take('status');
  else
    svc?.reject(
      'status',
      `status ${JSON.stringify(status)}: Tsunagu has no inactive partners; imported as listed`,
    );

  const phones: string[] = [];
  for (const phone of [svc, org, loc].flatMap((n) => n?.list('phones') ?? [])) {
    // Quotes around a number are a spreadsheet export's artefact (the official examples carry them), not digits.
    const number = phone
      .str('number')
      ?.trim()
      .replace(/^["'“”]+|["'“”]+$/g, '')
      .trim();
    if (number && !phones.includes(number)) phones.push(number);
    phone.reject('id', CHILD_ID);
    for (const key of ['service_id', 'organization_id', 'location_id']) phone.take(key);
  }

  const hours: string[] = [];
  for (const schedule of [svc, loc].flatMap((n) => n?.list('schedules') ?? [])) {
    const text = schedule.str('description');
    if (text && !hours.includes(text)) hours.push(text);
    schedule.reject('id', CHILD_ID);
    for (const key of ['service_id', 'location_id']) schedule.take(key);
  }

  let nationwide = false;
  const areaCodes: string[] = [];
  for (const area of svc?.list('service_areas') ?? []) {
    const extent = area.raw('extent');
    const areaName = area.raw('name');
    if (extent === NATIONWIDE_AREA.extent || areaName === NATIONWIDE_AREA.name) {
      nationwide = true;
    } else {
      const code =
        prefectureCodeOf(catalog, typeof extent === 'string' ? extent : null) ??
        prefectureCodeOf(catalog, typeof areaName === 'string' ? areaName : null);
      if (!code) {
        area.rejectAll('not a prefecture of Japan; Tsunagu service areas are prefectures or nationwide');
        continue;
      }
      if (!areaCodes.includes(code)) areaCodes.push(code);
    }
    for (const key of ['name', 'description', 'extent', 'extent_type', 'service_id']) area.take(key);
    area.reject('id', CHILD_ID);
  }

  const languageCodes: string[] = [];
  for (const lang of [svc, loc].flatMap((n) => n?.list('languages') ?? [])) {
    const rawNote = lang.raw('note');
    const code = languageCodeOf(
      catalog,
      typeof lang.raw('code') === 'string' ? (lang.raw('code') as string) : null,
      typeof rawNote === 'string' ? rawNote : null,
    );
    if (!code) {
      lang.rejectAll(
        `language ${JSON.stringify(lang.raw('code') ?? null)} is not in Tsunagu's language list`,
      );
      continue;
    }
    if (!languageCodes.includes(code)) languageCodes.push(code);
    for (const key of ['code', 'name', 'service_id', 'location_id']) lang.take(key);
    if (typeof rawNote === 'string' && rawNote.startsWith(LANGUAGE_TAG_NOTE_PREFIX)) lang.take('note');
    lang.reject('id', CHILD_ID);
  }

  const terms = mapAttributes([...(svc?.list('attributes') ?? []), ...(org?.list('attributes') ?? [])]);
  const kind = terms.kind.find((k) => (PARTNER_KINDS as readonly string[]).includes(k)) ?? null;
  const modes = terms.delivery.filter((c) => (REMOTE_MODES as readonly string[]).includes(c));
  const place = mapLocation(loc, catalog);

  return {
    id: partnerId,
    sourcePath: src.path,
    kind,
    props: {
      name,
      alternateName,
      description,
      url,
      email,
      phones,
      ...place.props,
      openingHours: hours.length ? hours.join('\n') : null,
      fees,
      eligibility,
      nationwide,
      remote: modes.length > 0 || terms.delivery.includes('REMOTE'),
      remoteModes: [...new Set(modes)].filter((m) => m in DELIVERY_TERMS),
      hsdsOrganizationId,
      hsdsServiceId,
      hsdsLocationId: loc?.str('id') ?? null,
    },
    prefectureCode: place.prefectureCode,
    areaCodes: areaCodes.filter((c) => c !== place.prefectureCode),
    domainCodes: [...new Set(terms.domain)].filter((c) => catalog.get('domains', c)),
    languageCodes,
    statusCodes: [...new Set(terms.status)].filter((c) => catalog.get('statuses', c)),
    parentHsdsId,
    parentPath: parentHsdsId && org ? org.at('parent_organization_id') : null,
  };
}

function inRange(value: number | null, limit: number): boolean {
  return value !== null && Math.abs(value) <= limit;
}

/** The location's point and its first Japanese address. */
function mapLocation(loc: HsdsNode | null, catalog: ReferenceCatalog) {
  const props = {
    postalCode: null,
    municipality: null,
    addressLine: null,
    latitude: null,
    longitude: null,
  } as {
    postalCode: string | null;
    municipality: string | null;
    addressLine: string | null;
    latitude: number | null;
    longitude: number | null;
  };
  let prefectureCode: string | null = null;
  if (!loc) return { props, prefectureCode };
  loc.take('organization_id');
  if (loc.raw('location_type') !== 'virtual') loc.take('location_type');
  const lat = typeof loc.raw('latitude') === 'number' ? (loc.raw('latitude') as number) : null;
  const lon = typeof loc.raw('longitude') === 'number' ? (loc.raw('longitude') as number) : null;
  if (inRange(lat, 90) && inRange(lon, 180)) {
    props.latitude = loc.num('latitude');
    props.longitude = loc.num('longitude');
  } else {
    const why = 'latitude/longitude missing or out of range (WGS84); point not stored';
    loc.reject('latitude', why);
    loc.reject('longitude', why);
  }
  let stored = false;
  for (const address of loc.list('addresses')) {
    const country = address.raw('country');
    if (stored) {
      address.rejectAll('a Tsunagu partner has one address; only the first Japanese address is stored');
      continue;
    }
    if (country !== 'JP') {
      address.rejectAll(`country ${JSON.stringify(country ?? null)}: Tsunagu stores Japanese addresses only`);
      continue;
    }
    stored = true;
    props.addressLine = address.str('address_1');
    props.municipality = address.str('city');
    props.postalCode = address.str('postal_code');
    const province = address.raw('state_province');
    prefectureCode = prefectureCodeOf(catalog, typeof province === 'string' ? province : null);
    if (prefectureCode || province === '') address.take('state_province');
    else address.reject('state_province', 'not a prefecture of Japan; LOCATED_IN not changed');
    for (const key of ['country', 'address_type', 'location_id']) address.take(key);
    address.reject('id', CHILD_ID);
  }
  return { props, prefectureCode };
}
