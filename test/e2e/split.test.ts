import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { seed } from '../support/paths.js';
import { appPerTest } from './support/app.js';
import { HAS_CHROMIUM, loadApp, screenshot } from './support/browser.js';

const paneHeight = (page: Page) => page.evaluate(() => document.querySelector('.waveform-pane')!.getBoundingClientRect().height);
const handle = (page: Page) => page.getByRole('separator', { name: 'Resize the audio pane' });
/** The audio pane's height in main's settings file (undefined before its first write). */
const storedHeight = (dir: string) => {
  try {
    return (JSON.parse(readFileSync(join(dir, 'user-data', 'settings.json'), 'utf8')) as { waveformHeight?: number }).waveformHeight;
  } catch {
    return undefined;
  }
};

describe.skipIf(!HAS_CHROMIUM)('the waveform/transcript split and the text column', () => {
  const apps = appPerTest();

  it('drags the split with the mouse, moves it with the keys, and keeps it at the next start', async () => {
    const { page, harness } = await apps.start({ episode: seed('000') });
    expect(await paneHeight(page)).toBe(239);
    await screenshot(page, 'split-1280-default');
    const box = (await handle(page).boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2 + 60, { steps: 5 });
    await page.mouse.up();
    await expect.poll(() => paneHeight(page)).toBe(299);
    await expect.poll(() => handle(page).getAttribute('aria-valuenow')).toBe('299');

    await handle(page).focus();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => paneHeight(page)).toBe(267);
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => paneHeight(page)).toBe(283);
    expect(await handle(page).getAttribute('aria-valuenow')).toBe('283');
    await screenshot(page, 'split-1280-resized');

    // The window reloaded, then the app started again on the same user data: the height stays.
    // (Each key sent its height to main on a request of its own: a reload would cancel one still on its way.)
    await expect.poll(() => storedHeight(harness.dir)).toBe(283);
    await page.reload();
    await loadApp(page, page.url());
    await expect.poll(() => paneHeight(page)).toBe(283);
    await page.close();
    await harness.stop();
    const again = await apps.start({ again: harness });
    await expect.poll(() => paneHeight(again.page)).toBe(283);
  });

  it('centres a readable text column in a 1920 px window', async () => {
    const { page } = await apps.start({ episode: seed('000') });
    await page.setViewportSize({ width: 1920, height: 1080 });
    const column = await page.evaluate(() => {
      const pane = document.querySelector('.transcript-pane')!.getBoundingClientRect();
      const scroller = document.querySelector('.cm-scroller')!;
      const content = document.querySelector('.cm-content')!.getBoundingClientRect();
      // The column begins at its gutter (the problem markers) when the editor has one.
      const start = document.querySelector('.cm-gutters')?.getBoundingClientRect().left ?? content.left;
      return { left: start - pane.left, right: pane.left + scroller.clientWidth - content.right, width: content.width };
    });
    await screenshot(page, 'split-1920');
    expect(column.width).toBeLessThanOrEqual(1000);
    expect(column.left).toBeGreaterThan(400);
    expect(Math.abs(column.left - column.right)).toBeLessThanOrEqual(4);
  });
});
