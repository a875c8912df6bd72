import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../support/api-harness.js';

const CREATE = `mutation($input: CreateNoticeInput!) { createNotice(input: $input) { notice { id } } }`;
const PUBLISH = `mutation($input: PublishNoticeInput!) { publishNotice(input: $input) { notice { id } } }`;
const ACK = `mutation($id: ID!) { acknowledgeNotice(input: {id: $id}) { notice { id } } }`;
const READ = `mutation($id: ID!) { markNoticeRead(input: {id: $id}) { notice { id } } }`;
const LIST = `{ notifications(first: 100) { unreadCount edges { node { id kind read noticeId threadId actorName } } } }`;
const BADGES = `{ viewer { unreadNoticeCount unreadNotificationCount noticeFeedActive } }`;
const MARK = `mutation($input: MarkNotificationsReadInput!) { markNotificationsRead(input: $input) { unreadCount } }`;
const FEED = `mutation($revoke: Boolean!) { manageNoticeFeedToken(input: {revoke: $revoke}) { token feedPath active } }`;
const THREAD = `mutation($input: CreateQaThreadInput!) { createQaThread(input: $input) { thread { id } } }`;
const REPLY = `mutation($input: CreateQaReplyInput!) { createQaReply(input: $input) { reply { id } } }`;

type Item = {
  id: string;
  kind: string;
  read: boolean;
  noticeId: string | null;
  threadId: string | null;
  actorName: string | null;
};
type Notifications = { notifications: { unreadCount: number; edges: { node: Item }[] } };

let h: Harness;
let isa: string;
let osaka: string;
let hokkaido: string;
const notices: string[] = [];

async function notice(
  title: string,
  importance: string,
  bureaus: string[],
  body = '【架空】本文です。',
): Promise<string> {
  const made = await h.gql<{ createNotice: { notice: { id: string } } }>(
    CREATE,
    {
      input: {
        content: {
          title,
          bodyMarkdown: body,
          category: 'ADMINISTRATIVE',
          importance,
          audience: { allRegions: false, bureaus },
        },
      },
    },
    isa,
  );
  const id = made.data!.createNotice.notice.id;
  notices.push(id);
  expect((await h.gql(PUBLISH, { input: { id } }, isa)).errors).toBeUndefined();
  return id;
}

async function items(token: string): Promise<Notifications['notifications']> {
  const result = await h.gql<Notifications>(LIST, {}, token);
  expect(result.errors).toBeUndefined();
  return result.data!.notifications;
}

beforeAll(async () => {
  h = await startHarness();
  isa = await h.signIn(await h.createUser('ISA_ADMIN'));
  osaka = await h.signIn(await h.createUser('COORDINATOR', { prefecture: '27' }));
  hokkaido = await h.signIn(await h.createUser('COORDINATOR', { prefecture: '01' }));
});

afterAll(async () => {
  await h.graph.writeRows(
    `MATCH (n:Notice) WHERE n.id IN $ids OPTIONAL MATCH (rev:NoticeRevision)-[:OF]->(n) DETACH DELETE rev, n`,
    { ids: notices },
  );
  await h.graph.writeRows(
    `MATCH (u:User)-[:POSTED]->(p:QaPost) WHERE u.test OPTIONAL MATCH (n:Notification)-[:ABOUT]->(p) DETACH DELETE n, p`,
  );
  await h.graph.writeRows(`MATCH (u:User)-[:HAS_FEED_TOKEN]->(f:FeedToken) WHERE u.test DETACH DELETE f`);
  await h.close();
});

describe('notifications', () => {
  it('tells the audience about a new notice and an acknowledgement due, and nobody else', async () => {
    const news = await notice('【架空】大阪局からの新しいお知らせ', 'NORMAL', ['OSK']);
    const due = await notice('【架空】確認が必要なお知らせ', 'REQUIRES_ACKNOWLEDGEMENT', ['OSK']);
    const mine = await items(osaka);
    const newItem = mine.edges.find((e) => e.node.noticeId === news)!.node;
    const dueItem = mine.edges.find((e) => e.node.noticeId === due)!.node;
    expect(newItem).toMatchObject({ kind: 'NEW_NOTICE', read: false });
    expect(dueItem).toMatchObject({ kind: 'ACKNOWLEDGEMENT_DUE', read: false });
    expect((await items(hokkaido)).edges.map((e) => e.node.noticeId)).not.toContain(news);

    // Reading the notice reads its notification; confirming removes the "due" one.
    const before = mine.unreadCount;
    await h.gql(READ, { id: news }, osaka);
    expect((await items(osaka)).unreadCount).toBe(before - 1);
    await h.gql(ACK, { id: due }, osaka);
    const after = await items(osaka);
    expect(after.edges.map((e) => e.node.noticeId)).not.toContain(due);
    expect(after.unreadCount).toBe(before - 2);
  });

  it('tells a thread author about a reply, and marks read one by one or all at once', async () => {
    const asker = await h.createUser('COORDINATOR', { prefecture: '10' });
    const askerToken = await h.signIn(asker);
    const [{ code }] = await h.graph.readRows<{ code: string }>(
      'MATCH (d:SupportDomain) RETURN d.code AS code LIMIT 1',
    );
    const thread = await h.gql<{ createQaThread: { thread: { id: string } } }>(
      THREAD,
      {
        input: {
          title: '【架空】質問',
          body: '【架空】相談先を探しています',
          domains: [code],
          confirmNoClientIdentifiers: true,
        },
      },
      askerToken,
    );
    const threadId = thread.data!.createQaThread.thread.id;
    await h.gql(
      REPLY,
      { input: { threadId, body: '【架空】回答です', confirmNoClientIdentifiers: true } },
      osaka,
    );
    // Answering one's own thread notifies nobody.
    await h.gql(
      REPLY,
      { input: { threadId, body: '【架空】補足です', confirmNoClientIdentifiers: true } },
      askerToken,
    );

    const list = await items(askerToken);
    const replies = list.edges.filter((e) => e.node.kind === 'QA_REPLY');
    expect(replies).toHaveLength(1);
    expect(replies[0].node).toMatchObject({ threadId, read: false, actorName: 'Test COORDINATOR' });

    const badges = await h.gql<{ viewer: { unreadNotificationCount: number } }>(BADGES, {}, askerToken);
    expect(badges.data!.viewer.unreadNotificationCount).toBe(list.unreadCount);
    expect(badges.extensions?.neo4jRoundTrips).toBeLessThanOrEqual(2);

    const one = await h.gql<{ markNotificationsRead: { unreadCount: number } }>(
      MARK,
      { input: { ids: [replies[0].node.id] } },
      askerToken,
    );
    expect(one.data!.markNotificationsRead.unreadCount).toBe(list.unreadCount - 1);
    const all = await h.gql<{ markNotificationsRead: { unreadCount: number } }>(
      MARK,
      { input: { all: true } },
      askerToken,
    );
    expect(all.data!.markNotificationsRead.unreadCount).toBe(0);
    expect((await items(askerToken)).edges.every((e) => e.node.read)).toBe(true);
  });

  it('counts unread notices for the navigation badge in the viewer query', async () => {
    const before = (await h.gql<{ viewer: { unreadNoticeCount: number } }>(BADGES, {}, osaka)).data!.viewer
      .unreadNoticeCount;
    const id = await notice('【架空】バッジ確認', 'NORMAL', ['OSK']);
    const badge = await h.gql<{ viewer: { unreadNoticeCount: number } }>(BADGES, {}, osaka);
    expect(badge.data!.viewer.unreadNoticeCount).toBe(before + 1);
    await h.gql(READ, { id }, osaka);
    expect(
      (await h.gql<{ viewer: { unreadNoticeCount: number } }>(BADGES, {}, osaka)).data!.viewer
        .unreadNoticeCount,
    ).toBe(before);
  });
});

describe('personal Atom feed', () => {
  it("serves the audience's notices as escaped Atom, and stops when the token is rotated or revoked", async () => {
    const osakaOnly = await notice(
      '【架空】大阪局 <script>alert(1)</script> & 通知',
      'NORMAL',
      ['OSK'],
      '<img src=x onerror=alert(1)> **太字**',
    );
    const sapporoOnly = await notice('【架空】札幌局だけのお知らせ', 'NORMAL', ['SAP']);
    const made = await h.gql<{ manageNoticeFeedToken: { token: string; feedPath: string; active: boolean } }>(
      FEED,
      { revoke: false },
      osaka,
    );
    const { token, feedPath, active } = made.data!.manageNoticeFeedToken;
    expect(active).toBe(true);
    const [stored] = await h.graph.readRows<{ n: number }>(
      'MATCH (f:FeedToken) WHERE f.tokenHash = $token RETURN count(f) AS n',
      { token },
    );
    expect(stored.n).toBe(0); // only the hash is stored

    const res = await fetch(`${h.api.url}${feedPath}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/atom+xml');
    const xml = await res.text();
    expect(xml).toMatch(
      /^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom">/,
    );
    expect(xml).toContain(`/bulletin/${osakaOnly}`);
    expect(xml).not.toContain(sapporoOnly);
    expect(xml).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; 通知');
    expect(xml).not.toContain('<script>');
    expect(xml).not.toContain('<img');
    expect(xml.split('<entry>').length).toBe(xml.split('</entry>').length);

    const rotated = await h.gql<{ manageNoticeFeedToken: { feedPath: string } }>(
      FEED,
      { revoke: false },
      osaka,
    );
    expect((await fetch(`${h.api.url}${feedPath}`)).status).toBe(404);
    const newPath = rotated.data!.manageNoticeFeedToken.feedPath;
    expect((await fetch(`${h.api.url}${newPath}`)).status).toBe(200);
    const revoked = await h.gql<{ manageNoticeFeedToken: { active: boolean; token: string | null } }>(
      FEED,
      { revoke: true },
      osaka,
    );
    expect(revoked.data!.manageNoticeFeedToken).toEqual({ active: false, token: null, feedPath: null });
    expect((await fetch(`${h.api.url}${newPath}`)).status).toBe(404);
    expect((await fetch(`${h.api.url}/feeds/notices/not-a-token.atom`)).status).toBe(404);
  });
});
