import type { ReferenceData } from '../data-files.js';
import { partnerName, personName } from './names.js';
import { createPartnerDetailer, type PartnerDetails } from './partner-details.js';
import { createRandom } from './random.js';

export interface SyntheticSizes {
  coordinators: number;
  partners: number;
  referrals: number;
  endorsements: number;
  peerLinksPerCoordinator: number;
}

export const REFERRAL_OUTCOMES = [
  'RESOLVED',
  'PARTLY_RESOLVED',
  'NOT_ELIGIBLE',
  'NO_CAPACITY',
  'COULD_NOT_CONTACT',
  'DECLINED',
  'UNKNOWN',
] as const;
const OUTCOME_WEIGHTS = [45, 15, 8, 7, 6, 4, 15];
const KIND_LABELS_JA: Record<string, string> = {
  ADM: '行政機関',
  SPI: '専門機関',
  SUP: '支援団体',
  EXP: '専門家',
  SVC: 'サービス提供者',
  INT: '通訳・翻訳',
};
/** Bump when the generator's output changes, so loaded data sets are regenerated. */
export const GENERATOR_VERSION = 3;
const KIND_WEIGHTS: Record<string, number> = { ADM: 15, SPI: 20, SUP: 30, EXP: 15, SVC: 8, INT: 12 };

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

const pad = (n: number) => String(n).padStart(6, '0');

/**
 * Builds a synthetic network, deterministic for a seed: prefectures with more foreign residents
 * get more coordinators and partners; languages follow resident nationalities; referrals are
 * mostly local, sometimes cross-regional.
 */
export function generateSyntheticDataset(
  ref: ReferenceData,
  sizes: SyntheticSizes,
  seed: number,
): SyntheticDataset {
  const random = createRandom(seed);
  const prefByCode = new Map(ref.prefectures.map((p) => [p.code, p]));
  const pickPrefecture = random.weighted(ref.prefectures, (p) => p.foreignResidents);
  const pickNationality = random.weighted(ref.nationalities, (n) => n.share);
  const pickForeignLanguage = () => {
    const languages = pickNationality().languages.filter((l) => l !== 'ja');
    return languages.length ? random.pick(languages) : 'en';
  };
  const leafDomains = ref.domains.filter((d) => d.parent || !ref.domains.some((c) => c.parent === d.code));
  const pickDomain = () => random.pick(leafDomains).code;
  const pickKind = random.weighted(Object.keys(KIND_WEIGHTS), (k) => KIND_WEIGHTS[k]);
  const pickOutcome = random.weighted(
    [...REFERRAL_OUTCOMES],
    (o) => OUTCOME_WEIGHTS[REFERRAL_OUTCOMES.indexOf(o)],
  );
  const dateWithin = (days: number) =>
    new Date(Date.UTC(2026, 10, 1) - random.int(0, days) * 86_400_000).toISOString().slice(0, 10);

  const coordinators: CoordinatorRow[] = [];
  for (let i = 1; i <= sizes.coordinators; i++) {
    const name = personName(random);
    coordinators.push({
      id: `syn-coord-${pad(i)}`,
      displayName: name.display,
      nameJa: name.ja,
      nameEn: `${name.en} [synthetic]`,
      email: `coord${pad(i)}@synthetic.tsunagu.example`,
      cohort: random.pick([2024, 2024, 2025, 2025, 2026]),
      prefecture: pickPrefecture().code,
      languages: ['ja', ...random.distinct(random.int(0, 2), pickForeignLanguage)],
      domains: random.distinct(random.int(2, 4), pickDomain),
    });
  }

  const partners: PartnerRow[] = [];
  const detailsOf = createPartnerDetailer(ref, seed);
  for (let i = 1; i <= sizes.partners; i++) {
    const kind = pickKind();
    const nationwide = random.chance(0.02);
    const pref = nationwide ? null : pickPrefecture();
    const name = partnerName(random, kind, pref?.nameJa ?? '全国', pref?.nameEn ?? 'Nationwide');
    const domains = random.distinct(random.int(1, 4), pickDomain);
    const languages = ['ja', ...random.distinct(random.int(0, 3), pickForeignLanguage)];
    if (kind === 'INT' && languages.length === 1) languages.push(pickForeignLanguage());
    if (random.chance(0.3)) languages.push('ja-plain');
    const remote = nationwide || random.chance(0.15);
    const details = detailsOf({
      serial: `p${pad(i)}`,
      name: name.ja,
      kind,
      prefecture: pref?.code ?? null,
      remote,
      domains,
    });
    partners.push({
      ...details,
      id: `syn-partner-${pad(i)}`,
      name: name.ja,
      alternateName: name.en,
      kind,
      description: `【架空】デモ用の連携先です（${KIND_LABELS_JA[kind]}）。Synthetic demo partner for testing; not a real organization.`,
      prefecture: pref?.code ?? null,
      nationwide,
      remote,
      domains,
      languages: [...new Set(languages)],
    });
  }

  // Referrals: 65% to a partner in the coordinator's prefecture, 20% in its bureau region, 15% anywhere.
  const partnersByPref = new Map<string, PartnerRow[]>();
  const partnersByBureau = new Map<string, PartnerRow[]>();
  for (const p of partners) {
    if (!p.prefecture) continue;
    const bureau = prefByCode.get(p.prefecture)!.bureau;
    (partnersByPref.get(p.prefecture) ?? partnersByPref.set(p.prefecture, []).get(p.prefecture)!).push(p);
    (partnersByBureau.get(bureau) ?? partnersByBureau.set(bureau, []).get(bureau)!).push(p);
  }
  const referrals: ReferralRow[] = [];
  for (let i = 0; i < sizes.referrals && coordinators.length && partners.length; i++) {
    const c = random.pick(coordinators);
    const roll = random.next();
    const pool =
      roll < 0.65
        ? partnersByPref.get(c.prefecture)
        : roll < 0.85
          ? partnersByBureau.get(prefByCode.get(c.prefecture)!.bureau)
          : partners;
    const p = random.pick(pool?.length ? pool : partners);
    referrals.push({
      id: `syn-ref-${pad(i + 1)}`,
      c: c.id,
      p: p.id,
      date: dateWithin(720),
      domain: random.pick(p.domains),
      language: random.pick(p.languages),
      outcome: pickOutcome(),
    });
  }

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
