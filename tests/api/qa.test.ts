import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, startHarness, type Harness } from '../support/api-harness.js';

const THREAD_FIELDS = `id title body mine edited replyCount moderation { reason } domains { code } prefecture { code }
  bureau { code } author { id prefecture { code } }`;
const REPLY_FIELDS = `id body mine edited helpedCount helpedByMe moderation { reason } author { id prefecture { code } }`;
const CREATE_THREAD = `mutation($input: CreateQaThreadInput!) { createQaThread(input: $input) { thread { ${THREAD_FIELDS} } } }`;
const UPDATE_THREAD = `mutation($input: UpdateQaThreadInput!) { updateQaThread(input: $input) { thread { ${THREAD_FIELDS} } } }`;
const REPLY = `mutation($input: CreateQaReplyInput!) { createQaReply(input: $input) { reply { ${REPLY_FIELDS} } } }`;
const UPDATE_REPLY = `mutation($input: UpdateQaReplyInput!) { updateQaReply(input: $input) { reply { ${REPLY_FIELDS} } } }`;
const HELPED = `mutation($id: ID!) { markQaReplyHelpful(input: {id: $id}) { reply { ${REPLY_FIELDS} } } }`;
const DELETE = `mutation($id: ID!) { deleteQaPost(input: {id: $id}) { id deleted } }`;
const MODERATE = `mutation($input: ModerateQaPostInput!) { moderateQaPost(input: $input) { id hidden } }`;
const THREAD = `query($id: ID!) { qaThread(id: $id) { ${THREAD_FIELDS} replies { edges { node { ${REPLY_FIELDS} } } pageInfo { hasNextPage } } } }`;
const LIST = `query($filter: QaThreadFilter, $after: String, $first: Int) { qaThreads(first: $first, after: $after, filter: $filter) {
  edges { node { id replyCount } } pageInfo { hasNextPage endCursor } } }`;

type Thread = {
  id: string;
  mine: boolean;
  edited: boolean;
  replyCount: number;
  moderation: { reason: string } | null;
};
type Reply = {
  id: string;
  helpedCount: number;
  helpedByMe: boolean;
  mine: boolean;
  moderation: { reason: string } | null;
};
type ThreadPage = { qaThread: Thread & { replies: { edges: { node: Reply }[] } } };
type List = {
  qaThreads: {
    edges: { node: { id: string; replyCount: number } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string };
  };
};

let h: Harness;
let gunma: { id: string; token: string };
let osaka: { id: string; token: string };
let third: string;
let isa: string;
let organizer: string;
let localGov: string;

const question = (overrides: Record<string, unknown> = {}) => ({
  title: '【架空】技能実習生の転籍について',
  body: '【架空】労働条件の相談で、転籍の手続きに詳しい相談先をご存じの方はいますか。',
  domains: ['LABOR'],
  prefecture: '10',
  confirmNoClientIdentifiers: true,
  ...overrides,
});

async function ask(overrides: Record<string, unknown> = {}): Promise<Thread> {
  const made = await h.gql<{ createQaThread: { thread: Thread } }>(
    CREATE_THREAD,
    { input: question(overrides) },
    gunma.token,
  );
  expect(made.errors).toBeUndefined();
  return made.data!.createQaThread.thread;
}

async function answer(
  threadId: string,
  token: string,
  body = '【架空】県の国際交流協会が詳しいです。',
): Promise<Reply> {
  const made = await h.gql<{ createQaReply: { reply: Reply } }>(
    REPLY,
    { input: { threadId, body, confirmNoClientIdentifiers: true } },
    token,
  );
  expect(made.errors).toBeUndefined();
  return made.data!.createQaReply.reply;
}

beforeAll(async () => {
  h = await startHarness();
  const g = await h.createUser('COORDINATOR', { prefecture: '10' }); // Gunma (Tokyo bureau)
  const o = await h.createUser('COORDINATOR', { prefecture: '27' }); // Osaka
  gunma = { id: g.id, token: await h.signIn(g) };
  osaka = { id: o.id, token: await h.signIn(o) };
  third = await h.signIn(await h.createUser('COORDINATOR', { prefecture: '01' }));
  isa = await h.signIn(await h.createUser('ISA_ADMIN'));
  organizer = await h.signIn(await h.createUser('WORKSHOP_ORGANIZER'));
  localGov = await h.signIn(await h.createUser('LOCAL_GOV'));
  const [{ code }] = await h.graph.readRows<{ code: string }>(
    'MATCH (d:SupportDomain) RETURN d.code AS code ORDER BY code LIMIT 1',
  );
  domainCode = code;
});

let domainCode = 'LABOR';

afterAll(async () => {
  await h.graph.writeRows(
    `MATCH (u:User)-[:POSTED]->(p:QaPost) WHERE u.test
     OPTIONAL MATCH (n:Notification)-[:ABOUT]->(p)
     DETACH DELETE n, p`,
  );
  await h.close();
});

describe('asking and answering across regions', () => {
  it('lets a graduate ask and a peer in another region answer; the reply notifies the asker', async () => {
    const thread = await ask({ domains: [domainCode] });
    expect(thread.mine).toBe(true);
    const reply = await answer(thread.id, osaka.token);
    expect(reply.mine).toBe(true);

    const seen = await h.gql<ThreadPage>(THREAD, { id: thread.id }, gunma.token);
    expect(seen.errors).toBeUndefined();
    expect(seen.data!.qaThread.replyCount).toBe(1);
    const node = seen.data!.qaThread.replies.edges[0].node as Reply & {
      author: { prefecture: { code: string } };
    };
    expect(node.author.prefecture.code).toBe('27');
    expect(node.mine).toBe(false);
    // The thread and its first page of replies come from one statement after the session lookup.
    expect(seen.extensions?.neo4jRoundTrips).toBeLessThanOrEqual(2);

    const [row] = await h.graph.readRows<{ n: number }>(
      `MATCH (:User {id: $id})<-[:FOR]-(n:Notification {kind: 'QA_REPLY'})-[:ABOUT]->(:QaReply {id: $reply}) RETURN count(n) AS n`,
      { id: gunma.id, reply: reply.id },
    );
    expect(row.n).toBe(1);
  });

  it('lets COORDINATOR, ISA and organizers read, and refuses LOCAL_GOV', async () => {
    const thread = await ask({ domains: [domainCode] });
    for (const token of [osaka.token, isa, organizer]) {
      expect((await h.gql<ThreadPage>(THREAD, { id: thread.id }, token)).data?.qaThread.id).toBe(thread.id);
    }
    expect(errorCode(await h.gql(THREAD, { id: thread.id }, localGov))).toBe('FORBIDDEN');
    expect(errorCode(await h.gql(LIST, {}, localGov))).toBe('FORBIDDEN');
    expect(
      errorCode(await h.gql(CREATE_THREAD, { input: question({ domains: [domainCode] }) }, organizer)),
    ).toBe('FORBIDDEN');
  });

  it('filters by domain and region, and pages with cursors', async () => {
    const a = await ask({ domains: [domainCode], prefecture: '27', title: '【架空】大阪の相談先' });
    const b = await ask({
      domains: [domainCode],
      prefecture: null,
      bureau: 'OSK',
      title: '【架空】大阪局管内',
    });
    const byBureau = await h.gql<List>(LIST, { first: 100, filter: { bureau: 'OSK' } }, osaka.token);
    const ids = byBureau.data!.qaThreads.edges.map((e) => e.node.id);
    expect(ids).toEqual(expect.arrayContaining([a.id, b.id]));
    const byPref = await h.gql<List>(LIST, { first: 100, filter: { prefecture: '27' } }, osaka.token);
    expect(byPref.data!.qaThreads.edges.map((e) => e.node.id)).toContain(a.id);
    expect(byPref.data!.qaThreads.edges.map((e) => e.node.id)).not.toContain(b.id);

    const first = await h.gql<List>(LIST, { first: 1 }, osaka.token);
    const second = await h.gql<List>(
      LIST,
      { first: 1, after: first.data!.qaThreads.pageInfo.endCursor },
      osaka.token,
    );
    expect(first.data!.qaThreads.pageInfo.hasNextPage).toBe(true);
    expect(second.data!.qaThreads.edges[0].node.id).not.toBe(first.data!.qaThreads.edges[0].node.id);
  });
});

describe('"this helped"', () => {
  it("counts once per person, also when sent twice at once, and never for one's own answer", async () => {
    const thread = await ask({ domains: [domainCode] });
    const reply = await answer(thread.id, osaka.token);
    const [x, y] = await Promise.all([
      h.gql<{ markQaReplyHelpful: { reply: Reply } }>(HELPED, { id: reply.id }, gunma.token),
      h.gql<{ markQaReplyHelpful: { reply: Reply } }>(HELPED, { id: reply.id }, gunma.token),
    ]);
    expect(x.errors ?? y.errors).toBeUndefined();
    const again = await h.gql<{ markQaReplyHelpful: { reply: Reply } }>(
      HELPED,
      { id: reply.id },
      gunma.token,
    );
    expect(again.data!.markQaReplyHelpful.reply).toMatchObject({ helpedCount: 1, helpedByMe: true });
    const other = await h.gql<{ markQaReplyHelpful: { reply: Reply } }>(HELPED, { id: reply.id }, third);
    expect(other.data!.markQaReplyHelpful.reply.helpedCount).toBe(2);
    const own = await h.gql(HELPED, { id: reply.id }, osaka.token);
    expect(errorCode(own)).toBe('BAD_USER_INPUT');
  });
});

describe("editing and deleting one's own posts", () => {
  it('edits own posts only, and a deleted post disappears for everyone', async () => {
    const thread = await ask({ domains: [domainCode] });
    const reply = await answer(thread.id, osaka.token);
    const edited = await h.gql<{ updateQaThread: { thread: Thread } }>(
      UPDATE_THREAD,
      {
        input: {
          id: thread.id,
          ...question({ domains: [domainCode], title: '【架空】転籍の相談先（追記）' }),
        },
      },
      gunma.token,
    );
    expect(edited.data!.updateQaThread.thread.edited).toBe(true);
    const notMine = await h.gql(
      UPDATE_THREAD,
      { input: { id: thread.id, ...question({ domains: [domainCode] }) } },
      osaka.token,
    );
    expect(errorCode(notMine)).toBe('FORBIDDEN');
    const replyEdit = await h.gql<{ updateQaReply: { reply: Reply } }>(
      UPDATE_REPLY,
      { input: { id: reply.id, body: '【架空】追記：ハローワークも。', confirmNoClientIdentifiers: true } },
      osaka.token,
    );
    expect(replyEdit.data!.updateQaReply.reply).toMatchObject({
      edited: true,
      body: '【架空】追記：ハローワークも。',
    });
    expect(errorCode(await h.gql(DELETE, { id: reply.id }, gunma.token))).toBe('FORBIDDEN');

    expect(
      (await h.gql<{ deleteQaPost: { deleted: boolean } }>(DELETE, { id: reply.id }, osaka.token)).data!
        .deleteQaPost.deleted,
    ).toBe(true);
    const after = await h.gql<ThreadPage>(THREAD, { id: thread.id }, isa);
    expect(after.data!.qaThread.replyCount).toBe(0);
    expect(after.data!.qaThread.replies.edges).toEqual([]);

    await h.gql(DELETE, { id: thread.id }, gunma.token);
    for (const token of [gunma.token, osaka.token, isa]) {
      expect(errorCode(await h.gql(THREAD, { id: thread.id }, token))).toBe('NOT_FOUND');
    }
    const [kept] = await h.graph.readRows<{ n: number }>('MATCH (p:QaPost {id: $id}) RETURN count(p) AS n', {
      id: thread.id,
    });
    expect(kept.n).toBe(1);
  });
});

describe('moderation', () => {
  it('hides a post with a reason that its author and ISA see, and nobody else', async () => {
    const thread = await ask({ domains: [domainCode] });
    const reply = await answer(thread.id, osaka.token);
    expect(
      errorCode(await h.gql(MODERATE, { input: { id: reply.id, hide: true, reason: 'x' } }, gunma.token)),
    ).toBe('FORBIDDEN');
    const noReason = await h.gql(MODERATE, { input: { id: reply.id, hide: true } }, isa);
    expect(errorCode(noReason)).toBe('BAD_USER_INPUT');
    expect(noReason.errors![0].extensions!.field).toBe('reason');

    const hidden = await h.gql<{ moderateQaPost: { hidden: boolean } }>(
      MODERATE,
      { input: { id: reply.id, hide: true, reason: '特定の事業所名が含まれるため' } },
      isa,
    );
    expect(hidden.data!.moderateQaPost.hidden).toBe(true);
    const asAuthor = await h.gql<ThreadPage>(THREAD, { id: thread.id }, osaka.token);
    expect(asAuthor.data!.qaThread.replies.edges[0].node.moderation?.reason).toBe(
      '特定の事業所名が含まれるため',
    );
    const asIsa = await h.gql<ThreadPage>(THREAD, { id: thread.id }, isa);
    expect(asIsa.data!.qaThread.replies.edges).toHaveLength(1);
    const asAsker = await h.gql<ThreadPage>(THREAD, { id: thread.id }, gunma.token);
    expect(asAsker.data!.qaThread.replies.edges).toEqual([]);
    expect(asAsker.data!.qaThread.replyCount).toBe(0);
    expect(errorCode(await h.gql(HELPED, { id: reply.id }, gunma.token))).toBe('NOT_FOUND');

    await h.gql(MODERATE, { input: { id: thread.id, hide: true, reason: '重複した質問' } }, isa);
    expect(errorCode(await h.gql(THREAD, { id: thread.id }, osaka.token))).toBe('NOT_FOUND');
    const list = await h.gql<List>(LIST, { first: 100 }, osaka.token);
    expect(list.data!.qaThreads.edges.map((e) => e.node.id)).not.toContain(thread.id);
    const own = await h.gql<ThreadPage>(THREAD, { id: thread.id }, gunma.token);
    expect(own.data!.qaThread.moderation?.reason).toBe('重複した質問');

    await h.gql(MODERATE, { input: { id: thread.id, hide: false } }, isa);
    expect(
      (await h.gql<ThreadPage>(THREAD, { id: thread.id }, osaka.token)).data!.qaThread.moderation,
    ).toBeNull();
  });
});

describe('client confidentiality', () => {
  it('asks the author to confirm likely names of people, and posts once each is confirmed', async () => {
    const named = question({
      domains: [domainCode],
      body: '【架空】グエン・ヴァン・アンさんの転籍について相談です。',
    });
    const asked = await h.gql(CREATE_THREAD, { input: named }, gunma.token);
    expect(errorCode(asked)).toBe('BAD_USER_INPUT');
    expect(asked.errors![0].extensions!.field).toBe('body');
    expect(asked.errors![0].extensions!.identifiers).toEqual([
      { kind: 'PERSON_NAME', match: 'グエン・ヴァン・アンさん', soft: true },
    ]);
    const wrongWord = await h.gql(
      CREATE_THREAD,
      { input: { ...named, confirmedNames: ['グエン'] } },
      gunma.token,
    );
    expect(errorCode(wrongWord)).toBe('BAD_USER_INPUT');
    const posted = await h.gql(
      CREATE_THREAD,
      { input: { ...named, confirmedNames: ['グエン・ヴァン・アンさん'] } },
      gunma.token,
    );
    expect(posted.errors).toBeUndefined();

    const thread = await ask({ domains: [domainCode] });
    const reply = {
      threadId: thread.id,
      body: '相談者はグエン・ヴァン・アン、と書かないでください',
      confirmNoClientIdentifiers: true,
    };
    const refused = await h.gql(REPLY, { input: reply }, gunma.token);
    expect((refused.errors![0].extensions!.identifiers as { match: string }[]).map((f) => f.match)).toEqual([
      'グエン・ヴァン・アン',
    ]);
    const confirmed = await h.gql(
      REPLY,
      { input: { ...reply, confirmedNames: ['グエン・ヴァン・アン'] } },
      gunma.token,
    );
    expect(confirmed.errors).toBeUndefined();
  });

  it('requires the confirmation and refuses obvious identifiers, naming the field and what was found', async () => {
    const unconfirmed = await h.gql(
      CREATE_THREAD,
      { input: question({ domains: [domainCode], confirmNoClientIdentifiers: false }) },
      gunma.token,
    );
    expect(unconfirmed.errors![0].extensions!.field).toBe('confirmNoClientIdentifiers');

    const leaky = await h.gql(
      CREATE_THREAD,
      {
        input: question({
          domains: [domainCode],
          body: '【架空】相談者（1990年4月1日生、在留カード AB12345678CD、090-1234-5678、x@example.com）について',
        }),
      },
      gunma.token,
    );
    expect(errorCode(leaky)).toBe('BAD_USER_INPUT');
    expect(leaky.errors![0].extensions!.field).toBe('body');
    const kinds = (leaky.errors![0].extensions!.identifiers as { kind: string }[]).map((f) => f.kind).sort();
    expect(kinds).toEqual(['BIRTH_DATE', 'EMAIL_ADDRESS', 'PHONE_NUMBER', 'RESIDENCE_CARD_NUMBER']);

    const thread = await ask({ domains: [domainCode] });
    const leakyReply = await h.gql(
      REPLY,
      {
        input: {
          threadId: thread.id,
          body: '本人の番号は 03-1234-5678 です',
          confirmNoClientIdentifiers: true,
        },
      },
      osaka.token,
    );
    expect(leakyReply.errors![0].extensions!.field).toBe('body');
    const [row] = await h.graph.readRows<{ n: number }>(
      `MATCH (u:User {id: $id})-[:POSTED]->(p:QaPost) WHERE p.body CONTAINS '090-1234-5678' OR p.body CONTAINS '03-1234-5678' RETURN count(p) AS n`,
      { id: gunma.id },
    );
    expect(row.n).toBe(0);
  });
});
