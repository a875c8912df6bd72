import type { GapCountView } from './counts.js';
import type { AddressalRow, NearbyPartnerRow } from './repository.js';

export type { DashboardView } from './dashboard.js';
export type { AddressalRow, NearbyPartnerRow } from './repository.js';

export interface GapPrefectureCountRow {
  prefectureCode: string;
  count: GapCountView;
}
export interface GapCellRow {
  prefectureCode: string;
  domainCode: string;
  count: GapCountView;
}
export interface GapNeedRow {
  domainCode: string;
  languageCode: string | null;
  count: GapCountView;
  nearbyPartners: NearbyPartnerRow[];
}
export interface GapPrefectureDetailRow {
  prefectureCode: string;
  total: GapCountView;
  needs: GapNeedRow[];
  addressed: AddressalRow[];
}
