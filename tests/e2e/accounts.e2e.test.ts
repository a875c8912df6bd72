/**
 * Browser test of the accounts story against the test stack (whose API runs without SMTP_URL, so mail lands in
 * the development outbox that ISA_ADMIN reads in the portal): ISA creates a local-government account, its holder
 * sets a password from the e-mailed link and signs in; a coordinator resets a forgotten password; the steps appear
 * in the audit log and its CSV; a deactivated account is refused.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectGraph, type Graph } from '../../api/src/db/graph.js';
import { totpCodeAt } from '../../api/src/modules/auth/two-step.js';
import {
  createAccounts,
  launchChromium,
  newPortalPage,
  runPrefix,
  signInOn,
  submit,
} from '../support/browser.js';
import { testNeo4jUri } from '../support/stack-env.js';

const PASSWORD = 'e2e-accounts-password-1';
const NEW_PASSWORD = 'e2e-accounts-new-password-2';
const run = runPrefix('accounts');
const isaEmail = `${run}-isa@test.tsunagu.example`;
const coordinatorEmail = `${run}-coord@test.tsunagu.example`;
const localGovEmail = `${run}-localgov@test.tsunagu.example`;
const organizerEmail = `${run}-organizer@test.tsunagu.example`;

let browser: Browser;
let graph: Graph;
let isa: Page;

async function linkFromOutbox(to: string): Promise<string> {
  await isa.goto('/outbox');
  const mail = isa.locator('article', { hasText: to }).first();
  const text = (await mail.locator('pre').textContent()) ?? '';
  const match = /\/reset-password\?token=[A-Za-z0-9_-]+/.exec(text);
  if (!match) throw new Error(`no link in the outbox mail to ${to}: ${text}`);
  return match[0];
}

async function setPassword(page: Page, link: string, password: string): Promise<void> {
  await page.goto(link);
  await page.getByLabel('新しいパスワード', { exact: true }).fill(password);
  await page.getByLabel('新しいパスワード（確認）', { exact: true }).fill(password);
  await submit(page, 'パスワードを設定する');
  expect(new URL(page.url()).pathname).toBe('/login');
  await expect(page.getByRole('status').textContent()).resolves.toContain('パスワードを設定しました');
}

beforeAll(async () => {
  graph = await connectGraph({ uri: testNeo4jUri(), user: 'neo4j', password: 'neo4j' });
  await createAccounts(
    graph,
    [
      { email: isaEmail, prefecture: '13', displayName: '【架空】監査 管理者', role: 'ISA_ADMIN' },
      { email: coordinatorEmail, prefecture: '23', displayName: '【架空】再設定 花子', graduate: true },
      {
        email: organizerEmail,
        prefecture: '27',
        displayName: '【架空】研修 主催',
        role: 'WORKSHOP_ORGANIZER',
      },
    ],
    PASSWORD,
  );
  browser = await launchChromium();
  isa = await newPortalPage(browser);
  await signInOn(isa, isaEmail, PASSWORD);
});

afterAll(async () => {
  await browser?.close();
  await graph?.writeRows(
    `MATCH (u:User) WHERE u.email IN $emails
     OPTIONAL MATCH (u)-[:HAS_SESSION|HAS_PASSWORD_TOKEN|ACTS_AS]->(x) DETACH DELETE x, u`,
    { emails: [isaEmail, coordinatorEmail, localGovEmail, organizerEmail] },
  );
  await graph?.driver.close();
});

describe('accounts in the portal', () => {
  it('ISA creates a local-government account whose holder sets a password from the mail and signs in', async () => {
    await isa.goto('/accounts/new');
    await isa.getByLabel('氏名').fill('【架空】愛知県 国際課');
    await isa.getByLabel('メールアドレス').fill(localGovEmail);
    await isa.getByLabel('地方公共団体 職員').check();
    await isa.getByLabel('都道府県').selectOption({ label: '愛知県' });
    await submit(isa, '作成してリンクを送る');
    expect(new URL(isa.url()).pathname).toBe('/accounts');
    const row = isa.getByRole('row', { name: /【架空】愛知県 国際課/ });
    await expect(row.textContent()).resolves.toContain('パスワード未設定');
    await expect(row.textContent()).resolves.toContain('愛知県');

    const holder = await newPortalPage(browser);
    await setPassword(holder, await linkFromOutbox(localGovEmail), NEW_PASSWORD);
    await signInOn(holder, localGovEmail, NEW_PASSWORD);
    expect(new URL(holder.url()).pathname).toBe('/');
    await holder.context().close();
  });

  it('a coordinator resets a forgotten password by e-mail', async () => {
    const page = await newPortalPage(browser);
    await page.goto('/login');
    await Promise.all([
      page.waitForEvent('load'),
      page.getByRole('link', { name: 'パスワードを忘れた場合' }).click(),
    ]);
    await page.getByLabel('メールアドレス').fill(coordinatorEmail);
    await submit(page, '再設定用のリンクを送る');
    await expect(page.getByRole('status').textContent()).resolves.toContain('再設定用のリンクを送りました');

    await setPassword(page, await linkFromOutbox(coordinatorEmail), NEW_PASSWORD);
    await page.getByLabel('パスワード').fill(PASSWORD);
    await submit(page, 'ログイン');
    await expect(page.getByRole('alert').textContent()).resolves.toContain('正しくありません');
    await signInOn(page, coordinatorEmail, NEW_PASSWORD);
    expect(new URL(page.url()).pathname).toBe('/');
    await page.context().close();
  });

  it('the steps appear in the audit log and its CSV; a deactivated account is refused', async () => {
    await isa.goto('/audit?action=ACCOUNT_CREATED');
    await expect(isa.getByRole('table').textContent()).resolves.toContain('【架空】監査 管理者');
    const csv = await isa.request.get('/audit.csv?action=PASSWORD_RESET');
    expect(csv.status()).toBe(200);
    expect(csv.headers()['content-type']).toContain('text/csv');
    expect(await csv.text()).toContain('PASSWORD_RESET');

    await isa.goto(`/accounts?q=${encodeURIComponent(localGovEmail)}`);
    await submit(isa, '【架空】愛知県 国際課のアカウントを停止する');
    await expect(isa.getByRole('status').textContent()).resolves.toContain('アカウントを停止しました');
    const page = await newPortalPage(browser);
    await page.goto('/login');
    await page.getByLabel('メールアドレス').fill(localGovEmail);
    await page.getByLabel('パスワード').fill(NEW_PASSWORD);
    await submit(page, 'ログイン');
    await expect(page.getByRole('alert').textContent()).resolves.toContain('停止されています');
    await page.context().close();

    await isa.goto('/audit?action=ACCOUNT_DEACTIVATED');
    await expect(isa.getByRole('table').textContent()).resolves.toContain('ACCOUNT_DEACTIVATED');
  });

  it('a coordinator sets up two-step sign-in and then signs in with a code from the app', async () => {
    const page = await newPortalPage(browser);
    await signInOn(page, coordinatorEmail, NEW_PASSWORD);
    await page.goto('/two-step');
    await submit(page, '2段階認証を設定する');
    const secret = ((await page.locator('main code').first().textContent()) ?? '').trim();
    expect(secret).toMatch(/^[A-Z2-7]+$/);
    const enrolledAt = Date.now();
    await page.getByLabel('アプリに表示された6桁のコード').fill(totpCodeAt(secret, enrolledAt));
    await submit(page, '確認して有効にする');
    await expect(page.getByRole('status').textContent()).resolves.toContain('2段階認証を有効にしました');
    expect(await page.locator('.recovery-codes li').count()).toBe(10);
    await page.context().close();

    const next = await newPortalPage(browser);
    await next.goto('/login');
    await next.getByLabel('メールアドレス').fill(coordinatorEmail);
    await next.getByLabel('パスワード').fill(NEW_PASSWORD);
    await submit(next, 'ログイン');
    expect(new URL(next.url()).pathname).toBe('/login/two-step');
    await next.getByLabel('確認コード').fill('000000');
    await submit(next, 'ログイン');
    await expect(next.getByRole('alert').textContent()).resolves.toContain('確認コードが正しくない');
    await next.getByLabel('確認コード').fill(totpCodeAt(secret, enrolledAt + 30_000));
    await submit(next, 'ログイン');
    expect(new URL(next.url()).pathname).toBe('/');
    await next.context().close();
  });

  it('workshop organizers cannot open the staff pages', async () => {
    const page = await newPortalPage(browser);
    await signInOn(page, organizerEmail, PASSWORD);
    for (const path of ['/accounts', '/accounts/new', '/audit', '/audit.csv', '/outbox']) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(403);
    }
    await page.context().close();
  });
});
