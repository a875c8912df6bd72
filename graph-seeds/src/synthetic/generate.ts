import type { ReferenceData } from '../data-files.js';
import { pad } from './ids.js';
import { personName } from './names.js';
import type { PartnerDetails } from './partner-details.js';
import { createLanguageDrawer } from './partner-languages.js';
import { generatePartners } from './partners.js';
import { createRandom } from './random.js';
import { generateReferrals } from './referrals.js';

export interface SyntheticSizes {
  coordinators: number;
  partners: number;
  referrals: number;
  endorsements: number;
  peerLinksPerCoordinator: number;
}

export { REFERRAL_OUTCOMES } from './referrals.js';
/** Bump when the generator's output changes, so loaded data sets are regenerated. */
export const GENERATOR_VERSION = 4;

export interface CoordinatorRow {
  id: string;
  displayName: string;
  nameJa: string;
  nameEn: string;
  email: string;
  cohort: number;
  prefecture: string;
  languages: string[];
  domains: string[];
}
export interface PartnerRow extends PartnerDetails {
  id: string;
  name: string;
  alternateName: string;
  kind: string;
  description: string;
  prefecture: string | null;
  nationwide: boolean;
  remote: boolean;
  domains: string[];
  languages: string[];
}
export interface ReferralRow {
  id: string;
  c: string;
  p: string;
  date: string;
  domain: string;
  language: string;
  outcome: string;
}
export interface EndorsementRow {
  c: string;
  p: string;
  note: string;
  date: string;
}
export interface PeerRow {
  a: string;
  b: string;
  via: string;
}

export interface SyntheticDataset {
  coordinators: CoordinatorRow[];
  partners: PartnerRow[];
  referrals: ReferralRow[];
  endorsements: EndorsementRow[];
  peers: PeerRow[];
}

/** Support domains without children: the ones partners serve and referrals are about. */
export const leafDomainsOf = (ref: ReferenceData) =>
  ref.domains.filter((d) => d.parent || !ref.domains.some((c) => c.parent === d.code)).map((d) => d.code);

/**
 * Builds a synthetic network, deterministic for a seed: prefectures with more foreign residents
 * get more coordinators and partners; partners follow archetypes (partners.ts); languages follow
 * resident nationalities; referrals go to partners serving the need, mostly locally.
 */
export function generateSyntheticDataset(
  ref: ReferenceData,
  sizes: SyntheticSizes,
  seed: number,
): SyntheticDataset {
  const random = createRandom(seed);
  const pickPrefecture = random.weighted(ref.prefectures, (p) => p.foreignResidents);
  const languages = createLanguageDrawer(ref, random);
  const leafDomains = leafDomainsOf(ref);
  // Dates count back from 2026-11-01; the strings are built once, not per referral.
  const dates = Array.from({ length: 721 }, (_, k) =>
    new Date(Date.UTC(2026, 10, 1) - k * 86_400_000).toISOString().slice(0, 10),
  );
  const dateWithin = (days: number) => dates[random.int(0, Math.min(days, dates.length - 1))];

  const coordinators: CoordinatorRow[] = [];
  for (let i = 1; i <= sizes.coordinators; i++) {
    const name = personName(random);
    const prefecture = pickPrefecture().code;
    coordinators.push({
      id: `syn-coord-${pad(i)}`,
      displayName: name.display,
      nameJa: name.ja,
      nameEn: `${name.en} [synthetic]`,
      email: `coord${pad(i)}@synthetic.tsunagu.example`,
      cohort: random.pick([2024, 2024, 2025, 2025, 2026]),
      prefecture,
      languages: ['ja', ...random.distinct(random.int(0, 2), () => languages.foreign(prefecture))],
      domains: random.distinct(random.int(2, 4), () => random.pick(leafDomains)),
    });
  }

  const partners = generatePartners(ref, sizes.partners, seed, { random, pickPrefecture, languages });
  const referrals = generateReferrals(ref, coordinators, partners, sizes.referrals, random, dateWithin);

  const endorsements: EndorsementRow[] = [];
  const endorsed = new Set<string>();
  for (let i = 0; i < sizes.endorsements && referrals.length; i++) {
    const r = random.pick(referrals);
    const key = `${r.c}|${r.p}`;
    if (endorsed.has(key) || r.outcome !== 'RESOLVED') continue;
    endorsed.add(key);
    endorsements.push({ c: r.c, p: r.p, note: '【架空】Responsive and helpful (synthetic).', date: r.date });
  }

  // Peer links: mostly the same cohort (trained together), some across cohorts.
  const peers: PeerRow[] = [];
  const linked = new Set<string>();
  const byCohort = new Map<number, CoordinatorRow[]>();
  for (const c of coordinators) (byCohort.get(c.cohort) ?? byCohort.set(c.cohort, []).get(c.cohort)!).push(c);
  for (const c of coordinators) {
    for (let k = 0; k < sizes.peerLinksPerCoordinator; k++) {
      const sameCohort = random.chance(0.7);
      const other = random.pick(sameCohort ? byCohort.get(c.cohort)! : coordinators);
      if (other.id === c.id) continue;
      const [a, b] = c.id < other.id ? [c.id, other.id] : [other.id, c.id];
      if (linked.has(`${a}|${b}`)) continue;
      linked.add(`${a}|${b}`);
      peers.push({ a, b, via: sameCohort ? 'COHORT' : 'CONNECT_REQUEST' });
    }
  }

  return { coordinators, partners, referrals, endorsements, peers };
}

/** Relationships the data set creates, for the rate printed by the loader. */
export function countRelationships(d: SyntheticDataset): number {
  const coordinatorRels = d.coordinators.reduce((n, c) => n + 1 + c.languages.length + c.domains.length, 0);
  const partnerRels = d.partners.reduce(
    (n, p) =>
      n +
      (p.prefecture ? 1 : 0) +
      p.domains.length +
      p.languages.length +
      p.serviceArea.length +
      p.acceptedStatuses.length,
    0,
  );
  return coordinatorRels + partnerRels + d.referrals.length + d.endorsements.length + d.peers.length;
}
