import type { Browser } from 'playwright-core';
import { EDITABLE_TRANSCRIPT, launchBrowser } from '../e2e/support/browser.js';
import { startHarness } from '../e2e/support/harness.js';
import { formatTiming, mb, summarise } from './measure.js';

const KEYSTROKES = 200;

/** Opens an episode in the harness in Chromium: time until turns show, keystroke latency, renderer memory. */
export async function benchEditor(name: string, episodePath: string, browser?: Browser): Promise<string[]> {
  const harness = await startHarness({ episode: episodePath });
  const ownBrowser = browser ?? (await launchBrowser());
  try {
    const page = await ownBrowser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.addInitScript(() => {
      // Marks the moment the first turn head is in the DOM, relative to navigation start.
      new MutationObserver((_changes, observer) => {
        if (!document.querySelector('.cm-turn-who')) return;
        (window as unknown as { firstTurnsAt: number }).firstTurnsAt = performance.now();
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(harness.url);
    await page.locator('.cm-turn-who').first().waitFor();
    const visibleAt = await page.evaluate(() => (window as unknown as { firstTurnsAt: number }).firstTurnsAt);
    await page.locator(EDITABLE_TRANSCRIPT).waitFor();

    await page.locator('.cm-line').nth(3).click();
    await page.evaluate(() => {
      // Two latencies per keystroke: from keydown until the editor has changed its DOM (the work of
      // the keystroke), and until the frame after it (what the eye sees; a 60 Hz frame is 16.7 ms).
      const w = window as unknown as { latencies: number[]; updates: number[] };
      w.latencies = [];
      w.updates = [];
      let start = 0;
      let pending = false;
      new MutationObserver(() => {
        if (!pending) return;
        pending = false;
        w.updates.push(performance.now() - start);
      }).observe(document.querySelector('.cm-content')!, { childList: true, subtree: true, characterData: true });
      document.addEventListener('keydown', () => {
        start = performance.now();
        pending = true;
        const keyStart = start;
        requestAnimationFrame(() => setTimeout(() => w.latencies.push(performance.now() - keyStart), 0));
      }, true);
    });
    for (let i = 0; i < KEYSTROKES; i++) await page.keyboard.type(i % 20 === 19 ? ' ' : 'x', { delay: 10 });
    await page.waitForFunction((n) => (window as unknown as { latencies: number[] }).latencies.length >= n, KEYSTROKES);
    const { latencies, updates } = await page.evaluate(() => {
      const w = window as unknown as { latencies: number[]; updates: number[] };
      return { latencies: w.latencies, updates: w.updates };
    });

    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
    await page.close();
    return [
      `${name} in the editor (harness, Chromium)`,
      `  turns visible after ${visibleAt.toFixed(0)} ms from navigation start (aim: < 300 ms)`,
      `  keystroke to DOM updated   ${formatTiming(summarise(updates))}`,
      `  keystroke to next frame    ${formatTiming(summarise(latencies))} over ${KEYSTROKES} keys (aim: p95 < 16 ms)`,
      `  renderer JS heap ${mb(heap)}`,
    ];
  } finally {
    if (!browser) await ownBrowser.close();
    await harness.stop();
  }
}
