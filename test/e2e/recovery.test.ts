import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { parseEpisode } from '../../shared/episode/index.js';
import { seed } from '../support/paths.js';
import { appPerTest, START_APP_TIMEOUT } from './support/app.js';
import { HAS_CHROMIUM, screenshot } from './support/browser.js';

/** The editor line of a transcript item (0-based), as the user sees it. */
const line = (page: Page, index: number) => page.locator('.cm-line').nth(index);

/** The recovery files the harness keeps in its user data. */
const recoveryFiles = (dir: string) => {
  const folder = join(dir, 'user-data', 'recovery');
  return existsSync(folder) ? readdirSync(folder) : [];
};

describe.skipIf(!HAS_CHROMIUM)('crash recovery in Chromium, through the harness', () => {
  const apps = appPerTest();

  it('keeps an edit through a kill of the harness and the page, offers it at the next start, restores it, and Undo gives the file on disk', async () => {
    // Killed below; the app started again after it is the one stopped and checked.
    const first = await apps.start({ episode: seed('000') });
    const { harness, page } = first;
    const disk = readFileSync(harness.episode!, 'utf8');
    await line(page, 1).click();
    await page.keyboard.press('End');
    await page.keyboard.type(' Never lost.');
    await page.waitForFunction(() => document.title.startsWith('•'));
    // Written a few seconds after the change, into the user data, never into the episode.
    await expect.poll(() => recoveryFiles(harness.dir).length, { timeout: 15_000 }).toBe(1);
    expect(readFileSync(harness.episode!, 'utf8')).toBe(disk);
    await page.close();
    await harness.kill();

    const { page: again } = await apps.start({ again: harness });
    const dialog = again.getByRole('dialog', { name: 'Recovered changes' });
    await expect.poll(() => dialog.innerText()).toContain('Unsaved changes to 000_20d14bc3ae7c44b9.md from');
    expect(await dialog.innerText()).toContain('1 item differs from the file on disk');
    // What differs, line by line: the edited line as on disk and as recovered.
    const differences = dialog.getByLabel('Differences');
    await expect.poll(() => differences.locator('.diff-new').allTextContents()).toEqual([expect.stringContaining('Katie Bauer. Never lost.')]);
    expect(await differences.locator('.diff-old').allTextContents()).toEqual([expect.not.stringContaining('Never lost.')]);
    await screenshot(again, 'recovery-offer');
    await dialog.getByRole('button', { name: 'Restore' }).click();
    await expect.poll(() => line(again, 1).textContent()).toContain('Katie Bauer. Never lost.');
    expect(await again.title()).toMatch(/^•/);
    await line(again, 3).click();
    await again.keyboard.press('Control+z');
    await expect.poll(() => line(again, 1).textContent()).not.toContain('Never lost.');
    await again.waitForFunction(() => !document.title.startsWith('•'));
    expect(readFileSync(harness.episode!, 'utf8')).toBe(disk);
    // Back to the file as on disk: nothing unsaved, nothing kept.
    await expect.poll(() => recoveryFiles(harness.dir).length).toBe(0);
  }, START_APP_TIMEOUT * 3);

  it('keeps a new episode never saved (an import) through a kill, and offers it at the next start as a new episode', async () => {
    const first = await apps.start({ episode: seed('000') });
    const { harness, page } = first;
    await harness.answer({ raw: seed('001') });
    await page.keyboard.press('Control+i');
    const importing = page.getByRole('dialog', { name: 'Import raw transcript' });
    await expect.poll(() => importing.getByRole('status').textContent()).toMatch(/paragraphs, read as captions/);
    await importing.getByRole('button', { name: 'Import' }).click();
    await expect.poll(() => page.locator('.status-file').textContent()).toContain('001_a2cc115a8e15ad11.md');
    const items = Number(/(\d+) items/.exec(await page.locator('.status-bar').innerText())![1]);
    expect(items).toBeGreaterThan(40);
    await expect.poll(() => recoveryFiles(harness.dir), { timeout: 15_000 }).toEqual(['new.json']);
    await page.close();
    await harness.kill();

    const { harness: restarted, page: again } = await apps.start({ again: harness });
    const dialog = again.getByRole('dialog', { name: 'Recovered changes' });
    await expect.poll(() => dialog.innerText()).toContain('A new episode, 001_a2cc115a8e15ad11.md, never saved, was recovered');
    expect(await dialog.innerText()).toContain(`${items} items. Restore opens it as a new episode`);
    await dialog.getByRole('button', { name: 'Restore' }).click();
    await expect.poll(() => again.locator('.status-file').textContent()).toContain('001_a2cc115a8e15ad11.md');
    expect(await again.locator('.status-bar').innerText()).toContain(`${items} items`);
    expect(await again.title()).toMatch(/^•/);
    const target = join(restarted.dir, 'imported.md');
    await restarted.answer({ save: target });
    await again.keyboard.press('Control+s');
    await again.locator('.status-notice', { hasText: 'Saved' }).waitFor();
    expect(parseEpisode(readFileSync(target, 'utf8'), target).items).toHaveLength(items);
    await expect.poll(() => recoveryFiles(restarted.dir).length).toBe(0);
  }, START_APP_TIMEOUT * 3);
});
