import { createHash } from 'node:crypto';

/**
 * HSDS requires UUIDs; Tsunagu ids are strings like `ptn-00042`. Every HSDS id we emit is a
 * UUID v5 (RFC 9562 §5.5, SHA-1 name-based) of `<kind>:<our key>` in this namespace, so the same
 * partner exports with the same ids every time. Never change this constant: it would re-key
 * every organization anyone has imported from us.
 */
export const TSUNAGU_HSDS_NAMESPACE = '4f0b7a52-6d1e-5c3a-9b8e-2a7c1d0e9f31';

export type HsdsIdKind =
  | 'organization'
  | 'organization_identifier'
  | 'service'
  | 'location'
  | 'address'
  | 'service_at_location'
  | 'phone'
  | 'schedule'
  | 'service_area'
  | 'language'
  | 'attribute'
  | 'taxonomy'
  | 'taxonomy_term';

function uuidBytes(uuid: string): Buffer {
  return Buffer.from(uuid.replace(/-/g, ''), 'hex');
}

/** RFC 9562 UUID version 5 of `name` in `namespace`. */
export function uuidV5(name: string, namespace: string = TSUNAGU_HSDS_NAMESPACE): string {
  const hash = createHash('sha1').update(uuidBytes(namespace)).update(name, 'utf8').digest();
  const bytes = hash.subarray(0, 16);
  bytes[6] = (bytes[6] & 0x0f) | 0x50; // version 5
  bytes[8] = (bytes[8] & 0x3f) | 0x80; // RFC 4122 variant
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The stable HSDS id of one of our records (`key` is our id, or our id plus a sub-key). */
export function hsdsId(kind: HsdsIdKind, key: string): string {
  return uuidV5(`${kind}:${key}`);
}
