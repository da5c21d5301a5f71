import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seed } from '../support/paths.js';
import { seedTone } from './support/seed-tone.js';
import { appPerTest } from './support/app.js';
import { HAS_CHROMIUM, loadApp, screenshot } from './support/browser.js';

/** Where the waveform's parts are drawn, from wavesurfer's shadow DOM: what the user sees line up. */
interface Drawing {
  readonly hosts: number;
  readonly pane: number;
  readonly container: { top: number; bottom: number };
  readonly canvas: { top: number; height: number };
  readonly timeline: { top: number; bottom: number };
  readonly region: { left: number; top: number; bottom: number };
}

const drawing = (page: Page): Promise<Drawing> =>
  page.evaluate(() => {
    const box = (el: Element | null | undefined) => {
      if (!el) throw new Error('a part of the waveform is missing');
      return el.getBoundingClientRect();
    };
    const container = document.querySelector('.waveform')!;
    const shadow = container.firstElementChild!.shadowRoot!;
    const canvas = box(shadow.querySelector('canvas'));
    const timeline = box(shadow.querySelector('[part="timeline"]'));
    const region = box(shadow.querySelector('[part~="turn-1"]'));
    return {
      hosts: container.childElementCount,
      pane: box(document.querySelector('.waveform-pane')).height,
      container: { top: box(container).top, bottom: box(container).bottom },
      canvas: { top: canvas.top, height: canvas.height },
      timeline: { top: timeline.top, bottom: timeline.bottom },
      region: { left: region.left, top: region.top, bottom: region.bottom },
    };
  });

/** Marks wavesurfer's element, to tell afterwards whether it is still the same one. */
const markHost = (page: Page) => page.evaluate(() => ((document.querySelector('.waveform > div') as HTMLElement).dataset['probe'] = 'first'));
const sameHost = (page: Page) => page.evaluate(() => (document.querySelector('.waveform > div') as HTMLElement).dataset['probe'] === 'first');

/** Plays from the second turn's time (1:43) and pauses there, its region in view: a reloaded audio would start again at 0:00. */
async function toSecondTurn(page: Page): Promise<void> {
  await page.locator('.waveform:not([hidden])').waitFor();
  await page.locator('.cm-line').nth(1).locator('.cm-turn-time').click();
  await page.keyboard.press('Alt+k');
  await expect.poll(() => page.locator('.clock').textContent()).toBe('1:43');
  await page.locator('[part~="turn-1"]').waitFor();
}

/** Drags the split handle by `dy` pixels, in steps as a hand does. */
async function dragSplit(page: Page, dy: number): Promise<void> {
  const box = (await page.getByRole('separator', { name: 'Resize the audio pane' }).boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2 + dy, { steps: 8 });
  await page.mouse.up();
}

/** The drawing, the turn regions over it and the timeline under it line up, filling the container. */
function expectAligned(d: Drawing): void {
  expect(d.hosts).toBe(1);
  expect(Math.abs(d.canvas.top - d.region.top)).toBeLessThanOrEqual(1);
  expect(Math.abs(d.canvas.top + d.canvas.height - d.timeline.top)).toBeLessThanOrEqual(1);
  expect(Math.abs(d.region.bottom - d.timeline.bottom)).toBeLessThanOrEqual(1);
  // Nothing below the container is covered: the timeline and the scroll bar fit in it.
  expect(d.timeline.bottom).toBeLessThanOrEqual(d.container.bottom + 1);
}

describe.skipIf(!HAS_CHROMIUM)('the waveform follows the audio pane’s height', () => {
  const apps = appPerTest();
  const tone = seedTone();

  it('draws the waveform taller or shorter as the split is dragged, in the same wavesurfer, and at the next start', async () => {
    const { page } = await apps.start({ episode: seed('000'), files: [tone.path()] });
    await toSecondTurn(page);
    await markHost(page);
    const before = await drawing(page);
    expectAligned(before);
    await screenshot(page, 'waveform-height-default');

    await dragSplit(page, 150);
    await expect.poll(async () => (await drawing(page)).pane).toBe(before.pane + 150);
    await expect.poll(async () => (await drawing(page)).canvas.height).toBe(before.canvas.height + 150);
    const taller = await drawing(page);
    expectAligned(taller);
    // The same wavesurfer, its audio not reloaded, the turn where it was along the time axis.
    expect(await sameHost(page)).toBe(true);
    expect(await page.locator('.clock').textContent()).toBe('1:43');
    expect(Math.abs(taller.region.left - before.region.left)).toBeLessThanOrEqual(1);
    await screenshot(page, 'waveform-height-taller');

    // As short as the split goes: the drawing keeps a readable least height, its timeline still below it.
    const least = Number(await page.getByRole('separator', { name: 'Resize the audio pane' }).getAttribute('aria-valuemin'));
    await dragSplit(page, -1000);
    await expect.poll(async () => (await drawing(page)).pane).toBe(least);
    await expect.poll(async () => (await drawing(page)).canvas.height).toBeLessThan(before.canvas.height);
    const shortest = await drawing(page);
    expect(shortest.canvas.height).toBeGreaterThanOrEqual(48);
    expectAligned(shortest);
    expect(await sameHost(page)).toBe(true);
    expect(await page.locator('.clock').textContent()).toBe('1:43');
    await screenshot(page, 'waveform-height-shortest');

    // Taller again, then a reload: the height restored from settings is drawn at once.
    await dragSplit(page, 180);
    await expect.poll(async () => (await drawing(page)).pane).toBe(least + 180);
    // The drawing follows the pane a frame or more later: wait for its height, the pane's less what sits around it.
    const restoredHeight = before.canvas.height + (least + 180 - before.pane);
    await expect.poll(async () => (await drawing(page)).canvas.height).toBe(restoredHeight);
    await page.reload();
    await loadApp(page, page.url());
    await toSecondTurn(page);
    await expect.poll(async () => (await drawing(page)).canvas.height).toBe(restoredHeight);
    expectAligned(await drawing(page));
    await screenshot(page, 'waveform-height-restored');
  });
});
