import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, launchChromium, newPortalPage, signIn } from '../support/browser.js';

// The demo coordinator's certificate expires about five months after seeding; a RENEWAL workshop is open.
let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
  mkdirSync('test-results/screenshots', { recursive: true });
});
afterAll(() => browser?.close());

describe('certificates in a real browser', () => {
  it('shows renewal due with the renewal training, hands out the badge, and verifies it publicly', async () => {
    const page = await signIn(browser, 'coordinator@demo.tsunagu.example', DEMO_PASSWORD);
    await page.goto('/profile');
    await page.getByRole('link', { name: '認定証と更新' }).click();
    await page.waitForURL('**/certificates');
    await expect(page.getByTestId('renewal-due').count()).resolves.toBe(1);
    await expect(page.getByTestId('renewal-trainings').textContent()).resolves.toContain('更新研修');
    await expect(
      page.getByTestId('certificate-history').locator('tbody tr').count(),
    ).resolves.toBeGreaterThan(0);
    await page.screenshot({ path: 'test-results/screenshots/certificates.png', fullPage: true });

    const svgHref = await page
      .getByRole('link', { name: 'バッジ画像（SVG）をダウンロード' })
      .getAttribute('href');
    const svg = await page.request.get(svgHref!);
    expect(svg.status()).toBe(200);
    const image = await svg.text();
    expect(image).toContain('<openbadges:credential>');
    const jwt = /<!\[CDATA\[([^\]]+)\]\]>/.exec(image)![1];
    const json = await page.request.get(svgHref!.replace(/\.svg$/, '.json'));
    expect(JSON.parse(await json.text())).toMatchObject({ type: 'EnvelopedVerifiableCredential' });

    const verifyHref = await page.getByRole('link', { name: '確認ページを開く' }).getAttribute('href');
    // Anyone, signed out: the state, the chosen name and the kind, nothing else.
    const visitor = await newPortalPage(browser);
    const opened = await visitor.goto(verifyHref!);
    expect(opened?.status()).toBe(200);
    const facts = await visitor.getByTestId('verification').textContent();
    expect(facts).toContain('有効');
    expect(facts).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    await visitor.goto('/verify');
    await visitor.getByLabel('バッジ（JWT）の内容を貼り付けてください').fill(jwt);
    await Promise.all([
      visitor.waitForEvent('load'),
      visitor.getByRole('button', { name: '確認する' }).click(),
    ]);
    await expect(visitor.getByTestId('badge-check').textContent()).resolves.toContain(
      '署名はこのポータルの鍵で確認できました',
    );
    // A tampered badge fails.
    await visitor.goto('/verify');
    const [head, payload, signature] = jwt.split('.');
    await visitor
      .getByLabel('バッジ（JWT）の内容を貼り付けてください')
      .fill(`${head}.${payload}x.${signature}`);
    await Promise.all([
      visitor.waitForEvent('load'),
      visitor.getByRole('button', { name: '確認する' }).click(),
    ]);
    await expect(visitor.getByTestId('badge-check').getByRole('alert').count()).resolves.toBe(1);
    await visitor.setViewportSize({ width: 375, height: 800 });
    await visitor.screenshot({ path: 'test-results/screenshots/verify-phone.png', fullPage: true });
    const unknown = await visitor.goto('/verify/no-such-certificate');
    expect(unknown?.status()).toBe(404);
  });
});
