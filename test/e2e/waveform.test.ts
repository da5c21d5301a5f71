import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { makeToneAudio } from '../support/audio.js';
import { seed } from '../support/paths.js';
import { START_APP_TIMEOUT, startApp, type AppOptions, stopCheckingErrors, type AppUnderTest } from './support/app.js';
import { HAS_CHROMIUM, launchBrowser, screenshot } from './support/browser.js';
import type { RunningHarness } from './support/harness.js';
import { playheadOffCentre } from './support/waveform.js';

const clock = (page: Page) => page.locator('.clock').textContent();
const line = (page: Page, index: number) => page.locator('.cm-line').nth(index);
const playingLine = (page: Page) => page.evaluate(() => document.querySelector('.cm-playing-line')?.textContent ?? null);
const activeLine = (page: Page) => page.evaluate(() => document.querySelector('.cm-activeLine')?.textContent ?? null);

describe.skipIf(!HAS_CHROMIUM)('the waveform and playback in Chromium', () => {
  let browser: Browser;
  let app: AppUnderTest | undefined;
  let harness: RunningHarness;
  let page: Page;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** Each test gets its own harness and page, so that it passes alone or in any order. */
  async function startFreshApp(options: AppOptions) {
    app = await startApp(browser, options);
    ({ harness, page } = app);
  }

  afterEach(async () => {
    const stopping = app;
    app = undefined;
    await stopCheckingErrors(stopping);
  });

  describe('the bundled sample with its synthesized audio', () => {
    beforeEach(async () => {
      await startFreshApp({});
      await page.locator('.waveform:not([hidden])').waitFor();
    }, START_APP_TIMEOUT);

    it('shows the waveform, its timeline and the speakers’ talk time', async () => {
      await expect.poll(() => page.locator('.waveform canvas').count()).toBeGreaterThan(0);
      await expect.poll(() => page.locator('.talk-time').textContent()).toMatch(/Alexey.*%.*Katie.*%/);
      await screenshot(page, 'waveform-sample');
    });

    it('plays from a turn’s time when it is clicked, and highlights the turn playing', async () => {
      await page.locator('.cm-line').nth(1).locator('.cm-turn-time').click();
      // Playing: the clock shows 1:43 for a second, which a poll slowed by a busy machine can miss.
      await expect.poll(() => clock(page)).toMatch(/^1:4[34]$/);
      await expect.poll(() => playingLine(page)).toContain('Yeah, Katie. Katie Bauer.');
    });

    it('advances the highlight as the audio plays, with the text following', async () => {
      // A click on a turn's time plays from there.
      await page.locator('.cm-line').nth(1).locator('.cm-turn-time').click();
      await expect.poll(() => playingLine(page), { timeout: 10_000 }).toContain('[chuckles] Hi, Katie.');
      await page.keyboard.press('Alt+k');
      await expect.poll(() => page.getByRole('button', { name: 'Play', exact: true }).count()).toBe(1);
      await screenshot(page, 'waveform-playing');
    });

    it('moves the cursor to the turn at the time clicked on the waveform', async () => {
      await page.locator('.cm-line').nth(3).locator('.cm-turn-time').click();
      // The click plays from there; paused, the clock stays put.
      await page.keyboard.press('Alt+k');
      await expect.poll(() => clock(page)).toBe('1:59');
      // The waveform scrolls to centre the playhead a frame or more after the seek.
      await expect.poll(() => playheadOffCentre(page)).toBeLessThanOrEqual(2);
      const box = (await page.locator('.waveform').boundingBox())!;
      // 50 px a second: 230 px to the playhead's right is 2:03.6, in the next turn (from 2:03).
      await page.mouse.click(box.x + box.width / 2 + 230, box.y + box.height / 2);
      await expect.poll(() => activeLine(page)).toContain('GlossGenius [chuckles] Katie is leading');
    });

    it('skips, changes speed and zooms from the keyboard', async () => {
      await page.locator('.cm-line').nth(1).locator('.cm-turn-time').click();
      // The click plays from there; paused, the clock stays put.
      await page.keyboard.press('Alt+k');
      await page.keyboard.press('Alt+l');
      await expect.poll(() => clock(page)).toBe('1:48');
      await page.keyboard.press('Alt+j');
      await page.keyboard.press('Alt+j');
      await expect.poll(() => clock(page)).toBe('1:38');
      await page.keyboard.press('Alt+]');
      await expect.poll(() => page.locator('.rate').textContent()).toBe('1.25×');
      await page.keyboard.press('Alt+[');
      await page.keyboard.press('Alt+[');
      await expect.poll(() => page.locator('.rate').textContent()).toBe('0.75×');
      const width = () => page.evaluate(() => document.querySelector('.waveform > div')?.shadowRoot?.querySelector('.wrapper')?.scrollWidth ?? 0);
      const before = await width();
      await page.keyboard.press('Alt+=');
      await expect.poll(width).toBeGreaterThan(before);
    });

    it('says so when the chosen audio is not audio, and the text keeps working', async () => {
      const fake = join(harness.dir, 'not-really.mp3');
      writeFileSync(fake, 'this is text, not sound\n'.repeat(100));
      await harness.answer({ audio: fake });
      await harness.command('file.openAudio');
      await expect.poll(() => page.getByRole('alert').textContent()).toContain('not an audio file ffmpeg can read');
      await line(page, 1).click();
      await page.keyboard.press('End');
      await page.keyboard.type(' Still editable.');
      await expect.poll(() => line(page, 1).textContent()).toContain('Still editable.');
      await screenshot(page, 'waveform-not-audio');
    });
  });

  describe('a 60-minute episode', () => {
    /** The generated audio, named as the episode's copy will be so that the harness finds it beside it; never changed by a test. */
    let audioDir: string;
    let audio: string;

    beforeAll(async () => {
      audioDir = mkdtempSync(join(tmpdir(), 'episode-e2e-audio-'));
      audio = join(audioDir, basename(seed('000')).replace(/\.txt$/, '.mp3'));
      await makeToneAudio(audio, 3600, 'mp3', { silence: { start: 600, seconds: 60 } });
    }, 120_000);
    afterAll(() => {
      if (audioDir) rmSync(audioDir, { recursive: true, force: true });
    });

    // A blank page: the tests watch the first load themselves.
    beforeEach(async () => {
      await startFreshApp({ episode: seed('000'), files: [audio], open: false, timeout: 60_000 });
    }, START_APP_TIMEOUT);

    /** Opens the page on the episode, first computing its waveform. */
    async function openComputing() {
      await page.goto(harness.url);
      await page.getByLabel('Waveform progress').waitFor();
    }

    it('finds the audio beside the episode, shows progress, then the waveform', async () => {
      await openComputing();
      await screenshot(page, 'waveform-computing');
      await page.locator('.waveform:not([hidden])').waitFor();
      expect(readdirSync(join(harness.dir, 'user-data', 'peaks-cache')).length).toBe(1);
    }, 90_000);

    it('opens it again from the cached peaks, without computing', async () => {
      await openComputing();
      await page.locator('.waveform:not([hidden])').waitFor();
      await page.addInitScript(() => {
        // Records whether the progress bar of a computation ever shows during this load.
        new MutationObserver(() => {
          if (document.querySelector('[aria-label="Waveform progress"]')) (window as unknown as { computed: boolean }).computed = true;
        }).observe(document, { childList: true, subtree: true });
      });
      await page.reload();
      await page.locator('.waveform:not([hidden])').waitFor();
      expect(await page.evaluate(() => (window as unknown as { computed?: boolean }).computed ?? false)).toBe(false);
      await page.locator('.cm-line').nth(0).locator('.cm-turn-time').click();
      await expect.poll(() => clock(page)).toBe('1:33');
      await screenshot(page, 'waveform-60-minutes');
    }, 90_000);
  });
});
