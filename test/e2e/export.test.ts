import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seed } from '../support/paths.js';
import { appPerTest, START_APP_TIMEOUT } from './support/app.js';
import { HAS_CHROMIUM, screenshot } from './support/browser.js';

/** The start and end of each cue of an SRT file, in seconds. */
function cueTimes(srt: string): [number, number][] {
  const sec = (t: string) => t.split(/[:,]/).map(Number).reduce((total, n, i) => (i < 3 ? total * 60 + n : total + n / 1000), 0);
  return [...srt.matchAll(/^(\d\d:\d\d:\d\d,\d{3}) --> (\d\d:\d\d:\d\d,\d{3})$/gm)].map((m) => [sec(m[1]!), sec(m[2]!)]);
}

describe.skipIf(!HAS_CHROMIUM)('export from the app, in the harness', () => {
  const apps = appPerTest();

  it('exports subtitles with a preview, then Export Again writes them once more without asking', async () => {
    const { page, harness } = await apps.start({ episode: seed('000') });
    const episodeBefore = readFileSync(harness.episode!, 'utf8');
    await page.keyboard.press('Control+e');
    const dialog = page.getByRole('dialog', { name: 'Export' });
    await dialog.getByLabel('Format').selectOption('srt');
    await dialog.getByText('Speaker name before each turn').click();
    await expect.poll(() => dialog.locator('.export-preview').textContent()).toMatch(/^1\n00:01:33,000 --> [\d:,]+\nAlexey: This week/);
    await screenshot(page, 'export-dialog');
    const target = join(harness.dir, 'episode.srt');
    await harness.answer({ save: target });
    await dialog.getByRole('button', { name: 'Export…' }).click();
    await page.locator('.status-notice', { hasText: 'Exported episode.srt' }).waitFor();
    const srt = readFileSync(target, 'utf8');
    const cues = cueTimes(srt);
    expect(cues.length).toBeGreaterThan(140);
    cues.forEach(([start, end], i) => {
      expect(end).toBeGreaterThan(start);
      if (i > 0) expect(start).toBeGreaterThanOrEqual(cues[i - 1]![1]);
    });
    expect(readFileSync(harness.episode!, 'utf8')).toBe(episodeBefore);
    writeFileSync(target, 'stale');
    await page.locator('.cm-line').nth(1).click();
    await page.keyboard.press('Control+Shift+E');
    await expect.poll(() => readFileSync(target, 'utf8')).toBe(srt);
  });
}, START_APP_TIMEOUT * 2);
