import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, startHarness, type Harness } from '../support/api-harness.js';
import { coordinatorFixtures, type TestCoordinator } from '../fixtures/graduates/coordinators.js';

const PROFILE = `query($id: ID!) { coordinator(id: $id) {
  id displayName nameKanji nameKana nameLatin affiliation municipality email bio contactNote
  certificateNumber certificateIssuedOn certificateExpiresOn certificateStatus expert isViewer
  visibility { email bio contactNote affiliation certificate }
} }`;
type Profile = Record<string, unknown> & { visibility: Record<string, string> | null };

let h: Harness;
let fixtures: ReturnType<typeof coordinatorFixtures>;
let owner: TestCoordinator; // Gunma (Tokyo bureau region)
let sameRegion: TestCoordinator; // Tokyo
let otherRegion: TestCoordinator; // Osaka
const tokens: Record<string, string> = {};

beforeAll(async () => {
  h = await startHarness();
  fixtures = coordinatorFixtures(h);
  owner = await fixtures.create({
    prefecture: '10',
    props: {
      nameKana: 'テスト タロウ',
      nameLatin: 'Test Taro [synthetic]',
      email: 'owner@synthetic.tsunagu.example',
      affiliation: '【架空】群馬県国際交流協会',
      municipality: '前橋市',
      bio: '【架空】自己紹介',
      contactNote: '【架空】平日午後',
      certificateNumber: `TV-${Date.now()}`,
      visibilityEmail: 'SAME_BUREAU_REGION',
      visibilityBio: 'ALL_GRADUATES',
      visibilityContactNote: 'ISA_ONLY',
      visibilityAffiliation: 'ISA_ONLY',
    },
  });
  sameRegion = await fixtures.create({ prefecture: '13' });
  otherRegion = await fixtures.create({ prefecture: '27' });
  for (const role of ['ISA_ADMIN', 'WORKSHOP_ORGANIZER', 'LOCAL_GOV'] as const) {
    tokens[role] = await h.signIn(await h.createUser(role));
  }
});
afterAll(async () => {
  await fixtures?.cleanup();
  await h?.close();
});

async function read(token: string, id = owner.id) {
  return h.gql<{ coordinator: Profile }>(PROFILE, { id }, token);
}

describe('profile visibility per reader and per field', () => {
  it('shows each field only to the readers its visibility allows', async () => {
    const readers = {
      self: owner.token,
      sameRegion: sameRegion.token,
      otherRegion: otherRegion.token,
      organizer: tokens.WORKSHOP_ORGANIZER,
      isa: tokens.ISA_ADMIN,
    };
    const seen: Record<string, Profile> = {};
    for (const [name, token] of Object.entries(readers)) {
      const result = await read(token);
      expect(result.errors, name).toBeUndefined();
      seen[name] = result.data!.coordinator;
    }
    // email: SAME_BUREAU_REGION
    expect(seen.self.email).toBe('owner@synthetic.tsunagu.example');
    expect(seen.sameRegion.email).toBe('owner@synthetic.tsunagu.example');
    expect(seen.otherRegion.email).toBeNull();
    expect(seen.organizer.email).toBeNull();
    expect(seen.isa.email).toBe('owner@synthetic.tsunagu.example');
    // bio: ALL_GRADUATES
    for (const name of Object.keys(readers)) expect(seen[name].bio, name).toBe('【架空】自己紹介');
    // contactNote and affiliation: ISA_ONLY; certificate: ISA_ONLY by default
    for (const field of ['contactNote', 'affiliation', 'certificateNumber']) {
      expect(seen.self[field]).not.toBeNull();
      expect(seen.isa[field]).not.toBeNull();
      expect(seen.sameRegion[field], field).toBeNull();
      expect(seen.otherRegion[field], field).toBeNull();
      expect(seen.organizer[field], field).toBeNull();
    }
    // the visibility settings themselves: the coordinator and ISA only
    expect(seen.self.visibility).toMatchObject({ email: 'SAME_BUREAU_REGION', certificate: 'ISA_ONLY' });
    expect(seen.isa.visibility).not.toBeNull();
    expect(seen.sameRegion.visibility).toBeNull();
    expect(seen.self.isViewer).toBe(true);
    expect(seen.sameRegion.isViewer).toBe(false);
  });

  it('lets the owner preview exactly what each audience sees, and nobody else', async () => {
    const PREVIEW = PROFILE.replace(
      'query($id: ID!) { coordinator(id: $id) {',
      'query($id: ID!, $as: ProfileAudience) { coordinator(id: $id, previewAs: $as) {',
    );
    const asAudience = async (as: string, token = owner.token) =>
      h.gql<{ coordinator: Profile }>(PREVIEW, { id: owner.id, as }, token);
    const fields = [
      'email',
      'bio',
      'contactNote',
      'affiliation',
      'certificateNumber',
      'visibility',
      'isViewer',
    ];
    const pick = (p: Profile) => Object.fromEntries(fields.map((f) => [f, p[f]]));
    const same = await asAudience('SAME_BUREAU_REGION');
    const sameReal = await read(sameRegion.token);
    expect(pick(same.data!.coordinator)).toEqual(pick(sameReal.data!.coordinator));
    const other = await asAudience('OTHER_REGION');
    const otherReal = await read(otherRegion.token);
    expect(pick(other.data!.coordinator)).toEqual(pick(otherReal.data!.coordinator));
    expect(other.data!.coordinator.certificateNumber).toBeNull();
    for (const token of [sameRegion.token, tokens.ISA_ADMIN]) {
      expect(errorCode(await asAudience('OTHER_REGION', token))).toBe('FORBIDDEN');
    }
  });

  it('refuses LOCAL_GOV and answers NOT_FOUND for an unknown id', async () => {
    expect(errorCode(await read(tokens.LOCAL_GOV))).toBe('FORBIDDEN');
    expect(errorCode(await read(tokens.ISA_ADMIN, 'no-such-coordinator'))).toBe('NOT_FOUND');
  });

  it('filters the directory page the same way, in two round trips', async () => {
    const query = `query($f: CoordinatorFilter) { coordinators(first: 50, filter: $f) {
      edges { node { id email contactNote } } } }`;
    type Page = {
      coordinators: { edges: { node: { id: string; email: string | null; contactNote: string | null } }[] };
    };
    const page = await h.gql<Page>(query, { f: { prefecture: '10', cohort: 2024 } }, otherRegion.token);
    expect(page.errors).toBeUndefined();
    const row = page.data!.coordinators.edges.find((e) => e.node.id === owner.id);
    expect(row?.node).toEqual({ id: owner.id, email: null, contactNote: null });
    expect(page.extensions?.neo4jRoundTrips).toBe(2);
  });
});

describe('editing profiles', () => {
  const UPDATE = `mutation($input: UpdateMyProfileInput!) { updateMyProfile(input: $input) {
    coordinator { bio email visibility { email bio } } } }`;

  it('lets a coordinator change a field visibility, which readers feel at once', async () => {
    const result = await h.gql(UPDATE, { input: { visibility: { email: 'ISA_ONLY' } } }, owner.token);
    expect(result.errors).toBeUndefined();
    expect((await read(sameRegion.token)).data!.coordinator.email).toBeNull();
    expect((await read(tokens.ISA_ADMIN)).data!.coordinator.email).not.toBeNull();
    await h.gql(UPDATE, { input: { visibility: { email: 'ALL_GRADUATES' } } }, owner.token);
    expect((await read(otherRegion.token)).data!.coordinator.email).toBe('owner@synthetic.tsunagu.example');
  });

  it('rejects a bad field naming it, and writes none of the input', async () => {
    const result = await h.gql(
      UPDATE,
      { input: { bio: '【架空】新しい紹介', email: 'not-an-email' } },
      owner.token,
    );
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(result.errors![0].extensions!.field).toBe('email');
    expect((await read(owner.token)).data!.coordinator.bio).toBe('【架空】自己紹介');
    const unknown = await h.gql(UPDATE, { input: { languages: ['xx-nope'] } }, owner.token);
    expect(unknown.errors![0].extensions!.field).toBe('languages');
  });

  it('does not let a coordinator touch certification fields; ISA can', async () => {
    const own = await h.gql(UPDATE, { input: { certificateNumber: 'X-1' } }, owner.token);
    expect(errorCode(own)).toBe('BAD_USER_INPUT'); // not a field of UpdateMyProfileInput
    const CERT = `mutation($input: UpdateCertificationInput!) { updateCertification(input: $input) {
      coordinator { certificateNumber certificateIssuedOn certificateExpiresOn certificateStatus expert } } }`;
    const input = { coordinatorId: owner.id, issuedOn: '2025-04-01', expert: true };
    expect(errorCode(await h.gql(CERT, { input }, owner.token))).toBe('FORBIDDEN');
    const isa = await h.gql<{ updateCertification: { coordinator: Record<string, unknown> } }>(
      CERT,
      { input },
      tokens.ISA_ADMIN,
    );
    expect(isa.errors).toBeUndefined();
    expect(isa.data!.updateCertification.coordinator).toMatchObject({
      certificateIssuedOn: '2025-04-01',
      certificateExpiresOn: '2028-03-31',
      certificateStatus: 'VALID',
      expert: true,
    });
    const bad = await h.gql(
      CERT,
      { input: { coordinatorId: owner.id, expiresOn: '2028-02-30' } },
      tokens.ISA_ADMIN,
    );
    expect(bad.errors![0].extensions!.field).toBe('expiresOn');
  });
});
