import { chromium, type Browser, type Page } from 'playwright-core';
import type { Graph } from '../../api/src/db/graph.js';
import { hashPassword } from '../../api/src/modules/auth/passwords.js';
import { portalUrl } from './stack-env.js';

// What the browser tests share: Debian's chromium (CHROMIUM_PATH from `npm test`), a page on the
// test portal in Japanese, form submits that wait for the next document, the sign-in form, and
// synthetic accounts written straight into the test graph.

/** The password of the demo accounts that `npm start` and `npm test` seed. */
export const DEMO_PASSWORD = 'tsunagu-demo-2026';

export { runPrefix } from './run-prefix.js';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
}

/** A fresh context (no cookies) on the test portal; without JavaScript unless asked for. */
export async function newPortalPage(browser: Browser, opts: { javaScript?: boolean } = {}): Promise<Page> {
  const context = await browser.newContext({
    baseURL: portalUrl(),
    locale: 'ja-JP',
    javaScriptEnabled: opts.javaScript ?? false,
  });
  return context.newPage();
}

/** Clicks the button with exactly this name and waits for the document it leads to. */
export async function submit(page: Page, name: string): Promise<void> {
  await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name, exact: true }).click()]);
}

/** Signs in through the portal's form (Japanese labels) on `page`; expects the sign-in to succeed. */
export async function signInOn(
  page: Page,
  email: string,
  password: string,
  redirectTo?: string,
): Promise<void> {
  await page.goto(redirectTo ? `/login?redirectTo=${encodeURIComponent(redirectTo)}` : '/login');
  await page.getByLabel('メールアドレス').fill(email);
  await page.getByLabel('パスワード').fill(password);
  // With client JS the form navigates without a new document: wait for the URL to leave /login.
  await Promise.all([
    page.waitForURL((url) => url.pathname !== '/login'),
    page.getByRole('button', { name: 'ログイン', exact: true }).click(),
  ]);
}

/** A new page, signed in. */
export async function signIn(
  browser: Browser,
  email: string,
  password: string,
  opts: { javaScript?: boolean } = {},
): Promise<Page> {
  const page = await newPortalPage(browser, opts);
  await signInOn(page, email, password);
  return page;
}

export interface SyntheticAccount {
  email: string;
  prefecture: string;
  displayName: string;
  role?: 'COORDINATOR' | 'ISA_ADMIN' | 'WORKSHOP_ORGANIZER' | 'LOCAL_GOV';
  /** Also a graduate: the account acts as a Coordinator (id = e-mail, cohort 2025) working in that prefecture. */
  graduate?: boolean;
}

/** Writes sign-in accounts (id = e-mail, `test: true`) with a home prefecture; the caller removes them. */
export async function createAccounts(
  graph: Graph,
  accounts: SyntheticAccount[],
  password: string,
): Promise<void> {
  const hash = await hashPassword(password);
  await graph.writeRows(
    `UNWIND $accounts AS a
     CREATE (u:User {id: a.email, email: a.email, passwordHash: $hash, role: a.role, displayName: a.displayName,
                     locale: 'ja', failedSignIns: 0, test: true})
     WITH u, a MATCH (p:Prefecture {code: a.prefecture}) CREATE (u)-[:HOME_PREFECTURE]->(p)
     FOREACH (_ IN CASE WHEN a.graduate THEN [1] ELSE [] END |
       CREATE (u)-[:ACTS_AS]->(:Coordinator {id: a.email, displayName: a.displayName, cohort: 2025, test: true})
              -[:WORKS_IN]->(p))`,
    {
      hash,
      accounts: accounts.map((a) => ({ ...a, role: a.role ?? 'COORDINATOR', graduate: a.graduate ?? false })),
    },
  );
}

/** A JST wall-clock value for `<input type="datetime-local" step="1">`, `ms` from now. */
export function jstInput(ms: number): string {
  return new Date(Date.now() + ms + 9 * 3600_000).toISOString().slice(0, 19);
}
