/**
 * Browser test of the bulletin board and the Q&A board with JavaScript off (plain form posts): ISA
 * schedules an important notice for one bureau region; after the publish time a coordinator there sees
 * it unread and confirms it (one in Hokkaido cannot open it); ISA's statistics show the confirmation and
 * the CSV downloads with a BOM. Then a graduate asks on the Q&A board (identifiers are flagged first), a
 * peer in another region answers, and the asker finds the reply in their notifications.
 */
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectGraph, type Graph } from '../../api/src/db/graph.js';
import {
  DEMO_PASSWORD,
  createAccounts,
  jstInput,
  launchChromium,
  signIn as signInWith,
  submit,
  runPrefix,
} from '../support/browser.js';
import { testNeo4jUri } from '../support/stack-env.js';

const PASSWORD = 'synthetic-password-2026';
const TEST_TIMEOUT = 180_000;
const PREFIX = runPrefix('e2e-bulletin');
const TITLE = `【架空】${PREFIX} 大阪局管内の手続変更`;
const osakaEmail = `${PREFIX}-osaka@test.tsunagu.example`;
const hokkaidoEmail = `${PREFIX}-hokkaido@test.tsunagu.example`;

let browser: Browser;
let graph: Graph;

beforeAll(async () => {
  mkdirSync('test-results/screenshots', { recursive: true });
  graph = await connectGraph({ uri: testNeo4jUri(), user: 'neo4j', password: 'neo4j' });
  await createAccounts(
    graph,
    [
      { email: osakaEmail, prefecture: '27', displayName: '【架空】大阪 太郎' },
      { email: hokkaidoEmail, prefecture: '01', displayName: '【架空】札幌 花子' },
    ],
    PASSWORD,
  );
  browser = await launchChromium();
}, TEST_TIMEOUT);

afterAll(async () => {
  await browser?.close();
  await graph?.writeRows(
    `MATCH (n:Notice) WHERE n.title STARTS WITH $title
     OPTIONAL MATCH (rev:NoticeRevision)-[:OF]->(n) DETACH DELETE rev, n`,
    { title: `【架空】${PREFIX}` },
  );
  await graph?.writeRows(
    `MATCH (u:User) WHERE u.email STARTS WITH $prefix
     OPTIONAL MATCH (u)-[:POSTED]->(p:QaPost)
     OPTIONAL MATCH (nt:Notification)-[:FOR]->(u)
     OPTIONAL MATCH (u)-[:HAS_SESSION]->(s:Session)
     DETACH DELETE p, nt, s, u`,
    { prefix: PREFIX },
  );
  await graph?.driver.close();
});

const signIn = (email: string, password: string): Promise<Page> => signInWith(browser, email, password);

describe('bulletin board in a real browser (no JavaScript)', () => {
  let noticeUrl = '';

  it(
    'ISA schedules an important notice for the Osaka bureau region; only that region reads and confirms it',
    async () => {
      const isa = await signIn('isa@demo.tsunagu.example', DEMO_PASSWORD);
      await isa.goto('/bulletin/new');
      await isa.getByLabel('件名').fill(TITLE);
      await isa.getByLabel('本文（Markdown）').fill('【架空】手続の**変更**です。<script>alert(1)</script>');
      await isa.getByLabel('種別').selectOption('LAW_CHANGE');
      await isa.getByLabel('施行日').fill('2027-04-01');
      await isa.getByLabel('受信者に内容の確認を求める').check();
      await isa.getByLabel('選んだ地方局・都道府県').check();
      await isa.getByLabel('地方出入国在留管理局').selectOption('OSK');
      await submit(isa, '保存する');
      noticeUrl = new URL(isa.url()).pathname;
      expect(noticeUrl).toMatch(/^\/bulletin\/[0-9a-f-]{36}$/);
      // Markdown is rendered; the raw script tag is shown as text, never run.
      await expect(isa.locator('.notice__body strong').textContent()).resolves.toBe('変更');
      await expect(isa.locator('.notice__body script').count()).resolves.toBe(0);

      // Scheduling needs a time; the button says so instead of publishing at once.
      await submit(isa, '公開を予約する');
      await expect(isa.getByText('公開を予約する日時を入力してください。').count()).resolves.toBe(1);
      await expect(isa.getByRole('button', { name: '今すぐ公開する' }).count()).resolves.toBe(1);

      const publishAt = Date.now() + 15_000;
      await isa.getByLabel('公開日時（日本時間）').fill(jstInput(15_000));
      await submit(isa, '公開を予約する');
      await expect(isa.getByText('公開予約', { exact: true }).count()).resolves.toBeGreaterThan(0);

      const osaka = await signIn(osakaEmail, PASSWORD);
      await osaka.goto('/bulletin');
      await expect(osaka.getByRole('link', { name: TITLE }).count()).resolves.toBe(0);

      await new Promise((resolve) => setTimeout(resolve, Math.max(0, publishAt - Date.now() + 1_500)));
      await osaka.goto('/bulletin');
      const item = osaka.locator('li', { has: osaka.getByRole('link', { name: TITLE }) });
      await expect(item.getByText('未読', { exact: true }).count()).resolves.toBe(1);
      await expect(item.getByText('要確認', { exact: true }).count()).resolves.toBe(1);
      await expect(osaka.locator('.site-nav').textContent()).resolves.toMatch(/掲示板\s*\d+/);

      await osaka.getByRole('link', { name: TITLE }).click();
      await osaka.waitForURL(`**${noticeUrl}`);
      await submit(osaka, '内容を確認しました');
      await expect(osaka.getByText('確認を記録しました。').count()).resolves.toBe(1);
      await osaka.goto('/bulletin');
      const after = osaka.locator('li', { has: osaka.getByRole('link', { name: TITLE }) });
      await expect(after.getByText('未読', { exact: true }).count()).resolves.toBe(0);

      const hokkaido = await signIn(hokkaidoEmail, PASSWORD);
      const response = await hokkaido.goto(noticeUrl);
      expect(response?.status()).toBe(404);
      await hokkaido.goto('/bulletin');
      await expect(hokkaido.getByRole('link', { name: TITLE }).count()).resolves.toBe(0);

      await isa.goto(`${noticeUrl}/stats`);
      await expect(isa.getByTestId('acknowledged').textContent()).resolves.toMatch(/^[1-9]\d* \(/);
      await expect(isa.getByText('【架空】大阪 太郎').count()).resolves.toBe(0); // confirmed, so not listed
      await isa.screenshot({ path: 'test-results/screenshots/bulletin-stats.png', fullPage: true });
      const csv = await isa.request.get(`${noticeUrl}/stats.csv`);
      expect(csv.headers()['content-disposition']).toMatch(/^attachment; filename=".+\.csv"$/);
      const bytes = await csv.body();
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(bytes.toString('utf8')).toContain('【架空】大阪 太郎');
    },
    TEST_TIMEOUT,
  );

  it(
    'a graduate asks on the Q&A board, a peer in another region answers, and the asker is notified',
    async () => {
      const asker = await signIn(hokkaidoEmail, PASSWORD);
      await asker.goto('/qa');
      const title = `【架空】${PREFIX} 転籍の相談先`;
      await asker.getByLabel('件名').fill(title);
      await asker
        .getByLabel('質問内容')
        .fill('【架空】相談者の電話 090-1234-5678 について、転籍に詳しい相談先は？');
      await asker.locator('#domains').selectOption({ index: 0 });
      await asker.getByLabel('利用者を特定できる情報が含まれていないことを確認しました').check();
      await submit(asker, '投稿する');
      await expect(asker.getByRole('alert').textContent()).resolves.toContain('090-1234-5678');

      await asker.getByLabel('件名').fill(title);
      await asker.getByLabel('質問内容').fill('【架空】技能実習生の転籍に詳しい相談先をご存じですか。');
      await asker.locator('#domains').selectOption({ index: 0 });
      await asker.getByLabel('利用者を特定できる情報が含まれていないことを確認しました').check();
      await submit(asker, '投稿する');
      const threadUrl = new URL(asker.url()).pathname;
      expect(threadUrl).toMatch(/^\/qa\/[0-9a-f-]{36}$/);

      const peer = await signIn(osakaEmail, PASSWORD);
      await peer.goto(threadUrl);
      await peer.getByLabel('回答内容').fill('【架空】県の国際交流協会に相談窓口があります。');
      await peer.getByLabel('利用者を特定できる情報が含まれていないことを確認しました').check();
      await submit(peer, '回答を投稿する');
      await expect(peer.getByText('(大阪府)', { exact: false }).count()).resolves.toBeGreaterThan(0);

      await asker.goto('/notifications');
      const link = asker.getByRole('link', { name: /【架空】大阪 太郎さんがあなたの質問/ });
      await expect(link.count()).resolves.toBe(1);
      await submit(asker, 'すべて既読にする');
      await expect(asker.getByText('未読の通知：0件').count()).resolves.toBe(1);
      await asker.goto(threadUrl);
      await submit(asker, '参考になった');
      await expect(asker.getByText('参考になった：1').count()).resolves.toBe(1);
    },
    TEST_TIMEOUT,
  );
});
