import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { REPO_ROOT } from '../../support/paths.js';

/** Debian's Chromium, which CI installs; the e2e tests need it. */
export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** True when a Chromium to drive is installed. */
export const HAS_CHROMIUM = existsSync(CHROMIUM);

if (!HAS_CHROMIUM) console.warn(`SKIPPED: no Chromium at ${CHROMIUM} (apt-get install chromium): the browser end-to-end tests did not run`);

/** Where the e2e tests leave their screenshots. */
export const SCREENSHOT_DIR = join(REPO_ROOT, 'test-output/e2e');

/** Starts headless Chromium with the flags that work on these machines. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** Saves a screenshot of the page under test-output/e2e. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path });
  return path;
}

/** The renderer's uncaught errors, collected so that a test can fail on them. */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(err.message));
  page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
  return errors;
}

/** A blank page of the size the tests expect, with its errors collected; `timeout` is for each of its actions. */
export async function newAppPage(browser: Browser, timeout = 15_000): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  page.setDefaultTimeout(timeout);
  return { page, errors: collectPageErrors(page) };
}

/** The editor once the whole document is in it (a long file first shows its first items, read-only). */
export const EDITABLE_TRANSCRIPT = '.cm-content:not([aria-readonly="true"])';

/** Loads the app served at `url` in `page` and waits until its first turn shows and the transcript can be edited. */
export async function loadApp(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.locator('.cm-turn-who').first().waitFor();
  await page.locator(EDITABLE_TRANSCRIPT).waitFor();
}

/** A page on the app served at `url`, waited for until the first turn shows, with its errors collected. */
export async function openApp(browser: Browser, url: string, timeout?: number): Promise<{ page: Page; errors: string[] }> {
  const { page, errors } = await newAppPage(browser, timeout);
  await loadApp(page, url);
  return { page, errors };
}
