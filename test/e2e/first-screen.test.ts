import { describe, expect, it } from 'vitest';
import { seed } from '../support/paths.js';
import { appPerTest, START_APP_TIMEOUT } from './support/app.js';
import { EDITABLE_TRANSCRIPT, HAS_CHROMIUM, screenshot } from './support/browser.js';

/** What the page looked like when its first line of text appeared (recorded by an init script). */
interface FirstSight {
  readonly text: string;
  readonly line: readonly number[];
  /** Whether the rest of the app (its transport controls) had arrived by then. */
  readonly appArrived: boolean;
}

type WatchedWindow = Window & { firstSight?: FirstSight; firstEditor?: Element };

/** Records where the first `.cm-line` was when it appeared, and which editor element held it. */
function watchFirstLine() {
  const w = window as WatchedWindow;
  new MutationObserver((_changes, observer) => {
    const line = document.querySelector('.cm-line');
    if (!line?.textContent) return;
    observer.disconnect();
    const box = line.getBoundingClientRect();
    w.firstEditor = line.closest('.cm-editor')!;
    w.firstSight = { text: line.textContent, line: [box.x, box.y, box.width], appArrived: document.querySelector('.transport') !== null };
  }).observe(document, { childList: true, subtree: true, characterData: true });
}

describe.skipIf(!HAS_CHROMIUM)('the first screen', () => {
  const apps = appPerTest();

  it('shows the first turns before the rest of the app, where the whole app then shows them, in the same editor', async () => {
    const { page, harness } = await apps.start({ episode: seed('000'), open: false });
    await page.addInitScript(watchFirstLine);
    await page.goto(harness.url);
    await page.locator(EDITABLE_TRANSCRIPT).waitFor();
    await page.waitForFunction(() => !document.querySelector('.status-bar')?.textContent?.includes('Opening'));
    const seen = await page.evaluate(() => {
      const w = window as WatchedWindow;
      const line = document.querySelector('.cm-line')!;
      const box = line.getBoundingClientRect();
      return { first: w.firstSight!, text: line.textContent, line: [box.x, box.y, box.width], sameEditor: line.closest('.cm-editor') === w.firstEditor };
    });
    await screenshot(page, 'first-screen-loaded');
    // The seed's first item is a header; it showed before React, the waveform pane and the editing layer had arrived.
    expect(seen.first.text).toBe(seen.text);
    expect(seen.first.appArrived).toBe(false);
    expect(seen.line).toEqual(seen.first.line);
    expect(seen.sameEditor).toBe(true);
  }, START_APP_TIMEOUT);

  it('becomes an editor with its undo history once the whole file is read', async () => {
    const { page } = await apps.start({ episode: seed('000') });
    const line = page.locator('.cm-line').nth(1);
    const before = await line.textContent();
    await line.click();
    await page.keyboard.press('End');
    await page.keyboard.type(' typed');
    await expect.poll(() => line.textContent()).toBe(`${before} typed`);
    await page.keyboard.press('Control+z');
    await expect.poll(() => line.textContent()).toBe(before);
  }, START_APP_TIMEOUT);
});
