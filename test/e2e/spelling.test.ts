import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seed } from '../support/paths.js';
import { appPerTest } from './support/app.js';
import { EDITABLE_TRANSCRIPT, HAS_CHROMIUM, screenshot } from './support/browser.js';

const line = (page: Page, index: number) => page.locator('.cm-line').nth(index);
const flagged = (page: Page) => page.locator('.cm-misspelled').allTextContents();

/** True once `word` is marked and `known` is not. */
const flaggedOnly = async (page: Page, word: string, known: string) => {
  const marked = await flagged(page);
  return marked.includes(word) && !marked.includes(known);
};

/** Types at the end of a turn's text, then moves the cursor off the word (a word being typed is not flagged). */
async function typeAtEnd(page: Page, index: number, text: string) {
  await line(page, index).click();
  await page.keyboard.press('End');
  await page.keyboard.type(text);
  await page.keyboard.press('Home');
}

describe.skipIf(!HAS_CHROMIUM)('spell check in Chromium', () => {
  const app = appPerTest();

  it('underlines a misspelled word, never the speakers’ names, and right-click offers corrections, one undo step', async () => {
    const { page } = await app.start({ episode: seed('000') });
    // Seed 000's own text: Alexey and Katie speak, and Katie Bauer is named in it.
    await typeAtEnd(page, 2, ' Alexey and Katie Bauer recieve teh mail.');
    await expect.poll(() => flagged(page)).toEqual(expect.arrayContaining(['recieve', 'teh']));
    expect(await flagged(page)).not.toEqual(expect.arrayContaining(['Alexey']));
    expect((await flagged(page)).filter((w) => ['Alexey', 'Katie', 'Bauer'].includes(w))).toEqual([]);
    await screenshot(page, 'spelling-flagged');

    await page.locator('.cm-misspelled', { hasText: 'recieve' }).click({ button: 'right' });
    const menu = page.getByRole('menu', { name: 'Turn' });
    await menu.getByRole('menuitem', { name: 'receive', exact: true }).waitFor();
    await expect.poll(() => menu.getByRole('menuitem').first().textContent()).toBe('receive');
    await screenshot(page, 'spelling-menu');
    await menu.getByRole('menuitem', { name: 'receive', exact: true }).click();
    await expect.poll(() => line(page, 2).textContent()).toContain('Katie Bauer receive teh mail.');
    await expect.poll(() => flagged(page)).not.toContain('recieve');
    await page.keyboard.press('Control+z');
    await expect.poll(() => line(page, 2).textContent()).toContain('Katie Bauer recieve teh mail.');
  });

  it('adds a word to the podcast’s dictionary: never flagged again, after a restart too; the setting turns it all off', async () => {
    const { harness, page } = await app.start({ episode: seed('000') });
    await typeAtEnd(page, 2, ' Grigorev said so.');
    await expect.poll(() => flagged(page)).toContain('Grigorev');
    await page.locator('.cm-misspelled', { hasText: 'Grigorev' }).click({ button: 'right' });
    await page.getByRole('menuitem', { name: 'Add “Grigorev” to Dictionary' }).click();
    await expect.poll(() => flagged(page)).not.toContain('Grigorev');
    // Typed again elsewhere: still known.
    await typeAtEnd(page, 4, ' Ask Grigorev.');
    await typeAtEnd(page, 5, ' Wrnog.');
    await expect.poll(() => flaggedOnly(page, 'Wrnog', 'Grigorev')).toBe(true);

    await harness.answer({ confirm: 'discard' });
    await page.reload();
    // Typed only once the whole file is read and editable (the first screen takes no typing).
    await page.locator(EDITABLE_TRANSCRIPT).waitFor();
    await typeAtEnd(page, 2, ' Grigorev and Wrnog.');
    // The podcast's dictionary is read from main as the episode opens: polled with the words' marks, not after them.
    await expect.poll(() => flaggedOnly(page, 'Wrnog', 'Grigorev')).toBe(true);

    await harness.command('view.spelling');
    await expect.poll(() => flagged(page)).toEqual([]);
    await expect.poll(() => page.locator('.status-notice').textContent()).toContain('Spelling is not checked');
    await harness.command('view.spelling');
    await expect.poll(() => flagged(page)).toContain('Wrnog');
  });
});
