import { describe, expect, it } from 'vitest';
import { alignToAudio, alignToCaptions, applyAlignment, AUDIO_ALIGN_OPTIONS, isSureTurn } from '../../../shared/align/index.js';
import { captions, published } from './support.js';

describe('alignToAudio, on the real pair (its captions standing in for the words heard)', () => {
  // Every turn timed and sure, 5 s late: the words heard would move every turn they match.
  const late = published.map((item) => (item.kind === 'turn' && item.sec !== undefined ? { ...item, sec: item.sec + 5 } : item));
  // Nothing heard in the middle third of the audio (music, cross-talk, a recogniser that lost its way).
  const end = captions.at(-1)!.sec;
  const heard = captions.filter((w) => w.sec < end / 3 || w.sec > (2 * end) / 3);

  it('keeps the sure times of turns none of whose words were heard, where the plain alignment would guess them', () => {
    const plain = alignToCaptions(late, heard, AUDIO_ALIGN_OPTIONS);
    const guessed = plain.turns.filter((t) => t.how !== 'matched' && t.sec !== t.oldSec);
    expect(guessed.length).toBeGreaterThan(5);
    const checked = alignToAudio(late, heard, isSureTurn);
    // Only turns whose words were heard move (a few of them held back to a kept time, and flagged estimated for it).
    const matched = new Set(plain.turns.filter((t) => t.how === 'matched').map((t) => t.index));
    expect(checked.turns.every((t) => matched.has(t.index))).toBe(true);
    const heldBack = checked.turns.filter((t) => t.how !== 'matched');
    expect(heldBack.every((t) => t.estimated)).toBe(true);
    expect(heldBack.length).toBeLessThan(checked.turns.length / 10);
    for (const t of guessed) expect(checked.turns.some((u) => u.index === t.index)).toBe(false);
    // The turns it matched still take the audio's times: the 5 s come off them.
    const moved = checked.turns.filter((t) => t.sec !== t.oldSec);
    expect(moved.length).toBeGreaterThan(checked.turns.length / 2);
    expect(moved.filter((t) => Math.abs(t.sec - t.oldSec! + 5) <= 2).length).toBeGreaterThan(moved.length * 0.9);
    // No time goes back past a kept one.
    const secs = applyAlignment(late, checked).flatMap((item) => (item.kind === 'turn' && item.sec !== undefined ? [item.sec] : []));
    expect(secs).toEqual([...secs].sort((x, y) => x - y));
  });

  it('times every turn when no time is sure (estimated or none), as the plain alignment does', () => {
    const estimated = late.map((item) => (item.kind === 'turn' && item.sec !== undefined ? { ...item, estimated: true } : item));
    expect(alignToAudio(estimated, heard, isSureTurn)).toEqual(alignToCaptions(estimated, heard, AUDIO_ALIGN_OPTIONS));
  });

  it('keeps every sure time when only the other turns were heard (onlyUnsure), matched or not, and times the others between them', () => {
    // Every third turn's time flagged estimated: those are the unsure ones.
    let n = 0;
    const mixed = late.map((item) => (item.kind === 'turn' && item.sec !== undefined && n++ % 3 === 0 ? { ...item, estimated: true } : item));
    const checked = alignToAudio(mixed, captions, isSureTurn, true);
    expect(checked.turns.length).toBeGreaterThan(10);
    expect(checked.turns.every((t) => !isSureTurn(mixed[t.index]!))).toBe(true);
    // Heard fully, the sure ones would have matched and moved: onlyUnsure keeps them even so.
    expect(alignToAudio(mixed, captions, isSureTurn).turns.some((t) => isSureTurn(mixed[t.index]!) && t.how === 'matched')).toBe(true);
    const secs = applyAlignment(mixed, checked).flatMap((item) => (item.kind === 'turn' && item.sec !== undefined ? [item.sec] : []));
    expect(secs).toEqual([...secs].sort((x, y) => x - y));
  });
});
