/**
 * Browser test of surveys with JavaScript off (plain form posts): ISA builds a survey with a conditional
 * question for two bureau regions (adding a question with the "add" button), previews and publishes it;
 * a graduate in Osaka saves a draft, gets a per-question error, and submits; a graduate in Hyogo answers
 * without the conditional question; ISA reads the charts and downloads the CSV (BOM, Japanese).
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectGraph, type Graph } from '../../api/src/db/graph.js';
import {
  DEMO_PASSWORD,
  createAccounts,
  launchChromium,
  signIn as signInWith,
  submit,
} from '../support/browser.js';
import { testNeo4jUri } from '../support/stack-env.js';
const PASSWORD = 'synthetic-password-2026';
const TEST_TIMEOUT = 180_000;
const PREFIX = `e2e-surveys-${randomBytes(3).toString('hex')}`;
const TITLE = `【架空】${PREFIX} 研修ニーズ調査`;
const osakaEmail = `${PREFIX}-osaka@test.tsunagu.example`;
const hyogoEmail = `${PREFIX}-hyogo@test.tsunagu.example`;

let browser: Browser;
let graph: Graph;

beforeAll(async () => {
  mkdirSync('test-results/screenshots', { recursive: true });
  graph = await connectGraph({ uri: testNeo4jUri(), user: 'neo4j', password: 'neo4j' });
  await createAccounts(
    graph,
    [
      { email: osakaEmail, prefecture: '27', displayName: '【架空】大阪 一郎', graduate: true },
      { email: hyogoEmail, prefecture: '28', displayName: '【架空】神戸 二郎', graduate: true },
    ],
    PASSWORD,
  );
  browser = await launchChromium();
}, TEST_TIMEOUT);

afterAll(async () => {
  await browser?.close();
  await graph?.writeRows(
    `MATCH (s:Survey) WHERE s.title STARTS WITH $title
     OPTIONAL MATCH (r:SurveyResponse {surveyId: s.id})
     OPTIONAL MATCH (p:SurveyParticipation {surveyId: s.id})
     OPTIONAL MATCH (d:SurveyDraft {surveyId: s.id})
     OPTIONAL MATCH (t:SurveyTally {surveyId: s.id})
     DETACH DELETE r, p, d, t, s`,
    { title: `【架空】${PREFIX}` },
  );
  await graph?.writeRows(
    `MATCH (u:User) WHERE u.email STARTS WITH $prefix
     OPTIONAL MATCH (u)-[:ACTS_AS]->(c:Coordinator)
     OPTIONAL MATCH (u)-[:HAS_SESSION]->(s:Session)
     DETACH DELETE c, s, u`,
    { prefix: PREFIX },
  );
  await graph?.driver.close();
});

const signIn = (email: string, password: string): Promise<Page> => signInWith(browser, email, password);

describe('surveys in a real browser (no JavaScript)', () => {
  it(
    'ISA publishes a conditional survey to two bureau regions; graduates answer; ISA reads the charts and the CSV',
    async () => {
      const isa = await signIn('isa@demo.tsunagu.example', DEMO_PASSWORD);
      await isa.goto('/surveys/new');
      await isa.getByLabel('タイトル').fill(TITLE);
      await isa.getByLabel('説明', { exact: true }).fill('【架空】研修の改善のための調査です。');
      await isa.getByLabel('選んだ地方局・都道府県・研修会の修了者').check();
      await isa.getByLabel('地方出入国在留管理局').selectOption(['OSK', 'TKY']);
      await isa.locator('[name="q.0.label"]').fill('研修を受けたいですか');
      await isa.locator('[name="q.0.required"]').check();
      await isa.locator('[name="q.0.options"]').fill('はい\nいいえ');
      // Add a rating question with the plain-form button: the page re-renders with it, keeping the input.
      await isa.getByLabel('追加する設問の種類').selectOption('RATING');
      await submit(isa, '設問を追加');
      await expect(isa.locator('[name="q.0.options"]').inputValue()).resolves.toBe('はい\nいいえ');
      await isa.locator('[name="q.1.label"]').fill('希望の強さ');
      await isa.locator('[name="q.1.required"]').check();
      await isa.locator('[name="q.1.showIfQuestion"]').selectOption('q1');
      await isa.locator('[name="q.1.showIfValues"]').fill('はい');
      await submit(isa, '保存する');
      const surveyUrl = new URL(isa.url()).pathname;
      expect(surveyUrl).toMatch(/^\/surveys\/[0-9a-f-]{36}$/);
      await expect(isa.getByTestId('survey-status').textContent()).resolves.toBe('下書き');
      await expect(
        isa.getByText('「研修を受けたいですか」で「はい」と答えた方のみ回答してください。').count(),
      ).resolves.toBe(1);
      await submit(isa, '公開する');
      await expect(isa.getByTestId('survey-status').textContent()).resolves.toBe('回答受付中');

      const osaka = await signIn(osakaEmail, PASSWORD);
      await expect(osaka.locator('.site-nav').textContent()).resolves.toMatch(/アンケート\s*\d+/);
      await osaka.goto('/surveys');
      await osaka.getByRole('link', { name: TITLE }).click();
      await osaka.waitForURL(`**${surveyUrl}`);
      // Without JavaScript, CSS (:has) hides q2 until q1 = はい is chosen.
      const q2 = osaka.locator('[data-question="q2"]');
      await expect(q2.isVisible()).resolves.toBe(false);
      await osaka.locator('input[name="a.q1"][value="はい"]').check();
      await expect(q2.isVisible()).resolves.toBe(true);
      await submit(osaka, '下書き保存');
      await expect(osaka.getByText('下書きを保存しました', { exact: false }).count()).resolves.toBe(1);
      await osaka.goto(surveyUrl); // later: the draft is still there
      await expect(osaka.locator('input[name="a.q1"][value="はい"]').isChecked()).resolves.toBe(true);
      await submit(osaka, '回答を送信する'); // q2 is shown (q1 = はい) and required
      await expect(osaka.getByTestId('problem-q2').count()).resolves.toBe(1);
      // Worded in the portal's language from the API's problem code.
      await expect(osaka.getByTestId('problem-q2').textContent()).resolves.toContain(
        'この質問への回答が必要です',
      );
      await expect(osaka.locator('input[name="a.q2"]').first().getAttribute('aria-invalid')).resolves.toBe(
        'true',
      );
      await osaka.locator('input[name="a.q2"][value="4"]').check();
      await submit(osaka, '回答を送信する');
      await expect(osaka.getByTestId('submitted').count()).resolves.toBe(1);
      await expect(osaka.getByTestId('not-answerable').textContent()).resolves.toBe('回答済みです。');

      const hyogo = await signIn(hyogoEmail, PASSWORD);
      // A refused submit never shows the thanks of an earlier one (the form posts back to the same address).
      await hyogo.goto(`${surveyUrl}?submitted=1`);
      await submit(hyogo, '回答を送信する');
      await expect(hyogo.getByTestId('problem-q1').count()).resolves.toBe(1);
      await expect(hyogo.getByTestId('submitted').count()).resolves.toBe(0);
      await hyogo.goto(surveyUrl);
      await hyogo.locator('input[name="a.q1"][value="いいえ"]').check();
      await expect(hyogo.locator('[data-question="q2"]').isVisible()).resolves.toBe(false);
      await submit(hyogo, '回答を送信する');
      await expect(hyogo.getByTestId('submitted').count()).resolves.toBe(1);

      // The running month is marked as still being counted, not drawn as a drop.
      await isa.goto('/activity/trends');
      await expect(isa.getByTestId('partial-period').count()).resolves.toBeGreaterThan(0);
      await expect(isa.getByText('集計中の月です', { exact: false }).count()).resolves.toBeGreaterThan(0);

      await isa.goto(`${surveyUrl}/results`);
      await expect(isa.getByTestId('response-count').textContent()).resolves.toBe('2');
      await expect(isa.locator('svg[role="img"]').count()).resolves.toBeGreaterThanOrEqual(2);
      await expect(
        isa.locator('table').filter({ hasText: '研修を受けたいですか' }).first().textContent(),
      ).resolves.toContain('はい');
      await isa.screenshot({ path: 'test-results/screenshots/survey-results.png', fullPage: true });
      const csv = await isa.request.get(`${surveyUrl}/results.csv`);
      expect(csv.headers()['content-disposition']).toMatch(/^attachment; filename=".+\.csv"$/);
      const bytes = await csv.body();
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const text = bytes.toString('utf8');
      expect(text).toContain('研修を受けたいですか');
      expect(text).toContain('【架空】大阪 一郎');
      expect(text.split('\r\n').filter(Boolean)).toHaveLength(3);
    },
    TEST_TIMEOUT,
  );
});
