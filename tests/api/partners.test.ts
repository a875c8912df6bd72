/**
 * Partner directory: detail, tiered disclosure per role, proposing with duplicate
 * detection, updating with change history, ISA verification, confirmation and stale marking.
 */
import { randomInt, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RoleName } from '../../api/src/modules/auth/repository.js';
import { encodeCursor } from '../../api/src/pagination.js';
import { errorCode, startHarness, type GqlResult, type Harness } from '../support/api-harness.js';
import { partnerMirrorMismatches } from '../support/partner-mirrors.js';
import { SET_PARTNER_LINK_MIRRORS } from '../../api/src/modules/directory/partner-mirrors.js';

let h: Harness;
const run = randomUUID().slice(0, 8);
const partnerIds: string[] = [];
const coordinatorIds: string[] = [];
const tokens: Record<string, string> = {};

/** A signed-in COORDINATOR acting as a Coordinator whose certificate expires on `expiresOn` (null: no date). */
async function coordinatorToken(expiresOn: string | null, prefecture = '13'): Promise<string> {
  const user = await h.createUser('COORDINATOR', { prefecture });
  const id = `test-coord-${randomUUID()}`;
  coordinatorIds.push(id);
  await h.graph.writeRows(
    `MATCH (u:User {id: $userId}), (pref:Prefecture {code: $prefecture})
     CREATE (u)-[:ACTS_AS]->(c:Coordinator {id: $id, displayName: '【架空】テスト調整員 ' + $id, cohort: 2025,
             test: true, certificateExpiresOn: CASE WHEN $expiresOn IS NULL THEN null ELSE date($expiresOn) END})
     CREATE (c)-[:WORKS_IN]->(pref)`,
    { userId: user.id, prefecture, id, expiresOn },
  );
  return h.signIn(user);
}

async function createPartner(
  props: Record<string, unknown>,
  prefecture: string | null = '13',
): Promise<string> {
  const id = `test-partner-${randomUUID()}`;
  partnerIds.push(id);
  await h.graph.writeRows(
    `CREATE (p:Partner {id: $id, kind: 'SUP', nationwide: false, remote: false, synthetic: false, test: true})
     SET p += $props
     WITH p OPTIONAL MATCH (pref:Prefecture {code: $prefecture})
     FOREACH (x IN CASE WHEN pref IS NULL THEN [] ELSE [pref] END |
       CREATE (p)-[:LOCATED_IN]->(x) SET p.prefectureCode = x.code)
     WITH p MATCH (d:SupportDomain {code: 'LIF'}) CREATE (p)-[:SERVES]->(d)
     WITH p ${SET_PARTNER_LINK_MIRRORS}`,
    { id, props: { name: `【架空】テスト連携先 ${run} ${id.slice(-6)}`, ...props }, prefecture },
  );
  return id;
}

const DETAIL = `query($id: ID!) { partner(id: $id) {
  id name alternateName url email phones sensitiveAddress addressWithheld latitude longitude
  address { postalCode municipality addressLine prefecture { code } }
  openingHours fees eligibility acceptedStatuses { code } serviceArea { code } remoteModes
  createdAt createdByName updatedAt verifiedByIsa verifiedAt lastConfirmedAt lastConfirmedByName stale
  trust { referralCount resolvedCount endorsementCount }
  recentChanges { id at authorName summary fields }
} }`;

type Detail = {
  partner: {
    id: string;
    phones: string[];
    sensitiveAddress: boolean;
    addressWithheld: boolean;
    latitude: number | null;
    longitude: number | null;
    address: { postalCode: string | null; municipality: string | null; addressLine: string | null } | null;
    acceptedStatuses: { code: string }[];
    remoteModes: string[];
    createdByName: string | null;
    verifiedByIsa: boolean;
    verifiedAt: string | null;
    lastConfirmedAt: string | null;
    lastConfirmedByName: string | null;
    stale: boolean;
    recentChanges: { authorName: string | null; summary: string; fields: string[] }[];
  };
};

const PROPOSE = `mutation($input: ProposePartnerInput!) { proposePartner(input: $input) {
  partner { id name phones url stale verifiedByIsa createdByName lastConfirmedAt domains { code }
            prefecture { code } serviceArea { code } acceptedStatuses { code } remoteModes remote
            recentChanges { summary fields authorName } } } }`;
const UPDATE = `mutation($input: UpdatePartnerInput!) { updatePartner(input: $input) {
  partner { id name description sensitiveAddress address { municipality } recentChanges { summary fields authorName } }
  change { summary fields authorName } } }`;

type Proposed = { proposePartner: { partner: { id: string; name: string } & Record<string, unknown> } };

function fields(overrides: Record<string, unknown> = {}) {
  const tag = randomUUID().slice(0, 8);
  return {
    name: `【架空】つなぐテスト支援センター ${tag}`,
    kind: 'SUP',
    prefecture: '27',
    domains: ['LIF', 'EDU-SCH'],
    languages: ['ja', 'vi'],
    phones: [`000-${randomInt(1000, 10000)}-${randomInt(1000, 10000)}`],
    url: `https://${tag}.tsunagu-test.example/`,
    ...overrides,
  };
}

async function propose(token: string, overrides: Record<string, unknown> = {}) {
  const result = await h.gql<Proposed>(PROPOSE, { input: { fields: fields(overrides) } }, token);
  if (result.data?.proposePartner) partnerIds.push(result.data.proposePartner.partner.id);
  return result;
}

beforeAll(async () => {
  h = await startHarness();
  for (const role of ['ISA_ADMIN', 'WORKSHOP_ORGANIZER', 'LOCAL_GOV'] as RoleName[]) {
    tokens[role] = await h.signIn(await h.createUser(role));
  }
  tokens.CERTIFIED = await coordinatorToken('2099-03-31');
  tokens.EXPIRED = await coordinatorToken('2020-03-31');
  tokens.UNDATED = await coordinatorToken(null);
});

afterAll(async () => {
  await h?.graph.writeRows(
    `MATCH (p:Partner) WHERE p.id IN $partnerIds
     OPTIONAL MATCH (p)<-[:CHANGE_OF]-(ch:PartnerChange)
     DETACH DELETE ch, p`,
    { partnerIds },
  );
  await h?.graph.writeRows('MATCH (c:Coordinator) WHERE c.id IN $ids DETACH DELETE c', {
    ids: coordinatorIds,
  });
  await h?.close();
});

describe('partner lists (cards)', () => {
  const LIST = `query($after: String) { partners(first: 2, after: $after) { edges { node {
    id name sensitiveAddress addressWithheld fees phones address { municipality } createdAt
    trust { referralCount } } } } }`;
  type ListData = {
    partners: {
      edges: {
        node: {
          id: string;
          name: string;
          sensitiveAddress: boolean;
          addressWithheld: boolean;
          fees: string | null;
          phones: string[];
          address: { municipality: string | null } | null;
          createdAt: string | null;
          trust: { referralCount: number };
        };
      }[];
    };
  };

  it('serve cards; other fields come from one more statement for the whole page, with the same disclosure', async () => {
    const prefix = `【架空】テスト連携先 ${run} カード`;
    const shelter = await createPartner({
      name: `${prefix}1`,
      municipality: '【架空】保護市',
      sensitiveAddress: true,
      fees: '無料',
      phones: ['000-3333-4444'],
      createdAt: '2026-01-02T03:04:05Z',
    });
    const plain = await createPartner({ name: `${prefix}2`, municipality: '【架空】一般市', fees: '有料' });
    await h.graph.writeRows(`MATCH (p:Partner {id: $id}) SET p.createdAt = datetime(p.createdAt)`, {
      id: shelter,
    });
    const after = encodeCursor([prefix, '']);

    const cards = await h.gql<ListData>(
      `query($after: String) { partners(first: 2, after: $after) { edges { node { id name trust { referralCount } } } } }`,
      { after },
      tokens.CERTIFIED,
    );
    expect(cards.errors).toBeUndefined();
    expect(cards.data!.partners.edges.map((e) => e.node.id)).toEqual([shelter, plain]);
    expect(cards.extensions?.neo4jRoundTrips).toBe(2); // session + the page

    for (const [role, seesAddress] of [
      ['CERTIFIED', true],
      ['EXPIRED', false],
    ] as const) {
      const full = await h.gql<ListData>(LIST, { after }, tokens[role]);
      expect(full.errors).toBeUndefined();
      // session + the page + one batched statement for both rows' other fields
      expect(full.extensions?.neo4jRoundTrips).toBe(3);
      const [a, b] = full.data!.partners.edges.map((e) => e.node);
      expect(a).toMatchObject({ id: shelter, sensitiveAddress: true, addressWithheld: !seesAddress });
      expect(a.fees).toBe('無料');
      expect(a.phones).toEqual(['000-3333-4444']);
      expect(a.createdAt).toBe('2026-01-02T03:04:05.000Z');
      expect(a.address?.municipality ?? null).toBe(seesAddress ? '【架空】保護市' : null);
      expect(b).toMatchObject({
        id: plain,
        fees: '有料',
        phones: [],
        address: { municipality: '【架空】一般市' },
      });
    }
  });
});

describe('partner detail', () => {
  it('answers NOT_FOUND for an unknown id and UNAUTHENTICATED without a session', async () => {
    expect(errorCode(await h.gql(DETAIL, { id: 'no-such-partner' }, tokens.ISA_ADMIN))).toBe('NOT_FOUND');
    expect(errorCode(await h.gql(DETAIL, { id: 'no-such-partner' }))).toBe('UNAUTHENTICATED');
  });

  it('serves every field of the page in at most two round trips (session + one query)', async () => {
    const id = await createPartner({
      municipality: '大阪市北区',
      phones: ['000-1111-2222'],
      openingHours: '平日 9-17',
    });
    const result = await h.gql<Detail>(DETAIL, { id }, tokens.CERTIFIED);
    expect(result.errors).toBeUndefined();
    expect(result.data!.partner.address!.municipality).toBe('大阪市北区');
    expect(result.data!.partner.phones).toEqual(['000-1111-2222']);
    expect(result.extensions?.neo4jRoundTrips).toBeLessThanOrEqual(2);
  });
});

describe('tiered disclosure of a sensitive address', () => {
  let shelter: string;
  beforeAll(async () => {
    shelter = await createPartner({
      sensitiveAddress: true,
      postalCode: '530-0000',
      municipality: '大阪市北区',
      addressLine: '【架空】1-2-3',
      latitude: 34.7,
      longitude: 135.5,
    });
  });

  const cases: [string, boolean][] = [
    ['ISA_ADMIN', true],
    ['CERTIFIED', true],
    ['EXPIRED', false],
    ['UNDATED', false],
    ['WORKSHOP_ORGANIZER', false],
    ['LOCAL_GOV', false],
  ];
  for (const [who, sees] of cases) {
    it(`${who} ${sees ? 'sees' : 'does not see'} the address and coordinates`, async () => {
      const { data } = await h.gql<Detail>(DETAIL, { id: shelter }, tokens[who]);
      const p = data!.partner;
      expect(p.sensitiveAddress).toBe(true);
      expect(p.addressWithheld).toBe(!sees);
      if (sees) {
        expect(p.address).toEqual({
          postalCode: '530-0000',
          municipality: '大阪市北区',
          addressLine: '【架空】1-2-3',
          prefecture: { code: '13' },
        });
        expect([p.latitude, p.longitude]).toEqual([34.7, 135.5]);
      } else {
        expect(p.address).toBeNull();
        expect([p.latitude, p.longitude]).toEqual([null, null]);
      }
    });
  }

  it('withholds it in the partner list too', async () => {
    const list = `query($f: PartnerFilter) { partners(first: 100, filter: $f) { edges { node { id addressWithheld address { municipality } latitude } } } }`;
    type L = { partners: { edges: { node: { id: string; address: unknown; latitude: number | null } }[] } };
    const forLocalGov = await h.gql<L>(list, { f: { prefecture: '13', kind: 'SUP' } }, tokens.LOCAL_GOV);
    const forIsa = await h.gql<L>(list, { f: { prefecture: '13', kind: 'SUP' } }, tokens.ISA_ADMIN);
    const find = (r: GqlResult<L>) => r.data!.partners.edges.find((e) => e.node.id === shelter);
    // The shelter may be beyond the first page when many synthetic partners precede it; check by id then.
    if (find(forIsa)) {
      expect(find(forIsa)!.node.latitude).toBe(34.7);
      expect(find(forLocalGov)!.node.address).toBeNull();
    } else {
      const byId = `query($id: ID!) { partnerNeighbourhood(id: $id) { partner { address { municipality } latitude } } }`;
      type N = { partnerNeighbourhood: { partner: { address: unknown; latitude: number | null } } };
      expect(
        (await h.gql<N>(byId, { id: shelter }, tokens.LOCAL_GOV)).data!.partnerNeighbourhood.partner.address,
      ).toBeNull();
      expect(
        (await h.gql<N>(byId, { id: shelter }, tokens.ISA_ADMIN)).data!.partnerNeighbourhood.partner.latitude,
      ).toBe(34.7);
    }
  });
});

describe('proposePartner', () => {
  it('creates a partner with provenance, in at most three round trips (session + check + write)', async () => {
    const result = await propose(tokens.CERTIFIED, {
      serviceArea: ['26', '28'],
      acceptedStatuses: ['TECHNICAL_INTERN_1'],
      remoteModes: ['PHONE'],
    });
    if (result.errors?.[0]?.extensions?.field === 'acceptedStatuses') {
      throw new Error(`status code unknown in the reference data: ${result.errors[0].message}`);
    }
    expect(result.errors).toBeUndefined();
    const p = result.data!.proposePartner.partner as Record<string, unknown>;
    expect(p.prefecture).toEqual({ code: '27' });
    expect(p.serviceArea).toEqual(expect.arrayContaining([{ code: '26' }, { code: '28' }]));
    expect(p.remote).toBe(true);
    expect(p.stale).toBe(false);
    expect(p.verifiedByIsa).toBe(false);
    expect(p.createdByName).toBe('Test COORDINATOR');
    expect(p.recentChanges).toEqual([
      expect.objectContaining({ summary: 'CREATED', authorName: 'Test COORDINATOR' }),
    ]);
    expect(result.extensions?.neo4jRoundTrips).toBeLessThanOrEqual(3);
  });

  it('is open to COORDINATOR and ISA_ADMIN only', async () => {
    expect(errorCode(await propose(tokens.WORKSHOP_ORGANIZER))).toBe('FORBIDDEN');
    expect(errorCode(await propose(tokens.LOCAL_GOV))).toBe('FORBIDDEN');
    expect((await propose(tokens.ISA_ADMIN)).errors).toBeUndefined();
  });

  const bad: [string, Record<string, unknown>][] = [
    ['name', { name: ' x ' }],
    ['prefecture', { prefecture: '99' }],
    ['prefecture', { prefecture: null }],
    ['url', { url: 'javascript:alert(1)' }],
    ['email', { email: 'not-an-address' }],
    ['phones', { phones: ['12'] }],
    ['postalCode', { postalCode: '12-34' }],
    ['latitude', { latitude: 10, longitude: 135 }],
    ['latitude', { latitude: 35 }],
    ['domains', { domains: [] }],
    ['domains', { domains: ['NOPE'] }],
    ['languages', { languages: ['xx'] }],
    ['description', { description: 'あ'.repeat(2001) }],
  ];
  for (const [field, overrides] of bad) {
    it(`rejects a bad ${field} (${JSON.stringify(overrides).slice(0, 40)}) and writes nothing`, async () => {
      const input = fields(overrides);
      const result = await h.gql(PROPOSE, { input: { fields: input } }, tokens.CERTIFIED);
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(result.errors![0].extensions!.field).toBe(field);
      const [row] = await h.graph.readRows<{ n: number }>(
        'MATCH (p:Partner) WHERE p.urlKey = $key RETURN count(p) AS n',
        { key: String(input.url).replace('https://', '').replace(/\/$/, '') },
      );
      expect(row.n).toBe(0);
    });
  }

  describe('duplicate detection', () => {
    let existing: { id: string; name: string; phone: string; url: string };
    beforeAll(async () => {
      const f = fields();
      const result = await propose(tokens.CERTIFIED, f);
      existing = { id: result.data!.proposePartner.partner.id, name: f.name, phone: f.phones[0], url: f.url };
    });

    const conflictCases: [string, () => Record<string, unknown>][] = [
      // Full-width letters, other case and spacing normalize to the same name.
      [
        'the same name (normalized) in the same prefecture',
        () => ({ name: `  ${existing.name.replace('つなぐ', 'つなぐ ').toUpperCase()}` }),
      ],
      [
        'the same telephone number written differently',
        () => ({ phones: [existing.phone.replace(/-/g, ' ')] }),
      ],
      [
        'the same web address with another scheme and www.',
        () => ({ url: existing.url.replace('https://', 'http://www.').replace(/\/$/, '') }),
      ],
    ];
    for (const [what, overrides] of conflictCases) {
      it(`answers CONFLICT with existingPartnerId for ${what}, writing nothing`, async () => {
        const before = await h.graph.readRows<{ n: number }>('MATCH (p:Partner) RETURN count(p) AS n');
        const result = await propose(tokens.CERTIFIED, overrides());
        expect(errorCode(result)).toBe('CONFLICT');
        expect(result.errors![0].extensions!.existingPartnerId).toBe(existing.id);
        const after = await h.graph.readRows<{ n: number }>('MATCH (p:Partner) RETURN count(p) AS n');
        expect(after[0].n).toBe(before[0].n);
      });
    }

    it('accepts the same name in another prefecture', async () => {
      const result = await propose(tokens.CERTIFIED, { name: existing.name, prefecture: '13' });
      expect(result.errors).toBeUndefined();
    });

    it('finds a national reference organization by its web address', async () => {
      const [org] = await h.graph.readRows<{ id: string; url: string }>(
        'MATCH (p:Partner {reference: true}) WHERE p.url IS NOT NULL RETURN p.id AS id, p.url AS url LIMIT 1',
      );
      if (!org) throw new Error('the reference data has no organization with a url');
      const result = await propose(tokens.ISA_ADMIN, { url: org.url.toUpperCase() });
      expect(errorCode(result)).toBe('CONFLICT');
      expect(result.errors![0].extensions!.existingPartnerId).toBe(org.id);
    });
  });
});

describe('updatePartner', () => {
  it('records who changed which fields, in at most three round trips', async () => {
    const created = await propose(tokens.CERTIFIED);
    const id = created.data!.proposePartner.partner.id;
    const result = await h.gql<{
      updatePartner: {
        partner: { description: string };
        change: { summary: string; fields: string[]; authorName: string };
      };
    }>(
      UPDATE,
      { input: { partnerId: id, fields: { description: '【架空】更新しました', fees: '無料' } } },
      tokens.EXPIRED,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.updatePartner.change).toEqual({
      summary: 'UPDATED',
      fields: ['description', 'fees'],
      authorName: 'Test COORDINATOR',
    });
    expect(result.extensions?.neo4jRoundTrips).toBeLessThanOrEqual(3);
    const again = await h.gql<{ updatePartner: { change: unknown } }>(
      UPDATE,
      { input: { partnerId: id, fields: { description: '【架空】更新しました' } } },
      tokens.EXPIRED,
    );
    expect(again.data!.updatePartner.change).toBeNull();
  });

  it('lists a moved partner under its new prefecture only, and finds it by a parent domain', async () => {
    const q = `query($f: PartnerFilter) { partners(first: 100, filter: $f) { edges { node { id } } } }`;
    type L = { partners: { edges: { node: { id: string } }[] } };
    const ids = async (f: Record<string, unknown>) =>
      (await h.gql<L>(q, { f }, tokens.ISA_ADMIN)).data!.partners.edges.map((e) => e.node.id);
    const created = await propose(tokens.CERTIFIED, { prefecture: '31', domains: ['EDU-SCH'] });
    const id = created.data!.proposePartner.partner.id;
    expect(await ids({ prefecture: '31' })).toContain(id);
    expect(await ids({ prefecture: '31', domain: 'EDU' })).toContain(id); // EDU-SCH is below EDU
    expect(await ids({ prefecture: '31', domain: 'WRK' })).not.toContain(id);
    const moved = await h.gql(
      UPDATE,
      { input: { partnerId: id, fields: { prefecture: '32' } } },
      tokens.ISA_ADMIN,
    );
    expect(moved.errors).toBeUndefined();
    expect(await ids({ prefecture: '31' })).not.toContain(id);
    expect(await ids({ prefecture: '32' })).toContain(id);
    const [row] = await h.graph.readRows<{ code: string; mirrored: string }>(
      'MATCH (p:Partner {id: $id})-[:LOCATED_IN]->(x:Prefecture) RETURN x.code AS code, p.prefectureCode AS mirrored',
      { id },
    );
    expect(row).toEqual({ code: '32', mirrored: '32' });
  });

  it('keeps the link mirrors (domains, languages, statuses, prefecture) in step on create and edit', async () => {
    const created = await propose(tokens.CERTIFIED, { languages: ['vi', 'ja'], acceptedStatuses: ['SSW_1'] });
    const id = created.data!.proposePartner.partner.id;
    const [stored] = await h.graph.readRows<{ d: string[]; l: string[]; s: string[] }>(
      'MATCH (p:Partner {id: $id}) RETURN p.domainCodes AS d, p.languageCodes AS l, p.statusCodes AS s',
      { id },
    );
    expect(stored).toEqual({ d: ['EDU-SCH', 'LIF'], l: ['ja', 'vi'], s: ['SSW_1'] });
    const edited = await h.gql(
      UPDATE,
      { input: { partnerId: id, fields: { domains: ['WRK'], languages: ['pt'], acceptedStatuses: [] } } },
      tokens.ISA_ADMIN,
    );
    expect(edited.errors).toBeUndefined();
    expect(await partnerMirrorMismatches(h.graph, [id])).toEqual([]);
    const [after] = await h.graph.readRows<{ l: string[] }>(
      'MATCH (p:Partner {id: $id}) RETURN p.languageCodes AS l',
      {
        id,
      },
    );
    expect(after.l).toEqual(['pt']);
  });

  it('has every partner of the graph (reference data, demo seeds, API writes) with mirrors matching its links', async () => {
    expect(await partnerMirrorMismatches(h.graph)).toEqual([]);
  });

  it('refuses a duplicate name on update (CONFLICT) and leaves the partner unchanged', async () => {
    const a = await propose(tokens.CERTIFIED);
    const b = await propose(tokens.CERTIFIED);
    const aName = a.data!.proposePartner.partner.name;
    const bId = b.data!.proposePartner.partner.id;
    const result = await h.gql(
      UPDATE,
      { input: { partnerId: bId, fields: { name: aName, description: 'x' } } },
      tokens.ISA_ADMIN,
    );
    expect(errorCode(result)).toBe('CONFLICT');
    expect(result.errors![0].extensions!.existingPartnerId).toBe(a.data!.proposePartner.partner.id);
    const [row] = await h.graph.readRows<{ description: string | null }>(
      'MATCH (p:Partner {id: $id}) RETURN p.description AS description',
      { id: bId },
    );
    expect(row.description).toBeNull();
  });

  it('lets a coordinator protect an address but only ISA lift the protection', async () => {
    const id = (await propose(tokens.CERTIFIED, { municipality: '堺市' })).data!.proposePartner.partner.id;
    const protect = await h.gql(
      UPDATE,
      { input: { partnerId: id, fields: { sensitiveAddress: true } } },
      tokens.CERTIFIED,
    );
    expect(protect.errors).toBeUndefined();
    const lift = await h.gql(
      UPDATE,
      { input: { partnerId: id, fields: { sensitiveAddress: false } } },
      tokens.CERTIFIED,
    );
    expect(errorCode(lift)).toBe('FORBIDDEN');
    const hidden = await h.gql(
      UPDATE,
      { input: { partnerId: id, fields: { municipality: '和泉市' } } },
      tokens.EXPIRED,
    );
    expect(errorCode(hidden)).toBe('FORBIDDEN');
    const isa = await h.gql(
      UPDATE,
      { input: { partnerId: id, fields: { sensitiveAddress: false } } },
      tokens.ISA_ADMIN,
    );
    expect(isa.errors).toBeUndefined();
  });

  it('keeps national reference organizations for ISA and answers NOT_FOUND for unknown partners', async () => {
    const [org] = await h.graph.readRows<{ id: string }>(
      'MATCH (p:Partner {reference: true}) RETURN p.id AS id LIMIT 1',
    );
    const input = { partnerId: org.id, fields: { fees: '無料' } };
    expect(errorCode(await h.gql(UPDATE, { input }, tokens.CERTIFIED))).toBe('FORBIDDEN');
    const unknown = { partnerId: 'no-such-partner', fields: { fees: '無料' } };
    expect(errorCode(await h.gql(UPDATE, { input: unknown }, tokens.ISA_ADMIN))).toBe('NOT_FOUND');
    expect(errorCode(await h.gql(UPDATE, { input }, tokens.LOCAL_GOV))).toBe('FORBIDDEN');
  });
});

describe('verification, confirmation and staleness', () => {
  const VERIFY = `mutation($input: VerifyPartnerInput!) { verifyPartner(input: $input) { partner { id verifiedByIsa verifiedAt stale } } }`;
  const CONFIRM = `mutation($input: ConfirmPartnerInput!) { confirmPartner(input: $input) { partner { id stale lastConfirmedAt lastConfirmedByName } } }`;

  it('lets only ISA_ADMIN verify', async () => {
    const id = await createPartner({});
    for (const who of ['CERTIFIED', 'WORKSHOP_ORGANIZER', 'LOCAL_GOV']) {
      expect(errorCode(await h.gql(VERIFY, { input: { partnerId: id } }, tokens[who]))).toBe('FORBIDDEN');
    }
    const ok = await h.gql<{ verifyPartner: { partner: { verifiedByIsa: boolean; verifiedAt: string } } }>(
      VERIFY,
      { input: { partnerId: id } },
      tokens.ISA_ADMIN,
    );
    expect(ok.data!.verifyPartner.partner.verifiedByIsa).toBe(true);
    expect(Date.parse(ok.data!.verifyPartner.partner.verifiedAt)).toBeGreaterThan(Date.now() - 60_000);
    expect(ok.extensions?.neo4jRoundTrips).toBeLessThanOrEqual(2);
    const withdrawn = await h.gql<{ verifyPartner: { partner: { verifiedByIsa: boolean } } }>(
      VERIFY,
      { input: { partnerId: id, verified: false } },
      tokens.ISA_ADMIN,
    );
    expect(withdrawn.data!.verifyPartner.partner.verifiedByIsa).toBe(false);
    expect(errorCode(await h.gql(VERIFY, { input: { partnerId: 'nope' } }, tokens.ISA_ADMIN))).toBe(
      'NOT_FOUND',
    );
  });

  it('marks a partner stale after 12 months without confirmation, and a confirmation clears it', async () => {
    const old = await createPartner({
      lastConfirmedAt: new Date(Date.now() - 400 * 86_400_000).toISOString(),
    });
    await h.graph.writeRows(
      'MATCH (p:Partner {id: $id}) SET p.lastConfirmedAt = datetime(p.lastConfirmedAt)',
      { id: old },
    );
    const recent = await createPartner({});
    await h.graph.writeRows(
      'MATCH (p:Partner {id: $id}) SET p.lastConfirmedAt = datetime() - duration({months: 11})',
      { id: recent },
    );
    const never = await createPartner({});
    const stale = async (id: string) =>
      (await h.gql<Detail>(DETAIL, { id }, tokens.ISA_ADMIN)).data!.partner.stale;
    expect(await stale(old)).toBe(true);
    expect(await stale(recent)).toBe(false);
    expect(await stale(never)).toBe(true);

    const confirmed = await h.gql<{
      confirmPartner: { partner: { stale: boolean; lastConfirmedByName: string } };
    }>(CONFIRM, { input: { partnerId: old } }, tokens.CERTIFIED);
    expect(confirmed.data!.confirmPartner.partner).toMatchObject({
      stale: false,
      lastConfirmedByName: 'Test COORDINATOR',
    });
    expect(confirmed.extensions?.neo4jRoundTrips).toBeLessThanOrEqual(2);
    const [rel] = await h.graph.readRows<{ n: number }>(
      'MATCH (:Coordinator)-[k:CONFIRMED]->(:Partner {id: $id}) WHERE k.at IS NOT NULL RETURN count(k) AS n',
      { id: old },
    );
    expect(rel.n).toBe(1);
    expect(errorCode(await h.gql(CONFIRM, { input: { partnerId: old } }, tokens.LOCAL_GOV))).toBe(
      'FORBIDDEN',
    );
  });

  it('filters the list by stale, verified and kind', async () => {
    const q = `query($f: PartnerFilter) { partners(first: 50, filter: $f) { edges { node { kind stale verifiedByIsa } } } }`;
    type L = { partners: { edges: { node: { kind: string; stale: boolean; verifiedByIsa: boolean } }[] } };
    const stale = await h.gql<L>(q, { f: { stale: true, kind: 'INT' } }, tokens.ISA_ADMIN);
    const fresh = await h.gql<L>(q, { f: { stale: false } }, tokens.ISA_ADMIN);
    const verified = await h.gql<L>(q, { f: { verified: true } }, tokens.ISA_ADMIN);
    expect(stale.data!.partners.edges.length).toBeGreaterThan(0);
    expect(stale.data!.partners.edges.every((e) => e.node.stale && e.node.kind === 'INT')).toBe(true);
    expect(fresh.data!.partners.edges.length).toBeGreaterThan(0);
    expect(fresh.data!.partners.edges.every((e) => !e.node.stale)).toBe(true);
    expect(verified.data!.partners.edges.length).toBeGreaterThan(0);
    expect(verified.data!.partners.edges.every((e) => e.node.verifiedByIsa)).toBe(true);
  });
});

describe('change history visibility', () => {
  it('hides authors from roles that may not see coordinators', async () => {
    const id = (await propose(tokens.CERTIFIED)).data!.proposePartner.partner.id;
    const forIsa = await h.gql<Detail>(DETAIL, { id }, tokens.ISA_ADMIN);
    const forLocalGov = await h.gql<Detail>(DETAIL, { id }, tokens.LOCAL_GOV);
    expect(forIsa.data!.partner.recentChanges[0].authorName).toBe('Test COORDINATOR');
    expect(forIsa.data!.partner.createdByName).toBe('Test COORDINATOR');
    expect(forLocalGov.data!.partner.recentChanges[0].authorName).toBeNull();
    expect(forLocalGov.data!.partner.createdByName).toBeNull();
    expect(forLocalGov.data!.partner.lastConfirmedByName).toBeNull();
  });
});
