import { readFileSync, writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { changedLines } from '../support/diff.js';
import { seed } from '../support/paths.js';
import { appPerTest, START_APP_TIMEOUT } from './support/app.js';
import { HAS_CHROMIUM, screenshot } from './support/browser.js';

/** The editor line of a transcript item (0-based), as the user sees it. */
const line = (page: Page, index: number) => page.locator('.cm-line').nth(index);

/** Another program's write to the episode (a `git pull`): its text with one phrase replaced. */
function writeOnDisk(path: string, from: string, to: string): string {
  const text = readFileSync(path, 'utf8');
  if (!text.includes(from)) throw new Error(`"${from}" is not in ${path}`);
  writeFileSync(path, text.replace(from, to));
  return text.replace(from, to);
}

describe.skipIf(!HAS_CHROMIUM)('changes made on disk by other programs, in Chromium through the harness', () => {
  const apps = appPerTest();

  it('says so at once over unsaved edits; Compare shows both sides; Merge takes the other item in, and Save writes both', async () => {
    const { harness, page } = await apps.start({ episode: seed('000') });
    const path = harness.episode!;
    await line(page, 1).click();
    await page.keyboard.press('End');
    await page.keyboard.type(' Mine.');
    await page.waitForFunction(() => document.title.startsWith('•'));

    const theirs = writeOnDisk(path, 'Thank you for having me.', 'Thank you for having me (from git).');
    const bar = page.getByRole('alert', { name: 'Changed on disk' });
    await expect.poll(() => bar.innerText()).toContain('was changed on disk');
    expect(await bar.innerText()).toContain('Merge puts the change on disk into your document and keeps your edit.');
    await screenshot(page, 'external-change-notice');

    await bar.getByRole('button', { name: 'Compare' }).click();
    const compare = page.getByRole('dialog', { name: 'Compare with the file on disk' });
    const diff = compare.getByLabel('Differences');
    await expect.poll(() => diff.locator('.diff-old').allInnerTexts()).toEqual(['− - line: Yeah, Katie. Katie Bauer.', '− - line: Thank you for having me (from git). I’m very excited about this conversation today.']);
    expect(await diff.locator('.diff-new').allInnerTexts()).toEqual(['+ - line: Yeah, Katie. Katie Bauer. Mine.', '+ - line: Thank you for having me. I’m very excited about this conversation today.']);
    await screenshot(page, 'external-change-compare');
    await compare.getByRole('button', { name: 'Merge' }).click();

    await expect.poll(() => line(page, 5).textContent()).toContain('(from git)');
    expect(await line(page, 1).textContent()).toContain('Katie Bauer. Mine.');
    expect(await bar.count()).toBe(0);
    await page.keyboard.press('Control+s');
    await page.waitForFunction(() => !document.title.startsWith('•'));
    const saved = readFileSync(path, 'utf8');
    expect(saved).toContain('(from git)');
    expect(changedLines(theirs, saved)).toMatchObject({ removed: ['- line: Yeah, Katie. Katie Bauer.'], added: ['- line: Yeah, Katie. Katie Bauer. Mine.'] });
    // Nothing was asked: the merge made the file on disk the base of the save.
    expect(await fetch(`${harness.url}/harness/state`).then((r) => r.json())).toMatchObject({ result: { asked: [] } });
  }, START_APP_TIMEOUT * 2);

  it('over unsaved edits, Reload takes the file on disk in one undo step, and Keep Mine makes the next Save ask', async () => {
    const { harness, page } = await apps.start({ episode: seed('000') });
    const path = harness.episode!;
    const edit = async (text: string) => {
      await line(page, 1).click();
      await page.keyboard.press('End');
      await page.keyboard.type(text);
      await page.waitForFunction(() => document.title.startsWith('•'));
    };
    const bar = page.getByRole('alert', { name: 'Changed on disk' });

    await edit(' Mine.');
    writeOnDisk(path, 'Thank you for having me.', 'Thank you for having me (reloaded).');
    await bar.getByRole('button', { name: 'Reload' }).click();
    await expect.poll(() => line(page, 5).textContent()).toContain('(reloaded)');
    expect(await line(page, 1).textContent()).not.toContain('Mine.');
    expect(await bar.count()).toBe(0);
    await page.waitForFunction(() => !document.title.startsWith('•'));
    // The edit is one Undo away.
    await page.keyboard.press('Control+z');
    await expect.poll(() => line(page, 1).textContent()).toContain('Katie Bauer. Mine.');
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => line(page, 1).textContent()).not.toContain('Mine.');

    await edit(' Kept.');
    const theirs = writeOnDisk(path, '(reloaded)', '(theirs)');
    await bar.getByRole('button', { name: 'Keep Mine' }).click();
    expect(await bar.count()).toBe(0);
    expect(await line(page, 5).textContent()).not.toContain('(theirs)');
    // The next Save asks: Cancel writes nothing, Overwrite writes mine over theirs.
    await harness.answer({ overwrite: 'cancel' });
    await page.keyboard.press('Control+s');
    await expect.poll(async () => (await fetch(`${harness.url}/harness/state`).then((r) => r.json())).result.asked.length).toBe(1);
    expect(readFileSync(path, 'utf8')).toBe(theirs);
    expect(await page.title()).toMatch(/^•/);
    await harness.answer({ overwrite: 'overwrite' });
    await page.keyboard.press('Control+s');
    await page.waitForFunction(() => !document.title.startsWith('•'));
    const saved = readFileSync(path, 'utf8');
    expect(saved).toContain('Katie Bauer. Kept.');
    expect(saved).not.toContain('(theirs)');
  }, START_APP_TIMEOUT * 2);

  it('reloads a clean editor at once with a quiet notice, and Undo brings the old text back', async () => {
    const { harness, page } = await apps.start({ episode: seed('000') });
    writeOnDisk(harness.episode!, 'Thank you for having me.', 'Thank you for having me (pulled).');
    await expect.poll(() => line(page, 5).textContent()).toContain('(pulled)');
    expect(await page.locator('.status-notice').innerText()).toMatch(/^Reloaded .*: it was changed on disk/);
    expect(await page.getByRole('alert', { name: 'Changed on disk' }).count()).toBe(0);
    expect(await page.title()).not.toMatch(/^•/);
    await line(page, 2).click();
    await page.keyboard.press('Control+z');
    await expect.poll(() => line(page, 5).textContent()).not.toContain('(pulled)');
    await page.waitForFunction(() => document.title.startsWith('•'));
  }, START_APP_TIMEOUT * 2);
});
