import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectGraph, type Graph } from '../../api/src/db/graph.js';
import { BulletinRepository } from '../../api/src/modules/bulletin/repository.js';
import { startHarness, type Harness } from '../support/api-harness.js';
import { testNeo4jUri } from '../support/stack-env.js';

// The unread count shares a cached "listed notices" figure per audience (bulletin/listed-counts.ts).
// These tests change notices behind the API process's back — from a second driver, as another API
// process would — and by the clock, and expect the count to follow at once.

const CREATE = `mutation($input: CreateNoticeInput!) { createNotice(input: $input) { notice { id } } }`;
const PUBLISH = `mutation($input: PublishNoticeInput!) { publishNotice(input: $input) { notice { id status } } }`;
const ARCHIVE = `mutation($input: NoticeIdInput!) { archiveNotice(input: $input) { notice { id status } } }`;
const COUNTS = `{ unreadNoticeCount viewer { unreadNoticeCount } notices(first: 5) { unreadCount } }`;

type Counts = {
  unreadNoticeCount: number;
  viewer: { unreadNoticeCount: number };
  notices: { unreadCount: number };
};

let h: Harness;
let isa: string;
let isaId: string;
let reader: string;
let otherProcess: Graph;
const created: string[] = [];

const content = () => ({
  title: `【テスト】未読数のお知らせ ${Math.random().toString(36).slice(2)}`,
  bodyMarkdown: '未読数のテスト用の架空のお知らせです。',
  category: 'ADMINISTRATIVE',
  importance: 'NORMAL',
  audience: { allRegions: false, prefectures: ['32'] },
});

async function createDraft(): Promise<string> {
  const made = await h.gql<{ createNotice: { notice: { id: string } } }>(
    CREATE,
    { input: { content: content() } },
    isa,
  );
  expect(made.errors).toBeUndefined();
  const id = made.data!.createNotice.notice.id;
  created.push(id);
  return id;
}

/** The three places the portal reads the count agree; returns it. */
async function unread(): Promise<number> {
  const result = await h.gql<Counts>(COUNTS, {}, reader);
  expect(result.errors).toBeUndefined();
  const { unreadNoticeCount, viewer, notices } = result.data!;
  expect(viewer.unreadNoticeCount).toBe(unreadNoticeCount);
  expect(notices.unreadCount).toBe(unreadNoticeCount);
  return unreadNoticeCount;
}

beforeAll(async () => {
  h = await startHarness();
  const admin = await h.createUser('ISA_ADMIN');
  isaId = admin.id;
  isa = await h.signIn(admin);
  reader = await h.signIn(await h.createUser('COORDINATOR', { prefecture: '32' })); // Shimane
  otherProcess = await connectGraph({ uri: testNeo4jUri(), user: 'neo4j', password: 'neo4j' });
});

afterAll(async () => {
  await h.graph.writeRows(
    `MATCH (n:Notice) WHERE n.id IN $ids OPTIONAL MATCH (rev:NoticeRevision)-[:OF]->(n) DETACH DELETE rev, n`,
    { ids: created },
  );
  await otherProcess.driver.close();
  await h.close();
});

describe('unread notice count', () => {
  it('follows publishing and archiving through this API process', async () => {
    const before = await unread();
    const id = await createDraft();
    expect(await unread()).toBe(before);
    await h.gql(PUBLISH, { input: { id } }, isa);
    expect(await unread()).toBe(before + 1);
    await h.gql(ARCHIVE, { input: { id } }, isa);
    expect(await unread()).toBe(before);
  });

  it('follows a notice published by another API process (another driver, another cache)', async () => {
    const id = await createDraft();
    const before = await unread(); // caches the listed count in this process
    const published = await new BulletinRepository(otherProcess).publishNotice(isaId, id, null);
    expect(published?.id).toBe(id);
    expect(await unread()).toBe(before + 1);
  });

  it('counts a scheduled notice once its publish time has passed, without any write', async () => {
    const id = await createDraft();
    const at = new Date(Date.now() + 2_500).toISOString();
    const scheduled = await h.gql<{ publishNotice: { notice: { status: string } } }>(
      PUBLISH,
      { input: { id, publishAt: at } },
      isa,
    );
    expect(scheduled.data?.publishNotice.notice.status).toBe('SCHEDULED');
    const before = await unread();
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    expect(await unread()).toBe(before + 1);
  });
});
