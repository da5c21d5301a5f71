import { describe, expect, it } from 'vitest';
import { MIN_WAVE_HEIGHT, waveHeightFor } from '../../../renderer/src/waveform/follow-height.js';

describe('the waveform height for its container', () => {
  it('is the container less what lies below the drawing', () => {
    expect(waveHeightFor(160, 18)).toBe(142);
    expect(waveHeightFor(310.4, 18)).toBe(292);
  });

  it('keeps a least height in a short container, and none while it is hidden', () => {
    expect(waveHeightFor(40, 18)).toBe(MIN_WAVE_HEIGHT);
    expect(waveHeightFor(0, 18)).toBeUndefined();
  });
});
