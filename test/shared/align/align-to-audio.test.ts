import { describe, expect, it } from 'vitest';
import { alignToAudio, alignToCaptions, applyAlignment, AUDIO_ALIGN_OPTIONS, hasSureTime } from '../../../shared/align/index.js';
import type { TranscriptItem } from '../../../shared/episode/index.js';
import { captions, published } from './support.js';

const sure = (item: TranscriptItem) => item.kind === 'turn' && hasSureTime(item);

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
    const checked = alignToAudio(late, heard, sure);
    expect(checked.turns.every((t) => t.how === 'matched')).toBe(true);
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
    expect(alignToAudio(estimated, heard, sure)).toEqual(alignToCaptions(estimated, heard, AUDIO_ALIGN_OPTIONS));
  });

  it('keeps every sure time when only the other turns were heard (onlyUnsure), matched or not', () => {
    expect(alignToAudio(late, heard, sure).turns.length).toBeGreaterThan(0);
    expect(alignToAudio(late, heard, sure, true).turns).toEqual([]);
  });
});
