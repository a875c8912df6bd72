/**
 * Browser test of the partner directory with JavaScript off (every form must work as plain HTML):
 * the demo coordinator signs in through the real form, opens a partner from the list, records a
 * referral with an outcome, changes that outcome, and endorses the partner.
 */
import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectGraph, type Graph } from '../../api/src/db/graph.js';
import { DEMO_PASSWORD, launchChromium, newPortalPage, signInOn, submit } from '../support/browser.js';
import { testNeo4jUri } from '../support/stack-env.js';

const SCREENSHOT_DIR = 'test-results/screenshots';
const TEST_TIMEOUT = 90_000;
const NOTE = `【架空】E2Eテスト：丁寧な対応でした ${Date.now()}`;
const FEES = `【架空】相談無料（E2E ${Date.now()}）`;

let browser: Browser;
let graph: Graph;
let partnerId: string | null = null;

beforeAll(async () => {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  browser = await launchChromium();
  graph = await connectGraph({ uri: testNeo4jUri(), user: 'neo4j', password: 'neo4j' });
}, TEST_TIMEOUT);

afterAll(async () => {
  // Remove what the test wrote through the portal (its referrals and endorsement on that partner).
  if (partnerId) {
    await graph.writeRows(
      `MATCH (:Coordinator {id: 'demo-coordinator'})-[r:REFERRED|ENDORSED]->(:Partner {id: $partnerId})
       WHERE r.createdAt IS NOT NULL OR r.note = $note DELETE r`,
      { partnerId, note: NOTE },
    );
  }
  await graph?.driver.close();
  await browser?.close();
});

describe('partner directory in a real browser (no JavaScript)', () => {
  it(
    'opens a partner, records a referral with an outcome, updates it and endorses the partner',
    async () => {
      const page = await newPortalPage(browser);
      const context = page.context();
      try {
        await signInOn(page, 'coordinator@demo.tsunagu.example', DEMO_PASSWORD, '/partners');
        expect(new URL(page.url()).pathname).toBe('/partners');
        await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('連携先');

        // Filter to Gunma support groups and open the first one.
        await page.getByLabel('都道府県').selectOption('10');
        await page.getByLabel('種別').selectOption('SUP');
        await submit(page, '適用');
        const first = page.locator('.partner-list .partner__name a').first();
        const name = (await first.textContent())!.trim();
        await Promise.all([page.waitForEvent('load'), first.click()]);
        partnerId = decodeURIComponent(new URL(page.url()).pathname.split('/').pop()!);
        await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(name);
        await expect(
          page.locator('figure.neighbourhood svg[role="img"] desc').textContent(),
        ).resolves.toContain(name);

        // "I referred a client here" with an outcome.
        await page.getByLabel('結果', { exact: true }).selectOption('PARTLY_RESOLVED');
        await page.getByLabel('言語', { exact: true }).selectOption('vi');
        await submit(page, '紹介を記録する');
        await expect(page.getByRole('status').textContent()).resolves.toBe('紹介を記録しました。');
        const mine = page.locator('.referral-list li');
        await expect(mine.count()).resolves.toBe(1);
        await expect(mine.locator('select').inputValue()).resolves.toBe('PARTLY_RESOLVED');

        // The outcome becomes known later.
        await mine.locator('select').selectOption('RESOLVED');
        await submit(page, '結果を更新');
        await expect(page.getByRole('status').textContent()).resolves.toBe('結果を更新しました。');
        await expect(page.locator('.referral-list li select').inputValue()).resolves.toBe('RESOLVED');

        // Endorse it; the note is listed with the coordinator's name.
        await page.getByLabel('推薦のことば（280字以内）').fill(NOTE);
        await submit(page, '推薦を保存する');
        await expect(page.getByRole('status').textContent()).resolves.toBe('推薦を保存しました。');
        const endorsement = page.locator('.endorsement-list li', { hasText: NOTE });
        await expect(endorsement.count()).resolves.toBe(1);
        await expect(endorsement.textContent()).resolves.toContain('【デモ】群馬 コーディネーター');
        await page.screenshot({ path: `${SCREENSHOT_DIR}/partner-page.png`, fullPage: true });

        const [stored] = await graph.readRows<{ outcomes: string[]; notes: string[] }>(
          `MATCH (c:Coordinator {id: 'demo-coordinator'}), (p:Partner {id: $partnerId})
           RETURN [(c)-[r:REFERRED]->(p) WHERE r.createdAt IS NOT NULL | r.outcome] AS outcomes,
                  [(c)-[e:ENDORSED]->(p) | e.note] AS notes`,
          { partnerId },
        );
        expect(stored).toEqual({ outcomes: ['RESOLVED'], notes: [NOTE] });
      } finally {
        await context.close();
      }
    },
    TEST_TIMEOUT,
  );

  it(
    'corrects the partner through the edit form; the change is recorded with its author and fields',
    async () => {
      expect(partnerId).not.toBeNull();
      const page = await newPortalPage(browser);
      try {
        await signInOn(page, 'coordinator@demo.tsunagu.example', DEMO_PASSWORD, `/partners/${partnerId}`);
        await Promise.all([
          page.waitForEvent('load'),
          page.getByRole('link', { name: 'この連携先の情報を修正する' }).click(),
        ]);
        expect(new URL(page.url()).pathname).toBe(`/partners/${partnerId}/edit`);
        // The form starts from the partner's current values.
        const name = await page.getByLabel('名称').inputValue();
        expect(name.length).toBeGreaterThan(0);
        await page.getByLabel('費用').fill(FEES);
        await submit(page, '修正を保存する');
        expect(new URL(page.url()).pathname).toBe(`/partners/${partnerId}`);
        await expect(page.getByRole('status').textContent()).resolves.toBe(
          '修正を保存しました。変更履歴に記録されています。',
        );
        await expect(page.locator('body').textContent()).resolves.toContain(FEES);
        await expect(page.locator('body').textContent()).resolves.toMatch(
          /更新（【デモ】群馬 コーディネーター）: fees/,
        );

        // A bad value is refused with a form message, and nothing changes.
        await page.goto(`/partners/${partnerId}/edit`);
        await page.getByLabel('ウェブサイト').fill('javascript:alert(1)');
        await submit(page, '修正を保存する');
        await expect(page.getByRole('alert').textContent()).resolves.toContain('入力内容を確認してください');
        const [row] = await graph.readRows<{ url: string | null; fees: string }>(
          'MATCH (p:Partner {id: $partnerId}) RETURN p.url AS url, p.fees AS fees',
          { partnerId },
        );
        expect(row.fees).toBe(FEES);
        expect(row.url ?? '').not.toContain('javascript');
      } finally {
        await page.context().close();
      }
    },
    TEST_TIMEOUT,
  );
});
