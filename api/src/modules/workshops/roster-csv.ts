import { toCsv } from '../../csv.js';
import type { ReferenceCatalog } from '../reference/catalog.js';
import type { RegistrationRow } from './model.js';

const HEADERS = [
  'coordinator_id',
  'name',
  'prefecture',
  'bureau',
  'domains',
  'status',
  'waitlist_position',
  'group',
  'peer_consent',
  'attended',
  'registered_at',
  'cancelled_at',
] as const;

/** The roster as CSV (UTF-8 with BOM, api/src/csv.ts) for organizers' spreadsheets. */
export function rosterCsv(rows: readonly RegistrationRow[], catalog: ReferenceCatalog): string {
  return toCsv(
    HEADERS,
    rows.map((r) => {
      const prefecture = catalog.get('prefectures', r.participant.prefectureCode);
      return [
        r.participant.id,
        r.participant.displayName,
        prefecture?.nameJa ?? '',
        catalog.get('bureaus', prefecture?.bureauCode)?.nameJa ?? '',
        [...r.participant.domainCodes].sort().join(' '),
        r.status,
        r.waitlistPosition ?? '',
        r.groupNumber ?? '',
        r.peerConsent ? 'yes' : 'no',
        r.attended ? 'yes' : 'no',
        r.registeredAt,
        r.cancelledAt ?? '',
      ];
    }),
  );
}
