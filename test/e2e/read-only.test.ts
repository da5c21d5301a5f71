import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixture } from '../support/paths.js';
import { appPerTest, START_APP_TIMEOUT } from './support/app.js';
import { HAS_CHROMIUM, screenshot } from './support/browser.js';

describe.skipIf(!HAS_CHROMIUM)('a file that is not valid UTF-8, in Chromium through the harness', () => {
  const apps = appPerTest();

  it('opens read-only, saying where the bad byte is; typing changes nothing, and Save writes nothing', async () => {
    const { harness, page } = await apps.start({ episode: fixture('episodes/invalid-utf8.md'), open: false });
    const original = readFileSync(harness.episode!);
    await page.goto(harness.url);
    const banner = page.getByRole('alert');
    await expect.poll(() => banner.textContent()).toContain('invalid-utf8.md:12:12: not valid UTF-8 (byte 0xFF). Opened read-only');
    await expect.poll(() => page.locator('.status-read-only').textContent()).toBe('read-only');
    const line = page.locator('.cm-line').nth(2);
    // The bad bytes show as U+FFFD, so that the user sees where they are.
    expect(await line.textContent()).toContain('So \uFFFD\uFFFD tell us');
    expect(await page.locator('.cm-content').getAttribute('aria-readonly')).toBe('true');
    await screenshot(page, 'read-only-invalid-utf8');

    await line.click();
    await page.keyboard.press('End');
    await page.keyboard.type(' typed');
    await page.keyboard.press('Alt+.'); // nudge the time: a data change, not a keystroke
    expect(await line.textContent()).not.toContain('typed');
    expect(await page.title()).not.toMatch(/^•/);

    await page.keyboard.press('Control+s');
    await expect.poll(() => banner.textContent()).toContain('Not saved: ');
    expect(readFileSync(harness.episode!).equals(original)).toBe(true);
  }, START_APP_TIMEOUT * 2);
});
