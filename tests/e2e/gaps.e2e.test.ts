/**
 * Browser test of the gap dashboard with JavaScript off: a local-government account in Saga reads its
 * prefecture on the map and in the table (counts banded), opens the prefecture's page, and downloads the
 * CSV (BOM, Japanese headers, prefecture names); the page has no serious accessibility violations.
 */
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectGraph, type Graph } from '../../api/src/db/graph.js';
import { countGapSignal } from '../../api/src/modules/gaps/signals.js';
import { createAccounts, launchChromium, runPrefix, signIn } from '../support/browser.js';
import { testNeo4jUri } from '../support/stack-env.js';

const PASSWORD = 'synthetic-password-2026';
const TEST_TIMEOUT = 180_000;
const PREFIX = runPrefix('e2e-gaps');
const localGovEmail = `${PREFIX}-saga@test.tsunagu.example`;
const AXE_SCRIPT = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

let browser: Browser;
let graph: Graph;

async function seriousAxeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE_SCRIPT });
  const violations = await page.evaluate(async () => {
    const { axe } = window as unknown as { axe: typeof import('axe-core') };
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      targets: v.nodes.map((n) => n.target.join(' ')),
    }));
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.targets.join(', ')}`);
}

beforeAll(async () => {
  mkdirSync('test-results/screenshots', { recursive: true });
  graph = await connectGraph({ uri: testNeo4jUri(), user: 'neo4j', password: 'neo4j' });
  await createAccounts(
    graph,
    [{ email: localGovEmail, prefecture: '41', displayName: '【架空】佐賀県 職員', role: 'LOCAL_GOV' }],
    PASSWORD,
  );
  // Seven searches with nothing nearby (the counting path the search uses): "5–9" outside ISA.
  await graph.write(async (tx) => {
    for (let i = 0; i < 7; i++)
      await countGapSignal(tx, {
        prefectureCode: '41',
        domainCodes: ['WRK-CND'],
        languageCode: 'vi',
        source: 'SEARCH',
      });
  });
  browser = await launchChromium();
}, TEST_TIMEOUT);

afterAll(async () => {
  await browser?.close();
  await graph?.writeRows(
    `MATCH (u:User) WHERE u.email STARTS WITH $prefix
     OPTIONAL MATCH (u)-[:HAS_SESSION]->(s:Session) DETACH DELETE s, u`,
    { prefix: PREFIX },
  );
  await graph?.driver.close();
});

describe('gap dashboard in a real browser', () => {
  it(
    'a local government reads its prefecture, opens it and downloads the CSV',
    async () => {
      const page = await signIn(browser, localGovEmail, PASSWORD);
      const response = await page.goto('/gaps');
      expect(response?.status()).toBe(200);
      await expect(page.getByRole('heading', { level: 1, name: '不足している連携先' }).count()).resolves.toBe(
        1,
      );
      await expect(page.getByText('佐賀県と全国の合計').count()).resolves.toBe(1);
      // The map: all 47 tiles drawn, only Saga linked (the viewer's scope), with a legend.
      await expect(page.locator('svg.gap-map__svg > g, svg.gap-map__svg > a').count()).resolves.toBe(47);
      const sagaTile = page.getByRole('link', { name: /^佐賀県: / });
      await expect(sagaTile.count()).resolves.toBe(1);
      await expect(sagaTile.getAttribute('aria-label')).resolves.toMatch(/^佐賀県: (<5|\d+–\d+)$/);
      await expect(page.getByText('表示範囲外').count()).resolves.toBe(1);
      // The table: Saga × labour conditions, banded.
      const row = page.locator('tr', { hasText: '労働条件（労働契約・賃金・労働時間）' });
      await expect(row.locator('th').textContent()).resolves.toBe('佐賀県');
      await expect(row.locator('td.num').textContent()).resolves.toMatch(/^\d+–\d+$/);
      // The trend: the running month is marked partial.
      await expect(page.getByText(/（集計中）$/).count()).resolves.toBe(1);
      await page.screenshot({ path: 'test-results/screenshots/gaps-local-gov.png', fullPage: true });
      // axe runs as page script, so on a page with JavaScript.
      const withJs = await signIn(browser, localGovEmail, PASSWORD, { javaScript: true });
      for (const path of ['/gaps', '/gaps/41']) {
        await withJs.goto(path);
        expect(await seriousAxeViolations(withJs), path).toEqual([]);
      }

      // Phone width: the map still fits.
      await page.setViewportSize({ width: 375, height: 800 });
      const box = await page.locator('svg.gap-map__svg').boundingBox();
      expect(box!.width).toBeLessThanOrEqual(375);
      await page.screenshot({ path: 'test-results/screenshots/gaps-local-gov-phone.png', fullPage: true });

      const csv = await page.request.get('/gaps.csv');
      expect(csv.status()).toBe(200);
      expect(csv.headers()['content-disposition']).toMatch(/^attachment; filename="gaps-41-.+\.csv"$/);
      const bytes = await csv.body();
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const text = bytes.toString('utf8');
      expect(text).toContain('都道府県,分野,詳細分野,');
      expect(text).toContain('佐賀県,就労・労働,労働条件（労働契約・賃金・労働時間）,');
      expect(text).not.toContain(',WRK-CND,');

      await Promise.all([page.waitForEvent('load'), row.getByRole('link', { name: '佐賀県' }).click()]);
      expect(new URL(page.url()).pathname).toBe('/gaps/41');
      await expect(page.getByRole('heading', { level: 1, name: '佐賀県の不足' }).count()).resolves.toBe(1);
      await expect(
        page.getByRole('heading', { level: 3, name: /^労働条件.*ベトナム語/ }).count(),
      ).resolves.toBe(1);
      // Another prefecture is out of scope.
      const other = await page.goto('/gaps/13');
      expect(other?.status()).toBe(403);
    },
    TEST_TIMEOUT,
  );
});
