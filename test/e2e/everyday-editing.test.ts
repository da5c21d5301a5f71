import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { fixture, seed } from '../support/paths.js';
import { appPerTest } from './support/app.js';
import { HAS_CHROMIUM, screenshot } from './support/browser.js';

const line = (page: Page, index: number) => page.locator('.cm-line').nth(index);
const activeLine = (page: Page) => page.evaluate(() => document.querySelector('.cm-activeLine')?.textContent ?? '');
const selectedText = (page: Page) => page.evaluate(() => window.getSelection()?.toString() ?? '');

describe.skipIf(!HAS_CHROMIUM)('everyday editing in Chromium', () => {
  const apps = appPerTest();

  it('F8 and Shift+F8 move the cursor to a problem without selecting its turn, so typing inserts', async () => {
    const { page } = await apps.start({ episode: fixture('episodes/defects.md') });
    await page.locator('.cm-lint-marker').first().waitFor();
    await line(page, 2).click();
    await page.keyboard.press('Home');
    await page.keyboard.press('F8');
    // The next problem after "Hello and welcome…" is Jane's unquoted time, "Thanks for having me."
    await expect.poll(() => activeLine(page)).toContain('Thanks for having me.');
    expect(await selectedText(page)).toBe('');
    await page.keyboard.type('Oh, ');
    await expect.poll(() => activeLine(page)).toContain('Oh, Thanks for having me.');
    // Back to the problem before it (the run of headers at the top), then on past Jane's again.
    await page.keyboard.press('Shift+F8');
    await expect.poll(() => activeLine(page)).toBe('Intro');
    expect(await selectedText(page)).toBe('');
    await page.keyboard.press('F8');
    await expect.poll(() => activeLine(page)).toContain('Oh, Thanks for having me.');
    await page.keyboard.press('F8');
    await expect.poll(() => activeLine(page)).toContain('So tell us about yourself.');
    expect(await selectedText(page)).toBe('');
    await screenshot(page, 'everyday-f8');
  });

  it('Replace opens with the focus in Find when Find is empty, and in Replace once it has a word', async () => {
    const { page } = await apps.start({ episode: seed('000') });
    await line(page, 1).click();
    await page.keyboard.press('Control+Alt+f');
    const find = page.locator('.cm-search input[name=search]');
    await find.waitFor();
    await expect.poll(() => find.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('Katie');
    await page.keyboard.press('Control+Alt+f');
    const replace = page.locator('.cm-search input[name=replace]');
    await expect.poll(() => replace.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('Kate');
    expect(await find.inputValue()).toBe('Katie');
    await screenshot(page, 'everyday-replace');
  });
});
