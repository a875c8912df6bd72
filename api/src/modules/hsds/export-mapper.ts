import type { ReferenceCatalog } from '../reference/catalog.js';
import { hsdsId } from './ids.js';
import { partnerTerms, termAttribute } from './taxonomy.js';
import type { HsdsObject, PartnerExportRow } from './types.js';
import {
  LANGUAGE_TAG_NOTE_PREFIX,
  NATIONWIDE_AREA,
  TSUNAGU_IDENTIFIER_SCHEME,
  TSUNAGU_IDENTIFIER_TYPE,
  iso639Of,
} from './vocabulary.js';

/** Drops null, undefined and empty strings/arrays, so the document carries only what we know. */
function compact(obj: HsdsObject): HsdsObject {
  return Object.fromEntries(
    Object.entries(obj).filter(
      ([, v]) => v !== null && v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0),
    ),
  );
}

function isHttpUrl(value: string | null): value is string {
  if (!value) return false;
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

/** Our organization id: the one it was imported with, else the stable UUID v5 of our id. */
export function organizationIdOf(p: { id: string; hsdsOrganizationId: string | null }): string {
  return p.hsdsOrganizationId ?? hsdsId('organization', p.id);
}

function location(p: PartnerExportRow, catalog: ReferenceCatalog): HsdsObject | null {
  // Defence in depth: the export query already nulls these for sensitive partners.
  if (p.sensitiveAddress) return null;
  const hasAddress = Boolean(p.addressLine || p.municipality || p.postalCode);
  const hasPoint = p.latitude !== null && p.longitude !== null;
  // An imported location keeps its id even when none of its address could be stored.
  if (!hasAddress && !hasPoint && !p.hsdsLocationId) return null;
  const id = p.hsdsLocationId ?? hsdsId('location', p.id);
  const prefecture = catalog.get('prefectures', p.prefectureCode);
  return compact({
    id,
    location_type: 'physical',
    name: p.name,
    latitude: hasPoint ? p.latitude : null,
    longitude: hasPoint ? p.longitude : null,
    addresses: hasAddress
      ? [
          {
            id: hsdsId('address', p.id),
            // HSDS requires these five; a part we do not know is an empty string.
            address_1: p.addressLine ?? '',
            city: p.municipality ?? '',
            state_province: prefecture?.nameJa ?? '',
            postal_code: p.postalCode ?? '',
            country: 'JP',
            address_type: 'physical',
          },
        ]
      : [],
  });
}

function serviceAreas(p: PartnerExportRow, catalog: ReferenceCatalog, serviceId: string): HsdsObject[] {
  const areas: HsdsObject[] = [];
  if (p.nationwide) {
    areas.push({ id: hsdsId('service_area', `${p.id}/JP`), ...NATIONWIDE_AREA, extent_type: 'text' });
  }
  const codes = [...new Set([p.prefectureCode, ...[...p.areaCodes].sort()])];
  for (const pref of catalog.many(
    'prefectures',
    codes.filter((c): c is string => Boolean(c)),
  )) {
    areas.push({
      id: hsdsId('service_area', `${p.id}/${pref.code}`),
      service_id: serviceId,
      name: pref.nameJa,
      description: pref.nameEn,
      extent: `JP-${pref.code}`,
      extent_type: 'text',
    });
  }
  return areas;
}

/**
 * Partner → one HSDS organization with one service and at most one location (docs/hsds.md has the
 * table). Coordinator data never enters: the row holds partner fields only.
 */
export function partnerToOrganization(p: PartnerExportRow, catalog: ReferenceCatalog): HsdsObject {
  const organizationId = organizationIdOf(p);
  const serviceId = p.hsdsServiceId ?? hsdsId('service', p.id);
  const loc = location(p, catalog);
  const service = compact({
    id: serviceId,
    organization_id: organizationId,
    name: p.name,
    alternate_name: p.alternateName,
    description: p.description,
    url: isHttpUrl(p.url) ? p.url : null,
    email: p.email,
    status: 'active',
    fees_description: p.fees,
    eligibility_description: p.eligibility,
    last_modified: p.updatedAt,
    phones: p.phones.map((number, i) => ({
      id: hsdsId('phone', `${p.id}/${i}`),
      service_id: serviceId,
      number,
    })),
    schedules: p.openingHours
      ? [{ id: hsdsId('schedule', p.id), service_id: serviceId, description: p.openingHours }]
      : [],
    service_areas: serviceAreas(p, catalog, serviceId),
    languages: catalog.many('languages', [...p.languageCodes].sort()).map((l) =>
      compact({
        id: hsdsId('language', `${p.id}/${l.code}`),
        service_id: serviceId,
        name: l.nameEn,
        code: iso639Of(l.code),
        note: iso639Of(l.code) === l.code ? null : `${LANGUAGE_TAG_NOTE_PREFIX}${l.code}`,
      }),
    ),
    attributes: partnerTerms(catalog, p).map((term) => termAttribute(serviceId, term)),
    service_at_locations: loc
      ? [{ id: hsdsId('service_at_location', p.id), service_id: serviceId, location_id: loc.id }]
      : [],
  });
  const organization = compact({
    id: organizationId,
    name: p.name,
    alternate_name: p.alternateName,
    description: p.description,
    email: p.email,
    website: isHttpUrl(p.url) ? p.url : null,
    parent_organization_id: p.parent ? organizationIdOf(p.parent) : null,
    organization_identifiers: [
      {
        id: hsdsId('organization_identifier', p.id),
        organization_id: organizationId,
        identifier_scheme: TSUNAGU_IDENTIFIER_SCHEME,
        identifier_type: TSUNAGU_IDENTIFIER_TYPE,
        identifier: p.id,
      },
    ],
    locations: loc ? [{ ...loc, organization_id: organizationId }] : [],
    services: [service],
  });
  // `description` is required by HSDS; some partners have none.
  organization.description ??= '';
  return organization;
}
