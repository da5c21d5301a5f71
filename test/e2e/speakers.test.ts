import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parseEpisode, validateEpisode } from '../../shared/episode/index.js';
import { fixture, seed } from '../support/paths.js';
import { START_APP_TIMEOUT, startApp, stopCheckingErrors, type AppUnderTest } from './support/app.js';
import { HAS_CHROMIUM, launchBrowser, screenshot } from './support/browser.js';
import type { RunningHarness } from './support/harness.js';

const line = (page: Page, index: number) => page.locator('.cm-line').nth(index);
const who = (page: Page, index: number) => line(page, index).locator('.cm-turn-who').textContent();
const lineCount = (page: Page) => page.evaluate(() => document.querySelectorAll('.cm-line').length);

describe.skipIf(!HAS_CHROMIUM)('speaker assignment and import in Chromium', () => {
  let browser: Browser;
  let app: AppUnderTest | undefined;
  let harness: RunningHarness;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  // Each test gets its own copy of the seed, harness and page, so that it passes alone or in any order.
  beforeEach(async () => {
    app = await startApp(browser, { episode: seed('000') });
    ({ harness, page } = app);
  }, START_APP_TIMEOUT);

  afterEach(async () => {
    const stopping = app;
    app = undefined;
    await stopCheckingErrors(stopping);
  });

  it('assigns the roster’s speakers with Alt+number (in order of first appearance), and undoes it', async () => {
    await line(page, 2).click();
    await page.keyboard.press('Alt+2');
    await expect.poll(() => who(page, 2)).toBe('Katie');
    await page.keyboard.press('Control+z');
    await expect.poll(() => who(page, 2)).toBe('Alexey');
    await page.keyboard.press('Alt+2');
    await expect.poll(() => who(page, 2)).toBe('Katie');
  });

  it('alternates between the last two speakers', async () => {
    await line(page, 2).click();
    await page.keyboard.press('Alt+s');
    await expect.poll(() => who(page, 2)).toBe('Katie');
    await page.keyboard.press('Alt+s');
    await expect.poll(() => who(page, 2)).toBe('Alexey');
  });

  it('splits a turn at the cursor with a flagged time, and merges it back', async () => {
    const before = await lineCount(page);
    await line(page, 0).click();
    await page.keyboard.press('Control+Home');
    const at = "This week we'll talk about data science career development. ".length;
    for (let i = 0; i < at; i++) await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Alt+Enter');
    await expect.poll(() => lineCount(page)).toBe(before + 1);
    await expect.poll(() => line(page, 1).textContent()).toMatch(/^1:3\dAlexeyWe have a special guest today/);
    await expect.poll(() => line(page, 1).locator('.cm-turn-time-estimated').count()).toBe(1);
    await screenshot(page, 'speakers-split');
    await page.keyboard.press('Alt+m');
    await expect.poll(() => lineCount(page)).toBe(before);
    await expect.poll(() => line(page, 0).textContent()).toContain('development. We have a special guest today');
  });

  it('renames a speaker everywhere in one undo step', async () => {
    await line(page, 1).click();
    await page.keyboard.press('Control+Shift+R');
    const dialog = page.getByRole('dialog', { name: 'Rename speaker' });
    await expect.poll(() => dialog.getByLabel('Speaker to rename').inputValue()).toBe('Katie');
    await dialog.getByLabel('New name').fill('Katie Bauer');
    await screenshot(page, 'speakers-rename');
    await dialog.getByRole('button', { name: 'Rename' }).click();
    await expect.poll(() => page.locator('.cm-turn-who', { hasText: /^Katie$/ }).count()).toBe(0);
    await expect.poll(() => who(page, 1)).toBe('Katie Bauer');
    await expect.poll(() => page.locator('.talk-time').textContent()).toContain('Katie Bauer');
    await page.keyboard.press('Control+z');
    await expect.poll(() => who(page, 1)).toBe('Katie');
    await expect.poll(() => page.locator('.cm-turn-who', { hasText: 'Katie Bauer' }).count()).toBe(0);
  });

  it('asks for the recording’s length to spread times over untimed text, and flags those times', async () => {
    await harness.answer({ raw: seed('002') });
    await page.keyboard.press('Control+i');
    const dialog = page.getByRole('dialog', { name: 'Import raw transcript' });
    await expect.poll(() => dialog.getByRole('status').textContent()).toMatch(/read as text/);
    const length = dialog.getByLabel('Recording length');
    // No audio is open: nothing is taken for granted, and without a length there are no times.
    expect(await length.inputValue()).toBe('');
    await length.fill('45:75');
    await expect.poll(() => dialog.locator('.hint.invalid').textContent()).toBe('“45:75”: minutes and seconds go up to 59');
    expect(await dialog.getByRole('button', { name: 'Import' }).isDisabled()).toBe(true);
    await length.fill('45:00');
    await harness.answer({ confirm: 'discard' });
    await dialog.getByRole('button', { name: 'Import' }).click();
    await expect.poll(() => page.locator('.cm-turn-time').first().textContent()).toBe('0:00');
    expect(await page.locator('.cm-turn-time-estimated').count()).toBeGreaterThan(5);
  });

  it('imports a pasted chapter list into the open episode as headers, saying what it detected, every turn kept', async () => {
    const items = () => page.getByText(/^\d+ items$/).textContent();
    expect(await items()).toBe('158 items');
    await harness.answer({ raw: fixture('import', 'chapters', 'bulleted.txt') });
    await page.keyboard.press('Control+i');
    const dialog = page.getByRole('dialog', { name: 'Import raw transcript' });
    await expect.poll(() => dialog.getByRole('status').textContent()).toContain('Detected: 29 chapters');
    expect(await dialog.getByRole('radio', { name: 'A new episode' }).isDisabled()).toBe(true);
    await screenshot(page, 'import-chapters');
    await dialog.getByRole('button', { name: 'Import' }).click();
    await expect.poll(items).toBe('187 items');
    // Still the open episode; its first turn (1:33) now under the list's chapters at 0:00 and 1:07.
    await expect.poll(() => page.locator('.status-file').textContent()).toContain('000_');
    await expect.poll(() => line(page, 0).textContent()).toContain('Episode Introduction: LLMs for Everyone');
    await expect.poll(() => who(page, 2)).toBe('Alexey');
  });

  it('imports video captions into a new episode and saves it as a valid episode file', async () => {
    await harness.answer({ raw: seed('001') });
    await page.keyboard.press('Control+i');
    const dialog = page.getByRole('dialog', { name: 'Import raw transcript' });
    await expect.poll(() => dialog.getByRole('status').textContent()).toMatch(/\d+ paragraphs, read as captions/);
    // The first turns as they will be created: time, speaker, text; following the options as they change.
    const preview = dialog.getByRole('list', { name: 'First turns' }).getByRole('listitem');
    const row = (i: number, part: 'time' | 'who' | 'line') => preview.nth(i).locator(`.import-turn-${part}`).textContent();
    await expect.poll(() => preview.count()).toBe(5);
    expect([await row(0, 'time'), await row(0, 'who')]).toEqual(['0:00', 'no speaker']);
    expect(await row(0, 'line')).toMatch(/^welcome everyone um my name is Jonah/);
    await dialog.getByLabel('Speakers').fill('Johanna, Alexey');
    await expect.poll(() => row(0, 'who')).toBe('Johanna');
    expect(await row(1, 'who')).toBe('Alexey');
    expect(Number((await row(1, 'time'))!.split(':')[1])).toBeGreaterThan(0);
    await dialog.getByLabel('Restore sentence case (captions)').check();
    await expect.poll(() => row(0, 'line')).toMatch(/^Welcome everyone um my name is Jonah/);
    await screenshot(page, 'import-dialog');
    await harness.answer({ confirm: 'discard' });
    await dialog.getByRole('button', { name: 'Import' }).click();
    await expect.poll(() => page.locator('.status-file').textContent()).toContain('001_a2cc115a8e15ad11.md');
    await expect.poll(() => who(page, 0)).toBe('Johanna');
    await expect.poll(() => who(page, 1)).toBe('Alexey');
    const target = join(harness.dir, 'imported.md');
    await harness.answer({ save: target });
    await page.keyboard.press('Control+s');
    await page.locator('.status-notice', { hasText: 'Saved' }).waitFor();
    const doc = parseEpisode(readFileSync(target, 'utf8'), target);
    expect(doc.items.length).toBeGreaterThan(40);
    expect(validateEpisode(doc).filter((p) => p.severity === 'error')).toEqual([]);
    await screenshot(page, 'import-saved');
  });

  it('starts a new episode from scratch and saves it as a valid file', async () => {
    await page.keyboard.press('Control+n');
    await expect.poll(() => page.locator('.status-file').textContent()).toContain('untitled.md');
    await expect.poll(() => page.locator('.cm-line').count()).toBe(1);
    await line(page, 0).click();
    await page.keyboard.type('Welcome to the show.');
    const target = join(harness.dir, 'from-scratch.md');
    await harness.answer({ save: target });
    await page.keyboard.press('Control+s');
    await page.locator('.status-notice', { hasText: 'Saved' }).waitFor();
    expect(readFileSync(target, 'utf8')).toBe('---\ntitle: Untitled episode\ntranscript:\n- line: Welcome to the show.\n---\n');
  });
});
