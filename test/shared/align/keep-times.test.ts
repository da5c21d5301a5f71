import { describe, expect, it } from 'vitest';
import { alignToCaptions, applyAlignment, keepTimes, sureSecs, timesOnlyUnsure } from '../../../shared/align/index.js';
import { captions, published } from './support.js';

describe('keepTimes, on the real pair', () => {
  // The published episode 5 s late everywhere: the captions would move every turn.
  const late = published.map((item) => (item.kind === 'turn' && item.sec !== undefined ? { ...item, sec: item.sec + 5 } : item));
  const alignment = alignToCaptions(late, captions);
  const firstHalf = (index: number) => index < late.length / 2;

  it('leaves the turns it is told to keep out of the alignment, and its summary counts the others', () => {
    const kept = keepTimes(alignment, firstHalf);
    expect(kept.turns.length).toBeGreaterThan(0);
    expect(kept.turns.every((t) => !firstHalf(t.index))).toBe(true);
    expect(kept.turns).toEqual(alignment.turns.filter((t) => !firstHalf(t.index)));
    expect(kept.summary.turns).toBe(kept.turns.length);
    expect(kept.summary.moved).toBeLessThan(alignment.summary.moved);
  });

  it('once applied, changes none of the kept items: the same objects, so their bytes are kept', () => {
    const applied = applyAlignment(late, keepTimes(alignment, firstHalf));
    late.forEach((item, k) => {
      if (firstHalf(k)) expect(applied[k]).toBe(item);
    });
    expect(applied.some((item, k) => !firstHalf(k) && item !== late[k])).toBe(true);
  });

  it('keeps the turns it times between the kept ones around them: no time goes back past a sure one', () => {
    // Every fourth turn kept, with its time 30 s late: the turns between would start before it.
    const turnIndexes = late.flatMap((item, k) => (item.kind === 'turn' && item.sec !== undefined ? [k] : []));
    const sure = new Set(turnIndexes.filter((_, n) => n % 4 === 0));
    const shifted = late.map((item, k) => (sure.has(k) && item.kind === 'turn' ? { ...item, sec: item.sec! + 30 } : item));
    const kept = keepTimes(alignToCaptions(shifted, captions), (index) => sure.has(index));
    const applied = applyAlignment(shifted, kept);
    const secs = turnIndexes.map((k) => (applied[k] as { sec: number }).sec);
    expect(secs).toEqual([...secs].sort((x, y) => x - y));
    expect(kept.turns.some((t) => t.sec !== alignment.turns.find((u) => u.index === t.index)!.sec)).toBe(true);
  });
});


describe('sure times (what Align to Audio keeps and places its windows by)', () => {
  it('are the times given and not flagged estimated; only some turns having one times only the others', () => {
    const turns = [{ sec: 10 }, { sec: 20, estimated: true }, {}, { sec: 0 }];
    expect(sureSecs(turns)).toEqual([10, null, null, 0]);
    expect(timesOnlyUnsure(turns)).toBe(true);
    expect(timesOnlyUnsure([{ sec: 1 }, { sec: 2 }])).toBe(false);
    expect(timesOnlyUnsure([{}, { sec: 2, estimated: true }])).toBe(false);
  });
});
