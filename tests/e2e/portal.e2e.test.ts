/**
 * Browser test of the portal shell against a running portal, API and seeded Neo4j (started by the test setup).
 * Signs in through the real form for every role; checks menus, accessibility (axe-core), language switch,
 * sign-out, error pages and the no-JavaScript path.
 */
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const PORTAL_URL = (process.env.PORTAL_URL ?? 'http://127.0.0.1:3000').replace(/\/$/, '');
const PASSWORD = 'tsunagu-demo-2026';
const SCREENSHOT_DIR = 'test-results/screenshots';
const AXE_SCRIPT = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const TEST_TIMEOUT = 60_000;

const SECTIONS_JA = {
  search: '検索',
  directory: '名簿・連携先',
  bulletin: '掲示板',
  qa: 'Q&A',
  notifications: '通知',
  surveys: 'アンケート',
  activity: '活動報告',
  workshops: '事例研究会',
  knowledge: 'ナレッジ',
  gaps: '不足している連携先',
  accounts: 'アカウント',
  import: '修了者の取り込み',
  hsds: 'HSDS 連携',
} as const;

const SECTIONS_EN: Record<keyof typeof SECTIONS_JA, string> = {
  search: 'Search',
  directory: 'Directory',
  bulletin: 'Bulletin',
  qa: 'Q&A',
  notifications: 'Notifications',
  surveys: 'Surveys',
  activity: 'Activity reports',
  workshops: 'Workshops',
  knowledge: 'Knowledge base',
  gaps: 'Gaps',
  accounts: 'Accounts',
  import: 'Graduate import',
  hsds: 'HSDS exchange',
};

type SectionId = keyof typeof SECTIONS_JA;

// The menu each role must see, in order (the product rule, stated here independently of the portal's code).
const ACCOUNTS: { role: string; file: string; email: string; sections: SectionId[] }[] = [
  {
    role: 'COORDINATOR',
    file: 'coordinator',
    email: 'coordinator@demo.tsunagu.example',
    sections: [
      'search',
      'directory',
      'bulletin',
      'qa',
      'notifications',
      'surveys',
      'activity',
      'workshops',
      'knowledge',
      'gaps',
    ],
  },
  {
    role: 'ISA_ADMIN',
    file: 'isa-admin',
    email: 'isa@demo.tsunagu.example',
    sections: [
      'search',
      'directory',
      'bulletin',
      'qa',
      'notifications',
      'surveys',
      'activity',
      'workshops',
      'knowledge',
      'gaps',
      'accounts',
      'import',
      'hsds',
    ],
  },
  {
    role: 'WORKSHOP_ORGANIZER',
    file: 'workshop-organizer',
    email: 'organizer@demo.tsunagu.example',
    sections: ['directory', 'bulletin', 'qa', 'notifications', 'surveys', 'workshops', 'knowledge'],
  },
  {
    role: 'LOCAL_GOV',
    file: 'local-gov',
    email: 'localgov@demo.tsunagu.example',
    sections: ['bulletin', 'notifications', 'gaps'],
  },
];

const LAUNCH_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

let browser: Browser;

beforeAll(async () => {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: LAUNCH_ARGS,
  });
}, TEST_TIMEOUT);

afterAll(async () => {
  await browser?.close();
});

async function withContext<T>(
  options: { javaScriptEnabled?: boolean },
  run: (page: Page, context: BrowserContext) => Promise<T>,
): Promise<T> {
  const context = await browser.newContext({ baseURL: PORTAL_URL, locale: 'ja-JP', ...options });
  try {
    return await run(await context.newPage(), context);
  } finally {
    await context.close();
  }
}

function pathOf(page: Page): string {
  const url = new URL(page.url());
  return `${url.pathname}${url.search}`;
}

/** Fills and submits the sign-in form; the caller waits for what should follow. */
async function submitLogin(page: Page, email: string, password: string) {
  await page.getByLabel('メールアドレス').fill(email);
  await page.getByLabel('パスワード').fill(password);
  await page.getByRole('button', { name: 'ログイン', exact: true }).click();
}

/** Clicks a button of a plain (non-Remix) form and waits for the new document. */
async function submitPlainForm(page: Page, buttonName: string) {
  await Promise.all([
    page.waitForEvent('load'),
    page.getByRole('button', { name: buttonName, exact: true }).click(),
  ]);
}

async function signOut(page: Page, buttonName = 'ログアウト') {
  await openProfileMenu(page);
  await submitPlainForm(page, buttonName);
  expect(new URL(page.url()).pathname).toBe('/login');
}

/** Signs in through the form and waits until the signed-in shell (its profile menu) is on screen. */
async function signIn(page: Page, email: string) {
  await page.goto('/login');
  await submitLogin(page, email, PASSWORD);
  await page.locator('details.profile-menu').waitFor();
}

async function openProfileMenu(page: Page) {
  const menu = page.locator('details.profile-menu');
  if ((await menu.getAttribute('open')) === null) await menu.locator('summary').click();
}

async function navLinkTexts(page: Page, navName: string): Promise<string[]> {
  const links = page.getByRole('navigation', { name: navName, exact: true }).getByRole('link');
  await links.first().waitFor({ state: 'attached' });
  // The label only: unread-count badges inside a link vary with what other tests published.
  return links.evaluateAll((elements) =>
    elements.map((link) => {
      const copy = link.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('.badge').forEach((badge) => badge.remove());
      return (copy.textContent ?? '').trim();
    }),
  );
}

/** axe-core violations with impact serious or critical, as readable strings. */
async function seriousAxeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE_SCRIPT });
  const violations = await page.evaluate(async () => {
    const { axe } = window as unknown as { axe: typeof import('axe-core') };
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact ?? null,
      targets: violation.nodes.map((node) => node.target.join(' ')),
    }));
  });
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.targets.join(', ')}`);
}

describe('portal shell in a real browser', () => {
  it(
    'login page has no serious accessibility violations',
    () =>
      withContext({}, async (page) => {
        const response = await page.goto('/login');
        expect(response?.status()).toBe(200);
        await expect(page.locator('html').getAttribute('lang')).resolves.toBe('ja');
        expect(await seriousAxeViolations(page)).toEqual([]);
        await page.screenshot({ path: `${SCREENSHOT_DIR}/login.png`, fullPage: true });
      }),
    TEST_TIMEOUT,
  );

  it(
    'a wrong password shows the form message and stays on /login',
    () =>
      withContext({}, async (page) => {
        await page.goto('/login');
        await submitLogin(page, 'organizer@demo.tsunagu.example', 'not-the-right-password');
        const alert = page.getByRole('alert');
        await alert.waitFor();
        expect(new URL(page.url()).pathname).toBe('/login');
        await expect(alert.textContent()).resolves.toContain(
          'メールアドレスまたはパスワードが正しくありません',
        );
        await expect(page.getByLabel('メールアドレス').inputValue()).resolves.toBe(
          'organizer@demo.tsunagu.example',
        );
      }),
    TEST_TIMEOUT,
  );

  for (const account of ACCOUNTS) {
    it(
      `${account.role}: signs in, sees exactly its sections, switches language, signs out`,
      () =>
        withContext({}, async (page) => {
          await signIn(page, account.email);
          expect(pathOf(page)).toBe('/');
          await page.getByRole('heading', { level: 1, name: /^ようこそ、/ }).waitFor();

          expect(await navLinkTexts(page, 'メインメニュー')).toEqual(
            account.sections.map((id) => SECTIONS_JA[id]),
          );

          await openProfileMenu(page);
          expect(await seriousAxeViolations(page)).toEqual([]);
          await page.screenshot({ path: `${SCREENSHOT_DIR}/${account.file}.png`, fullPage: true });

          // English and back: a plain form POST to /lang that returns to this page.
          await submitPlainForm(page, 'English');
          await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
          expect(pathOf(page)).toBe('/');
          expect(await navLinkTexts(page, 'Main menu')).toEqual(
            account.sections.map((id) => SECTIONS_EN[id]),
          );
          await openProfileMenu(page);
          await submitPlainForm(page, '日本語');
          await expect(page.locator('html').getAttribute('lang')).resolves.toBe('ja');
          expect(await navLinkTexts(page, 'メインメニュー')).toEqual(
            account.sections.map((id) => SECTIONS_JA[id]),
          );

          await signOut(page);

          // The session is gone: the home page sends us back to sign in.
          await page.goto('/');
          expect(new URL(page.url()).pathname).toBe('/login');
        }),
      TEST_TIMEOUT,
    );
  }

  it(
    'the directory lists partners for everyone and coordinators only where the API allows',
    () =>
      withContext({}, async (page) => {
        await signIn(page, 'coordinator@demo.tsunagu.example');
        let response = await page.goto('/directory');
        expect(response?.status()).toBe(200);
        await expect(page.getByRole('heading', { name: '連携先', exact: true }).isVisible()).resolves.toBe(
          true,
        );
        await expect(page.getByRole('heading', { name: '修了者名簿' }).isVisible()).resolves.toBe(true);
        await expect(page.getByText('修了者名簿を閲覧できません').count()).resolves.toBe(0);
        await page.screenshot({ path: `${SCREENSHOT_DIR}/directory-coordinator.png`, fullPage: true });
        await signOut(page, 'すべての端末からログアウト');

        await signIn(page, 'localgov@demo.tsunagu.example');
        response = await page.goto('/directory');
        expect(response?.status()).toBe(200);
        await expect(page.getByRole('heading', { name: '連携先', exact: true }).isVisible()).resolves.toBe(
          true,
        );
        await expect(page.getByText('修了者名簿を閲覧できません').isVisible()).resolves.toBe(true);
        await signOut(page);
      }),
    TEST_TIMEOUT,
  );

  it(
    'a role without access to a section gets the 403 page',
    () =>
      withContext({}, async (page) => {
        await signIn(page, 'localgov@demo.tsunagu.example');
        const response = await page.goto('/accounts');
        expect(response?.status()).toBe(403);
        await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
          'このページを表示する権限がありません',
        );
        await signOut(page);
      }),
    TEST_TIMEOUT,
  );

  it(
    'a forged session cookie lands on /login',
    () =>
      withContext({}, async (page, context) => {
        await context.addCookies([{ name: '__tsunagu', value: 'garbage', url: PORTAL_URL }]);
        await page.goto('/');
        expect(new URL(page.url()).pathname).toBe('/login');
        await page.goto('/directory');
        expect(pathOf(page)).toBe('/login?redirectTo=%2Fdirectory');
      }),
    TEST_TIMEOUT,
  );

  it(
    'an unknown page answers 404 with the friendly page',
    () =>
      withContext({}, async (page) => {
        const response = await page.goto('/no-such-page');
        expect(response?.status()).toBe(404);
        await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
          'ページが見つかりません',
        );
      }),
    TEST_TIMEOUT,
  );

  it(
    'signing in and out works with JavaScript disabled, and redirectTo stays on this site',
    () =>
      withContext({ javaScriptEnabled: false }, async (page) => {
        await page.goto('/directory');
        expect(pathOf(page)).toBe('/login?redirectTo=%2Fdirectory');
        await submitLogin(page, 'coordinator@demo.tsunagu.example', PASSWORD);
        await page.locator('details.profile-menu').waitFor();
        expect(pathOf(page)).toBe('/directory');
        await signOut(page);

        await page.goto('/login?redirectTo=%2F%2Fevil.example%2F');
        await submitLogin(page, 'coordinator@demo.tsunagu.example', PASSWORD);
        await page.locator('details.profile-menu').waitFor();
        expect(new URL(page.url()).origin).toBe(new URL(PORTAL_URL).origin);
        expect(pathOf(page)).toBe('/');
        await signOut(page);
      }),
    TEST_TIMEOUT,
  );
});
