import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeToneAudio } from '../support/audio.js';
import type { Page } from 'playwright-core';
import { fixture, seed } from '../support/paths.js';
import { appPerTest } from './support/app.js';
import { HAS_CHROMIUM, screenshot } from './support/browser.js';

const line = (page: Page, index: number) => page.locator('.cm-line').nth(index);
const activeLine = (page: Page) => page.evaluate(() => document.querySelector('.cm-activeLine')?.textContent ?? '');
const clock = (page: Page) => page.locator('.clock').textContent();
const playing = (page: Page) => page.getByRole('button', { name: 'Pause', exact: true }).count().then((n) => n === 1);
/** How far the waveform is scrolled, in pixels. */
const waveformScroll = (page: Page) => page.evaluate(() => document.querySelector('.waveform > div')?.shadowRoot?.querySelector('.scroll')?.scrollLeft ?? -1);
/** Notes when the waveform is next hidden (its audio unloaded for another), for `shownAgainFromStart`. */
const watchUnload = (page: Page) =>
  page.evaluate(() => {
    const waveform = document.querySelector<HTMLElement>('.waveform')!;
    const seen = window as unknown as { waveformHidden: boolean };
    seen.waveformHidden = false;
    new MutationObserver(() => (seen.waveformHidden ||= waveform.hidden)).observe(waveform, { attributes: true, attributeFilter: ['hidden'] });
  });
/** True once the waveform, hidden since `watchUnload`, shows again with its playhead at the start: the newly opened episode's own audio. */
const shownAgainFromStart = (page: Page) =>
  page.evaluate(() => {
    const waveform = document.querySelector<HTMLElement>('.waveform')!;
    const seen = window as unknown as { waveformHidden: boolean };
    return seen.waveformHidden && !waveform.hidden && document.querySelector('.clock')?.textContent === '0:00';
  });
const selectedText = (page: Page) => page.evaluate(() => window.getSelection()?.toString() ?? '');

describe.skipIf(!HAS_CHROMIUM)('everyday editing in Chromium', () => {
  const apps = appPerTest();
  let audioDir: string;
  /** Two episodes (copies of seed 000), each with a 5-minute tone beside it: first.md, first.ogg, second.md, second.ogg. */
  let files: string[];
  beforeAll(async () => {
    audioDir = mkdtempSync(join(tmpdir(), 'episode-e2e-everyday-'));
    files = [];
    for (const name of ['first', 'second']) {
      copyFileSync(seed('000'), join(audioDir, `${name}.md`));
      files.push(join(audioDir, `${name}.md`), await makeToneAudio(join(audioDir, `${name}.ogg`), 300, 'ogg'));
    }
  }, 60_000);
  afterAll(() => {
    if (audioDir) rmSync(audioDir, { recursive: true, force: true });
  });

  it('F8 and Shift+F8 move the cursor to a problem without selecting its turn, so typing inserts', async () => {
    const { page } = await apps.start({ episode: fixture('episodes/defects.md') });
    await page.locator('.cm-lint-marker').first().waitFor();
    await line(page, 2).click();
    await page.keyboard.press('Home');
    await page.keyboard.press('F8');
    // The next problem after "Hello and welcome…" is Jane's unquoted time, "Thanks for having me."
    await expect.poll(() => activeLine(page)).toContain('Thanks for having me.');
    expect(await selectedText(page)).toBe('');
    await page.keyboard.type('Oh, ');
    await expect.poll(() => activeLine(page)).toContain('Oh, Thanks for having me.');
    // Back to the problem before it (the run of headers at the top), then on past Jane's again.
    await page.keyboard.press('Shift+F8');
    await expect.poll(() => activeLine(page)).toBe('Intro');
    expect(await selectedText(page)).toBe('');
    await page.keyboard.press('F8');
    await expect.poll(() => activeLine(page)).toContain('Oh, Thanks for having me.');
    await page.keyboard.press('F8');
    await expect.poll(() => activeLine(page)).toContain('So tell us about yourself.');
    expect(await selectedText(page)).toBe('');
    await screenshot(page, 'everyday-f8');
  });

  it('Replace opens with the focus in Find when Find is empty, and in Replace once it has a word', async () => {
    const { page } = await apps.start({ episode: seed('000') });
    await line(page, 1).click();
    await page.keyboard.press('Control+Alt+f');
    const find = page.locator('.cm-search input[name=search]');
    await find.waitFor();
    await expect.poll(() => find.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('Katie');
    await page.keyboard.press('Control+Alt+f');
    const replace = page.locator('.cm-search input[name=replace]');
    await expect.poll(() => replace.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('Kate');
    expect(await find.inputValue()).toBe('Katie');
    await screenshot(page, 'everyday-replace');
  });

  it('labels the waveform’s timeline with clock times (0:10, 1:00), not seconds', async () => {
    const { page } = await apps.start({});
    await page.locator('.waveform:not([hidden])').waitFor();
    const labels = page.locator('.waveform [part~="timeline-notch-primary"], .waveform [part~="timeline-notch-secondary"]');
    await expect.poll(() => labels.count(), { timeout: 10_000 }).toBeGreaterThan(2);
    const texts = await labels.allTextContents();
    expect(texts.slice(0, 3)).toEqual(['0:00', '0:05', '0:10']);
    for (const text of texts) expect(text).toMatch(/^\d+:\d\d$/);
    // Zoomed out, the marks reach a minute: `1:00`, where wavesurfer's own labels said `60`.
    for (let i = 0; i < 3; i++) await page.keyboard.press('Alt+-');
    await expect.poll(() => labels.allTextContents()).toContain('1:00');
    await screenshot(page, 'everyday-timeline');
  });

  it('shows talk-time shares that add up: <1% for a speaker with a second, 99% beside it, not 100% and 0%', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'episode-shares-'));
    const episode = join(dir, 'shares.md');
    const turn = (sec: number, text: string, who?: string) =>
      `- line: ${text}\n  sec: ${sec}\n  time: '${Math.floor(sec / 60)}:${String(sec % 60).padStart(2, '0')}'\n${who ? `  who: ${who}\n` : ''}`;
    writeFileSync(episode, `---\ntitle: Shares\ntranscript:\n${turn(0, 'Welcome.')}${turn(10, 'Hi.', 'Johanna')}${turn(11, 'So.')}${turn(1200, 'Bye.')}---\n`);
    const { page } = await apps.start({ episode });
    const share = (who: string) => page.locator('.talk-time li', { hasText: who }).locator('.talk-share');
    await expect.poll(() => share('Johanna').innerText()).toBe('<1%');
    expect(await share('(no speaker)').innerText()).toBe('99%');
    await screenshot(page, 'everyday-shares');
  });

  it('plays from a turn’s time when it is clicked, paused or playing, as its tooltip says', async () => {
    const { page } = await apps.start({ episode: files[0], files: [files[1]!] });
    await page.locator('.waveform:not([hidden])').waitFor();
    expect(await line(page, 1).locator('.cm-turn-time').getAttribute('title')).toContain('Play from here (click)');
    // Paused: a click plays from there.
    await line(page, 1).locator('.cm-turn-time').click();
    await expect.poll(() => playing(page)).toBe(true);
    await expect.poll(() => clock(page)).toMatch(/^1:4[3-9]$/);
    // Playing: a click on another turn's time plays from that one.
    await line(page, 3).locator('.cm-turn-time').click();
    await expect.poll(() => clock(page)).toMatch(/^(1:59|2:0\d)$/);
    expect(await playing(page)).toBe(true);
    await screenshot(page, 'everyday-time-click-plays');
    await page.keyboard.press('Alt+k');
    await expect.poll(() => playing(page)).toBe(false);
  });

  it('shows the next episode’s waveform from its beginning, not where the last one was scrolled', async () => {
    const { page, harness } = await apps.start({ episode: files[0], files: files.slice(1) });
    await page.locator('.waveform:not([hidden])').waitFor();
    // Playing the first episode well into its audio, then opening the second.
    await line(page, 3).locator('.cm-turn-time').click();
    await expect.poll(() => waveformScroll(page)).toBeGreaterThan(1000);
    await watchUnload(page);
    await harness.answer({ open: join(harness.dir, 'second.md') });
    await harness.command('file.open');
    await expect.poll(() => page.title()).toContain('second.md');
    // Main looks for the audio, then computes its peaks: till then the first episode's waveform shows, then none.
    await expect.poll(() => shownAgainFromStart(page), { timeout: 20_000 }).toBe(true);
    await expect.poll(() => waveformScroll(page)).toBe(0);
    await screenshot(page, 'everyday-next-episode-waveform');
    // Back to the first, whose peaks are cached now (a quicker load), from a zoomed-in second.
    await page.keyboard.press('Alt+=');
    await line(page, 5).locator('.cm-turn-time').click();
    await expect.poll(() => waveformScroll(page)).toBeGreaterThan(1000);
    await watchUnload(page);
    await harness.answer({ open: join(harness.dir, 'first.md') });
    await harness.command('file.open');
    await expect.poll(() => page.title()).toMatch(/^first\.md/);
    await expect.poll(() => shownAgainFromStart(page), { timeout: 20_000 }).toBe(true);
    await expect.poll(() => waveformScroll(page)).toBe(0);
  });

  it('opens audio for a new, unsaved episode, and the audio follows it through Save As to another folder', async () => {
    const { page, harness } = await apps.start({ episode: seed('000') });
    await page.keyboard.press('Control+n');
    await expect.poll(() => page.title()).toMatch(/Untitled|New/i);
    await harness.answer({ audio: files[1]! });
    await page.getByRole('button', { name: 'Open Audio…' }).click();
    await expect.poll(() => page.locator('.waveform:not([hidden]) canvas').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await screenshot(page, 'everyday-new-episode-audio');
    // Save As into a folder of its own: no audio beside it there, and the waveform stays.
    const elsewhere = join(mkdtempSync(join(tmpdir(), 'episode-e2e-elsewhere-')), 'new-episode.md');
    try {
      await harness.answer({ save: elsewhere });
      await harness.command('file.saveAs');
      await expect.poll(() => page.title()).toMatch(/^new-episode\.md/);
      await page.waitForTimeout(500);
      expect(await page.locator('.waveform:not([hidden]) canvas').count()).toBeGreaterThan(0);
      // Another episode, then this one again: its audio is remembered for its new place.
      await harness.answer({ open: harness.episode! });
      await harness.command('file.open');
      await expect.poll(() => page.getByRole('button', { name: 'Open Audio…' }).count()).toBe(1);
      await harness.answer({ open: elsewhere });
      await harness.command('file.open');
      await expect.poll(() => page.title()).toMatch(/^new-episode\.md/);
      await expect.poll(() => page.locator('.waveform:not([hidden]) canvas').count(), { timeout: 10_000 }).toBeGreaterThan(0);
      await expect.poll(() => page.getByRole('button', { name: 'Open Audio…' }).count()).toBe(0);
    } finally {
      rmSync(dirname(elsewhere), { recursive: true, force: true });
    }
  });

  it('heads the problems panel with each kind of problem and its count; a click shows only that kind, and F8 steps through it', async () => {
    const { page } = await apps.start({ episode: fixture('episodes/defects.md') });
    await page.locator('.cm-lint-marker').first().waitFor();
    await line(page, 2).click();
    await page.keyboard.press('Control+Shift+M');
    const kinds = page.getByLabel('Problems by kind');
    await expect.poll(() => kinds.locator('button').count()).toBeGreaterThan(3);
    // All, then errors first; each kind with how many there are.
    const [all, ...texts] = await kinds.locator('button').allInnerTexts();
    expect(texts).toContain('Unquoted times 2');
    expect(texts.every((t) => /^\D+ \d+$/.test(t))).toBe(true);
    const total = texts.reduce((sum, t) => sum + Number(t.split(' ').at(-1)), 0);
    expect(total).toBe(await page.locator('.cm-panel-lint [role=option]').count());
    expect(all).toBe(`All ${total}`);
    await screenshot(page, 'everyday-problem-kinds');
    await kinds.getByRole('button', { name: 'Unquoted times 2' }).click();
    await expect.poll(() => page.locator('.cm-panel-lint [role=option]').count()).toBe(2);
    await page.keyboard.press('F8');
    await expect.poll(() => activeLine(page)).toContain('Thanks for having me.');
    await page.keyboard.press('F8');
    await expect.poll(() => activeLine(page)).toContain('Another one.');
    expect(await selectedText(page)).toBe('');
    // The counts follow the edits: the empty paragraph, filled in, is a kind fewer.
    expect(texts).toContain('Empty paragraphs 1');
    await line(page, 6).click();
    await page.keyboard.type('Hm.');
    await expect.poll(() => kinds.locator('button').allInnerTexts()).not.toContain('Empty paragraphs 1');
    expect(await kinds.locator('button').allInnerTexts()).toContain('Unquoted times 2');
  });
});
