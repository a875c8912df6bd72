import { runPrefix } from '../support/run-prefix.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, startHarness, type Harness } from '../support/api-harness.js';
import type { TestCoordinator } from '../fixtures/graduates/coordinators.js';
import { REGISTER, workshopFixtures } from './workshops.fixtures.js';

const RUN = runPrefix('mat');
const SUBMIT = `mutation($input: SubmitCaseMaterialInput!) { submitCaseMaterial(input: $input) {
  material { id status title confirmedFlags { field kind match } mine } } }`;
const REVIEW = `mutation($input: ReviewCaseMaterialInput!) { reviewCaseMaterial(input: $input) {
  material { id status reviewComment } } }`;
const OPEN = `mutation($id: ID!) { openCaseMaterial(input: {id: $id}) { material { id title background lessons status } } }`;
const LIST = `query($id: ID!) { workshop(id: $id) { materials { edges { node { id title status mine } } } } }`;
const LOG = `query($id: ID!) { materialAccessLog(workshopId: $id) { edges { node {
  at reader { id } readerRole materialId granted } } } }`;

const CASE = {
  title: '【架空】技能実習生の賃金未払いの相談',
  background: '【架空】30代の技能実習生Aさん。北関東の工場で勤務。',
  problem: '数か月分の残業代が支払われていない。',
  response: '労働基準監督署への相談に同行し、通訳者さんを手配した。',
  outcome: '未払い分が支払われた。',
  lessons: '早い段階で監督署と連携すると解決が早い。',
};

let h: Harness;
let fx: ReturnType<typeof workshopFixtures>;
let organizer: { id: string; token: string };
let facilitator: { id: string; token: string; email: string };
let isaToken: string;
let participant: TestCoordinator;
let other: TestCoordinator;
let outsider: TestCoordinator;
let waitlisted: TestCoordinator;
let workshopId: string;

beforeAll(async () => {
  h = await startHarness();
  fx = workshopFixtures(h);
  const o = await h.createUser('WORKSHOP_ORGANIZER');
  organizer = { id: o.id, token: await h.signIn(o) };
  const f = await h.createUser('WORKSHOP_ORGANIZER');
  facilitator = { id: f.id, token: await h.signIn(f), email: f.email };
  isaToken = await h.signIn(await h.createUser('ISA_ADMIN'));
  [participant, other, waitlisted, outsider] = await fx.graduates(4);
  workshopId = await fx.createWorkshop(organizer.token, RUN, { capacity: 2, facilitatorEmails: [f.email] });
  for (const c of [participant, other, waitlisted]) {
    const r = await h.gql(REGISTER, { input: { workshopId, peerConsent: false } }, c.token);
    if (r.errors) throw new Error(JSON.stringify(r.errors));
  }
}, 60_000);

afterAll(async () => {
  await fx?.cleanup();
  await h?.close();
});

const submit = (token: string, input: Record<string, unknown>) =>
  h.gql<{ submitCaseMaterial: { material: { id: string; status: string; confirmedFlags: unknown[] } } }>(
    SUBMIT,
    { input: { workshopId, ...CASE, ...input } },
    token,
  );

describe('the identifier check on case materials', () => {
  it('refuses hard identifiers and lists field, kind and match; nothing is written', async () => {
    const result = await submit(participant.token, {
      background: '【架空】在留カード AB12345678CD の方、電話 090-1234-5678',
      outcome: '2025年4月12日に解決',
    });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(result.errors![0].extensions!.field).toBe('background');
    expect(result.errors![0].extensions!.flags).toEqual([
      { field: 'background', kind: 'RESIDENCE_CARD_NUMBER', match: 'AB12345678CD', soft: false },
      { field: 'background', kind: 'PHONE_NUMBER', match: '090-1234-5678', soft: false },
      { field: 'outcome', kind: 'BIRTH_DATE', match: '2025年4月12日', soft: false },
    ]);
    // Confirming a hard flag does not help.
    const confirmed = await submit(participant.token, {
      background: '電話 090-1234-5678',
      confirmedFlags: [{ field: 'background', kind: 'PHONE_NUMBER', match: '090-1234-5678' }],
    });
    expect(errorCode(confirmed)).toBe('BAD_USER_INPUT');
    const [n] = await h.graph.readRows<{ n: number }>(
      'MATCH (m:CaseMaterial)-[:FOR_WORKSHOP]->(:Workshop {id: $workshopId}) RETURN count(m) AS n',
      { workshopId },
    );
    expect(n.n).toBe(0);
  });

  it('accepts soft flags (names, rare combinations) only once the author confirms them', async () => {
    const soft = { background: '【架空】山田町に住むスリランカ国籍の方', response: '田中さんが同行した' };
    const refused = await submit(participant.token, soft);
    expect(refused.errors![0].extensions!.flags).toEqual([
      { field: 'background', kind: 'RARE_COMBINATION', match: '山田町 + スリランカ', soft: true },
      { field: 'response', kind: 'PERSONAL_NAME', match: '田中さん', soft: true },
    ]);
    const accepted = await submit(participant.token, {
      ...soft,
      confirmedFlags: [
        { field: 'background', kind: 'RARE_COMBINATION', match: '山田町 + スリランカ' },
        { field: 'response', kind: 'PERSONAL_NAME', match: '田中さん' },
      ],
    });
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data!.submitCaseMaterial.material.confirmedFlags).toHaveLength(2);
    // Revise it into a clean version (same id), so the later tests share a clean case.
    const revised = await submit(participant.token, { id: accepted.data!.submitCaseMaterial.material.id });
    expect(revised.data!.submitCaseMaterial.material).toMatchObject({
      status: 'SUBMITTED',
      confirmedFlags: [],
    });
  });

  it('lets only participants, facilitators and organizers submit', async () => {
    expect(errorCode(await submit(outsider.token, {}))).toBe('FORBIDDEN');
    expect(errorCode(await submit(waitlisted.token, {}))).toBe('FORBIDDEN');
    expect(errorCode(await submit(isaToken, {}))).toBe('FORBIDDEN');
  });
});

describe('a workshop without facilitators', () => {
  it('has its organizers review the materials, and says so', async () => {
    const alone = await h.createUser('WORKSHOP_ORGANIZER');
    const aloneToken = await h.signIn(alone);
    const [author] = await fx.graduates(1);
    const soloWorkshop = await fx.createWorkshop(aloneToken, `${RUN}-solo`, { capacity: 2 });
    const registered = await h.gql(
      REGISTER,
      { input: { workshopId: soloWorkshop, peerConsent: false } },
      author.token,
    );
    expect(registered.errors).toBeUndefined();
    const submitted = await h.gql<{ submitCaseMaterial: { material: { id: string } } }>(
      SUBMIT,
      { input: { workshopId: soloWorkshop, ...CASE } },
      author.token,
    );
    expect(submitted.errors).toBeUndefined();
    const id = submitted.data!.submitCaseMaterial.material.id;
    const WHO = `mutation($id: ID!) { openCaseMaterial(input: {id: $id}) { material { viewerCanReview reviewers } } }`;
    const seen = await h.gql<{
      openCaseMaterial: { material: { viewerCanReview: boolean; reviewers: string } };
    }>(WHO, { id }, aloneToken);
    expect(seen.data!.openCaseMaterial.material).toEqual({ viewerCanReview: true, reviewers: 'ORGANIZERS' });
    expect(errorCode(await h.gql(REVIEW, { input: { id, approve: true } }, author.token))).toBe('FORBIDDEN');
    const approved = await h.gql<{ reviewCaseMaterial: { material: { status: string } } }>(
      REVIEW,
      { input: { id, approve: true } },
      aloneToken,
    );
    expect(approved.errors).toBeUndefined();
    expect(approved.data!.reviewCaseMaterial.material.status).toBe('APPROVED');
  });
});

describe('review, access and the access log', () => {
  let materialId: string;

  it('is approved by a facilitator only; before that, participants cannot open it', async () => {
    const list = await h.gql<{
      workshop: { materials: { edges: { node: { id: string; mine: boolean } }[] } };
    }>(LIST, { id: workshopId }, participant.token);
    materialId = list.data!.workshop.materials.edges.find((e) => e.node.mine)!.node.id;
    expect(errorCode(await h.gql(OPEN, { id: materialId }, other.token))).toBe('FORBIDDEN');
    const notYet = await h.gql<{ workshop: { materials: { edges: unknown[] } } }>(
      LIST,
      { id: workshopId },
      other.token,
    );
    expect(notYet.data!.workshop.materials.edges).toEqual([]);

    expect(
      errorCode(await h.gql(REVIEW, { input: { id: materialId, approve: true } }, organizer.token)),
    ).toBe('FORBIDDEN');
    expect(
      errorCode(await h.gql(REVIEW, { input: { id: materialId, approve: true } }, participant.token)),
    ).toBe('FORBIDDEN');
    const returned = await h.gql(REVIEW, { input: { id: materialId, approve: false } }, facilitator.token);
    expect(returned.errors![0].extensions!.field).toBe('comment');
    const approved = await h.gql<{ reviewCaseMaterial: { material: { status: string } } }>(
      REVIEW,
      { input: { id: materialId, approve: true, comment: 'OK' } },
      facilitator.token,
    );
    expect(approved.data!.reviewCaseMaterial.material.status).toBe('APPROVED');
    const [note] = await h.graph.readRows<{ kind: string }>(
      `MATCH (n:Notification)-[:FOR]->(:User)-[:ACTS_AS]->(:Coordinator {id: $id}) WHERE n.link ENDS WITH $materialId
       RETURN n.kind AS kind`,
      { id: other.id, materialId },
    );
    expect(note.kind).toBe('WORKSHOP_MATERIAL_SHARED');
  });

  it('opens for confirmed participants, facilitators and organizers; to everyone else as if it did not exist', async () => {
    for (const token of [other.token, participant.token, facilitator.token, organizer.token]) {
      const opened = await h.gql<{ openCaseMaterial: { material: { id: string; lessons: string } } }>(
        OPEN,
        { id: materialId },
        token,
      );
      expect(opened.errors).toBeUndefined();
      expect(opened.data!.openCaseMaterial.material.lessons).toBe(CASE.lessons);
    }
    for (const token of [outsider.token, waitlisted.token, isaToken]) {
      const refused = await h.gql<{ openCaseMaterial: unknown }>(OPEN, { id: materialId }, token);
      const unknown = await h.gql<{ openCaseMaterial: unknown }>(OPEN, { id: 'no-such-material' }, token);
      expect(errorCode(refused)).toBe('NOT_FOUND');
      expect(refused.errors![0].message).toBe(unknown.errors![0].message);
      expect(refused.data?.openCaseMaterial ?? null).toBeNull();
      const review = await h.gql(REVIEW, { input: { id: materialId, approve: true } }, token);
      expect(errorCode(review)).toBe('NOT_FOUND');
    }
    expect(errorCode(await h.gql(OPEN, { id: 'no-such-material' }, other.token))).toBe('NOT_FOUND');
  });

  it('logs every opening (who, when, granted) for ISA and the organizers only', async () => {
    type Log = {
      materialAccessLog: {
        edges: { node: { reader: { id: string }; readerRole: string; granted: boolean; at: string } }[];
      };
    };
    const log = await h.gql<Log>(LOG, { id: workshopId }, isaToken);
    expect(log.errors).toBeUndefined();
    const entries = log.data!.materialAccessLog.edges.map((e) => e.node);
    // 1 refused before approval + 4 granted + 3 refused.
    expect(entries).toHaveLength(8);
    expect(entries.filter((e) => e.granted)).toHaveLength(4);
    expect(
      entries
        .filter((e) => e.reader.id === other.user.id)
        .map((e) => e.granted)
        .sort(),
    ).toEqual([false, true]);
    expect(entries.some((e) => e.readerRole === 'ISA_ADMIN' && !e.granted)).toBe(true);
    const times = entries.map((e) => e.at);
    expect([...times].sort().reverse()).toEqual(times);
    expect((await h.gql<Log>(LOG, { id: workshopId }, organizer.token)).errors).toBeUndefined();
    expect(errorCode(await h.gql(LOG, { id: workshopId }, facilitator.token))).toBe('FORBIDDEN');
    expect(errorCode(await h.gql(LOG, { id: workshopId }, participant.token))).toBe('FORBIDDEN');
  });

  it('lets an ISA organizer of the workshop open it', async () => {
    const isa = await h.createUser('ISA_ADMIN');
    const token = await h.signIn(isa);
    await h.graph.writeRows('MATCH (u:User {id: $id}), (w:Workshop {id: $w}) CREATE (u)-[:ORGANIZES]->(w)', {
      id: isa.id,
      w: workshopId,
    });
    expect((await h.gql(OPEN, { id: materialId }, token)).errors).toBeUndefined();
  });

  it('cannot change once approved', async () => {
    expect(errorCode(await submit(participant.token, { id: materialId }))).toBe('CONFLICT');
  });
});
