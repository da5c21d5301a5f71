import { describe, expect, it } from 'vitest';
import { knownStretch, knownTurns, unknownSpans } from '../../../../main/services/speech/known-stretch.js';
import { TextTracker } from '../../../../main/services/speech/text-tracker.js';

describe('knownStretch', () => {
  // Four turns of 100 words each, at 0, 40, 80 and 120 s; the third has no known time.
  const turns = knownTurns([0, 100, 200, 300], [0, 40, undefined, 120]);

  it('bounds a window by the last known turn starting before it and the first known after it, with slack', () => {
    expect(turns.map((t) => t.position)).toEqual([0, 100, 300]);
    expect(knownStretch(turns, 400, 50, 80)).toEqual({ from: 100, to: 320 });
    // 38 s is within the slack of 40 s: the turn at 40 s may have started before the window.
    expect(knownStretch(turns, 400, 38, 68)).toEqual({ from: 0, to: 320 });
  });

  it('leaves a window with no known turn on either side to the tracker', () => {
    expect(knownStretch(knownTurns([0, 10], [undefined, undefined]), 20, 0, 30)).toBeNull();
  });

  it('drops a known time that goes back', () => {
    expect(knownTurns([0, 10, 20], [5, 3, 9]).map((t) => t.sec)).toEqual([5, 9]);
  });
});

describe('TextTracker with known stretches', () => {
  const sequence = Array.from({ length: 2000 }, (_, k) => `w${k}`);

  it('takes a known stretch as it is, and moves back to the run found in it when lost ahead', () => {
    const tracker = new TextTracker(sequence);
    tracker.follow(sequence.slice(0, 10));
    // Known times say the window is at words 500-700, far past the tracker's place.
    const known = { from: 500, to: 700 };
    expect(tracker.stretch(known)).toEqual(known);
    tracker.follow(sequence.slice(600, 640), known);
    expect(tracker.stretch()).toEqual({ from: 600, to: 890 });
  });

  it("moves its own stretch inside a known stretch too wide to read whole", () => {
    const tracker = new TextTracker(sequence);
    expect(tracker.stretch({ from: 1000, to: 1900 })).toEqual({ from: 1000, to: 1250 });
  });
});

describe('unknownSpans', () => {
  it('spans the audio from the known turn before each run of unknown ones to the known turn after it, with slack', () => {
    expect(unknownSpans([0, 40, undefined, 120, 160, 200])).toEqual([{ from: 35, to: 125 }]);
    // Unknown at both ends: from the start, and to the end of the audio.
    expect(unknownSpans([undefined, 60, 90, 300, undefined])).toEqual([
      { from: 0, to: 65 },
      { from: 295, to: Infinity },
    ]);
  });

  it('joins spans that meet', () => {
    expect(unknownSpans([0, undefined, 20, undefined, 30])).toEqual([{ from: 0, to: 35 }]);
  });

  it('is all the audio (null) when no turn is known, or every turn is: those times are there to be checked', () => {
    expect(unknownSpans([undefined, undefined])).toBeNull();
    expect(unknownSpans([0, 10, 20])).toBeNull();
  });
});
