import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectGraph, type Graph } from '../../api/src/db/graph.js';
import { storeNotifications } from '../../api/src/modules/notifications/store.js';
import { startHarness, type Harness, type TestUser } from '../support/api-harness.js';
import { testNeo4jUri } from '../support/stack-env.js';

// storeNotifications: other capabilities' notifications, written in the caller's transaction and
// made idempotent by a dedupe key, also when two API processes (two drivers) store at once.

const LIST = `{ viewer { unreadNotificationCount }
  notifications(first: 100) { unreadCount edges { node { id kind read subjectTitle link } } } }`;
const MARK = `mutation($input: MarkNotificationsReadInput!) { markNotificationsRead(input: $input) { unreadCount } }`;

type Item = { id: string; kind: string; read: boolean; subjectTitle: string | null; link: string | null };
type List = {
  viewer: { unreadNotificationCount: number };
  notifications: { unreadCount: number; edges: { node: Item }[] };
};

let h: Harness;
let user: TestUser;
let token: string;
let otherProcess: Graph;

const reminder = (dedupeKey: string) => ({
  userId: user.id,
  kind: 'SURVEY_REMINDER' as const,
  subjectTitle: '【テスト】活動状況アンケート',
  link: '/surveys/test-survey',
  dedupeKey,
});

async function list(): Promise<List> {
  const result = await h.gql<List>(LIST, {}, token);
  expect(result.errors).toBeUndefined();
  return result.data!;
}

beforeAll(async () => {
  h = await startHarness();
  user = await h.createUser('COORDINATOR', { prefecture: '27' });
  token = await h.signIn(user);
  otherProcess = await connectGraph({ uri: testNeo4jUri(), user: 'neo4j', password: 'neo4j' });
});

afterAll(async () => {
  await h.graph.writeRows(`MATCH (n:Notification)-[:FOR]->(:User {id: $id}) DETACH DELETE n`, {
    id: user.id,
  });
  await otherProcess.driver.close();
  await h.close();
});

describe('stored notifications', () => {
  it('stores one notification per dedupe key, also from two processes at once', async () => {
    const key = `survey-reminder:test:${user.id}`;
    const created = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        (i % 2 ? otherProcess : h.graph).write((tx) => storeNotifications(tx, [reminder(key)])),
      ),
    );
    expect(created.reduce((a, b) => a + b, 0)).toBe(1);
    const { viewer, notifications } = await list();
    const mine = notifications.edges.map((e) => e.node).filter((n) => n.kind === 'SURVEY_REMINDER');
    expect(mine).toEqual([
      expect.objectContaining({
        read: false,
        subjectTitle: '【テスト】活動状況アンケート',
        link: '/surveys/test-survey',
      }),
    ]);
    expect(viewer.unreadNotificationCount).toBe(notifications.unreadCount);
  });

  it('is marked read like any other notification', async () => {
    const before = await list();
    const item = before.notifications.edges.find((e) => e.node.kind === 'SURVEY_REMINDER')!.node;
    const marked = await h.gql<{ markNotificationsRead: { unreadCount: number } }>(
      MARK,
      { input: { ids: [item.id] } },
      token,
    );
    expect(marked.data?.markNotificationsRead.unreadCount).toBe(before.notifications.unreadCount - 1);
    const after = await list();
    expect(after.notifications.edges.find((e) => e.node.id === item.id)?.node.read).toBe(true);
  });

  it('rolls back with the transaction that caused it', async () => {
    const key = `rollback:${user.id}`;
    await expect(
      h.graph.write(async (tx) => {
        await storeNotifications(tx, [reminder(key)]);
        throw new Error('the causing change failed');
      }),
    ).rejects.toThrow('the causing change failed');
    const [row] = await h.graph.readRows<{ n: number }>(
      'RETURN COUNT { (:Notification {dedupeKey: $key}) } AS n',
      { key },
    );
    expect(row.n).toBe(0);
  });

  it('refuses a link that is not a portal path', async () => {
    await expect(
      h.graph.write((tx) =>
        storeNotifications(tx, [{ ...reminder('bad-link'), link: 'https://evil.example/' }]),
      ),
    ).rejects.toThrow(/portal path/);
  });
});
