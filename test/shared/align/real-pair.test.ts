import { describe, expect, it } from 'vitest';
import { alignToCaptions } from '../../../shared/align/index.js';
import { captions, published, publishedSec, startErrors, stripped, turnStarts, within } from './support.js';

describe('alignment of the real pair (seeds/001 captions, the anniversary episode)', () => {
  it('puts the published turn starts back from the captions: all 106 within 2 s, at least 95% within 1 s', () => {
    const started = performance.now();
    const alignment = alignToCaptions(stripped(published), captions);
    const ms = performance.now() - started;
    const starts = turnStarts(published);
    const errors = startErrors(alignment, stripped(published), starts, publishedSec);
    const pct = (n: number) => `${((100 * n) / starts.length).toFixed(1)}%`;
    const { summary } = alignment;
    console.log(
      `real pair: ${starts.length} turn starts; ${within(errors, 1)} (${pct(within(errors, 1))}) within 1 s, ` +
        `${within(errors, 2)} (${pct(within(errors, 2))}) within 2 s, worst ${Math.max(...errors)} s; ` +
        `${summary.matched}/${summary.turns} turns matched, ${summary.estimated} estimated; ` +
        `${summary.matchedWords}/${summary.textWords} text words matched to ${summary.captionWords} caption words; ${ms.toFixed(0)} ms`,
    );
    expect(starts.length).toBe(106);
    expect(within(errors, 1)).toBeGreaterThanOrEqual(Math.ceil(0.95 * starts.length));
    expect(within(errors, 2)).toBe(starts.length);
    expect(alignment.shift).toBeNull();
  });

  it('finds no shift and moves few turns on the published episode itself', () => {
    const alignment = alignToCaptions(published, captions);
    expect(alignment.shift).toBeNull();
    expect(alignment.summary.turns).toBe(135);
    expect(alignment.summary.medianMoveSec).toBeLessThanOrEqual(2);
  });
});
