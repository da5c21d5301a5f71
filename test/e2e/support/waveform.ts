import type { Page } from 'playwright-core';

/** How far the playhead is drawn from the middle of the waveform, in pixels: 0 once the waveform has scrolled to centre it after a seek. */
export const playheadOffCentre = (page: Page): Promise<number> =>
  page.evaluate(() => {
    const shadow = document.querySelector('.waveform > div')!.shadowRoot!;
    const cursor = shadow.querySelector('[part="cursor"]')!.getBoundingClientRect();
    const scroll = shadow.querySelector('[part="scroll"]')!.getBoundingClientRect();
    return Math.abs(cursor.left + cursor.width / 2 - (scroll.left + scroll.width / 2));
  });
