import type { ReferenceData } from '../data-files.js';
import type { CoordinatorRow, PartnerRow, ReferralRow } from './generate.js';
import { pad } from './ids.js';
import type { Random } from './random.js';

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
/** Share of referrals about one of the coordinator's own expert domains (the rest follow the partner). */
const OWN_DOMAIN_SHARE = 0.5;
/** How often the referral is in a foreign language both speak, when coordinator and partner share one. */
const SHARED_LANGUAGE_PREFERENCE = 0.8;

interface Pool {
  all: PartnerRow[];
  byDomain: Map<string, PartnerRow[]>;
}

const isJapanese = (code: string) => code === 'ja' || code === 'ja-plain';

/** Prefers a foreign language both the coordinator and the partner speak; else any the partner offers. */
function referralLanguage(random: Random, spoken: readonly string[], offered: readonly string[]): string {
  let shared: string[] | undefined;
  for (const l of offered) if (!isJapanese(l) && spoken.includes(l)) (shared ??= []).push(l);
  return shared && random.chance(SHARED_LANGUAGE_PREFERENCE) ? random.pick(shared) : random.pick(offered);
}

/**
 * Referrals to partners that serve the referral's domain, in a language the partner offers:
 * 65% to a partner in the coordinator's prefecture, 20% in its bureau region, 15% anywhere.
 */
export function generateReferrals(
  ref: ReferenceData,
  coordinators: CoordinatorRow[],
  partners: PartnerRow[],
  count: number,
  random: Random,
  dateWithin: (days: number) => string,
): ReferralRow[] {
  const bureauOf = new Map(ref.prefectures.map((p) => [p.code, p.bureau]));
  const pools = new Map<string, Pool>();
  const addTo = (key: string, p: PartnerRow) => {
    const pool = pools.get(key) ?? pools.set(key, { all: [], byDomain: new Map() }).get(key)!;
    pool.all.push(p);
    for (const d of p.domains) (pool.byDomain.get(d) ?? pool.byDomain.set(d, []).get(d)!).push(p);
  };
  for (const p of partners) {
    addTo('*', p);
    if (!p.prefecture) continue;
    addTo(`P:${p.prefecture}`, p);
    addTo(`B:${bureauOf.get(p.prefecture)}`, p);
  }
  const anywhere = pools.get('*') ?? { all: [], byDomain: new Map() };
  const poolsByPref = new Map(ref.prefectures.map((p) => [p.code, pools.get(`P:${p.code}`)]));
  const poolsByBureau = new Map(ref.prefectures.map((p) => [p.code, pools.get(`B:${p.bureau}`)]));
  const pickOutcome = random.weighted(
    [...REFERRAL_OUTCOMES],
    (o) => OUTCOME_WEIGHTS[REFERRAL_OUTCOMES.indexOf(o)],
  );

  const referrals: ReferralRow[] = [];
  for (let i = 0; i < count && coordinators.length && partners.length; i++) {
    const c = random.pick(coordinators);
    const roll = random.next();
    const pool =
      (roll < 0.65
        ? poolsByPref.get(c.prefecture)
        : roll < 0.85
          ? poolsByBureau.get(c.prefecture)
          : anywhere) ?? anywhere;
    let partner: PartnerRow | undefined;
    let domain = '';
    if (random.chance(OWN_DOMAIN_SHARE)) {
      domain = random.pick(c.domains);
      const serving = pool.byDomain.get(domain);
      if (serving?.length) partner = random.pick(serving);
    }
    if (!partner) {
      partner = random.pick(pool.all);
      domain = random.pick(partner.domains);
    }
    const language = referralLanguage(random, c.languages, partner.languages);
    referrals.push({
      id: `syn-ref-${pad(i + 1)}`,
      c: c.id,
      p: partner.id,
      date: dateWithin(720),
      domain,
      language,
      outcome: pickOutcome(),
    });
  }
  return referrals;
}
