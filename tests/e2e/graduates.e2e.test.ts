/**
 * Browser test of the graduate database with JavaScript off (every step is a plain form post):
 * ISA imports a CP932 (Shift_JIS) CSV through the wizard, a graduate redeems an invitation code,
 * edits a field visibility, and another coordinator sees the field disappear.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import iconv from 'iconv-lite';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectGraph, type Graph } from '../../api/src/db/graph.js';
import {
  DEMO_PASSWORD as PASSWORD,
  launchChromium,
  newPortalPage,
  signInOn,
  submit,
} from '../support/browser.js';
import { testNeo4jUri } from '../support/stack-env.js';

const SCREENSHOT_DIR = 'test-results/screenshots';
const TEST_TIMEOUT = 120_000;
const PREFIX = `E2E${randomBytes(3).toString('hex').toUpperCase()}`;
const GRADUATE_EMAIL = `${PREFIX.toLowerCase()}-1@synthetic.tsunagu.example`;
const ACCOUNT_EMAIL = `${PREFIX.toLowerCase()}-account@test.tsunagu.example`;

let browser: Browser;
let graph: Graph;

beforeAll(async () => {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  graph = await connectGraph({ uri: testNeo4jUri(), user: 'neo4j', password: 'neo4j' });
  browser = await launchChromium();
}, TEST_TIMEOUT);

afterAll(async () => {
  await browser?.close();
  await graph?.writeRows(
    `MATCH (c:Coordinator) WHERE c.certificateNumber STARTS WITH $prefix
     OPTIONAL MATCH (i:Invitation)-[:INVITES]->(c)
     OPTIONAL MATCH (u:User)-[:ACTS_AS]->(c)
     OPTIONAL MATCH (u)-[:HAS_SESSION]->(s:Session)
     DETACH DELETE i, s, u, c`,
    { prefix: PREFIX },
  );
  await graph?.driver.close();
});

const newPage = (): Promise<Page> => newPortalPage(browser);
const signIn = (page: Page, email: string, password = PASSWORD) => signInOn(page, email, password);

function cp932Csv(): Buffer {
  const rows = [
    '氏名,フリガナ,修了年度,認定番号,都道府県,メール,所属,認定日,言語,分野,備考',
    `【架空】東京 花子,トウキョウ ハナコ,令和6,${PREFIX}-1,東京都,${GRADUATE_EMAIL},【架空】区役所,2025/04/01,ja;vi,労働条件,メモ`,
    `【架空】大阪 次郎,オオサカ ジロウ,2024,${PREFIX}-2,27,,【架空】国際交流協会,2024/04/01,ja,,`,
  ];
  return iconv.encode(rows.join('\r\n') + '\r\n', 'cp932');
}

describe('graduate database in a real browser (no JavaScript)', () => {
  let code = '';
  let coordinatorId = '';

  it(
    'ISA imports a CP932 file: upload, dry-run preview, commit, invitation codes',
    async () => {
      const page = await newPage();
      await signIn(page, 'isa@demo.tsunagu.example');
      await page.goto('/import');
      await page
        .getByLabel('CSVファイル')
        .setInputFiles({ name: 'graduates.csv', mimeType: 'text/csv', buffer: cp932Csv() });
      await submit(page, '確認する（まだ登録しません）');
      const summary = page.getByTestId('import-summary');
      await expect(page.getByText('CP932', { exact: true }).count()).resolves.toBe(1);
      await expect(summary.textContent()).resolves.toMatch(/新規\s*2/);
      await expect(page.getByText('使われない列: 備考').count()).resolves.toBe(1);
      await expect(page.getByRole('cell', { name: '【架空】東京 花子' }).count()).resolves.toBe(1);
      const [before] = await graph.readRows<{ n: number }>(
        'MATCH (c:Coordinator) WHERE c.certificateNumber STARTS WITH $prefix RETURN count(c) AS n',
        { prefix: PREFIX },
      );
      expect(before.n).toBe(0);
      await page.screenshot({ path: `${SCREENSHOT_DIR}/import-preview.png`, fullPage: true });

      await submit(page, 'すべて登録する');
      await page.getByRole('heading', { name: '招待コード' }).waitFor();
      const codes = await page.locator('table code').allTextContents();
      expect(codes).toHaveLength(2);
      code = codes[0];
      expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
      const href = await page
        .getByRole('link', { name: '招待コードをCSVでダウンロード' })
        .getAttribute('href');
      const csv = Buffer.from(href!.split(',')[1], 'base64').toString('utf8');
      expect(csv).toContain(code);
      await page.screenshot({ path: `${SCREENSHOT_DIR}/import-codes.png`, fullPage: true });
      await page.context().close();
    },
    TEST_TIMEOUT,
  );

  it(
    'a graduate redeems the code, then hides their e-mail from others in the bureau region',
    async () => {
      expect(code).not.toBe('');
      const graduate = await newPage();
      await graduate.goto('/invite');
      await graduate.getByLabel('招待コード').fill(code.toLowerCase());
      await graduate.getByLabel('メールアドレス').fill(ACCOUNT_EMAIL);
      await graduate.getByLabel('パスワード', { exact: true }).fill('synthetic-password-2026');
      await graduate.getByLabel('パスワード（確認）').fill('synthetic-password-2026');
      await submit(graduate, '登録する');
      expect(new URL(graduate.url()).pathname).toBe('/profile');
      const profileLink = graduate.getByRole('link', { name: '同じ地方局管内の修了者' });
      const previewHref = (await profileLink.getAttribute('href'))!;
      coordinatorId = decodeURIComponent(previewHref.split('?')[0].split('/').pop()!);

      // The demo coordinator works in Gunma, under the Tokyo bureau like this graduate: e-mail visible by default.
      const peer = await newPage();
      await signIn(peer, 'coordinator@demo.tsunagu.example');
      await peer.goto(`/graduates/${encodeURIComponent(coordinatorId)}`);
      await expect(peer.getByText(GRADUATE_EMAIL).count()).resolves.toBe(1);

      await graduate.locator('#visibility-email').selectOption('ISA_ONLY');
      await submit(graduate, '保存する');
      await expect(graduate.getByRole('status').textContent()).resolves.toContain(
        'プロフィールを保存しました',
      );
      await graduate.reload();
      await expect(graduate.locator('#visibility-email').inputValue()).resolves.toBe('ISA_ONLY');
      await graduate.screenshot({ path: `${SCREENSHOT_DIR}/profile-visibility.png`, fullPage: true });

      await peer.reload();
      await expect(peer.getByText(GRADUATE_EMAIL).count()).resolves.toBe(0);
      // The owner's preview as that audience shows the same: the e-mail is hidden there too.
      await graduate.goto(previewHref);
      await expect(graduate.getByTestId('profile-preview').count()).resolves.toBe(1);
      await expect(graduate.getByText(GRADUATE_EMAIL).count()).resolves.toBe(0);
      await peer.screenshot({ path: `${SCREENSHOT_DIR}/profile-as-peer.png`, fullPage: true });
      await graduate.context().close();
      await peer.context().close();
    },
    TEST_TIMEOUT,
  );
});
