import { describe, expect, it } from 'vitest';
import { toEnglishLuceneQuery, toLuceneQuery } from './lucene.js';
import { backoffSeconds } from './outbox.js';
import {
  DISTANCE_TIERS,
  rankCandidates,
  RANKING_WEIGHTS,
  scoreCandidate,
  type RankingSignals,
} from './ranking.js';
import { reasonsFor } from './reasons.js';

const base: RankingSignals = {
  textScore: 1,
  domainShare: null,
  languageMatch: null,
  statusMatch: null,
  tier: 'SAME_PREFECTURE',
  distanceKm: null,
  graduates: 0,
  resolvedGraduates: 0,
  peerGraduates: 0,
  peerResolvedGraduates: 0,
  endorsements: 0,
  peerEndorsementsHop1: 0,
  peerEndorsementsHop2: 0,
  verified: false,
  stale: false,
};
const withSignals = (over: Partial<RankingSignals>): RankingSignals => ({ ...base, ...over });

describe('scoreCandidate', () => {
  it('ranks every nearer distance tier above every farther one, all else equal', () => {
    const scores = DISTANCE_TIERS.map((tier) => scoreCandidate(withSignals({ tier })));
    for (let i = 1; i < scores.length; i++) expect(scores[i - 1]).toBeGreaterThan(scores[i]);
  });

  it('puts a language match above a non-match', () => {
    expect(scoreCandidate(withSignals({ languageMatch: true }))).toBeGreaterThan(
      scoreCandidate(withSignals({ languageMatch: false })),
    );
  });

  it('weights an endorsement by a direct peer above one by a peer of a peer, above a stranger’s', () => {
    const stranger = scoreCandidate(withSignals({ endorsements: 1 }));
    const hop2 = scoreCandidate(withSignals({ endorsements: 1, peerEndorsementsHop2: 1 }));
    const hop1 = scoreCandidate(withSignals({ endorsements: 1, peerEndorsementsHop1: 1 }));
    expect(hop1).toBeGreaterThan(hop2);
    expect(hop2).toBeGreaterThan(stranger);
    expect(stranger).toBeGreaterThan(scoreCandidate(base));
  });

  it('rewards resolved referrals more than referrals alone, and peers’ resolutions twice', () => {
    const referred = scoreCandidate(withSignals({ graduates: 3 }));
    const resolved = scoreCandidate(withSignals({ graduates: 3, resolvedGraduates: 2 }));
    const byPeers = scoreCandidate(
      withSignals({ graduates: 3, resolvedGraduates: 2, peerGraduates: 2, peerResolvedGraduates: 2 }),
    );
    expect(resolved).toBeGreaterThan(referred);
    expect(byPeers).toBeGreaterThan(resolved);
  });

  it('ranks a stale listing lower and a verified one higher', () => {
    expect(scoreCandidate(withSignals({ stale: true }))).toBeCloseTo(
      scoreCandidate(base) + RANKING_WEIGHTS.stale,
    );
    expect(scoreCandidate(withSignals({ verified: true }))).toBeGreaterThan(scoreCandidate(base));
  });

  it('lets text relevance dominate one tier step (a much better text match in the next prefecture wins)', () => {
    const localWeak = scoreCandidate(withSignals({ textScore: 0.3, tier: 'SAME_PREFECTURE' }));
    const borderingStrong = scoreCandidate(withSignals({ textScore: 1, tier: 'BORDERING_PREFECTURE' }));
    expect(borderingStrong).toBeGreaterThan(localWeak);
  });
});

describe('rankCandidates', () => {
  it('orders best first and breaks ties by id', () => {
    const ranked = rankCandidates([
      { id: 'b', signals: base },
      { id: 'a', signals: base },
      { id: 'c', signals: withSignals({ tier: 'FAR' }) },
      { id: 'd', signals: withSignals({ tier: 'SAME_MUNICIPALITY' }) },
    ]);
    expect(ranked.map((r) => r.id)).toEqual(['d', 'a', 'b', 'c']);
  });
});

describe('reasonsFor', () => {
  it('explains distance always, and language, trust and peer endorsements when present', () => {
    const reasons = reasonsFor(
      withSignals({
        languageMatch: true,
        tier: 'BORDERING_PREFECTURE',
        graduates: 3,
        resolvedGraduates: 2,
        endorsements: 2,
        peerEndorsementsHop2: 1,
      }),
      { language: 'vi', status: null, matchedDomains: ['WRK'] },
    );
    expect(reasons.map((r) => r.kind)).toEqual([
      'PEER_ENDORSEMENT',
      'TEXT_MATCH',
      'DOMAIN_MATCH',
      'LANGUAGE_MATCH',
      'DISTANCE',
      'REFERRALS',
      'ENDORSEMENTS',
    ]);
    expect(reasons.find((r) => r.kind === 'REFERRALS')).toMatchObject({ graduates: 3, resolved: 2 });
    expect(reasons.find((r) => r.kind === 'PEER_ENDORSEMENT')).toMatchObject({
      hops: 2,
      peerEndorsements: 1,
    });
    expect(reasons.find((r) => r.kind === 'DISTANCE')).toMatchObject({ tier: 'BORDERING_PREFECTURE' });
  });

  it('says STALE first and gives no text reason without a text match', () => {
    const reasons = reasonsFor(withSignals({ stale: true, textScore: 0 }), {
      language: null,
      status: null,
      matchedDomains: [],
    });
    expect(reasons.map((r) => r.kind)).toEqual(['STALE', 'DISTANCE']);
  });
});

describe('toLuceneQuery', () => {
  it('escapes Lucene syntax in user text and neutralises operator words', () => {
    expect(toLuceneQuery('a+b (c) "d" e:f*? \\ / ~ ^ [x] {y} !z && ||')).toBe(
      'a\\+b \\(c\\) \\"d\\" e\\:f\\*\\? \\\\ \\/ \\~ \\^ \\[x\\] \\{y\\} \\!z \\&\\& \\|\\|',
    );
    expect(toLuceneQuery('labour AND NOT visa')).toBe('labour labour~1 and not visa');
    expect(toLuceneQuery('労働　相談')).toBe('労働 相談');
    expect(toLuceneQuery('   ')).toBeNull();
  });
});

describe('toLuceneQuery typo tolerance', () => {
  it('adds a one-typo clause for Latin words of five letters or more, lower-cased', () => {
    expect(toLuceneQuery('Vietnames clinic DV')).toBe('Vietnames vietnames~1 clinic clinic~1 DV');
    expect(toLuceneQuery('労災 shelter')).toBe('労災 shelter shelter~1');
  });

  it('leaves Japanese out of the english index query', () => {
    expect(toEnglishLuceneQuery('労災 shelter')).toBe('shelter shelter~1');
    expect(toEnglishLuceneQuery('労災 ひまわり')).toBeNull();
  });
});

describe('a need before distance', () => {
  it('lets trust lift a partner over the next nearer tier, never over two', () => {
    const trusted = { resolvedGraduates: 40, graduates: 60, endorsements: 30, peerEndorsementsHop1: 5 };
    const borderingTrusted = scoreCandidate(withSignals({ tier: 'BORDERING_PREFECTURE', ...trusted }));
    const bureauTrusted = scoreCandidate(withSignals({ tier: 'SAME_BUREAU_REGION', ...trusted }));
    const localUnknown = scoreCandidate(withSignals({ tier: 'SAME_PREFECTURE' }));
    expect(borderingTrusted).toBeGreaterThan(localUnknown);
    expect(bureauTrusted).toBeLessThanOrEqual(localUnknown);
  });

  it('ranks a partner offering the language anywhere above a same-municipality partner without it', () => {
    const farWithLanguage = scoreCandidate(
      withSignals({ tier: 'FAR', languageMatch: true, distanceKm: 1500 }),
    );
    const nearWithout = scoreCandidate(
      withSignals({ tier: 'SAME_MUNICIPALITY', languageMatch: false, distanceKm: 0 }),
    );
    expect(farWithLanguage).toBeGreaterThan(nearWithout);
  });

  it('at equal match ranks the nearer partner first, also within one tier', () => {
    const near = scoreCandidate(withSignals({ tier: 'SAME_BLOCK', languageMatch: true, distanceKm: 80 }));
    const far = scoreCandidate(withSignals({ tier: 'SAME_BLOCK', languageMatch: true, distanceKm: 240 }));
    expect(near).toBeGreaterThan(far);
    const bordering = scoreCandidate(withSignals({ tier: 'BORDERING_PREFECTURE', distanceKm: 300 }));
    const bureau = scoreCandidate(withSignals({ tier: 'SAME_BUREAU_REGION', distanceKm: 50 }));
    expect(bordering).toBeGreaterThan(bureau);
  });
});

describe('outbox back-off', () => {
  it('doubles from one second and caps at five minutes', () => {
    expect([0, 1, 2, 3, 10].map(backoffSeconds)).toEqual([1, 2, 4, 8, 300]);
  });
});
