import { describe, expect, it } from 'vitest';
import type { TranscriptItem } from '../../../shared/episode/index.js';
import { stretchAt, stretchWords, timeOfWord, wordAtTime, wordStarts } from '../../../shared/episode/word-time.js';

const items: TranscriptItem[] = [
  { kind: 'turn', line: 'untimed opening', who: 'A' },
  { kind: 'turn', line: 'one two three four', sec: 10, time: '0:10', who: 'A' },
  { kind: 'header', header: 'Section' },
  { kind: 'turn', line: 'five six seven eight', who: 'A' },
  { kind: 'turn', line: 'nine ten', sec: 26, time: '0:26', who: 'B' },
];
const text = (i: number) => {
  const item = items[i]!;
  return item.kind === 'turn' ? item.line : '';
};

describe('word times interpolated across a turn', () => {
  it('finds where words start', () => {
    expect(wordStarts('  one two\tthree ')).toEqual([2, 6, 10]);
    expect(wordStarts('')).toEqual([]);
  });

  it('takes a timed turn and its untimed paragraphs up to the next timed turn as one stretch', () => {
    expect(stretchAt(items, 3)).toEqual({ first: 1, end: 4, start: 10, stop: 26 });
    expect(stretchAt(items, 4)).toEqual({ first: 4, end: 5, start: 26, stop: undefined });
    expect(stretchAt(items, 0)).toBeUndefined();
  });

  it('gives the k-th of n words k/n of the way from the turn’s time to the next timed turn’s', () => {
    const stretch = stretchAt(items, 1)!;
    const words = stretchWords(items, stretch, text);
    expect(words).toHaveLength(8);
    expect(timeOfWord(words, stretch, 1, 0)).toBe(10);
    // "three": the third word, in it or at its first letter.
    expect(timeOfWord(words, stretch, 1, 8)).toBe(14);
    expect(timeOfWord(words, stretch, 1, 10)).toBe(14);
    // "seven", in the paragraph after the header.
    expect(timeOfWord(words, stretch, 3, 10)).toBe(22);
  });

  it('plays the last turn from its own time unless the audio’s length is known', () => {
    const stretch = stretchAt(items, 4)!;
    const words = stretchWords(items, stretch, text);
    expect(timeOfWord(words, stretch, 4, 5)).toBe(26);
    expect(timeOfWord(words, stretch, 4, 5, 30)).toBe(28);
  });

  it('finds the word playing at a time, the inverse', () => {
    const stretch = stretchAt(items, 1)!;
    const words = stretchWords(items, stretch, text);
    expect(wordAtTime(words, stretch, 14.5)).toEqual({ word: 2, place: { index: 1, offset: 8 } });
    expect(wordAtTime(words, stretch, 20)).toEqual({ word: 5, place: { index: 3, offset: 5 } });
    expect(wordAtTime(words, stretch, 99)?.word).toBe(7);
    expect(wordAtTime(words, stretchAt(items, 4)!, 27)).toBeUndefined();
  });
});
