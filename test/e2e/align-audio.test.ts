import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { formatTime, parseEpisode, turnLines } from '../../shared/episode/index.js';
import { seed } from '../support/paths.js';
import { hasSpeechTools, speechAudio, type SpokenTurn } from '../support/speech-audio.js';
import { appPerTest } from './support/app.js';
import { HAS_CHROMIUM, screenshot } from './support/browser.js';

/**
 * The synthetic audio's pace: a fast speaker's, so that the whole of seed 002 (14,500 words) is about
 * an hour of audio rather than an hour and a half; each paragraph starts after the last one ends.
 */
const WORDS_PER_SECOND = 250 / 60;

/** Seed 002, as the file a user imports. */
function seedCopy(dir: string): string {
  const path = join(dir, 'interview.txt');
  copyFileSync(seed('002'), path);
  return path;
}

/** The paragraphs of an episode, each spoken after the last (two voices, taking turns): where each starts is the truth. */
function spokenInTurn(lines: readonly string[]): SpokenTurn[] {
  let sec = 1;
  return lines.map((text, i) => {
    const turn = { sec: Math.round(sec), who: i % 2 === 0 ? 'A' : 'B', text };
    sec += text.split(' ').length / WORDS_PER_SECOND + 1.5;
    return turn;
  });
}

const times = (page: Page) => page.locator('.cm-turn-time').allTextContents();

describe.skipIf(!HAS_CHROMIUM || !hasSpeechTools())('align to audio in Chromium', () => {
  const app = appPerTest();

  it('times seed 002’s untimed text from its audio: listening in the background, a preview, one undo step, every word kept', async () => {
    const { harness, page } = await app.start({ episode: seed('000') });
    await harness.answer({ raw: seedCopy(harness.dir) });
    await page.keyboard.press('Control+i');
    const importDialog = page.getByRole('dialog', { name: 'Import raw transcript' });
    await expect.poll(() => importDialog.getByRole('status').textContent()).toMatch(/paragraph|text/i);
    await harness.answer({ confirm: 'discard' });
    await importDialog.getByRole('button', { name: 'Import' }).click();
    await expect.poll(() => page.locator('.status-file').textContent()).toContain('interview');
    // Saved as imported: its paragraphs, untimed, are what the synthetic audio says.
    const target = join(harness.dir, 'interview.md');
    await harness.answer({ save: target });
    await page.keyboard.press('Control+s');
    await page.locator('.status-notice', { hasText: 'Saved' }).waitFor();
    const imported = turnLines(parseEpisode(readFileSync(target, 'utf8'), target).items);
    const turns = spokenInTurn(imported);
    const audio = await speechAudio(turns);
    const untimed = async () => (await times(page)).every((time) => !/\d/.test(time));
    expect(await untimed()).toBe(true);
    // The second paragraph's time set by hand, 3 s after it is spoken: a sure time, which the audio leaves as it is.
    const byHand = turns[1]!.sec + 3;
    await page.locator('.cm-line').nth(1).click();
    await harness.command('edit.time');
    await page.getByLabel('Time', { exact: true }).fill(formatTime(byHand));
    await page.getByLabel('Time', { exact: true }).press('Enter');
    await expect.poll(async () => (await times(page))[1]).toBe(formatTime(byHand));
    const untimedButSecond = async () => (await times(page)).every((time, i) => i === 1 || !/\d/.test(time));

    await harness.answer({ audio: audio.path });
    await page.getByRole('button', { name: 'Open Audio…' }).click();
    await expect.poll(() => page.locator('.waveform:not([hidden]) canvas').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    await harness.command('time.alignToAudio');
    // Main listens in a worker: the window shows how far, and stays editable.
    await page.getByRole('status').filter({ hasText: 'Listening to the audio' }).waitFor();
    await screenshot(page, 'align-audio-listening');
    const dialog = page.getByRole('dialog', { name: 'Align to audio' });
    await dialog.waitFor({ timeout: 1_500_000 });
    await expect.poll(() => dialog.getByRole('status').textContent()).toMatch(new RegExp(`^${turns.length - 1} turns: \\d+ matched to the audio`));
    expect(await dialog.getByRole('status').textContent()).toContain(`${turns.length - 1} turns would get a time.`);
    expect(await dialog.getByRole('status').textContent()).toContain('1 turn keeps its time, given or set by hand.');
    await screenshot(page, 'align-audio-preview');
    await dialog.getByRole('button', { name: 'Apply' }).click();
    await expect.poll(async () => (await times(page)).every((time) => /\d/.test(time))).toBe(true);
    await page.keyboard.press('Control+s');
    await expect.poll(() => page.locator('.status-file').textContent()).not.toContain('unsaved');
    const aligned = parseEpisode(readFileSync(target, 'utf8'), target).items.flatMap((item) => (item.kind === 'turn' ? [item] : []));
    expect(aligned.map((turn) => turn.line)).toEqual(imported);
    const within2 = aligned.filter((turn, i) => turn.sec !== undefined && Math.abs(turn.sec - turns[i]!.sec) <= 2).length;
    console.log(`seed 002, ${turns.length} paragraphs, ${Math.round(audio.seconds)} s of synthetic speech: ${within2} turn starts within 2 s of where they are spoken`);
    expect(within2).toBeGreaterThanOrEqual(Math.ceil(turns.length * 0.9));
    await screenshot(page, 'align-audio-applied');

    expect(aligned.every((turn) => turn.sec !== undefined)).toBe(true);
    expect(aligned[1]!.sec).toBe(byHand);
    // One undo step takes every time back off.
    await page.locator('.cm-content').focus();
    await page.keyboard.press('Control+z');
    await expect.poll(untimedButSecond).toBe(true);
  }, 1_800_000);

  it('stops listening when another episode is opened, saying so, rather than hear the rest for nothing', async () => {
    // The bundled sample, with its 13 minutes of audio.
    const { harness, page } = await app.start({});
    await page.locator('.waveform:not([hidden])').waitFor();
    await harness.command('time.alignToAudio');
    const listening = page.getByRole('status').filter({ hasText: 'Listening to the audio' });
    await listening.waitFor();
    await harness.answer({ open: seed('000') });
    await harness.command('file.open');
    // Once the other episode is whole in the window, the notice says why the listening stopped, and stays.
    await expect.poll(() => page.title()).toContain('000_');
    await expect.poll(() => listening.count()).toBe(0);
    await page.locator('.status-notice', { hasText: 'Stopped listening to the audio: another episode is open' }).waitFor();
    await page.waitForTimeout(1000);
    expect(await page.locator('.status-notice').textContent()).toContain('Stopped listening to the audio');
    await screenshot(page, 'align-audio-stopped');
  });
});
