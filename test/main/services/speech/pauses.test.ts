import { describe, expect, it } from 'vitest';
import { snapToPause } from '../../../../shared/align/pauses.js';

describe('snapToPause', () => {
  // Recognised words' starts: a turn ends at 10.5, the next starts at 14 after a pause, a longer pause at 15.5-20.
  const words = [9, 9.5, 10, 10.5, 14, 14.3, 14.6, 15, 15.5, 20, 20.4];

  it('moves an estimated start to the end of the longest pause near it, within the turns around it', () => {
    expect(snapToPause(12, 'interpolated', words)).toBe(20);
    // The pause ending at 20 is longer, but the next matched turn starts at 20.4: it is that turn's.
    expect(snapToPause(12, 'interpolated', words, 9, 20.4)).toBe(14);
    // A pause ending within a second of the previous turn's start is before that turn.
    expect(snapToPause(14.3, 'interpolated', words, 13.5, 20.4)).toBe(14.3);
  });

  it('moves a matched start only over a pause just after its first words, when none is before it', () => {
    // Matched on the previous turn's last word (10.5): the pause after it is the change of turn.
    expect(snapToPause(10.5, 'matched', words)).toBe(14);
    // Already after a pause: stays.
    expect(snapToPause(14, 'matched', words)).toBe(14);
    expect(snapToPause(9.5, 'matched', words)).toBe(9.5);
  });

  it('leaves a start alone with no pause of 1.5 s, and repeats always', () => {
    expect(snapToPause(1, 'interpolated', [0, 0.5, 1, 1.5, 2.5])).toBe(1);
    expect(snapToPause(12, 'repeat', words)).toBe(12);
  });
});
