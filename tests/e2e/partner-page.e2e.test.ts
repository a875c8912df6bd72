/**
 * Browser test of a partner's page (JavaScript off): the facts list the domains and the languages offered by
 * name in the reader's language, the address line replaces raw coordinates, and the neighbourhood picture
 * keeps its labels inside the picture, has a legend, and gives way to text lists on a phone.
 */
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectGraph, type Graph } from '../../api/src/db/graph.js';
import { DEMO_PASSWORD, launchChromium, newPortalPage, signInOn, submit } from '../support/browser.js';
import { testNeo4jUri } from '../support/stack-env.js';

const SCREENSHOT_DIR = 'test-results/screenshots';
const TEST_TIMEOUT = 90_000;
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };

interface Chosen {
  id: string;
  postalCode: string;
  latitude: number;
  languagesJa: string[];
  languagesEn: string[];
  domainsJa: string[];
}

let browser: Browser;
let graph: Graph;
let chosen: Chosen;

beforeAll(async () => {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  browser = await launchChromium();
  graph = await connectGraph({ uri: testNeo4jUri(), user: 'neo4j', password: 'neo4j' });
  // A public address with coordinates, several languages, a domain whose name has a parenthesised part
  // (the longest labels), and as many referrals as any such partner.
  const [row] = await graph.readRows<Chosen>(
    `MATCH (p:Partner)
     WHERE coalesce(p.sensitiveAddress, false) = false AND p.latitude IS NOT NULL AND p.postalCode IS NOT NULL
       AND COUNT { (p)-[:OFFERS_LANGUAGE]->(:Language) } >= 2
       AND EXISTS { (p)-[:SERVES]->(d:SupportDomain) WHERE d.nameJa CONTAINS '（' }
     WITH p, COUNT { (p)<-[:REFERRED]-(:Coordinator) } AS referrals
     ORDER BY referrals DESC, p.id LIMIT 1
     RETURN p.id AS id, p.postalCode AS postalCode, p.latitude AS latitude,
            [(p)-[:OFFERS_LANGUAGE]->(l:Language) | l.nameJa] AS languagesJa,
            [(p)-[:OFFERS_LANGUAGE]->(l:Language) | l.nameEn] AS languagesEn,
            [(p)-[:SERVES]->(d:SupportDomain) | d.nameJa] AS domainsJa`,
  );
  expect(row).toBeDefined();
  chosen = row;
}, TEST_TIMEOUT);

afterAll(async () => {
  await graph?.driver.close();
  await browser?.close();
});

/** The text of the facts row whose term is `term`. */
async function factRow(page: Page, term: string): Promise<string[]> {
  const row = page.locator('dl.facts > div', {
    has: page.locator('dt', { hasText: new RegExp(`^${term}$`) }),
  });
  await expect(row.count()).resolves.toBe(1);
  return (await row.locator('dd li').allTextContents()).map((s) => s.trim()).sort();
}

/** Every text in the picture lies within its view box (nothing cut off at an edge). */
async function expectLabelsInside(page: Page): Promise<number> {
  const outside = await page.locator('svg.neighbourhood__picture').evaluate((svg) => {
    const view = (svg as SVGSVGElement).viewBox.baseVal;
    return [...svg.querySelectorAll('text')]
      .map((text) => ({ text: text.textContent, box: text.getBBox() }))
      .filter(
        ({ box }) =>
          box.x < view.x ||
          box.y < view.y ||
          box.x + box.width > view.width ||
          box.y + box.height > view.height,
      )
      .map(({ text }) => text);
  });
  expect(outside).toEqual([]);
  return page.locator('svg.neighbourhood__picture text').count();
}

describe("a partner's page in a real browser (no JavaScript)", () => {
  it(
    'lists domains and languages, shows the address line without coordinates, and a readable picture',
    async () => {
      const page = await newPortalPage(browser);
      try {
        await page.setViewportSize(DESKTOP);
        const path = `/partners/${encodeURIComponent(chosen.id)}`;
        await signInOn(page, 'coordinator@demo.tsunagu.example', DEMO_PASSWORD, path);
        expect(new URL(page.url()).pathname).toBe(path);

        await expect(factRow(page, '対応言語')).resolves.toEqual([...chosen.languagesJa].sort());
        await expect(factRow(page, '分野')).resolves.toEqual([...chosen.domainsJa].sort());
        const body = (await page.locator('main').textContent())!;
        expect(body).not.toContain('緯度');
        expect(body).not.toContain(String(chosen.latitude));
        const address = page.locator('dl.facts > div', { has: page.locator('dt', { hasText: /^所在地$/ }) });
        await expect(address.locator('dd').textContent()).resolves.toContain(`〒${chosen.postalCode}`);

        // The picture: labels inside, parenthesised parts dropped, a legend; the lists say the same in text.
        await expect(page.locator('svg.neighbourhood__picture').isVisible()).resolves.toBe(true);
        expect(await expectLabelsInside(page)).toBeGreaterThan(2);
        const labels = await page.locator('svg.neighbourhood__picture text').allTextContents();
        expect(labels.some((l) => /（/.test(l))).toBe(false);
        await expect(page.locator('.neighbourhood__legend').isVisible()).resolves.toBe(true);
        await expect(page.locator('.neighbourhood__legend li').count()).resolves.toBe(5);
        await expect(page.locator('.domain-referrals li').count()).resolves.toBeGreaterThan(0);
        await page.screenshot({ path: `${SCREENSHOT_DIR}/partner-facts-desktop.png`, fullPage: true });
        await page
          .locator('section[aria-labelledby="contact-heading"]')
          .screenshot({ path: `${SCREENSHOT_DIR}/partner-contact-desktop.png` });
        await page
          .locator('section[aria-labelledby="trust-heading"]')
          .screenshot({ path: `${SCREENSHOT_DIR}/partner-neighbourhood-desktop.png` });

        // A phone: no picture to squint at; the caption and the lists remain.
        await page.setViewportSize(PHONE);
        await expect(page.locator('svg.neighbourhood__picture').isVisible()).resolves.toBe(false);
        await expect(page.locator('.neighbourhood figcaption').isVisible()).resolves.toBe(true);
        await expect(page.locator('.domain-referrals').isVisible()).resolves.toBe(true);
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        expect(width).toBeLessThanOrEqual(PHONE.width);
        await page.screenshot({ path: `${SCREENSHOT_DIR}/partner-facts-phone.png`, fullPage: true });
        await page
          .locator('section[aria-labelledby="contact-heading"]')
          .screenshot({ path: `${SCREENSHOT_DIR}/partner-contact-phone.png` });
        await page
          .locator('section[aria-labelledby="trust-heading"]')
          .screenshot({ path: `${SCREENSHOT_DIR}/partner-neighbourhood-phone.png` });

        // In English the same lists use the English names.
        await page.setViewportSize(DESKTOP);
        // The language switch sits in the profile menu (a <details>); the choice is a cookie of this context.
        await page.locator('details.profile-menu summary').click();
        await submit(page, 'English');
        await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
        await expect(factRow(page, 'Languages offered')).resolves.toEqual([...chosen.languagesEn].sort());
        expect(await expectLabelsInside(page)).toBeGreaterThan(2);
        const english = await page.locator('svg.neighbourhood__picture g text').allTextContents();
        // Only the referral count is in brackets.
        expect(english.filter((l) => /\((?!\d+\)$)/.test(l))).toEqual([]);
        await page
          .locator('section[aria-labelledby="trust-heading"]')
          .screenshot({ path: `${SCREENSHOT_DIR}/partner-neighbourhood-desktop-en.png` });
      } finally {
        await page.context().close();
      }
    },
    TEST_TIMEOUT,
  );
});
