/**
 * The search's story in a real browser, on the demo data, without JavaScript: the demo coordinator in
 * 群馬県 types "ベトナム語 未払い賃金" as they would at a counter, sees what the search understood as chips,
 * Vietnamese-speaking labour-conditions partners with the reasons for their places (distance in km), and
 * who can introduce them to the partner that a peer referred a resident to (the demo seed's story);
 * removing the language chip searches again without it. Also at phone width.
 */
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectGraph, type Graph } from '../../api/src/db/graph.js';
import { DEMO_PASSWORD, launchChromium, newPortalPage, signInOn, submit } from '../support/browser.js';
import { testNeo4jUri } from '../support/stack-env.js';

const SCREENSHOT_DIR = 'test-results/screenshots';
const TEST_TIMEOUT = 90_000;

let browser: Browser;
let graph: Graph;
let story: { partnerId: string; peerName: string };

beforeAll(async () => {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  browser = await launchChromium();
  graph = await connectGraph({ uri: testNeo4jUri(), user: 'neo4j', password: 'neo4j' });
  const [row] = await graph.readRows<{ partnerId: string; peerName: string }>(
    `MATCH (peer:Coordinator {id: 'syn-coord-000001'})-[:REFERRED {id: 'demo-story-referral'}]->(p:Partner)
     RETURN p.id AS partnerId, peer.displayName AS peerName`,
  );
  expect(row, 'the demo seed links a peer to a Vietnamese-speaking labour partner').toBeDefined();
  story = row;
}, TEST_TIMEOUT);

afterAll(async () => {
  await graph?.driver.close();
  await browser?.close();
});

async function searchAsCoordinator(page: Page, text: string) {
  await signInOn(page, 'coordinator@demo.tsunagu.example', DEMO_PASSWORD, '/search');
  await page.getByLabel('キーワード（日本語または英語）').fill(text);
  await submit(page, '検索する');
}

describe('the search story (no JavaScript)', () => {
  it(
    'reads "ベトナム語 未払い賃金" from Gunma into the need and lists Vietnamese-speaking labour partners first',
    async () => {
      const page = await newPortalPage(browser);
      try {
        await searchAsCoordinator(page, 'ベトナム語 未払い賃金');

        const chips = page.locator('[data-testid="search-need"] .chip--need > span');
        await expect(chips.allTextContents()).resolves.toEqual(['ベトナム語', '労働条件', '群馬県から']);
        await expect(page.getByTestId('language-switch').textContent()).resolves.toContain(
          'ベトナム語に対応する連携先だけを表示しています',
        );

        const results = page.locator('.search-results > li');
        const count = await results.count();
        expect(count).toBeGreaterThan(5);
        for (let i = 0; i < count; i++) {
          const result = results.nth(i);
          await expect(result.locator('.search-result__languages').textContent()).resolves.toContain(
            'ベトナム語',
          );
          const reasons = await result.locator('.reason-chips li').allTextContents();
          expect(reasons.some((r) => r.startsWith('労働条件'))).toBe(true);
        }

        // The partner a peer referred a resident to: why it ranks here, how far, who can introduce me.
        const referred = page.locator(`.search-results > li:has(a[href="/partners/${story.partnerId}"])`);
        await expect(referred.count()).resolves.toBe(1);
        const reasons = await referred.locator('.reason-chips li').allTextContents();
        expect(reasons).toEqual(expect.arrayContaining(['ベトナム語対応', 'つながりのある修了者が推薦']));
        expect(reasons.some((r) => /^隣接する都道府県・約\d+ km$/.test(r))).toBe(true);
        await referred.locator('details.introduction summary').click();
        await expect(referred.locator('details.introduction p').textContent()).resolves.toBe(
          `1人のつながりで紹介を頼めます：${story.peerName}`,
        );
        await page.screenshot({ path: `${SCREENSHOT_DIR}/search-story.png`, fullPage: true });
        await page
          .locator('[data-testid="search-need"]')
          .screenshot({ path: `${SCREENSHOT_DIR}/search-story-need.png` });
        await referred.screenshot({ path: `${SCREENSHOT_DIR}/search-story-referred.png` });

        // Removing the language chip searches again without it.
        await Promise.all([
          page.waitForEvent('load'),
          page.getByRole('link', { name: '「ベトナム語」を条件から外す' }).click(),
        ]);
        expect(new URL(page.url()).searchParams.get('text')).toBe('未払い賃金');
        await expect(chips.allTextContents()).resolves.toEqual(['労働条件', '群馬県から']);
        await expect(page.getByTestId('language-switch').count()).resolves.toBe(0);
      } finally {
        await page.context().close();
      }
    },
    TEST_TIMEOUT,
  );

  it(
    'includes partners in other languages after those that offer it, with the switch',
    async () => {
      const page = await newPortalPage(browser);
      try {
        await searchAsCoordinator(page, 'ベトナム語 未払い賃金');
        await Promise.all([
          page.waitForEvent('load'),
          page.getByRole('link', { name: '他の言語の連携先も表示する' }).click(),
        ]);
        await expect(page.getByTestId('language-switch').textContent()).resolves.toContain(
          'ベトナム語に対応していない連携先も',
        );
        const languages = await page
          .locator('.search-results > li .search-result__languages')
          .allTextContents();
        const offering = languages.map((l) => l.includes('ベトナム語'));
        // Every partner offering Vietnamese comes before every partner without it.
        expect(offering.indexOf(false) === -1 || offering.lastIndexOf(true) < offering.indexOf(false)).toBe(
          true,
        );
      } finally {
        await page.context().close();
      }
    },
    TEST_TIMEOUT,
  );

  it(
    'reads well at phone width',
    async () => {
      const page = await newPortalPage(browser);
      try {
        await page.setViewportSize({ width: 390, height: 844 });
        await searchAsCoordinator(page, 'unpaid wages Vietnamese');
        const chips = page.locator('[data-testid="search-need"] .chip--need > span');
        await expect(chips.allTextContents()).resolves.toEqual(['労働条件', 'ベトナム語', '群馬県から']);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow).toBeLessThanOrEqual(0);
        await page.screenshot({ path: `${SCREENSHOT_DIR}/search-story-phone.png` });
      } finally {
        await page.context().close();
      }
    },
    TEST_TIMEOUT,
  );
});

describe('search terms ISA adds (no JavaScript)', () => {
  const TERM = 'ろうむてすとがめん';
  afterAll(() => graph?.writeRows('MATCH (t:SearchTerm {term: $term}) DETACH DELETE t', { term: TERM }));

  it(
    'adds a term in the portal that the search then understands, refuses a duplicate, and removes it',
    async () => {
      const page = await newPortalPage(browser);
      try {
        await signInOn(page, 'isa@demo.tsunagu.example', DEMO_PASSWORD, '/search/terms');
        expect(new URL(page.url()).pathname).toBe('/search/terms');
        const add = async () => {
          await page.getByLabel('検索語', { exact: true }).fill(TERM);
          await page.getByLabel('読み取る種類').selectOption('DOMAIN');
          await page.getByLabel('分野').selectOption('WRK-CND');
          await submit(page, '追加する');
        };
        await add();
        await expect(page.getByRole('status').textContent()).resolves.toContain(`「${TERM}」を追加しました`);
        await expect(page.locator('table tbody tr', { hasText: TERM }).count()).resolves.toBe(1);
        await add();
        await expect(page.getByRole('alert').textContent()).resolves.toContain('すでに登録されています');

        await page.goto(`/search?searched=1&text=${encodeURIComponent(TERM)}`);
        const chips = page.locator('[data-testid="search-need"] .chip--need > span');
        await expect(chips.allTextContents()).resolves.toContain('労働条件');

        await page.goto('/search/terms');
        await submit(page, `「${TERM}」を削除する`);
        await expect(page.getByRole('status').textContent()).resolves.toContain(`「${TERM}」を削除しました`);
        await expect(page.locator('table tbody tr', { hasText: TERM }).count()).resolves.toBe(0);
        await page.screenshot({ path: `${SCREENSHOT_DIR}/search-terms.png`, fullPage: true });
      } finally {
        await page.context().close();
      }
    },
    TEST_TIMEOUT,
  );

  it(
    'is not open to coordinators',
    async () => {
      const page = await newPortalPage(browser);
      try {
        await signInOn(page, 'coordinator@demo.tsunagu.example', DEMO_PASSWORD, '/search');
        const response = await page.goto('/search/terms');
        expect(response?.status()).toBe(403);
      } finally {
        await page.context().close();
      }
    },
    TEST_TIMEOUT,
  );
});

describe('the search with JavaScript', () => {
  it(
    'moves the focus to the results after a search',
    async () => {
      const page = await newPortalPage(browser, { javaScript: true });
      try {
        await signInOn(page, 'coordinator@demo.tsunagu.example', DEMO_PASSWORD, '/search');
        await page.waitForLoadState('networkidle');
        await page.getByLabel('キーワード（日本語または英語）').fill('労災 ネパール語');
        await Promise.all([
          page.waitForURL((url) => url.searchParams.has('searched')),
          page.getByRole('button', { name: '検索する', exact: true }).click(),
        ]);
        await expect
          .poll(() => page.evaluate(() => document.activeElement?.id), { timeout: 10_000 })
          .toBe('search-results-heading');
      } finally {
        await page.context().close();
      }
    },
    TEST_TIMEOUT,
  );
});
