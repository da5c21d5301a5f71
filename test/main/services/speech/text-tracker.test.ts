import { describe, expect, it } from 'vitest';
import { TextTracker } from '../../../../main/services/speech/text-tracker.js';

describe('TextTracker', () => {
  const sequence = Array.from({ length: 3000 }, (_, k) => `w${k}`);
  const said = (from: number, to: number) => sequence.slice(from, to);

  it('follows sure runs of the text through one stretch', () => {
    const tracker = new TextTracker(sequence);
    tracker.follow(said(0, 60));
    expect(tracker.stretches()).toEqual([{ from: 20, to: 310 }]);
  });

  it('is not moved far by a weak run (a few words after a long pause), and keeps the place it was sure of', () => {
    const tracker = new TextTracker(sequence);
    tracker.follow(said(0, 60));
    tracker.follow(['x', ...said(250, 254), 'y']);
    // It stays at 60 and looks further ahead next time, around the place first.
    expect(tracker.stretches()).toEqual([{ from: 20, to: 310 }, { from: 20, to: 460 }]);
  });

  it('skips text not in the audio once a sure run past it is found', () => {
    const tracker = new TextTracker(sequence);
    tracker.follow(said(0, 60));
    // Windows of audio the stretch does not hold (the text from 60 to 400 was cut).
    tracker.follow(['x', 'y']);
    tracker.follow(['x', 'y']);
    const wide = tracker.stretches().at(-1)!;
    expect(wide.to).toBeGreaterThan(460);
    tracker.follow(said(400, 460), wide);
    expect(tracker.stretches()).toEqual([{ from: 420, to: 710 }]);
  });

  it('comes back from weak runs that led it ahead of the audio', () => {
    const tracker = new TextTracker(sequence);
    tracker.follow(said(0, 60));
    // Garbage that happens to hold short runs just ahead: weak moves, each a little further.
    tracker.follow(['x', ...said(150, 153), 'y']);
    tracker.follow(['x', ...said(280, 283), 'y']);
    const [near, wide] = tracker.stretches();
    expect(near!.from).toBeGreaterThan(100);
    // The wide stretch reaches back to the last sure place, where the audio really is.
    expect(wide!.from).toBe(20);
    tracker.follow(said(60, 120), wide);
    expect(tracker.stretches()[0]).toEqual({ from: 80, to: 370 });
  });
});
