import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { seed } from '../support/paths.js';
import { appPerTest, START_APP_TIMEOUT } from './support/app.js';
import { HAS_CHROMIUM } from './support/browser.js';

type KeyWindow = Window & { keysSeen?: { key: string; prevented: boolean }[] };

/**
 * Records, after the page's own handlers, whether each key press (modifiers aside) was handled (default prevented).
 * Electron's menu runs an accelerator only for a key the page left unhandled: a handled key that
 * also ran in the menu is a command run twice.
 */
async function watchKeys(page: Page): Promise<() => Promise<{ key: string; prevented: boolean }[]>> {
  await page.evaluate(() => {
    const w = window as KeyWindow;
    w.keysSeen = [];
    const modifiers = new Set(['Control', 'Shift', 'Alt', 'Meta']);
    window.addEventListener('keydown', (e) => modifiers.has(e.key) || w.keysSeen!.push({ key: e.key, prevented: e.defaultPrevented }));
  });
  return () => page.evaluate(() => (window as KeyWindow).keysSeen!);
}

describe.skipIf(!HAS_CHROMIUM)('shortcuts in the window', () => {
  const apps = appPerTest();
  let page: Page;

  beforeEach(async () => {
    ({ page } = await apps.start({ episode: seed('000') }));
  }, START_APP_TIMEOUT);

  it('run a command once with the focus on a button, handled there so that the menu does not run it again', async () => {
    const keys = await watchKeys(page);
    const problems = page.locator('.status-problems');
    await problems.focus();
    // F1 toggles the help: run twice (the page and the menu), it would open and close again.
    await page.keyboard.press('F1');
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await help.waitFor();
    expect(await keys()).toEqual([{ key: 'F1', prevented: true }]);
    await help.getByRole('button', { name: 'Close' }).click();
    // The problems panel toggles too, from the same button.
    await problems.focus();
    await page.keyboard.press('Control+Shift+M');
    await page.locator('.cm-panel-lint').waitFor();
    expect((await keys()).at(-1)).toEqual({ key: 'M', prevented: true });
  });

  it('leave Close to the menu, in the editor too, where CodeMirror used to take the key', async () => {
    const line = page.locator('.cm-line').nth(1);
    const before = await line.textContent();
    await line.click();
    const keys = await watchKeys(page);
    await page.keyboard.press('Control+w');
    expect(await keys()).toEqual([{ key: 'w', prevented: false }]);
    expect(await line.textContent()).toBe(before);
    expect(await page.title()).not.toMatch(/^•/);
  });
});
