/**
 * Trust data behind the partner directory: referrals with outcomes (own referrals only),
 * endorsements (one per coordinator and partner) and the neighbourhood picture per role.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RoleName } from '../../api/src/modules/auth/repository.js';
import { errorCode, startHarness, type Harness } from '../support/api-harness.js';
import { SET_PARTNER_LINK_MIRRORS } from '../../api/src/modules/directory/partner-mirrors.js';

let h: Harness;
let partnerId: string;
const coordinatorIds: string[] = [];
const tokens: Record<string, string> = {};

async function coordinatorToken(name: string, prefecture: string): Promise<string> {
  const user = await h.createUser('COORDINATOR', { prefecture });
  const id = `test-coord-${randomUUID()}`;
  coordinatorIds.push(id);
  await h.graph.writeRows(
    `MATCH (u:User {id: $userId}), (pref:Prefecture {code: $prefecture})
     CREATE (u)-[:ACTS_AS]->(c:Coordinator {id: $id, displayName: $name, cohort: 2025, test: true,
                                            certificateExpiresOn: date('2099-03-31')})
     CREATE (c)-[:WORKS_IN]->(pref)`,
    { userId: user.id, prefecture, id, name },
  );
  return h.signIn(user);
}

const today = () => new Date(Date.now() + 9 * 3_600_000).toISOString().slice(0, 10);

const RECORD = `mutation($input: RecordReferralInput!) { recordReferral(input: $input) {
  referral { id date outcome domain { code } language { code } partner { id trust { referralCount } } } } }`;
const OUTCOME = `mutation($input: UpdateReferralOutcomeInput!) { updateReferralOutcome(input: $input) { referral { id outcome } } }`;
const ENDORSE = `mutation($input: EndorsePartnerInput!) { endorsePartner(input: $input) {
  replaced endorsement { note coordinatorName } partner { trust { endorsementCount } viewerEndorsement { note } } } }`;
const NEIGHBOURHOOD = `query($id: ID!) { partnerNeighbourhood(id: $id) {
  partner { id name } referrerCount referrersHidden
  referrers { displayName referralCount local }
  domains { domain { code } served referralCount }
  prefecture { code block { code } bureau { code } } serviceArea { code } } }`;

type Recorded = {
  recordReferral: {
    referral: { id: string; outcome: string; partner: { trust: { referralCount: number } } };
  };
};

function referral(overrides: Record<string, unknown> = {}) {
  return { partnerId, date: today(), domain: 'LIF', language: 'vi', outcome: 'RESOLVED', ...overrides };
}

beforeAll(async () => {
  h = await startHarness();
  for (const role of ['ISA_ADMIN', 'WORKSHOP_ORGANIZER', 'LOCAL_GOV'] as RoleName[]) {
    tokens[role] = await h.signIn(await h.createUser(role));
  }
  tokens.TOKYO = await coordinatorToken('【架空】東京 テスト調整員', '13');
  tokens.OSAKA = await coordinatorToken('【架空】大阪 テスト調整員', '27');
  tokens.PROFILELESS = await h.signIn(await h.createUser('COORDINATOR'));
  partnerId = `test-partner-${randomUUID()}`;
  await h.graph.writeRows(
    `MATCH (pref:Prefecture {code: '13'}), (area:Prefecture {code: '11'}), (d:SupportDomain {code: 'LIF'})
     CREATE (p:Partner {id: $id, name: '【架空】信頼テスト連携先 ' + $id, kind: 'SUP', nationwide: false,
                        remote: false, synthetic: false, test: true})
     CREATE (p)-[:LOCATED_IN]->(pref), (p)-[:SERVES_AREA]->(area), (p)-[:SERVES]->(d)
     SET p.prefectureCode = pref.code
     WITH p ${SET_PARTNER_LINK_MIRRORS}`,
    { id: partnerId },
  );
});

afterAll(async () => {
  await h?.graph.writeRows('MATCH (p:Partner {id: $id}) DETACH DELETE p', { id: partnerId });
  await h?.graph.writeRows('MATCH (c:Coordinator) WHERE c.id IN $ids DETACH DELETE c', {
    ids: coordinatorIds,
  });
  await h?.close();
});

describe('recordReferral', () => {
  it("records the viewer's referral in at most two round trips, and counts it", async () => {
    const result = await h.gql<Recorded>(RECORD, { input: referral() }, tokens.TOKYO);
    expect(result.errors).toBeUndefined();
    expect(result.data!.recordReferral.referral).toMatchObject({ outcome: 'RESOLVED', date: today() });
    expect(result.data!.recordReferral.referral.partner.trust.referralCount).toBe(1);
    const [stored] = await h.graph.readRows<{ keys: string[] }>(
      'MATCH (:Coordinator)-[r:REFERRED {id: $id}]->() RETURN keys(r) AS keys',
      { id: result.data!.recordReferral.referral.id },
    );
    // Nothing about the resident: only these properties exist on a referral.
    expect(stored.keys.sort()).toEqual(['createdAt', 'date', 'domain', 'id', 'language', 'outcome']);
  });

  it('defaults the outcome to UNKNOWN', async () => {
    const result = await h.gql<Recorded>(RECORD, { input: referral({ outcome: undefined }) }, tokens.OSAKA);
    expect(result.data!.recordReferral.referral.outcome).toBe('UNKNOWN');
  });

  const bad: [string, Record<string, unknown>][] = [
    ['date', { date: '2026-02-30' }],
    ['date', { date: '01/02/2026' }],
    ['date', { date: '2999-01-01' }],
    ['date', { date: '2001-01-01' }],
    ['domain', { domain: 'NOPE' }],
    ['language', { language: 'xx' }],
  ];
  for (const [field, overrides] of bad) {
    it(`rejects a bad ${field} ${JSON.stringify(overrides)}`, async () => {
      const result = await h.gql(RECORD, { input: referral(overrides) }, tokens.TOKYO);
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(result.errors![0].extensions!.field).toBe(field);
    });
  }

  it('rejects an outcome outside the enum and free text about the resident', async () => {
    const outcome = await h.gql(RECORD, { input: referral({ outcome: 'GREAT' }) }, tokens.TOKYO);
    expect(outcome.errors).toBeDefined();
    const extra = await h.gql(RECORD, { input: referral({ residentName: 'X' }) }, tokens.TOKYO);
    expect(extra.errors).toBeDefined();
  });

  it('is for coordinators with a profile only, and NOT_FOUND for an unknown partner', async () => {
    for (const who of ['ISA_ADMIN', 'WORKSHOP_ORGANIZER', 'LOCAL_GOV', 'PROFILELESS']) {
      expect(errorCode(await h.gql(RECORD, { input: referral() }, tokens[who]))).toBe('FORBIDDEN');
    }
    expect(errorCode(await h.gql(RECORD, { input: referral({ partnerId: 'nope' }) }, tokens.TOKYO))).toBe(
      'NOT_FOUND',
    );
  });
});

describe('updateReferralOutcome', () => {
  it("changes the viewer's own referral only", async () => {
    const mine = await h.gql<Recorded>(RECORD, { input: referral({ outcome: 'UNKNOWN' }) }, tokens.TOKYO);
    const id = mine.data!.recordReferral.referral.id;
    const updated = await h.gql<{ updateReferralOutcome: { referral: { outcome: string } } }>(
      OUTCOME,
      { input: { referralId: id, outcome: 'NO_CAPACITY' } },
      tokens.TOKYO,
    );
    expect(updated.data!.updateReferralOutcome.referral.outcome).toBe('NO_CAPACITY');
    expect(updated.extensions?.neo4jRoundTrips).toBeLessThanOrEqual(2);
    const other = await h.gql(OUTCOME, { input: { referralId: id, outcome: 'RESOLVED' } }, tokens.OSAKA);
    expect(errorCode(other)).toBe('NOT_FOUND');
    const [row] = await h.graph.readRows<{ outcome: string }>(
      'MATCH ()-[r:REFERRED {id: $id}]->() RETURN r.outcome AS outcome',
      { id },
    );
    expect(row.outcome).toBe('NO_CAPACITY');
  });
});

describe('endorsePartner', () => {
  it('keeps one endorsement per coordinator and partner: the second replaces the first', async () => {
    type E = {
      endorsePartner: {
        replaced: boolean;
        partner: { trust: { endorsementCount: number }; viewerEndorsement: { note: string } };
      };
    };
    const first = await h.gql<E>(
      ENDORSE,
      { input: { partnerId, note: '【架空】丁寧に対応してくれた' } },
      tokens.TOKYO,
    );
    expect(first.errors).toBeUndefined();
    expect(first.data!.endorsePartner.replaced).toBe(false);
    expect(first.extensions?.neo4jRoundTrips).toBeLessThanOrEqual(2);
    const second = await h.gql<E>(
      ENDORSE,
      { input: { partnerId, note: '【架空】ベトナム語対応あり' } },
      tokens.TOKYO,
    );
    expect(second.data!.endorsePartner).toMatchObject({
      replaced: true,
      partner: { trust: { endorsementCount: 1 }, viewerEndorsement: { note: '【架空】ベトナム語対応あり' } },
    });
  });

  it('rejects an empty or over-long note and other roles', async () => {
    const long = await h.gql(ENDORSE, { input: { partnerId, note: 'あ'.repeat(281) } }, tokens.OSAKA);
    expect(errorCode(long)).toBe('BAD_USER_INPUT');
    expect(long.errors![0].extensions!.field).toBe('note');
    expect(errorCode(await h.gql(ENDORSE, { input: { partnerId, note: '   ' } }, tokens.OSAKA))).toBe(
      'BAD_USER_INPUT',
    );
    expect(
      (await h.gql(ENDORSE, { input: { partnerId, note: 'あ'.repeat(280) } }, tokens.OSAKA)).errors,
    ).toBeUndefined();
    expect(errorCode(await h.gql(ENDORSE, { input: { partnerId, note: 'ok' } }, tokens.ISA_ADMIN))).toBe(
      'FORBIDDEN',
    );
    expect(errorCode(await h.gql(ENDORSE, { input: { partnerId: 'nope', note: 'ok' } }, tokens.OSAKA))).toBe(
      'NOT_FOUND',
    );
  });
});

describe('partnerNeighbourhood', () => {
  type N = {
    partnerNeighbourhood: {
      referrerCount: number;
      referrersHidden: boolean;
      referrers: { displayName: string; referralCount: number; local: boolean }[];
      domains: { domain: { code: string }; served: boolean; referralCount: number }[];
      prefecture: { code: string; block: { code: string }; bureau: { code: string } };
      serviceArea: { code: string }[];
    };
  };

  it('shows referrers by display name to coordinators, in at most two round trips', async () => {
    await h.gql(RECORD, { input: referral({ domain: 'FAM-DV' }) }, tokens.OSAKA);
    const result = await h.gql<N>(NEIGHBOURHOOD, { id: partnerId }, tokens.TOKYO);
    expect(result.errors).toBeUndefined();
    const n = result.data!.partnerNeighbourhood;
    expect(n.referrerCount).toBe(2);
    expect(n.referrersHidden).toBe(false);
    expect(n.referrers).toEqual([
      // Equal counts: ordered by display name (大 U+5927 before 東 U+6771).
      { displayName: '【架空】大阪 テスト調整員', referralCount: 2, local: false },
      { displayName: '【架空】東京 テスト調整員', referralCount: 2, local: true },
    ]);
    expect(n.domains).toEqual(
      expect.arrayContaining([
        { domain: { code: 'LIF' }, served: true, referralCount: 3 },
        { domain: { code: 'FAM-DV' }, served: false, referralCount: 1 },
      ]),
    );
    expect(n.prefecture.code).toBe('13');
    expect(n.serviceArea).toEqual([{ code: '11' }]);
    expect(result.extensions?.neo4jRoundTrips).toBeLessThanOrEqual(2);
  });

  it('gives roles that may not see coordinators only the count', async () => {
    const result = await h.gql<N>(NEIGHBOURHOOD, { id: partnerId }, tokens.LOCAL_GOV);
    expect(result.data!.partnerNeighbourhood).toMatchObject({
      referrerCount: 2,
      referrersHidden: true,
      referrers: [],
    });
    const organizer = await h.gql<N>(NEIGHBOURHOOD, { id: partnerId }, tokens.WORKSHOP_ORGANIZER);
    expect(organizer.data!.partnerNeighbourhood.referrers).toHaveLength(2);
  });

  it('answers NOT_FOUND for an unknown partner', async () => {
    expect(errorCode(await h.gql(NEIGHBOURHOOD, { id: 'nope' }, tokens.TOKYO))).toBe('NOT_FOUND');
  });
});
