import { partnerNameKey, phoneKey, urlKey } from '../../../api/src/modules/directory/partner-keys.js';
import type { ReferenceData } from '../data-files.js';
import { PLACES } from './places.js';
import { createRandom } from './random.js';

/** The HSDS-style details of a synthetic partner (see docs/graph-model.md, Partner). */
export interface PartnerDetails {
  url: string | null;
  email: string | null;
  phones: string[];
  postalCode: string | null;
  municipality: string | null;
  addressLine: string | null;
  latitude: number | null;
  longitude: number | null;
  openingHours: string;
  fees: string;
  eligibility: string | null;
  remoteModes: string[];
  sensitiveAddress: boolean;
  verifiedByIsa: boolean;
  /** Relative to the load, so ~15% are stale (over 12 months) whenever the set is loaded. */
  lastConfirmedDaysAgo: number;
  createdDaysAgo: number;
  verifiedDaysAgo: number | null;
  serviceArea: string[];
  acceptedStatuses: string[];
  nameKey: string;
  phoneKeys: string[];
  urlKey: string | null;
}

const OPENING_HOURS = [
  '【架空】平日 9:00〜17:00',
  '【架空】月〜金 10:00〜18:00（祝日を除く）',
  '【架空】火・木 13:00〜16:00（要予約）',
  '【架空】毎日 9:00〜21:00（電話相談）',
  '【架空】第2・第4土曜 10:00〜15:00',
];
const FEES = ['【架空】無料', '【架空】初回相談無料、以降は実費', '【架空】通訳は1時間 3,000円（減免あり）'];
const ELIGIBILITY = [
  '【架空】県内に住む外国人住民とその家族',
  '【架空】18歳以上の外国人住民',
  '【架空】在留資格を問わず相談できます',
];

/**
 * Details drawn from their own random stream (seed-derived), so adding them did not change the
 * names, places and links drawn by the main generator for the same seed.
 */
export function createPartnerDetailer(ref: ReferenceData, seed: number) {
  const random = createRandom((seed ^ 0x5eed_c0de) >>> 0);
  const borders = new Map(ref.prefectures.map((p) => [p.code, p.borders]));
  const statusCodes = ref.statuses.map((s) => s.code);
  const digits = (n: number) => Array.from({ length: n }, () => random.int(0, 9)).join('');

  return (p: {
    serial: string;
    name: string;
    kind: string;
    prefecture: string | null;
    remote: boolean;
    domains: string[];
  }): PartnerDetails => {
    const place = p.prefecture ? PLACES[p.prefecture] : undefined;
    // Some support groups run DV shelters: their address is protected (docs/partners.md).
    const sensitiveAddress = p.kind === 'SUP' && random.chance(0.06);
    if (sensitiveAddress && !p.domains.includes('FAM-DV')) p.domains.push('FAM-DV');
    const phones = random.chance(0.9) ? [`000-${digits(4)}-${digits(4)}`] : [];
    if (phones.length && random.chance(0.2)) phones.push(`000-${digits(4)}-${digits(4)}`);
    const host = `${p.serial}.partners.example`;
    const url = random.chance(0.7) ? `https://${host}/` : null;
    const hasAddress = place !== undefined && random.chance(0.85);
    const lastConfirmedDaysAgo = random.chance(0.15) ? random.int(370, 1100) : random.int(0, 350);
    const verifiedByIsa = random.chance(0.25);
    const area =
      p.prefecture && random.chance(0.2)
        ? random.distinct(random.int(1, 2), () => random.pick(borders.get(p.prefecture!) ?? []))
        : [];
    return {
      url,
      email: random.chance(0.5) ? `info@${host}` : null,
      phones,
      postalCode: hasAddress ? `000-${digits(4)}` : null,
      municipality: hasAddress ? random.pick(place!.municipalities) : null,
      addressLine: hasAddress
        ? `【架空】${random.int(1, 9)}-${random.int(1, 30)}-${random.int(1, 20)}`
        : null,
      latitude: hasAddress ? round(place!.lat + (random.next() - 0.5) * 0.2) : null,
      longitude: hasAddress ? round(place!.lon + (random.next() - 0.5) * 0.2) : null,
      openingHours: random.pick(OPENING_HOURS),
      fees: random.pick(FEES),
      eligibility: random.chance(0.6) ? random.pick(ELIGIBILITY) : null,
      remoteModes: p.remote ? random.pick([['PHONE'], ['ONLINE'], ['PHONE', 'ONLINE']]) : [],
      sensitiveAddress,
      verifiedByIsa,
      lastConfirmedDaysAgo,
      createdDaysAgo: lastConfirmedDaysAgo + random.int(0, 700),
      verifiedDaysAgo: verifiedByIsa ? random.int(lastConfirmedDaysAgo, lastConfirmedDaysAgo + 200) : null,
      serviceArea: area.filter(Boolean),
      acceptedStatuses: random.chance(0.3)
        ? random.distinct(random.int(1, 3), () => random.pick(statusCodes))
        : [],
      nameKey: partnerNameKey(p.name),
      phoneKeys: phones.map(phoneKey),
      urlKey: url ? urlKey(url) : null,
    };
  };
}

const round = (n: number) => Math.round(n * 10_000) / 10_000;
