/**
 * Browser test of how option inputs are laid out (JavaScript off): checkboxes and radio buttons keep their
 * own small size and sit on the same line as their label text, on the profile page, the notice form and
 * the survey builder, at desktop and phone width.
 */
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, launchChromium, newPortalPage, signInOn } from '../support/browser.js';

const SCREENSHOT_DIR = 'test-results/screenshots';
const TEST_TIMEOUT = 90_000;
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };

let browser: Browser;

beforeAll(async () => {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  browser = await launchChromium();
}, TEST_TIMEOUT);

afterAll(async () => {
  await browser?.close();
});

/** Every visible checkbox/radio is small and its label text starts on the same line, to its right. */
async function expectInlineOptions(page: Page): Promise<number> {
  const boxes = await page.locator('input[type="checkbox"], input[type="radio"]').evaluateAll((inputs) =>
    inputs
      .filter((input) => (input as HTMLElement).offsetParent !== null)
      .map((input) => {
        const box = input.getBoundingClientRect();
        const label =
          (input as HTMLInputElement).labels?.[0] ??
          (input.closest('label') as HTMLLabelElement | null) ??
          null;
        // The label's text, not the label element (which may wrap the input).
        const range = document.createRange();
        if (label) range.selectNodeContents(label);
        const text = label ? [...range.getClientRects()].find((r) => r.left > box.right - 1) : undefined;
        return {
          width: box.width,
          height: box.height,
          textLeft: text?.left ?? null,
          textTop: text?.top ?? null,
          boxRight: box.right,
          boxTop: box.top,
          boxBottom: box.bottom,
        };
      }),
  );
  expect(boxes.length).toBeGreaterThan(0);
  for (const b of boxes) {
    expect(b.height).toBeLessThan(40);
    expect(b.width).toBeLessThan(40);
    expect(b.textLeft).not.toBeNull();
    expect(b.textLeft!).toBeGreaterThanOrEqual(b.boxRight);
    // Same line: the label text starts no lower than the bottom of the box.
    expect(b.textTop!).toBeLessThan(b.boxBottom);
  }
  return boxes.length;
}

describe('checkboxes and radio buttons in forms (no JavaScript)', () => {
  it(
    'the profile page: small checkboxes before their labels, a page of normal height',
    async () => {
      const page = await newPortalPage(browser);
      try {
        await signInOn(page, 'coordinator@demo.tsunagu.example', DEMO_PASSWORD, '/profile');
        expect(new URL(page.url()).pathname).toBe('/profile');
        for (const [name, size] of [
          ['desktop', DESKTOP],
          ['phone', PHONE],
        ] as const) {
          await page.setViewportSize(size);
          await expectInlineOptions(page);
          const height = await page.evaluate(() => document.documentElement.scrollHeight);
          expect(height).toBeLessThan(name === 'desktop' ? 5000 : 8000);
          // Text inputs and selects keep their full width.
          const input = await page.getByLabel('表示名').boundingBox();
          const form = await page.locator('form.form').boundingBox();
          expect(input!.width).toBeGreaterThan(form!.width * 0.8);
          await page.screenshot({ path: `${SCREENSHOT_DIR}/profile-${name}.png`, fullPage: true });
          await page
            .locator('fieldset.field--choices')
            .last()
            .screenshot({ path: `${SCREENSHOT_DIR}/profile-domains-${name}.png` });
        }
        // The checkbox is still reachable and its focus outline visible.
        const first = page.locator('input[type="checkbox"][name="languages"]').first();
        await first.focus();
        await page.keyboard.press('Shift+Tab');
        await page.keyboard.press('Tab');
        const outline = await first.evaluate((el) => {
          const style = getComputedStyle(el);
          return {
            focused: document.activeElement === el,
            style: style.outlineStyle,
            width: style.outlineWidth,
          };
        });
        expect(outline).toEqual({ focused: true, style: 'solid', width: '3px' });
      } finally {
        await page.context().close();
      }
    },
    TEST_TIMEOUT,
  );

  it(
    'the notice form and the survey builder: radio buttons and checkboxes inline',
    async () => {
      const page = await newPortalPage(browser);
      try {
        await signInOn(page, 'isa@demo.tsunagu.example', DEMO_PASSWORD, '/bulletin/new');
        for (const [path, shot] of [
          ['/bulletin/new', 'notice-form'],
          ['/surveys/new', 'survey-builder'],
        ] as const) {
          await page.goto(path);
          expect(new URL(page.url()).pathname).toBe(path);
          for (const [name, size] of [
            ['desktop', DESKTOP],
            ['phone', PHONE],
          ] as const) {
            await page.setViewportSize(size);
            await expectInlineOptions(page);
            await page.screenshot({ path: `${SCREENSHOT_DIR}/${shot}-${name}.png`, fullPage: true });
            await page.locator('input[type="radio"]').first().scrollIntoViewIfNeeded();
            await page.screenshot({ path: `${SCREENSHOT_DIR}/${shot}-${name}-options.png` });
          }
        }
      } finally {
        await page.context().close();
      }
    },
    TEST_TIMEOUT,
  );
});
