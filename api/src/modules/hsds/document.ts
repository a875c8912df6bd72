import { BadUserInputError } from '../../errors.js';
import { CHILD_ID, FieldLedger, HsdsNode, pointer } from './ledger.js';
import type { PartnerSource } from './import-mapper.js';
import type { HsdsObject } from './types.js';

export type HsdsItemKind = 'organization' | 'service' | 'location' | 'service_at_location';

/** One object of the uploaded document that becomes one partner. */
export interface HsdsItem {
  kind: HsdsItemKind;
  value: HsdsObject;
  path: string;
}

const PAGE_KEYS = ['total_items', 'total_pages', 'page_number', 'size', 'first_page', 'last_page', 'empty'];

function isObject(v: unknown): v is HsdsObject {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** Parses the upload; malformed JSON is a BAD_USER_INPUT on `document`. */
export function parseHsdsJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new BadUserInputError('document', `The document is not valid JSON: ${(error as Error).message}`);
  }
}

function classify(o: HsdsObject): HsdsItemKind {
  if ('location_type' in o) return 'location';
  if (('service' in o || 'location' in o) && !('name' in o)) return 'service_at_location';
  if ('status' in o) return 'service';
  return 'organization';
}

/**
 * The partners a document holds. Accepted: one organization, service, location or service-at-location
 * object (as in the official examples), an array of them, or an HSDS API page (`{ contents: [...] }`).
 */
export function itemsOf(doc: unknown, ledger: FieldLedger): HsdsItem[] {
  const fromArray = (list: unknown[], path: string) =>
    list.map((value, i) => {
      const itemPath = pointer(path, i);
      if (!isObject(value)) throw new BadUserInputError('document', `${itemPath} is not an HSDS object`);
      return { kind: classify(value), value, path: itemPath };
    });
  if (Array.isArray(doc)) return fromArray(doc, '');
  if (!isObject(doc)) throw new BadUserInputError('document', 'The document must be a JSON object or array');
  if (Object.keys(doc).some((k) => k.endsWith('.csv'))) {
    throw new BadUserInputError(
      'document',
      'The tabular (CSV-in-JSON) form is not supported: send organization objects with nested services and locations',
    );
  }
  if (Array.isArray(doc.contents)) {
    for (const key of PAGE_KEYS) if (key in doc) ledger.take(pointer('', key));
    return fromArray(doc.contents, '/contents');
  }
  return [{ kind: classify(doc), value: doc, path: '' }];
}

/** Links service↔location rows; a nested copy of the chosen location counts as read. */
function linkServiceAtLocations(svc: HsdsNode | null, location: HsdsNode | null): HsdsNode | null {
  let chosen = location;
  for (const sal of svc?.list('service_at_locations') ?? []) {
    sal.reject('id', CHILD_ID);
    sal.take('service_id');
    sal.take('location_id');
    const nested = sal.child('location');
    if (!nested) continue;
    if (!chosen) chosen = nested;
    else if (nested.raw('id') === chosen.raw('id')) nested.takeAll();
    else nested.rejectAll('a Tsunagu partner has one location; only the first is stored');
  }
  return chosen;
}

/** Splits one item into the organization, service and location that make the partner. */
export function sourceOf(item: HsdsItem, ledger: FieldLedger): PartnerSource {
  const root = new HsdsNode(item.value, item.path, ledger);
  if (item.kind === 'location') return { path: item.path, organization: null, service: null, location: root };
  if (item.kind === 'service_at_location') {
    root.reject('id', CHILD_ID);
    const service = root.child('service');
    const location = root.child('location');
    const organization = service?.child('organization') ?? null;
    return { path: item.path, organization, service, location: linkServiceAtLocations(service, location) };
  }
  if (item.kind === 'service') {
    const organization = root.child('organization');
    return { path: item.path, organization, service: root, location: linkServiceAtLocations(root, null) };
  }
  const services = root.list('services');
  services
    .slice(1)
    .forEach((s) => s.rejectAll('a Tsunagu partner has one service; only the first is stored'));
  const locations = root.list('locations');
  locations
    .slice(1)
    .forEach((l) => l.rejectAll('a Tsunagu partner has one location; only the first is stored'));
  const service = services[0] ?? null;
  return {
    path: item.path,
    organization: root,
    service,
    location: linkServiceAtLocations(service, locations[0] ?? null),
  };
}
