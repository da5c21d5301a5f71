import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { changedLines } from '../support/diff.js';
import { seed } from '../support/paths.js';
import { appPerTest, START_APP_TIMEOUT } from './support/app.js';
import { HAS_CHROMIUM } from './support/browser.js';

const line = (page: Page, index: number) => page.locator('.cm-line').nth(index);

/** Pastes `text` into the focused editor as a real paste event does (CodeMirror reads the event's clipboard data). */
async function paste(page: Page, text: string): Promise<void> {
  await page.evaluate((pasted) => {
    const data = new DataTransfer();
    data.setData('text/plain', pasted);
    document.querySelector('.cm-content')!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

describe.skipIf(!HAS_CHROMIUM)('the characters the editor uses as marks, typed or pasted, in Chromium through the harness', () => {
  const apps = appPerTest();

  it('are saved as themselves, never as a line break, and Backspace deletes each as one character', async () => {
    const { harness, page } = await apps.start({ episode: seed('000') });
    const before = readFileSync(harness.episode!, 'utf8');
    await line(page, 1).click();
    await page.keyboard.press('End');
    // U+E000 is the editor's line-break mark and U+E001 its escape: both are private-use characters a file may hold.
    await paste(page, ' [\uE000|\uE001\uE002]');
    await page.keyboard.insertText('<\uE000>');
    await expect.poll(() => line(page, 1).locator('.cm-escaped-char').count()).toBe(3);
    // The pair standing for the typed U+E000 goes at once, as one character.
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Backspace');
    await expect.poll(() => line(page, 1).locator('.cm-escaped-char').count()).toBe(2);
    await page.keyboard.press('Control+s');
    await page.locator('.status-notice', { hasText: 'Saved' }).waitFor();
    const diff = changedLines(before, readFileSync(harness.episode!, 'utf8'));
    expect(diff.added).toEqual(['- line: Yeah, Katie. Katie Bauer. [\uE000|\uE001\uE002]<>']);
    expect(diff.removed).toEqual(['- line: Yeah, Katie. Katie Bauer.']);
  }, START_APP_TIMEOUT * 2);
});
