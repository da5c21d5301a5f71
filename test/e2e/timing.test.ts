import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { changedLines, lineChanges } from '../support/diff.js';
import { corpusFile, seed } from '../support/paths.js';
import { seedTone } from './support/seed-tone.js';
import { appPerTest, START_APP_TIMEOUT } from './support/app.js';
import { HAS_CHROMIUM, screenshot } from './support/browser.js';
import { playheadOffCentre } from './support/waveform.js';

const seedText = readFileSync(seed('000'), 'utf8');
const line = (page: Page, index: number) => page.locator('.cm-line').nth(index);
const timeOf = (page: Page, index: number) => line(page, index).locator('.cm-turn-time').textContent();
/** Waits two animation frames: the editor has measured and drawn what the last change asked for. */
const frames = (page: Page) => page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))));

/** Saves with the key and waits until the file on disk is written. */
async function save(page: Page, path: string): Promise<string> {
  await page.keyboard.press('Control+s');
  await page.waitForFunction(() => !document.title.startsWith('•'));
  return readFileSync(path, 'utf8');
}

describe.skipIf(!HAS_CHROMIUM)('timing by hand, in the harness', () => {
  const apps = appPerTest();
  const tone = seedTone();

  it('nudges a turn’s time with its keys, and a save changes only that turn’s sec and time', async () => {
    const { page, harness } = await apps.start({ episode: seed('000') });
    await line(page, 1).click();
    await page.keyboard.press('Alt+.');
    await page.keyboard.press('Alt+.');
    await page.keyboard.press('Alt+,');
    await expect.poll(() => timeOf(page, 1)).toBe('1:44');
    expect(changedLines(seedText, await save(page, harness.episode!))).toEqual({ removed: ['  sec: 103', "  time: '1:43'"], added: ['  sec: 104', "  time: '1:44'"], at: 27 });
  });

  it('shifts this turn and every later one by what the dialog is told, refusing a time that reads two ways', async () => {
    const { page, harness } = await apps.start({ episode: seed('000') });
    await line(page, 2).click();
    await page.keyboard.press('Alt+Shift+T');
    const field = page.getByLabel('Shift by (+2, -1:30), or start the first turn at (12:05)');
    await field.fill('6:75');
    await expect.poll(() => page.locator('.dialog .hint').textContent()).toBe('“6:75”: minutes and seconds go up to 59');
    expect(await page.getByRole('button', { name: 'OK' }).isDisabled()).toBe(true);
    await field.fill('+0:02');
    await expect.poll(() => page.locator('.dialog .hint').textContent()).toMatch(/^Moves \d+ turns: the first from 1:45 to 1:47\.$/);
    await screenshot(page, 'timing-shift-dialog');
    await field.press('Enter');
    await expect.poll(() => timeOf(page, 2)).toBe('1:47');
    expect(await timeOf(page, 1)).toBe('1:43');
    const written = await save(page, harness.episode!);
    // Every changed line is a later turn's sec or time, two seconds on.
    const { removed, added } = changedLines(seedText, written);
    const times = (lines: string[]) => lines.filter((l) => /^ {2}(sec|time): /.test(l));
    expect(times(removed).length).toBeGreaterThan(100);
    const before = seedText.split('\n');
    const after = written.split('\n');
    expect(after.length).toBe(before.length);
    after.forEach((text, i) => {
      if (text === before[i]) return;
      const sec = /^ {2}sec: (\d+)$/.exec(text);
      if (sec) expect(Number(sec[1])).toBe(Number(/^ {2}sec: (\d+)$/.exec(before[i]!)![1]) + 2);
      else expect(text).toMatch(/^ {2}time: '/);
    });
    expect(added.length).toBe(removed.length);
  });

  it('takes +2 in the time box, and refuses 6:75 there with a message', async () => {
    const { page } = await apps.start({ episode: seed('000') });
    await line(page, 1).locator('.cm-turn-time').dblclick();
    const box = page.getByLabel('Time', { exact: true });
    await box.fill('6:75');
    await expect.poll(() => page.locator('.popover .hint').textContent()).toBe('“6:75”: minutes and seconds go up to 59');
    await box.press('Enter');
    expect(await box.isVisible()).toBe(true);
    await box.fill('+2');
    await expect.poll(() => page.locator('.popover .hint').textContent()).toBe('Enter sets 1:45, Esc cancels');
    await box.press('Enter');
    await expect.poll(() => timeOf(page, 1)).toBe('1:45');
  });

  it('opens the time box above a turn with no room below it, never under the problems panel', async () => {
    const { page } = await apps.start({ episode: seed('000') });
    await line(page, 0).click();
    await page.keyboard.press('Control+Shift+M');
    const panel = page.locator('.cm-panels-bottom');
    await panel.waitFor();
    // The problems list is drawn into the panel at the editor's next measure.
    await frames(page);
    const panelTop = (await panel.boundingBox())!.y;
    // Scroll a turn's time to just above the panel: no room for the box below it. Again till it stays there:
    // the editor measures the lines it newly shows a frame after a scroll, which may move them a little.
    await expect
      .poll(async () => {
        const off = await page.evaluate((floor) => {
          const time = [...document.querySelectorAll('.cm-turn-time')].find((el) => el.textContent === '4:36')!;
          const by = time.getBoundingClientRect().bottom - (floor - 12);
          document.querySelector('.cm-scroller')!.scrollTop += by;
          return by;
        }, panelTop);
        await frames(page);
        return Math.abs(off);
      })
      .toBeLessThanOrEqual(1);
    expect((await panel.boundingBox())!.y).toBe(panelTop);
    const times = page.locator('.cm-turn-time');
    const boxes = await times.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON() as DOMRect));
    const lowest = boxes.map((b, i) => ({ b, i })).filter(({ b }) => b.bottom < panelTop).at(-1)!;
    expect(panelTop - lowest.b.bottom).toBeLessThan(40);
    await times.nth(lowest.i).click();
    const popup = page.getByRole('dialog', { name: 'Edit time' });
    await popup.waitFor();
    const placed = (await popup.boundingBox())!;
    expect(placed.y + placed.height).toBeLessThanOrEqual(lowest.b.top);
    await screenshot(page, 'timing-time-box-above');
  });

  it('sets a turn’s time from the playhead and plays around its start', async () => {
    const { page, harness } = await apps.start({ episode: seed('000'), files: [tone.path()] });
    await page.locator('.waveform:not([hidden])').waitFor();
    // Seek by clicking another turn's time (4th item, 1:59), then put the cursor on the 2nd and take the playhead.
    await line(page, 3).locator('.cm-turn-time').click();
    await page.keyboard.press('Alt+k'); // the click plays from there: paused, the playhead stays put
    await expect.poll(() => page.locator('.clock').textContent()).toBe('1:59');
    await line(page, 1).click();
    await page.keyboard.press('Alt+t');
    await expect.poll(() => timeOf(page, 1)).toBe('1:59');
    await page.keyboard.press('Alt+b');
    await expect.poll(() => page.locator('.clock').textContent()).not.toBe('1:59');
    expect(changedLines(seedText, await save(page, harness.episode!))).toEqual({ removed: ['  sec: 103', "  time: '1:43'"], added: ['  sec: 119', "  time: '1:59'"], at: 27 });
  });

  it('sets a turn’s time by dragging the start of its region on the waveform', async () => {
    const { page, harness } = await apps.start({ episode: seed('000'), files: [tone.path()] });
    await page.locator('.waveform:not([hidden])').waitFor();
    // Bring the turn's region into view: play from its time.
    await line(page, 1).locator('.cm-turn-time').click();
    await page.keyboard.press('Alt+k'); // the click plays from there: paused, the playhead stays put
    await expect.poll(() => page.locator('.clock').textContent()).toBe('1:43');
    // The waveform scrolls to centre the playhead a frame or more after the seek: drag once it has.
    await expect.poll(() => playheadOffCentre(page)).toBeLessThanOrEqual(2);
    const handle = page.locator('[part="region turn-1"] [part~="region-handle-left"]');
    await handle.waitFor();
    const box = (await handle.boundingBox())!;
    const regionStart = box.x + box.width / 2;
    await page.mouse.move(regionStart, box.y + box.height / 2);
    await page.mouse.down();
    // 50 pixels a second at the default zoom: 3 seconds earlier, in steps as a hand drags.
    for (let step = 1; step <= 10; step++) await page.mouse.move(regionStart - step * 15, box.y + box.height / 2);
    await page.mouse.up();
    await expect.poll(() => timeOf(page, 1)).toBe('1:40');
    expect(changedLines(seedText, await save(page, harness.episode!))).toEqual({ removed: ['  sec: 103', "  time: '1:43'"], added: ['  sec: 100', "  time: '1:40'"], at: 27 });
  });

  it('fixes every plain time from the problems panel in one step, and a save quotes just those times', async () => {
    const episode = corpusFile('episodes', 'datatalksclub-building-sustainable-data-community-3-years-anniversary.md');
    const { page, harness } = await apps.start({ episode });
    await line(page, 0).click();
    await page.keyboard.press('Control+Shift+M');
    const problem = page.locator('.cm-panel-lint li', { hasText: 'is not quoted' }).first();
    await problem.waitFor();
    expect(await problem.innerText()).toMatch(/\(Fix: .*quoted\)/);
    await screenshot(page, 'timing-fix-in-panel');
    await problem.getByRole('button', { name: 'Fix all of this kind' }).click();
    await page.waitForFunction(() => !document.querySelector('.cm-panel-lint')?.textContent?.includes('is not quoted'));
    // Saved with the focus still on the panel's button: the app's keys work there too.
    const changed = lineChanges(readFileSync(episode, 'utf8'), await save(page, harness.episode!));
    expect(changed.length).toBeGreaterThan(0);
    for (const { was, now } of changed) expect(now).toBe(was.replace(/time: (\S+)$/, "time: '$1'"));
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.locator('.cm-panel-lint').innerText()).toContain('is not quoted');
  });

  it('aligns an episode to its video captions: a preview, then one undo step, and a save changes only times', async () => {
    const episode = corpusFile('episodes', 'datatalksclub-building-sustainable-data-community-3-years-anniversary.md');
    const { page, harness } = await apps.start({ episode });
    const text = readFileSync(episode, 'utf8');
    await harness.answer({ raw: seed('001') });
    await harness.command('time.alignToCaptions');
    const dialog = page.getByRole('dialog', { name: 'Align to captions' });
    const status = dialog.getByRole('status');
    await expect.poll(() => status.textContent()).toMatch(/\d+ turns: \d+ matched to the captions/);
    const moved = Number(/(\d+) turns? would move/.exec((await status.textContent())!)?.[1]);
    expect(moved).toBeGreaterThan(0);
    await screenshot(page, 'timing-align-dialog');
    const dirty = (yes: boolean) => page.waitForFunction((want) => document.title.startsWith('•') === want, yes);
    await dialog.getByRole('button', { name: 'Apply' }).click();
    await dirty(true);
    // One undo step takes it all back to the file's times; redo brings it again.
    await line(page, 1).click();
    await page.keyboard.press('Control+z');
    await dirty(false);
    await page.keyboard.press('Control+Shift+Z');
    await dirty(true);
    const changed = lineChanges(text, await save(page, harness.episode!));
    // Each moved turn changes its sec and its time, nothing else.
    expect(changed.length).toBe(2 * moved);
    for (const { now } of changed) expect(now).toMatch(/^ {2}(sec: \d+|time: '\d+:\d\d(:\d\d)?')$/);
  });

  it('doubts another episode’s captions in the preview, and keys typed then reach the dialog, not the text', async () => {
    const { page, harness } = await apps.start({ episode: seed('000') });
    await line(page, 1).click();
    const before = await line(page, 1).textContent();
    await harness.answer({ raw: seed('001') });
    await harness.command('time.alignToCaptions');
    const dialog = page.getByRole('dialog', { name: 'Align to captions' });
    await expect.poll(() => dialog.getByRole('status').textContent()).toMatch(/Only [0-9]% of the text’s words were found in 001_[0-9a-f]+\.txt: are these the episode’s captions\? If so, check the times after applying\./);
    await screenshot(page, 'timing-align-doubt');
    await page.keyboard.type('typed on');
    expect(await line(page, 1).textContent()).toBe(before);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
  });
}, START_APP_TIMEOUT * 4);
