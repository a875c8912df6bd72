import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, startHarness, type Harness } from '../support/api-harness.js';
import { coordinatorFixtures, type TestCoordinator } from '../fixtures/graduates/coordinators.js';

const REQUEST = `mutation($input: RequestPeerConnectionInput!) { requestPeerConnection(input: $input) {
  request { id status from { id } to { id } } } }`;
const RESPOND = `mutation($input: RespondToPeerRequestInput!) { respondToPeerRequest(input: $input) {
  request { id status } } }`;
const PENDING = `{ peerRequests(first: 20) { edges { node { id from { id } to { id } } } } }`;
const PEERS = `{ myPeers(first: 50) { edges { node { id isPeer } } } }`;
const SEND = `mutation($input: SendHandoffInput!) { sendHandoff(input: $input) { handoff { id status } } }`;
const HANDOFF = `query($id: ID!) { handoff(id: $id) { id status outcome summary from { id } to { id }
  messages { body author { id } } } }`;
const RESPOND_HANDOFF = `mutation($input: RespondToHandoffInput!) { respondToHandoff(input: $input) { handoff { status } } }`;
const POST = `mutation($input: PostHandoffMessageInput!) { postHandoffMessage(input: $input) {
  handoff { messages { body } } } }`;
const OUTCOME = `mutation($input: RecordHandoffOutcomeInput!) { recordHandoffOutcome(input: $input) {
  handoff { status outcome } } }`;
const LIST = `{ handoffs(first: 20) { edges { node { id } } } }`;

let h: Harness;
let fixtures: ReturnType<typeof coordinatorFixtures>;
let gunma: TestCoordinator;
let osaka: TestCoordinator;
let third: TestCoordinator;
let isaToken: string;

beforeAll(async () => {
  h = await startHarness();
  fixtures = coordinatorFixtures(h);
  gunma = await fixtures.create({ prefecture: '10' });
  osaka = await fixtures.create({ prefecture: '27' });
  third = await fixtures.create({ prefecture: '40' });
  isaToken = await h.signIn(await h.createUser('ISA_ADMIN'));
});
afterAll(async () => {
  await fixtures?.cleanup();
  await h?.close();
});

describe('peer links by connect request', () => {
  it('links two coordinators when the other accepts, and only the recipient can answer', async () => {
    const sent = await h.gql<{ requestPeerConnection: { request: { id: string; status: string } } }>(
      REQUEST,
      { input: { coordinatorId: osaka.id } },
      gunma.token,
    );
    expect(sent.errors).toBeUndefined();
    const requestId = sent.data!.requestPeerConnection.request.id;
    expect(errorCode(await h.gql(REQUEST, { input: { coordinatorId: osaka.id } }, gunma.token))).toBe(
      'CONFLICT',
    );
    expect(errorCode(await h.gql(REQUEST, { input: { coordinatorId: gunma.id } }, gunma.token))).toBe(
      'BAD_USER_INPUT',
    );

    type Pending = { peerRequests: { edges: { node: { id: string } }[] } };
    const pending = await h.gql<Pending>(PENDING, {}, osaka.token);
    expect(pending.data!.peerRequests.edges.map((e) => e.node.id)).toContain(requestId);
    const thirds = await h.gql<Pending>(PENDING, {}, third.token);
    expect(thirds.data!.peerRequests.edges).toEqual([]);

    expect(errorCode(await h.gql(RESPOND, { input: { requestId, accept: true } }, third.token))).toBe(
      'NOT_FOUND',
    );
    expect(errorCode(await h.gql(RESPOND, { input: { requestId, accept: true } }, gunma.token))).toBe(
      'NOT_FOUND',
    );
    const accepted = await h.gql(RESPOND, { input: { requestId, accept: true } }, osaka.token);
    expect(accepted.errors).toBeUndefined();
    expect(errorCode(await h.gql(RESPOND, { input: { requestId, accept: false } }, osaka.token))).toBe(
      'CONFLICT',
    );

    const [link] = await h.graph.readRows<{ via: string }>(
      'MATCH (:Coordinator {id: $a})-[p:PEER_OF]-(:Coordinator {id: $b}) RETURN p.via AS via',
      { a: gunma.id, b: osaka.id },
    );
    expect(link.via).toBe('CONNECT_REQUEST');
    const peers = await h.gql<{ myPeers: { edges: { node: { id: string; isPeer: boolean } }[] } }>(
      PEERS,
      {},
      gunma.token,
    );
    expect(peers.data!.myPeers.edges.map((e) => e.node)).toContainEqual({ id: osaka.id, isPeer: true });
    expect(errorCode(await h.gql(PEERS, {}, isaToken))).toBe('FORBIDDEN');
  });
});

describe('hand-offs between peers', () => {
  const summary = '【架空】技能実習生（30代）の労働条件の相談。ベトナム語で対応できる相談先を探しています。';

  it('refuses summaries with obvious identifiers, naming the field', async () => {
    for (const text of [
      `${summary} 連絡先 090-1234-5678`,
      `${summary} 在留カード AB12345678CD`,
      `${summary} mail tanaka@example.com`,
      `${summary} 生年月日 1990年4月12日`,
    ]) {
      const result = await h.gql(SEND, { input: { toCoordinatorId: osaka.id, summary: text } }, gunma.token);
      expect(errorCode(result), text).toBe('BAD_USER_INPUT');
      expect(result.errors![0].extensions!.field).toBe('summary');
    }
    const [row] = await h.graph.readRows<{ n: number }>(
      'MATCH (:Coordinator {id: $id})-[:HANDED_OFF]->(h) RETURN count(h) AS n',
      { id: gunma.id },
    );
    expect(row.n).toBe(0);
  });

  it('goes to peers only', async () => {
    const result = await h.gql(SEND, { input: { toCoordinatorId: third.id, summary } }, gunma.token);
    expect(result.errors![0].extensions!.field).toBe('toCoordinatorId');
  });

  it('is a thread only its two parties can read or write', async () => {
    const sent = await h.gql<{ sendHandoff: { handoff: { id: string; status: string } } }>(
      SEND,
      { input: { toCoordinatorId: osaka.id, summary, domain: 'WRK-CND', language: 'vi' } },
      gunma.token,
    );
    expect(sent.errors).toBeUndefined();
    const id = sent.data!.sendHandoff.handoff.id;
    expect(sent.data!.sendHandoff.handoff.status).toBe('PENDING');

    expect(errorCode(await h.gql(HANDOFF, { id }, third.token))).toBe('NOT_FOUND');
    expect(errorCode(await h.gql(HANDOFF, { id }, isaToken))).toBe('FORBIDDEN');
    expect(
      errorCode(await h.gql(POST, { input: { handoffId: id, body: '【架空】こんにちは' } }, third.token)),
    ).toBe('NOT_FOUND');
    expect(
      errorCode(await h.gql(RESPOND_HANDOFF, { input: { handoffId: id, accept: true } }, third.token)),
    ).toBe('NOT_FOUND');
    type List = { handoffs: { edges: { node: { id: string } }[] } };
    expect((await h.gql<List>(LIST, {}, third.token)).data!.handoffs.edges).toEqual([]);
    expect((await h.gql<List>(LIST, {}, osaka.token)).data!.handoffs.edges.map((e) => e.node.id)).toContain(
      id,
    );

    // the sender cannot accept their own hand-off
    expect(
      errorCode(await h.gql(RESPOND_HANDOFF, { input: { handoffId: id, accept: true } }, gunma.token)),
    ).toBe('FORBIDDEN');
    expect(
      (await h.gql(RESPOND_HANDOFF, { input: { handoffId: id, accept: true } }, osaka.token)).errors,
    ).toBeUndefined();
    await h.gql(POST, { input: { handoffId: id, body: '【架空】お受けします。' } }, osaka.token);
    const bad = await h.gql(
      POST,
      { input: { handoffId: id, body: '電話は 03-1234-5678 です' } },
      gunma.token,
    );
    expect(bad.errors![0].extensions!.field).toBe('body');
    await h.gql(POST, { input: { handoffId: id, body: '【架空】よろしくお願いします。' } }, gunma.token);
    const closed = await h.gql<{ recordHandoffOutcome: { handoff: { status: string; outcome: string } } }>(
      OUTCOME,
      { input: { handoffId: id, outcome: 'RESOLVED' } },
      osaka.token,
    );
    expect(closed.data!.recordHandoffOutcome.handoff).toEqual({ status: 'CLOSED', outcome: 'RESOLVED' });

    type Thread = { handoff: { messages: { body: string; author: { id: string } }[] } };
    const thread = await h.gql<Thread>(HANDOFF, { id }, gunma.token);
    expect(thread.data!.handoff.messages).toEqual([
      { body: '【架空】お受けします。', author: { id: osaka.id } },
      { body: '【架空】よろしくお願いします。', author: { id: gunma.id } },
    ]);
    expect(thread.extensions?.neo4jRoundTrips).toBe(2);
  });
});
