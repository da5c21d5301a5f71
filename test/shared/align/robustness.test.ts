import { describe, expect, it } from 'vitest';
import { alignToCaptions, applyAlignment, undoShift, type CaptionWord } from '../../../shared/align/index.js';
import { formatTime, type TranscriptItem, type Turn } from '../../../shared/episode/index.js';
import { captions, published, publishedSec, startErrors, stripped, turnStarts, within } from './support.js';

const starts = turnStarts(published);

describe('alignment robustness, on the real pair', () => {
  it('interpolates the turns of a stretch missing from the captions, and the rest stays right', () => {
    const gapped = captions.filter((c) => c.sec < 1200 || c.sec >= 1500);
    const alignment = alignToCaptions(stripped(published), gapped);
    const inside = starts.filter((k) => publishedSec(k) > 1205 && publishedSec(k) < 1495);
    const outside = starts.filter((k) => !inside.includes(k));
    expect(inside.length).toBeGreaterThan(3);
    const errors = startErrors(alignment, stripped(published), outside, publishedSec);
    expect(within(errors, 2)).toBeGreaterThanOrEqual(outside.length - 2);
    const byIndex = new Map(alignment.turns.map((t) => [t.index, t]));
    for (const k of inside) {
      const t = byIndex.get(k)!;
      expect(t.estimated).toBe(true);
      expect(t.sec).toBeGreaterThanOrEqual(1195);
      expect(t.sec).toBeLessThanOrEqual(1505);
    }
    // Starts never go back.
    const secs = alignment.turns.map((t) => t.sec);
    expect(secs).toEqual([...secs].sort((x, y) => x - y));
  });

  it('gives a paragraph pasted twice its twin’s time and keeps every other start', () => {
    const twice: TranscriptItem[] = [];
    const copies = new Map<number, number>();
    published.forEach((item, k) => {
      twice.push(item);
      if (item.kind === 'turn' && [10, 40, 90].includes(k)) {
        copies.set(twice.length, twice.length - 1);
        const { sec: _s, time: _t, origin: _o, ...copy } = item;
        twice.push(copy);
      }
    });
    const want = (k: number) => (twice[k] as Turn).sec!;
    const alignment = alignToCaptions(stripped(twice), captions);
    const errors = startErrors(alignment, stripped(twice), turnStarts(twice), want);
    expect(within(errors, 1)).toBeGreaterThanOrEqual(101);
    const byIndex = new Map(alignment.turns.map((t) => [t.index, t]));
    for (const [copy, original] of copies) {
      expect(byIndex.get(copy)).toMatchObject({ how: 'repeat', estimated: true, sec: byIndex.get(original)!.sec });
    }
    // In the timed episode the copies have no time, and keep none.
    const timed = alignToCaptions(twice, captions);
    for (const copy of copies.keys()) expect(timed.turns.some((t) => t.index === copy)).toBe(false);
  });

  it('is not derailed by times going back in the episode', () => {
    const scrambled = published.map((item, k) => (item.kind === 'turn' && k % 17 === 5 ? { ...item, sec: 10 } : item));
    const alignment = alignToCaptions(scrambled, captions);
    const errors = startErrors(alignment, scrambled, starts, publishedSec);
    expect(within(errors, 2)).toBeGreaterThanOrEqual(104);
  });

  it('detects a constant offset (captions 12 s later) and undoes it', () => {
    const later: CaptionWord[] = captions.map((c) => ({ ...c, sec: c.sec + 12 }));
    const alignment = alignToCaptions(published, later);
    expect(alignment.shift).toEqual({ kind: 'offset', seconds: 12 });
    expect(alignment.summary.medianMoveSec).toBeGreaterThanOrEqual(11);
    const undone = undoShift(alignment);
    expect(undone.shiftUndone).toBe(true);
    expect(undone.summary.medianMoveSec).toBeLessThanOrEqual(1);
    const errors = startErrors(undone, published, starts, publishedSec);
    expect(within(errors, 2)).toBeGreaterThanOrEqual(105);
  });

  it('detects a cut (20 s added to the captions at 30:00) and undoes it', () => {
    const cut: CaptionWord[] = captions.map((c) => (c.sec >= 1800 ? { ...c, sec: c.sec + 20 } : c));
    const alignment = alignToCaptions(published, cut);
    expect(alignment.shift).toMatchObject({ kind: 'cut', before: 0, seconds: 20 });
    // The cut is at the first turn starting after 30:00 (31:31; the turn before starts at 29:57).
    const first = published.findIndex((item) => item.kind === 'turn' && item.sec !== undefined && item.sec >= 1800);
    expect(alignment.shift).toMatchObject({ atIndex: first, atSec: 1891 });
    const errors = startErrors(undoShift(alignment), published, starts, publishedSec);
    expect(within(errors, 2)).toBeGreaterThanOrEqual(104);
  });

  it('passes through unchanged items as the same objects, and flags the estimated ones', () => {
    const alignment = alignToCaptions(published, captions);
    const aligned = applyAlignment(published, alignment);
    const timings = new Map(alignment.turns.map((t) => [t.index, t]));
    published.forEach((item, k) => {
      const t = timings.get(k);
      if (!t || (item.kind === 'turn' && item.sec === t.sec && !t.estimated)) expect(aligned[k]).toBe(item);
      else {
        expect(aligned[k]).toMatchObject({ sec: t.sec });
        expect((aligned[k] as Turn).estimated).toBe(t.estimated ? true : undefined);
        expect((aligned[k] as Turn).time).toBe(formatTime(t.sec));
      }
    });
  });
});
