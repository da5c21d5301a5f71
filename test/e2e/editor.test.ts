import { readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { changedLines } from '../support/diff.js';
import { REPO_ROOT, seed } from '../support/paths.js';
import { START_APP_TIMEOUT, startApp, stopCheckingErrors, type AppUnderTest } from './support/app.js';
import { HAS_CHROMIUM, launchBrowser, screenshot } from './support/browser.js';
import type { RunningHarness } from './support/harness.js';

const seedText = readFileSync(seed('000'), 'utf8');

/** The editor line of a transcript item (0-based), as the user sees it. */
const line = (page: Page, index: number) => page.locator('.cm-line').nth(index);

async function waitForClean(page: Page) {
  await page.waitForFunction(() => !document.title.startsWith('•'));
}

async function waitForDirty(page: Page) {
  await page.waitForFunction(() => document.title.startsWith('•'));
}

/** Types `text` at the end of a transcript item's line. */
async function appendToLine(page: Page, index: number, text: string) {
  await line(page, index).click();
  await page.keyboard.press('End');
  await page.keyboard.type(text);
}

/** Renames the speaker of one turn through its popup. */
async function setSpeaker(page: Page, index: number, name: string) {
  await line(page, index).locator('.cm-turn-who').click();
  const input = page.getByLabel('Speaker name', { exact: true });
  await input.fill(name);
  await input.press('Enter');
}

/** Sets the time of one turn through its popup. */
async function setTime(page: Page, index: number, time: string) {
  await line(page, index).locator('.cm-turn-time').click();
  const input = page.getByLabel('Time', { exact: true });
  await input.fill(time);
  await input.press('Enter');
}

describe.skipIf(!HAS_CHROMIUM)('the editor in Chromium, through the harness', () => {
  let browser: Browser;
  let app: AppUnderTest | undefined;
  let harness: RunningHarness;
  let page: Page;
  let episodePath: string;

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
    episodePath = harness.episode!;
  }, START_APP_TIMEOUT);

  afterEach(async () => {
    const stopping = app;
    app = undefined;
    await stopCheckingErrors(stopping);
  });

  it('opens the seed episode and shows its turns with times and speakers', async () => {
    await expect.poll(() => line(page, 1).textContent()).toContain('Yeah, Katie. Katie Bauer.');
    const firstHead = line(page, 0).locator('.cm-turn-head');
    await expect.poll(() => firstHead.locator('.cm-turn-time').innerText()).toBe('1:33');
    await expect.poll(() => firstHead.locator('.cm-turn-who').innerText()).toBe('Alexey');
    await expect.poll(() => line(page, 1).locator('.cm-turn-who').innerText()).toBe('Katie');
    const colors = await page.locator('.cm-turn-who').evaluateAll((els) => els.slice(0, 2).map((e) => getComputedStyle(e).color));
    expect(colors[0]).not.toBe(colors[1]);
    await expect.poll(() => page.locator('.cm-header-line').first().innerText()).toContain('Katie’s background');
    expect(await page.title()).toBe(`${basename(episodePath)} — Episode Editor`);
    await screenshot(page, 'editor-opened');
  });

  it('edits a line, changes a speaker, undoes and redoes both', async () => {
    await appendToLine(page, 1, ' Hello!');
    await expect.poll(() => line(page, 1).textContent()).toContain('Katie Bauer. Hello!');
    await waitForDirty(page);

    await setSpeaker(page, 1, 'Katie Bauer');
    await expect.poll(() => line(page, 1).locator('.cm-turn-who').innerText()).toBe('Katie Bauer');
    await screenshot(page, 'editor-edited');

    await page.keyboard.press('Control+z');
    await expect.poll(() => line(page, 1).locator('.cm-turn-who').innerText()).toBe('Katie');
    await page.keyboard.press('Control+z');
    await expect.poll(() => line(page, 1).textContent()).not.toContain('Hello!');
    await waitForClean(page);
    await page.keyboard.press('Control+Shift+Z');
    await page.keyboard.press('Control+Shift+Z');
    await expect.poll(() => line(page, 1).textContent()).toContain('Katie Bauer. Hello!');
    await expect.poll(() => line(page, 1).locator('.cm-turn-who').innerText()).toBe('Katie Bauer');
  });

  it('undoes typing in a popup, not in the transcript, when the menu sends Undo', async () => {
    const before = await line(page, 0).textContent();
    await line(page, 0).locator('.cm-turn-who').click();
    const input = page.getByLabel('Speaker name', { exact: true });
    await input.press('End');
    await input.pressSequentially('XYZ');
    await harness.command('edit.undo');
    await expect.poll(() => input.inputValue()).toBe('Alexey');
    await input.press('Escape');
    expect(await line(page, 0).textContent()).toBe(before);
  });

  it('undoes typing in a popup with the Undo key too, leaving an edit in the transcript alone', async () => {
    await line(page, 1).click();
    await page.keyboard.press('End');
    await page.keyboard.type(' Hello!');
    await line(page, 0).locator('.cm-turn-who').click();
    const input = page.getByLabel('Speaker name', { exact: true });
    await input.press('End');
    await input.pressSequentially('XYZ');
    await input.press('Control+z');
    await expect.poll(() => input.inputValue()).toBe('Alexey');
    expect(await input.isVisible()).toBe(true);
    await input.press('Escape');
    await expect.poll(() => line(page, 1).textContent()).toContain('Katie Bauer. Hello!');
  });

  it('assigns a speaker from the picker with the speaker key (Alt+1: the first to speak), which closes it', async () => {
    await line(page, 1).locator('.cm-turn-who').click();
    const input = page.getByLabel('Speaker name', { exact: true });
    await input.press('Alt+1');
    await input.waitFor({ state: 'detached' });
    await expect.poll(() => line(page, 1).locator('.cm-turn-who').innerText()).toBe('Alexey');
  });

  it('edits a time through its popup, keeping sec in step', async () => {
    await setTime(page, 3, '2:00');
    await expect.poll(() => line(page, 3).locator('.cm-turn-time').innerText()).toBe('2:00');
  });

  it('saves, changing the file only in the edited items', async () => {
    await appendToLine(page, 1, ' Hello!');
    await setSpeaker(page, 1, 'Katie Bauer');
    await setTime(page, 3, '2:00');
    await expect.poll(() => line(page, 1).textContent()).toContain('Katie Bauer. Hello!');
    await expect.poll(() => line(page, 1).locator('.cm-turn-who').innerText()).toBe('Katie Bauer');
    await expect.poll(() => line(page, 3).locator('.cm-turn-time').innerText()).toBe('2:00');
    await waitForDirty(page);
    await page.keyboard.press('Control+s');
    await page.locator('.status-notice', { hasText: 'Saved' }).waitFor();
    await waitForClean(page);
    const saved = readFileSync(episodePath, 'utf8');
    const diff = changedLines(seedText, saved);
    expect(diff.removed).toEqual([
      '- line: Yeah, Katie. Katie Bauer.',
      '  sec: 103',
      "  time: '1:43'",
      '  who: Katie',
      '- line: \'[chuckles] Hi, Katie. Katie is a data science leader known for her writing',
      '    and thinking about data careers and managing effective data teams. She is currently',
      "    the head of data at GlossGenius. [cross-talk]'",
      '  sec: 105',
      "  time: '1:45'",
      '  who: Alexey',
      '- line: There’s another tongue twister. [chuckles]',
      '  sec: 119',
      "  time: '1:59'",
    ]);
    expect(diff.added).toEqual([
      '- line: Yeah, Katie. Katie Bauer. Hello!',
      '  sec: 103',
      "  time: '1:43'",
      '  who: Katie Bauer',
      '- line: \'[chuckles] Hi, Katie. Katie is a data science leader known for her writing',
      '    and thinking about data careers and managing effective data teams. She is currently',
      "    the head of data at GlossGenius. [cross-talk]'",
      '  sec: 105',
      "  time: '1:45'",
      '  who: Alexey',
      '- line: There’s another tongue twister. [chuckles]',
      '  sec: 120',
      "  time: '2:00'",
    ]);
  });

  it('never overwrites a change another program made on disk without asking, and overwrites when the second Save is answered Overwrite', async () => {
    // Edited first: a clean editor would take the file on disk at once (external-changes.test.ts).
    await appendToLine(page, 0, ' Ours.');
    const theirs = readFileSync(episodePath, 'utf8').replace('Thank you for having me.', 'Thanks for having me.');
    writeFileSync(episodePath, theirs);
    utimesSync(episodePath, new Date(), new Date(Date.now() + 5_000));
    await page.keyboard.press('Control+s');
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'Nothing was saved' }).textContent()).toContain('was changed on disk by another program');
    expect(readFileSync(episodePath, 'utf8')).toBe(theirs);
    await screenshot(page, 'editor-changed-on-disk');
    await harness.answer({ overwrite: 'overwrite' });
    await page.keyboard.press('Control+s');
    await expect.poll(() => readFileSync(episodePath, 'utf8')).toContain('Katie? Ours.');
    await expect.poll(() => page.getByRole('alert').count()).toBe(0);
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Control+s');
    await expect.poll(() => readFileSync(episodePath, 'utf8').includes('Ours.')).toBe(false);
  });

  it('lists problems in a panel that updates as the user edits, and jumps to them', async () => {
    await setTime(page, 3, '0:10');
    await page.keyboard.press('Control+Shift+M');
    const panel = page.locator('.cm-panel-lint');
    await panel.waitFor();
    await expect.poll(() => panel.innerText()).toContain('goes back');
    // Each problem names its turn as the user sees it, not by an item number.
    expect(await panel.innerText()).toContain('The turn at 0:10 (Katie): sec 10 (0:10) goes back 95 s from 105 (1:45) at the turn at 1:45 (Alexey)');
    await expect.poll(() => page.locator('.status-problems').innerText()).toMatch(/^(1 error|[2-9]\d* errors), \d+ warnings?$/);
    await screenshot(page, 'editor-problems');
    await panel.locator('li', { hasText: 'goes back' }).click();
    await expect.poll(() => page.evaluate(() => document.querySelector('.cm-activeLine')?.textContent)).toContain('There’s another tongue twister.');
    await line(page, 3).click();
    await page.keyboard.press('Control+z');

    await page.waitForFunction(() => !document.querySelector('.cm-panel-lint')?.textContent?.includes('goes back'));
  });

  it('finds and replaces text with the search panel', async () => {
    await line(page, 0).click();
    await page.keyboard.press('Control+f');
    const search = page.locator('.cm-search input[name=search]');
    await search.pressSequentially('tongue twister');
    await search.press('Enter');
    await expect.poll(() => page.locator('.cm-searchMatch-selected').innerText()).toBe('tongue twister');
    await page.locator('.cm-search input[name=replace]').pressSequentially('tongue-twister');
    await page.locator('.cm-search button[name=replaceAll]').click();
    await expect.poll(() => line(page, 3).textContent()).toContain('another tongue-twister.');
    await page.keyboard.press('Escape');
  });

  it('moves between turns and sections from the keyboard', async () => {
    await line(page, 0).click();
    await page.keyboard.press('Alt+Shift+ArrowDown');
    const header = await page.evaluate(() => document.querySelector('.cm-activeLine')?.classList.contains('cm-header-line'));
    expect(header).toBe(true);
  });

  it('shows every shortcut in the help overlay', async () => {
    await page.keyboard.press('F1');
    const overlay = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await overlay.waitFor();
    await expect.poll(() => overlay.innerText()).toContain('Next Section');
    await screenshot(page, 'help-overlay');
    await overlay.getByRole('button', { name: 'Close' }).click();
  });

  it('says what is wrong with a file that is not an episode, keeping the open one', async () => {
    // Unsaved changes, so that opening asks whether to discard them (answered below).
    await appendToLine(page, 0, ' Unsaved.');
    await waitForDirty(page);
    const before = await page.locator('.cm-content').textContent();
    await harness.answer({ open: seed('002') });
    await harness.answer({ confirm: 'discard' });
    await page.keyboard.press('Control+o');
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/002_cef0382af7ed293d\.txt:1:1: no frontmatter.*File › Import Raw Transcript/);
    expect(await page.locator('.cm-content').textContent()).toBe(before);
  });

  it('opens a file dropped on the window: raw captions go to the importer, an episode opens', async () => {
    const drop = (name: string, text: string) =>
      page.evaluate(
        ({ name, text }) => {
          const data = new DataTransfer();
          data.items.add(new File([text], name, { type: 'text/plain' }));
          document.querySelector('.cm-content')!.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
        },
        { name, text },
      );
    // Unsaved changes, so that opening the dropped episode asks whether to discard them (answered below).
    await appendToLine(page, 0, ' Unsaved.');
    await waitForDirty(page);
    const before = await page.locator('.cm-content').textContent();
    await drop('captions.txt', readFileSync(seed('001'), 'utf8'));
    const dialog = page.getByRole('dialog', { name: 'Import raw transcript' });
    await expect.poll(() => dialog.getByRole('status').textContent()).toMatch(/read as captions/);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    expect(await page.locator('.cm-content').textContent()).toBe(before);

    await harness.answer({ confirm: 'discard' });
    await drop('dropped-episode.md', readFileSync(join(REPO_ROOT, 'assets/sample/sample-episode.md'), 'utf8'));
    await expect.poll(() => page.locator('.status-file').textContent()).toContain('dropped-episode.md');
    await expect.poll(() => page.locator('.cm-line').count()).toBeGreaterThan(10);
  });
});
