import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seed } from '../support/paths.js';
import { appPerTest } from './support/app.js';
import type { RunningHarness } from './support/harness.js';
import { HAS_CHROMIUM, screenshot } from './support/browser.js';

const line = (page: Page, index: number) => page.locator('.cm-line').nth(index);
const whoOf = (page: Page, index: number) => line(page, index).locator('.cm-turn-who').textContent();
const colourOf = (page: Page, index: number) => line(page, index).locator('.cm-turn-who').evaluate((el) => getComputedStyle(el).color);

/** Who speaks in each of seed 001's first 20 imported paragraphs (Johanna hosts this one; Alexey, the podcast's usual host, is the guest). */
const FIRST_20 = 'J J A J A A A J A J J J A A A A A J A J'.split(' ').map((s) => (s === 'J' ? 'Johanna' : 'Alexey'));

/** File › Import of seed 001's captions into a new episode, as a user does it (the open one discarded). */
async function importSeed001(harness: RunningHarness, page: Page) {
  await harness.answer({ raw: seed('001') });
  await page.keyboard.press('Control+i');
  const dialog = page.getByRole('dialog', { name: 'Import raw transcript' });
  await expect.poll(() => dialog.getByRole('status').textContent()).toMatch(/read as captions/);
  await harness.answer({ confirm: 'discard' });
  await dialog.getByRole('button', { name: 'Import' }).click();
}

describe.skipIf(!HAS_CHROMIUM)('speaker keys in Chromium', () => {
  const app = appPerTest();

  it('assign the first 20 imported paragraphs of seed 001 a key each, the keys and colours never moving', async () => {
    const { harness, page } = await app.start({ episode: seed('000') });
    // Once per podcast, not per episode: the host's name in the settings.
    await harness.command('speaker.host');
    const host = page.getByRole('dialog', { name: 'Host name' }).getByLabel('Host name');
    await host.fill('Alexey');
    await host.press('Enter');
    await importSeed001(harness, page);
    await expect.poll(() => page.locator('.status-file').textContent()).toContain('001_');
    await expect.poll(() => whoOf(page, 0)).toBe('speaker?');

    // From here every key counts: the first speaker named once in the picker (the captions mention her: three
    // letters complete the name), then one key a turn.
    let keys = 0;
    let typed = 0;
    const press = async (key: string) => {
      keys++;
      await page.keyboard.press(key);
    };
    await press('Control+Shift+K');
    await page.getByRole('dialog', { name: 'Change speaker' }).waitFor();
    await page.keyboard.type('Joh');
    typed += 'Joh'.length;
    await expect.poll(() => page.getByLabel('Speaker name').inputValue()).toBe('Johanna');
    await screenshot(page, 'speaker-picker-completes');
    await press('Enter');
    await expect.poll(() => whoOf(page, 0)).toBe('Johanna');
    const johanna = await colourOf(page, 0);
    for (let i = 1; i < FIRST_20.length; i++) {
      // A change of speaker is the other of the last two (Alt+S); the same speaker again, their key. Both move on.
      const who = FIRST_20[i]!;
      await press(who !== FIRST_20[i - 1] ? 'Alt+s' : who === 'Johanna' ? 'Alt+1' : 'Alt+2');
      await expect.poll(() => whoOf(page, i)).toBe(who);
    }
    expect(await Promise.all(FIRST_20.map((_, i) => whoOf(page, i)))).toEqual(FIRST_20);
    // Alexey now has more turns than Johanna: still Alt+2, and Johanna keeps her colour.
    expect(FIRST_20.filter((w) => w === 'Alexey').length).toBeGreaterThan(FIRST_20.filter((w) => w === 'Johanna').length);
    expect(await colourOf(page, 0)).toBe(johanna);
    const overview = page.locator('.talk-time li');
    await expect.poll(() => overview.allTextContents()).toEqual([expect.stringMatching(/^Alt\+1Johanna/), expect.stringMatching(/^Alt\+2Alexey/), expect.stringMatching(/^\(no speaker\)/)]);
    await screenshot(page, 'speaker-keys-first-20');
    console.log(`assigning speakers to the first 20 imported paragraphs of seed 001: ${keys} keys, plus ${typed} letters of the first speaker's name: ${keys + typed} keystrokes in all`);
    expect(keys + typed).toBeLessThanOrEqual(25);
  });

  it('complete a typed name from the roster and the names the text mentions; typing on or Backspace undoes the completion', async () => {
    const { page } = await app.start({ episode: seed('000') });
    await line(page, 2).click();
    await page.keyboard.press('Control+Shift+K');
    const name = page.getByLabel('Speaker name');
    await name.press('Control+a');
    await page.keyboard.type('ka');
    await expect.poll(() => name.inputValue()).toBe('Katie');
    // The name is written as the roster writes it, and its completion is selected: the next letter replaces it.
    await page.keyboard.type('r');
    await expect.poll(() => name.inputValue()).toBe('Kar');
    // Deleting never completes.
    await page.keyboard.press('Backspace');
    await expect.poll(() => name.inputValue()).toBe('Ka');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Backspace');
    await page.keyboard.type('Tw');
    // Twitter is mentioned in the text, never in lower case.
    await expect.poll(() => name.inputValue()).toBe('Twitter');
    await page.keyboard.press('Backspace');
    await expect.poll(() => name.inputValue()).toBe('Tw');
    await page.keyboard.press('Enter');
    await expect.poll(() => whoOf(page, 2)).toBe('Tw');
  });

  it('stay on the turn with assign and advance turned off, and offer the host only where a host makes sense', async () => {
    const { harness, page } = await app.start({ episode: seed('000') });
    await harness.command('speaker.host');
    const host = page.getByRole('dialog', { name: 'Host name' }).getByLabel('Host name');
    await host.fill('Johanna');
    await host.press('Enter');
    // Two other people speak in seed 000: Alt+3 is nobody, not the host.
    await line(page, 2).click();
    await page.keyboard.press('Alt+3');
    await page.keyboard.press('Alt+2');
    await expect.poll(() => whoOf(page, 2)).toBe('Katie');
    expect(await page.locator('.talk-time kbd').allTextContents()).toEqual(['Alt+1', 'Alt+2']);
    await harness.command('speaker.advance');
    await expect.poll(() => page.locator('.status-notice').textContent()).toContain('stays on the turn');
    await harness.answer({ confirm: 'discard' });
    await page.keyboard.press('Control+n');
    await expect.poll(() => page.locator('.status-file').textContent()).toContain('untitled.md');
    await line(page, 0).click();
    await page.keyboard.type('Hello.');
    await page.keyboard.press('Alt+1');
    await expect.poll(() => whoOf(page, 0)).toBe('Johanna');
    await page.keyboard.type(' Still here.');
    await expect.poll(() => line(page, 0).textContent()).toContain('Hello. Still here.');
  });

  it('take the key and colour of the speaker another is dragged onto in the overview, remembered for the episode', async () => {
    const { page } = await app.start({ episode: seed('000') });
    const rows = page.locator('.talk-time li');
    await expect.poll(() => rows.allTextContents()).toEqual([expect.stringMatching(/^Alt\+1Alexey/), expect.stringMatching(/^Alt\+2Katie/)]);
    const first = await colourOf(page, 0);
    await rows.nth(1).dragTo(rows.nth(0));
    await expect.poll(() => rows.allTextContents()).toEqual([expect.stringMatching(/^Alt\+1Katie/), expect.stringMatching(/^Alt\+2Alexey/)]);
    await line(page, 2).click();
    await page.keyboard.press('Alt+1');
    await expect.poll(() => whoOf(page, 2)).toBe('Katie');
    // The first key's colour goes with it.
    expect(await colourOf(page, 2)).toBe(first);
    await screenshot(page, 'speaker-overview-reordered');
    // Opened again (here, the window reloaded), the episode keeps the order.
    await page.reload();
    await expect.poll(() => rows.allTextContents()).toEqual([expect.stringMatching(/^Alt\+1Katie/), expect.stringMatching(/^Alt\+2Alexey/)]);
  });

  it('keep a new episode’s order through its first Save As', async () => {
    const { harness, page } = await app.start({ episode: seed('000') });
    await importSeed001(harness, page);
    await expect.poll(() => whoOf(page, 0)).toBe('speaker?');
    for (const name of ['Zoe', 'Yann']) {
      await page.keyboard.press('Control+Shift+K');
      await page.keyboard.type(name);
      await page.keyboard.press('Enter');
    }
    await expect.poll(() => whoOf(page, 1)).toBe('Yann');
    const rows = page.locator('.talk-time li');
    await expect.poll(() => rows.allTextContents()).toEqual([expect.stringMatching(/^Alt\+1Zoe/), expect.stringMatching(/^Alt\+2Yann/), expect.stringMatching(/^\(no speaker\)/)]);
    await rows.nth(1).dragTo(rows.nth(0));
    await expect.poll(() => rows.allTextContents()).toEqual([expect.stringMatching(/^Alt\+1Yann/), expect.stringMatching(/^Alt\+2Zoe/), expect.stringMatching(/^\(no speaker\)/)]);
    await harness.answer({ save: `${harness.dir}/new-episode.md` });
    await page.keyboard.press('Control+s');
    await page.locator('.status-notice', { hasText: 'Saved' }).waitFor();
    await expect.poll(() => page.locator('.status-file').textContent()).toContain('new-episode.md');
    // The window reads the saved episode's order from main, which Save As gave it.
    await expect.poll(() => rows.allTextContents()).toEqual([expect.stringMatching(/^Alt\+1Yann/), expect.stringMatching(/^Alt\+2Zoe/), expect.stringMatching(/^\(no speaker\)/)]);
  });
});
