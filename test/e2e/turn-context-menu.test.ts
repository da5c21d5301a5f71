import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seed } from '../support/paths.js';
import { seedTone } from './support/seed-tone.js';
import { appPerTest, START_APP_TIMEOUT } from './support/app.js';
import { HAS_CHROMIUM, screenshot } from './support/browser.js';

const line = (page: Page, index: number) => page.locator('.cm-line').nth(index);
const who = (page: Page, index: number) => line(page, index).locator('.cm-turn-who').textContent();
const timeOf = (page: Page, index: number) => line(page, index).locator('.cm-turn-time').textContent();
const lineCount = (page: Page) => page.locator('.cm-line').count();
const menu = (page: Page) => page.getByRole('menu', { name: 'Turn' });
const seconds = (clock: string | null) => clock!.split(':').reduce((total, part) => total * 60 + Number(part), 0);

/** The middle of the `k`th word of a line's text, and how many words the line has. */
async function wordPoint(page: Page, index: number, k: number): Promise<{ x: number; y: number; words: number }> {
  return line(page, index).evaluate((el, k) => {
    const text = [...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).find((n) => /\S/.test(n.textContent ?? ''))!;
    const words = [...text.textContent!.matchAll(/\S+/g)];
    const range = document.createRange();
    range.setStart(text, words[k]!.index);
    range.setEnd(text, words[k]!.index + words[k]![0].length);
    const box = range.getBoundingClientRect();
    return { x: box.left + box.width / 2, y: box.top + box.height / 2, words: words.length };
  }, k);
}

describe.skipIf(!HAS_CHROMIUM)('a turn’s context menu, Ctrl+click to play a word, and split at the playhead, in the harness', () => {
  const apps = appPerTest();
  const tone = seedTone();

  it('assigns, splits, merges and inserts a header from the right-click menu, by mouse and by keys', async () => {
    const { page } = await apps.start({ episode: seed('000') });
    const word = await wordPoint(page, 2, 6);
    await page.mouse.click(word.x, word.y, { button: 'right' });
    await menu(page).waitFor();
    const items = menu(page).getByRole('menuitem');
    // Each entry is a command of the list, with its label and its key.
    const texts = (await items.allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
    expect(texts.filter((t) => /^Assign (Alexey|Katie) Alt\+[12]$/.test(t))).toHaveLength(2);
    expect(texts.slice(2)).toEqual(['Split Turn at Cursor Alt+Enter', 'Merge with Previous Turn Alt+M', 'Set Time from Playhead Alt+T', 'Play From Here Ctrl+Click', 'Insert Section Header Above Ctrl+Shift+H']);
    // No audio: the playhead's commands are greyed out.
    expect(await menu(page).getByRole('menuitem', { name: 'Set Time from Playhead' }).isDisabled()).toBe(true);
    await screenshot(page, 'turn-context-menu');
    // Keys: the first entry has the focus, arrows move, Escape closes and gives the text the focus back.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toMatch(/^Assign /);
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toMatch(/^Insert Section Header Above/);
    await page.keyboard.press('Escape');
    await menu(page).waitFor({ state: 'hidden' });
    expect(await page.evaluate(() => document.activeElement?.classList.contains('cm-content'))).toBe(true);

    // Assign Katie by keys: down to her entry, Enter.
    await page.mouse.click(word.x, word.y, { button: 'right' });
    const katie = menu(page).getByRole('menuitem', { name: /^Assign Katie/ });
    for (let i = 0; i < 9 && !(await katie.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(() => who(page, 2)).toBe('Katie');

    // Split here: where the right-click was, before the 7th word.
    const before = await lineCount(page);
    await page.mouse.click(word.x - 1, word.y, { button: 'right' });
    await menu(page).getByRole('menuitem', { name: /^Split Turn at Cursor/ }).click();
    await expect.poll(() => lineCount(page)).toBe(before + 1);
    // Merge with previous, on the new turn.
    const second = await wordPoint(page, 3, 1);
    await page.mouse.click(second.x, second.y, { button: 'right' });
    await menu(page).getByRole('menuitem', { name: /^Merge with Previous Turn/ }).click();
    await expect.poll(() => lineCount(page)).toBe(before);
    // Insert header above.
    await page.mouse.click(word.x, word.y, { button: 'right' });
    await menu(page).getByRole('menuitem', { name: /^Insert Section Header Above/ }).click();
    await expect.poll(() => lineCount(page)).toBe(before + 1);
    expect(await line(page, 2).getAttribute('class')).toMatch(/header/);
  });

  it('opens from the keyboard (Shift+F10) at the cursor, which stays where it was', async () => {
    const { page } = await apps.start({ episode: seed('000') });
    const word = await wordPoint(page, 4, 3);
    await page.mouse.click(word.x, word.y);
    await page.keyboard.press('Shift+F10');
    await menu(page).waitFor();
    const box = (await menu(page).boundingBox())!;
    // Beside the cursor, just below its line.
    expect(Math.abs(box.x - word.x)).toBeLessThan(30);
    expect(box.y - word.y).toBeGreaterThan(0);
    expect(box.y - word.y).toBeLessThan(30);
    await page.keyboard.press('Escape');
    // Scrolling the text closes it.
    await page.keyboard.press('Shift+F10');
    await menu(page).waitFor();
    await page.mouse.move(word.x, word.y - 100);
    await page.mouse.wheel(0, 200);
    await menu(page).waitFor({ state: 'hidden' });
    await page.keyboard.type('X');
    expect(await line(page, 4).textContent()).toMatch(/X/);
  });

  it('plays from about a word on Ctrl+click, and from the menu’s Play From Here, then sets a time from the playhead', async () => {
    const { page } = await apps.start({ episode: seed('000'), files: [tone.path()] });
    await page.locator('.waveform:not([hidden])').waitFor();
    // The 3rd turn runs from 1:45 to the 4th's 1:59: its k-th of n words at about 105 + 14k/n seconds.
    const k = 20;
    const word = await wordPoint(page, 2, k);
    const expected = 105 + (14 * k) / word.words;
    const clicked = Date.now();
    await page.keyboard.down('Control');
    await page.mouse.click(word.x, word.y);
    await page.keyboard.up('Control');
    await expect.poll(() => page.getByRole('button', { name: 'Pause' }).count()).toBe(1);
    const heard = seconds(await page.locator('.clock').textContent());
    // It has played on since the click, for as long as the test took to look.
    const since = Math.floor((Date.now() - clicked) / 1000);
    expect(heard).toBeGreaterThanOrEqual(Math.floor(expected));
    expect(heard).toBeLessThanOrEqual(Math.floor(expected) + 2 + since);
    // The help names the click.
    await page.keyboard.press('F1');
    expect(await page.getByRole('row', { name: /^Play From Here/ }).textContent()).toBe('Play From HereCtrl+Click');
    await page.keyboard.press('Escape');
    // One cursor (Ctrl+click did not add another), at the word.
    expect(await page.locator('.cm-cursor').count()).toBeLessThanOrEqual(1);
    await page.keyboard.press('Alt+k');
    await expect.poll(() => page.getByRole('button', { name: 'Play' }).count()).toBe(1);

    // The menu: Play From Here on the 2nd turn's first word plays from its time, 1:43.
    const first = await wordPoint(page, 1, 0);
    await page.mouse.click(first.x, first.y, { button: 'right' });
    await menu(page).getByRole('menuitem', { name: 'Play From Here' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Pause' }).count()).toBe(1);
    await page.keyboard.press('Alt+k');
    // Paused: the pause's own time update has set the clock where the playhead stopped, a few seconds on from 1:43.
    await expect.poll(() => page.getByRole('button', { name: 'Play' }).count()).toBe(1);
    const clock = await page.locator('.clock').textContent();
    expect(seconds(clock)).toBeGreaterThanOrEqual(103);
    expect(seconds(clock)).toBeLessThanOrEqual(108);
    // Set Time from Playhead, on the 4th turn.
    const fourth = await wordPoint(page, 3, 0);
    await page.mouse.click(fourth.x, fourth.y, { button: 'right' });
    await menu(page).getByRole('menuitem', { name: /^Set Time from Playhead/ }).click();
    await expect.poll(() => timeOf(page, 3)).toBe(clock);

    // Ctrl+click lower down: the text stays where it is while that turn plays (following does not centre it).
    const scroller = page.locator('.cm-scroller');
    const low = await wordPoint(page, 8, 30);
    const top = await scroller.evaluate((el) => el.scrollTop);
    await page.keyboard.down('Control');
    await page.mouse.click(low.x, low.y);
    await page.keyboard.up('Control');
    await expect.poll(() => page.getByRole('button', { name: 'Pause' }).count()).toBe(1);
    await page.waitForTimeout(600);
    expect(await scroller.evaluate((el) => el.scrollTop)).toBe(top);
    await page.keyboard.press('Alt+k');
  });

  it('splits the playing turn at the playhead with one key, the new part the other speaker’s', async () => {
    const { page } = await apps.start({ episode: seed('000'), files: [tone.path()] });
    await page.locator('.waveform:not([hidden])').waitFor();
    // Play from the 3rd turn's time (1:45, Alexey's), and let it run a few seconds.
    await line(page, 2).locator('.cm-turn-time').click();
    // The click plays from there: wait for playback itself, since a key pressed while play() is pending would pause it.
    await expect.poll(() => page.getByRole('button', { name: 'Pause' }).count()).toBe(1);
    await expect.poll(async () => seconds(await page.locator('.clock').textContent()), { timeout: 10_000 }).toBeGreaterThanOrEqual(109);
    const before = await lineCount(page);
    const pressedAt = seconds(await page.locator('.clock').textContent());
    await page.keyboard.press('Alt+Shift+Enter');
    await expect.poll(() => lineCount(page)).toBe(before + 1);
    await page.keyboard.press('Alt+k');
    await expect.poll(() => page.getByRole('button', { name: 'Play' }).count()).toBe(1);
    const pausedAt = seconds(await page.locator('.clock').textContent());
    expect(await who(page, 2)).toBe('Alexey');
    expect(await who(page, 3)).toBe('Katie');
    // The playhead's time when the key went down (rounded): from the clock before it to the clock once paused.
    const split = seconds(await timeOf(page, 3));
    expect(split).toBeGreaterThanOrEqual(Math.max(109, pressedAt));
    expect(split).toBeLessThanOrEqual(pausedAt + 1);
    expect(split).toBeLessThan(119);
    expect(await timeOf(page, 4)).toBe('1:59');
    await screenshot(page, 'turn-split-at-playhead');
  });
}, START_APP_TIMEOUT * 4);
