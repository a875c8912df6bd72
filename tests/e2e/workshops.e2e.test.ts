/**
 * Browser test of the workshops capability with JavaScript off (plain form posts): the demo organizer
 * creates a one-seat workshop; one graduate gets the seat, another (in Hokkaido) the waitlist; the seated
 * graduate submits a case material through the guided form (identifiers are flagged next to the field, a
 * name is confirmed as a false positive), the organizer (also facilitator) approves it, the waitlisted
 * graduate gets 403 for it, attendance is recorded, and an insight published to the knowledge base is
 * found by the graduate in the other region. The access log shows the refused attempt.
 */
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectGraph, type Graph } from '../../api/src/db/graph.js';
import {
  createAccounts,
  DEMO_PASSWORD,
  jstInput,
  launchChromium,
  signIn as signInWith,
  submit,
  runPrefix,
} from '../support/browser.js';
import { testNeo4jUri } from '../support/stack-env.js';

const ORGANIZER = 'organizer@demo.tsunagu.example';
const PASSWORD = 'synthetic-password-2026';
const TEST_TIMEOUT = 180_000;
const PREFIX = runPrefix('e2e-ws');
const TITLE = `【架空】${PREFIX} 労働相談の事例研究会`;
const seatedEmail = `${PREFIX}-gunma@test.tsunagu.example`;
const waitingEmail = `${PREFIX}-hokkaido@test.tsunagu.example`;

let browser: Browser;
let graph: Graph;

beforeAll(async () => {
  mkdirSync('test-results/screenshots', { recursive: true });
  graph = await connectGraph({ uri: testNeo4jUri(), user: 'neo4j', password: 'neo4j' });
  const accounts = [
    // Graduates act as Coordinators (only they register for workshops).
    { email: seatedEmail, prefecture: '10', displayName: '【架空】群馬 一郎', graduate: true },
    { email: waitingEmail, prefecture: '01', displayName: '【架空】札幌 二郎', graduate: true },
  ];
  await createAccounts(graph, accounts, PASSWORD);
  browser = await launchChromium();
}, TEST_TIMEOUT);

afterAll(async () => {
  await browser?.close();
  await graph?.writeRows(
    `MATCH (w:Workshop) WHERE w.title = $title
     OPTIONAL MATCH (g:WorkshopGroup)-[:GROUP_OF]->(w)
     OPTIONAL MATCH (m:CaseMaterial)-[:FOR_WORKSHOP]->(w)
     OPTIONAL MATCH (log:MaterialAccess)-[:OF]->(m)
     OPTIONAL MATCH (i:KnowledgeInsight)-[:FROM_WORKSHOP]->(w)
     OPTIONAL MATCH (n:Notification) WHERE n.link STARTS WITH '/workshops/' + w.id
     DETACH DELETE log, m, g, i, n, w`,
    { title: TITLE },
  );
  await graph?.writeRows(
    `MATCH (u:User) WHERE u.email STARTS WITH $prefix
     OPTIONAL MATCH (u)-[:ACTS_AS]->(c:Coordinator)
     OPTIONAL MATCH (u)-[:HAS_SESSION]->(s:Session)
     DETACH DELETE s, c, u`,
    { prefix: PREFIX },
  );
  await graph?.driver.close();
});

const signIn = (email: string, password: string) => signInWith(browser, email, password);
/** The forms' datetime-local inputs take minutes (no step attribute). */
const jstMinutes = (ms: number) => jstInput(ms).slice(0, 16);
const label = (page: Page, text: string) => page.getByLabel(text, { exact: true });

describe('case-study workshops in a real browser (no JavaScript)', () => {
  it(
    'runs a workshop end to end: registration, waitlist, a flagged then approved case, attendance, an insight',
    async () => {
      const organizer = await signIn(ORGANIZER, DEMO_PASSWORD);
      await organizer.goto('/workshops/new');
      await label(organizer, '研究会名').fill(TITLE);
      await label(organizer, '内容').fill('【架空】労働条件の相談事例を持ち寄ります。');
      await organizer.locator('#themes').selectOption(['WRK-CND']);
      await label(organizer, '形式').selectOption('HYBRID');
      await label(organizer, '開始日時（日本時間）').fill(jstMinutes(2 * 86_400_000));
      await label(organizer, '終了日時（日本時間）').fill(jstMinutes(2 * 86_400_000 + 3 * 3_600_000));
      await label(organizer, '会場').fill('【架空】テスト会場');
      await label(organizer, '都道府県').selectOption('10');
      await label(organizer, 'オンライン参加URL（https）').fill('https://meet.example/e2e');
      await label(organizer, '定員').fill('1');
      await label(organizer, '申込開始（日本時間）').fill(jstMinutes(-3_600_000));
      await label(organizer, '申込締切（日本時間）').fill(jstMinutes(86_400_000));
      await label(organizer, 'ファシリテーターのメールアドレス').fill(ORGANIZER);
      await submit(organizer, '保存する');
      const workshopUrl = new URL(organizer.url()).pathname;
      expect(workshopUrl).toMatch(/^\/workshops\/[0-9a-f-]{36}$/);

      const seated = await signIn(seatedEmail, PASSWORD);
      await seated.goto('/workshops?scope=OPEN');
      await seated.getByRole('link', { name: TITLE }).click();
      await seated.waitForURL(`**${workshopUrl}`);
      await submit(seated, '申し込む');
      await expect(seated.getByRole('status').first().textContent()).resolves.toContain('参加が確定しました');
      await expect(seated.getByText('https://meet.example/e2e').count()).resolves.toBe(1);

      const waiting = await signIn(waitingEmail, PASSWORD);
      await waiting.goto(workshopUrl);
      await expect(waiting.getByText('https://meet.example/e2e').count()).resolves.toBe(0);
      await submit(waiting, 'キャンセル待ちに申し込む');
      await expect(waiting.getByText('キャンセル待ち1番目で受け付けました。').count()).resolves.toBe(1);

      // The guided case form flags identifiers next to their field.
      await seated.goto(`${workshopUrl}/materials/new`);
      const fill = async (values: Record<string, string>) => {
        for (const [name, value] of Object.entries(values)) await label(seated, name).fill(value);
      };
      await fill({
        件名: `【架空】${PREFIX} 残業代未払いの相談`,
        背景: '【架空】30代の技能実習生。田中さんの紹介で来所。',
        課題: '残業代が支払われていない。連絡先 090-1234-5678。',
        対応: '監督署へ同行し、通訳者を手配した。',
        結果: '未払い分が支払われた。',
        学び: '通訳を先に手配すると聞き取りが一度で済む。',
      });
      await submit(seated, '提出する');
      await expect(seated.locator('#problem-flags').textContent()).resolves.toContain('090-1234-5678');
      await expect(seated.locator('#background-flags').textContent()).resolves.toContain('田中さん');
      await label(seated, '課題').fill('残業代が支払われていない。');
      await seated.locator('#background-flags').getByLabel('特定情報ではないことを確認しました').check();
      await submit(seated, '提出する');
      const materialUrl = new URL(seated.url()).pathname;
      expect(materialUrl).toMatch(new RegExp(`^${workshopUrl}/materials/[0-9a-f-]{36}$`));
      await expect(seated.getByText('確認待ち', { exact: true }).count()).resolves.toBe(1);

      await organizer.goto(materialUrl);
      await expect(organizer.getByText('田中さん', { exact: true }).count()).resolves.toBe(1); // confirmed flag shown
      await submit(organizer, '承認して共有する');
      await expect(organizer.getByText('確認結果を保存しました。').count()).resolves.toBe(1);

      // Only participants open it: to the waitlisted graduate it does not exist (the attempt is logged).
      const refused = await waiting.goto(materialUrl);
      expect(refused?.status()).toBe(404);
      await seated.goto(materialUrl);
      await expect(seated.getByText('共有中', { exact: true }).count()).resolves.toBe(1);
      await seated.screenshot({ path: 'test-results/screenshots/workshop-material.png', fullPage: true });

      await organizer.goto(`${workshopUrl}/access-log`);
      await expect(organizer.getByRole('cell', { name: '拒否' }).count()).resolves.toBe(1);
      await expect(organizer.getByRole('cell', { name: '【架空】札幌 二郎' }).count()).resolves.toBe(1);

      // Attendance once the workshop has started; then the insight.
      await graph.writeRows(
        `MATCH (w:Workshop {title: $title})
         SET w.startsAt = datetime() - duration('PT1H'), w.registrationClosesAt = datetime() - duration('PT2H')`,
        { title: TITLE },
      );
      await organizer.goto(workshopUrl);
      await organizer.getByLabel('【架空】群馬 一郎さんの出席').check();
      await submit(organizer, '出席を記録する');
      await expect(organizer.getByRole('status').first().textContent()).resolves.toContain(
        '出席を記録しました',
      );
      const csv = await organizer.request.get(`${workshopUrl}/roster.csv`);
      const bytes = await csv.body();
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(bytes.toString('utf8')).toMatch(/【架空】群馬 一郎.*,CONFIRMED,,,yes,yes,/);
      await organizer.screenshot({ path: 'test-results/screenshots/workshop-organizer.png', fullPage: true });

      await organizer.goto(`/knowledge/new?workshop=${workshopUrl.split('/').pop()}`);
      await label(organizer, 'タイトル').fill(`【架空】${PREFIX} 未払い相談は通訳を先に`);
      await label(organizer, '学び').fill(
        '【架空】監督署への同行前に通訳を手配すると、聞き取りが一度で済んだ。',
      );
      await organizer.locator('#domains').selectOption(['WRK-CND']);
      await submit(organizer, '公開する');

      await waiting.goto('/knowledge');
      await label(waiting, 'キーワード').fill('通訳 監督署');
      await submit(waiting, '探す');
      await expect(
        waiting.getByRole('heading', { name: `【架空】${PREFIX} 未払い相談は通訳を先に` }).count(),
      ).resolves.toBe(1);
      await waiting.screenshot({ path: 'test-results/screenshots/knowledge.png', fullPage: true });
    },
    TEST_TIMEOUT,
  );
});
