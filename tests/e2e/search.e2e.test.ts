/**
 * Browser test of the cross-regional search with JavaScript off (the GET form and the report form must
 * work as plain HTML). The demo coordinator (Gunma) searches for a marker word that only this run's
 * Okinawa partner carries: the page says nothing suitable is nearby, shows reason chips, tells who can
 * introduce them (a peer who referred a resident there) and takes a missing-partner report.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectGraph, type Graph } from '../../api/src/db/graph.js';
import { DEMO_PASSWORD, launchChromium, newPortalPage, signInOn, submit } from '../support/browser.js';
import { testNeo4jUri } from '../support/stack-env.js';
import { SET_PARTNER_LINK_MIRRORS } from '../../api/src/modules/directory/partner-mirrors.js';

const SCREENSHOT_DIR = 'test-results/screenshots';
const TEST_TIMEOUT = 90_000;
const RUN = `e2esrch${randomBytes(4).toString('hex')}`;
const PARTNER_ID = `${RUN}-partner`;
const PEER_ID = `${RUN}-peer`;
const PEER_NAME = `【架空】E2E 沖縄の知り合い ${RUN}`;
const NOTE = `【架空】E2Eテスト：ベトナム語の労働相談先がありません ${RUN}`;

let browser: Browser;
let graph: Graph;

beforeAll(async () => {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  browser = await launchChromium();
  graph = await connectGraph({ uri: testNeo4jUri(), user: 'neo4j', password: 'neo4j' });
  // A Vietnamese-speaking labour desk in Okinawa, and a peer of the demo coordinator who referred there.
  await graph.writeRows(
    `MATCH (me:Coordinator {id: 'demo-coordinator'}), (okinawa:Prefecture {code: '47'}),
           (vi:Language {code: 'vi'}), (wrk:SupportDomain {code: 'WRK'})
     CREATE (p:Partner {id: $partnerId, name: '【架空】' + $run + ' 労働相談デスク', kind: 'SUP',
                        alternateName: '[synthetic] ' + $run + ' labour desk', synthetic: true,
                        createdAt: datetime(), lastConfirmedAt: datetime()})
     CREATE (p)-[:LOCATED_IN]->(okinawa), (p)-[:OFFERS_LANGUAGE]->(vi), (p)-[:SERVES]->(wrk)
     SET p.prefectureCode = okinawa.code
     WITH me, p ${SET_PARTNER_LINK_MIRRORS}
     CREATE (peer:Coordinator {id: $peerId, displayName: $peerName, synthetic: true})
     CREATE (me)-[:PEER_OF {via: 'CONNECT_REQUEST', since: date()}]->(peer)
     CREATE (peer)-[:REFERRED {date: date(), outcome: 'RESOLVED', domain: 'WRK'}]->(p)`,
    { partnerId: PARTNER_ID, run: RUN, peerId: PEER_ID, peerName: PEER_NAME },
  );
}, TEST_TIMEOUT);

afterAll(async () => {
  await graph?.writeRows(
    `OPTIONAL MATCH (n) WHERE n.id IN [$partnerId, $peerId] DETACH DELETE n
     WITH count(*) AS done
     OPTIONAL MATCH (r:MissingPartnerReport {note: $note}) DETACH DELETE r`,
    { partnerId: PARTNER_ID, peerId: PEER_ID, note: NOTE },
  );
  await graph?.driver.close();
  await browser?.close();
});

describe('search suggestions (with JavaScript)', () => {
  it(
    'fills the datalist with partner names from the resource route as the user types',
    async () => {
      const page = await newPortalPage(browser, { javaScript: true });
      const context = page.context();
      try {
        await signInOn(page, 'coordinator@demo.tsunagu.example', DEMO_PASSWORD, '/search');
        await page.waitForURL('**/search');
        const suggestion = page.locator('#search-suggestions option');
        // Typing before hydration reaches no handler: wait until the client scripts have run.
        await page.waitForLoadState('networkidle');
        const answers: number[] = [];
        page.on('response', (r) => r.url().includes('/search/suggestions') && answers.push(r.status()));
        await page
          .getByLabel('キーワード（日本語または英語）')
          .pressSequentially(RUN.slice(0, 12), { delay: 30 });
        await expect.poll(() => answers, { timeout: 10_000 }).toContain(200);
        await page.waitForFunction(
          (id) =>
            [...document.querySelectorAll('#search-suggestions option')].some((o) =>
              (o as HTMLOptionElement).value.includes(id),
            ),
          RUN,
        );
        await expect(
          suggestion.evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value)),
        ).resolves.toContain(`【架空】${RUN} 労働相談デスク`);
      } finally {
        await context.close();
      }
    },
    TEST_TIMEOUT,
  );
});

describe('cross-regional search in a real browser (no JavaScript)', () => {
  it(
    'finds a distant partner with reason chips and an introduction, then reports a missing partner',
    async () => {
      const page = await newPortalPage(browser);
      const context = page.context();
      try {
        await signInOn(page, 'coordinator@demo.tsunagu.example', DEMO_PASSWORD, '/search');
        expect(new URL(page.url()).pathname).toBe('/search');

        await page.getByLabel('キーワード（日本語または英語）').fill(RUN);
        await page.getByLabel('言語', { exact: true }).selectOption('vi');
        await submit(page, '検索する');
        const url = new URL(page.url());
        expect(url.searchParams.get('text')).toBe(RUN);
        // The prefecture defaults to the coordinator's own (Gunma).
        await expect(page.getByLabel('地域（都道府県）').inputValue()).resolves.toBe('10');

        const results = page.locator('.search-results > li');
        await expect(results.count()).resolves.toBe(1);
        const result = results.first();
        await expect(result.locator('.partner__name a').getAttribute('href')).resolves.toBe(
          `/partners/${PARTNER_ID}`,
        );
        const chips = await result.locator('.reason-chips li').allTextContents();
        expect(chips).toEqual(
          expect.arrayContaining([
            'キーワードに一致',
            'ベトナム語対応',
            '遠方',
            '修了者1人が紹介（うちつながりのある人1人）、1人が解決',
          ]),
        );

        // Outside my region: who can introduce me.
        await result.locator('details.introduction summary').click();
        await expect(result.locator('details.introduction p').textContent()).resolves.toBe(
          `1人のつながりで紹介を頼めます：${PEER_NAME}`,
        );

        // Nothing nearby: the page says so and takes a report.
        await expect(page.getByTestId('nothing-nearby').textContent()).resolves.toContain('群馬県');
        await page.screenshot({ path: `${SCREENSHOT_DIR}/search.png`, fullPage: true });
        await page.locator('#missing-domain').selectOption('WRK');
        await page.getByLabel('メモ', { exact: false }).fill(NOTE);
        await submit(page, '報告する');
        await expect(
          page.getByRole('status').filter({ hasText: '報告を受け付けました' }).textContent(),
        ).resolves.toContain('群馬県');
        const stored = await graph.readRows<{
          prefecture: string;
          domain: string;
          language: string;
          by: string;
        }>(
          `MATCH (r:MissingPartnerReport {note: $note})-[:REPORTED_BY]->(reporter)
           RETURN [(r)-[:IN_PREFECTURE]->(p) | p.code][0] AS prefecture, [(r)-[:FOR_DOMAIN]->(d) | d.code][0] AS domain,
                  [(r)-[:FOR_LANGUAGE]->(l) | l.code][0] AS language, reporter.id AS by`,
          { note: NOTE },
        );
        expect(stored).toEqual([{ prefecture: '10', domain: 'WRK', language: 'vi', by: 'demo-coordinator' }]);
      } finally {
        await context.close();
      }
    },
    TEST_TIMEOUT,
  );
});
