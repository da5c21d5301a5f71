/**
 * The waveform with a 60-minute file in Chromium through the harness: time until the waveform shows
 * when its peaks are cached (the second open), and the renderer's JS heap with it open.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { startHarness } from '../e2e/support/harness.js';
import { makeToneAudio } from '../support/audio.js';
import { seed } from '../support/paths.js';
import { mb } from './measure.js';

/** Opens the seed episode with a 60-minute audio twice; reports the cached open. */
export async function benchWaveform(browser: Browser): Promise<string[]> {
  const harness = await startHarness({ episode: seed('000') });
  try {
    const episode = readdirSync(harness.dir).find((f) => f.endsWith('.md'))!;
    await makeToneAudio(join(harness.dir, episode.replace(/\.md$/, '.mp3')), 3600, 'mp3', { quality: 'podcast' });
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.setDefaultTimeout(120_000);
    await page.addInitScript(() => {
      // Marks when the waveform pane turns visible, relative to navigation start.
      new MutationObserver((_changes, observer) => {
        if (!document.querySelector('.waveform:not([hidden])')) return;
        (window as unknown as { waveformAt: number }).waveformAt = performance.now();
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true, attributes: true });
    });
    await page.goto(harness.url);
    await page.locator('.waveform:not([hidden])').waitFor();
    const coldAt = await page.evaluate(() => (window as unknown as { waveformAt: number }).waveformAt);
    const cachedAt: number[] = [];
    for (let i = 0; i < 3; i++) {
      await page.reload();
      await page.locator('.waveform:not([hidden])').waitFor();
      cachedAt.push(await page.evaluate(() => (window as unknown as { waveformAt: number }).waveformAt));
    }
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('Performance.enable');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? 0;
    await page.close();
    return [
      'waveform, 60-minute 128 kbps MP3 beside the seed episode (harness, Chromium)',
      `  first open (peaks computed)   ${(coldAt / 1000).toFixed(2)} s from navigation start`,
      `  cached opens                  ${cachedAt.map((t) => `${t.toFixed(0)} ms`).join(', ')} from navigation start (aim: < 300 ms)`,
      `  renderer JS heap              ${mb(metric('JSHeapUsedSize'))} used of ${mb(metric('JSHeapTotalSize'))}, ${metric('Nodes')} DOM nodes (aim: renderer < 400 MB)`,
    ];
  } finally {
    await harness.stop();
  }
}
