import { phoneKey, urlKey } from '../../../api/src/modules/directory/partner-keys.js';
import type { ReferenceData } from '../data-files.js';
import type { PartnerArchetype } from './archetype-types.js';
import { PLACES, type Municipality } from './places.js';
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

// Statuses a partner without a status-specific archetype may list (residents who stay long term).
const COMMON_STATUSES = [
  'PERMANENT_RESIDENT',
  'SPOUSE_OF_JAPANESE',
  'SPOUSE_OF_PERMANENT_RESIDENT',
  'LONG_TERM_RESIDENT',
  'DEPENDENT',
  'ENGINEER_HUMANITIES_INTL',
];

export interface PartnerToDetail {
  serial: string;
  /** partnerNameKey of the name, unique within the prefecture. */
  nameKey: string;
  archetype: PartnerArchetype;
  prefecture: string | null;
  /** Where the partner is; when its name states the municipality, the address is there. */
  municipality: Municipality | null;
  municipalityInName: boolean;
  remote: boolean;
  /** The partner's municipality or prefecture in Japanese, for eligibility texts. */
  areaJa: string;
}

/**
 * Details drawn from their own random stream (seed-derived), so the structure drawn by the main
 * generator (archetypes, places, names, links) does not depend on how many details there are.
 * Hours, fees, eligibility, remote modes and protected addresses follow the partner's archetype.
 */
export function createPartnerDetailer(ref: ReferenceData, seed: number) {
  const random = createRandom((seed ^ 0x5eed_c0de) >>> 0);
  const borders = new Map(ref.prefectures.map((p) => [p.code, p.borders]));
  const digits = (n: number) => {
    let out = '';
    for (let k = 0; k < n; k++) out += random.int(0, 9);
    return out;
  };

  return (p: PartnerToDetail): PartnerDetails => {
    const a = p.archetype;
    const place = p.prefecture ? PLACES[p.prefecture] : undefined;
    // Shelters keep an address that only certified coordinators see (docs/partners.md).
    const sensitiveAddress = Boolean(a.sensitiveAddress) && place !== undefined;
    const remoteModes = p.remote ? [...random.pick(a.remoteModes)] : [];
    const phones =
      remoteModes.includes('PHONE') || random.chance(0.9) ? [`000-${digits(4)}-${digits(4)}`] : [];
    if (phones.length && random.chance(0.2)) phones.push(`000-${digits(4)}-${digits(4)}`);
    const host = `${p.serial}.partners.example`;
    const url = random.chance(a.nationwide ? 0.95 : 0.7) ? `https://${host}/` : null;
    const hasAddress =
      place !== undefined && (p.municipalityInName || sensitiveAddress || random.chance(0.85));
    const lastConfirmedDaysAgo = random.chance(0.15) ? random.int(370, 1100) : random.int(0, 350);
    const verifiedByIsa = random.chance(a.kind === 'ADM' ? 0.5 : 0.2);
    const area =
      p.prefecture && random.chance(0.2)
        ? random.distinct(random.int(1, 2), () => random.pick(borders.get(p.prefecture!) ?? []))
        : [];
    const municipality = hasAddress ? (p.municipality ?? random.pick(place!.municipalities)) : null;
    const eligibility =
      random.chance(a.eligibilityChance) && a.eligibility.length ? random.pick(a.eligibility) : null;
    return {
      url,
      email: random.chance(0.5) ? `info@${host}` : null,
      phones,
      postalCode: hasAddress ? `000-${digits(4)}` : null,
      municipality: municipality?.ja ?? null,
      addressLine: hasAddress
        ? `【架空】${random.int(1, 9)}-${random.int(1, 30)}-${random.int(1, 20)}`
        : null,
      latitude: hasAddress ? round(place!.lat + (random.next() - 0.5) * 0.2) : null,
      longitude: hasAddress ? round(place!.lon + (random.next() - 0.5) * 0.2) : null,
      openingHours: random.pick(a.hours),
      fees: random.pick(a.fees),
      eligibility: eligibility?.replaceAll('{area}', p.areaJa) ?? null,
      remoteModes,
      sensitiveAddress,
      verifiedByIsa,
      lastConfirmedDaysAgo,
      createdDaysAgo: lastConfirmedDaysAgo + random.int(0, 700),
      verifiedDaysAgo: verifiedByIsa ? random.int(lastConfirmedDaysAgo, lastConfirmedDaysAgo + 200) : null,
      serviceArea: area.filter(Boolean),
      acceptedStatuses: a.statuses
        ? random.chance(0.7)
          ? random.distinct(random.int(1, a.statuses.length), () => random.pick(a.statuses!))
          : []
        : !a.nationwide && random.chance(0.15)
          ? random.distinct(random.int(1, 3), () => random.pick(COMMON_STATUSES))
          : [],
      nameKey: p.nameKey,
      phoneKeys: phones.map(phoneKey),
      urlKey: url ? urlKey(url) : null,
    };
  };
}

const round = (n: number) => Math.round(n * 10_000) / 10_000;
