import { describe, expect, it } from 'vitest';
import { parseEpisode, speakerCounts, speakerSpans, talkTime, type TranscriptItem } from '../../../shared/episode/index.js';
import { assignAlternating, fixSpeakerName, interpolateTime, renameSpeaker, speakerFixes, wordFraction } from '../../../shared/import/index.js';
import { seedText } from './support.js';

const turn = (line: string, sec?: number, who?: string): TranscriptItem => ({ kind: 'turn', line, ...(sec !== undefined && { sec, time: `0:${String(sec).padStart(2, '0')}` }), ...(who !== undefined && { who }) });

describe('assignAlternating', () => {
  it('alternates the names over turns without a speaker, skipping headers and keeping named turns', () => {
    const items: TranscriptItem[] = [turn('a', 0), { kind: 'header', header: 'H' }, turn('b', 5), turn('c', 9, 'Guest'), turn('d', 12), turn('e', 20)];
    expect(assignAlternating(items, ['Alexey', 'Katie']).map((i) => (i.kind === 'turn' ? i.who : '#'))).toEqual(['Alexey', '#', 'Katie', 'Guest', 'Alexey', 'Katie']);
  });

  it('returns the items as they are for no names', () => {
    const items = [turn('a', 0)];
    expect(assignAlternating(items, [])).toEqual(items);
  });
});

describe('renameSpeaker', () => {
  it('renames every turn of one speaker and returns the other items untouched', () => {
    const items = [turn('a', 0, 'Alexey:'), turn('b', 5, 'Katie'), turn('c', 9, 'Alexey:')];
    const renamed = renameSpeaker(items, 'Alexey:', 'Alexey');
    expect(renamed.map((i) => i.kind === 'turn' && i.who)).toEqual(['Alexey', 'Katie', 'Alexey']);
    expect(renamed[1]).toBe(items[1]);
  });
});

describe('speaker fixes', () => {
  const items = [
    ...Array.from({ length: 6 }, (_, i) => turn(`x${i}`, i, 'Alexey')),
    turn('y', 10, 'Alexey:'),
    turn('z', 11, 'Katie.'),
    turn('w', 12, 'Alexeylexey'),
    turn('v', 13, 'Katie'),
  ];

  it('suggests the name behind `Name:`, `Name.` and typos', () => {
    const counts = speakerCounts(items);
    expect(fixSpeakerName('Alexey:', counts)).toBe('Alexey');
    expect(fixSpeakerName('Katie.', counts)).toBe('Katie');
    expect(fixSpeakerName('Alexeylexey', counts)).toBe('Alexey');
    expect(fixSpeakerName('Alexey', counts)).toBeUndefined();
  });

  it('lists the fixes to make with renameSpeaker', () => {
    expect(speakerFixes(items)).toEqual([
      { from: 'Alexey:', to: 'Alexey', reason: 'ends with `:`', count: 1 },
      { from: 'Katie.', to: 'Katie', reason: 'ends with `.`', count: 1 },
      { from: 'Alexeylexey', to: 'Alexey', reason: 'is used 1× and looks like a typo of `Alexey` (6×)', count: 1 },
    ]);
  });
});

describe('times for a split turn', () => {
  it('interpolates whole seconds between the neighbours', () => {
    expect(interpolateTime(100, 120, 0.5)).toBe(110);
    expect(interpolateTime(100, 103, 0.9)).toBe(102);
    expect(interpolateTime(100, 120, 2)).toBe(120);
    expect(interpolateTime(100, 120, -1)).toBe(100);
    expect(interpolateTime(100, 120, Number.NaN)).toBe(100);
  });

  it('measures the split point by words', () => {
    expect(wordFraction('one two three four', 8)).toBe(0.5);
    expect(wordFraction('', 0)).toBe(0);
  });
});

describe('talk time', () => {
  it('runs each timed turn to the next, shares untimed paragraphs by words, and ends at the duration', () => {
    const items = [turn('a b', 0, 'A'), { kind: 'turn', line: 'c d e f', who: 'B' } as TranscriptItem, turn('g', 30, 'A'), { kind: 'header', header: 'H' } as TranscriptItem, turn('h', 40, 'B')];
    expect(speakerSpans(items, 50)).toEqual([
      { index: 0, who: 'A', start: 0, end: 10 },
      { index: 1, who: 'B', start: 10, end: 30 },
      { index: 2, who: 'A', start: 30, end: 40 },
      { index: 4, who: 'B', start: 40, end: 50 },
    ]);
    expect(talkTime(items, 50)).toEqual([
      { who: 'B', seconds: 30, turns: 2, words: 5 },
      { who: 'A', seconds: 20, turns: 2, words: 3 },
    ]);
    expect(talkTime(items).find((t) => t.who === 'B')!.seconds).toBe(20);
  });

  it('adds up to the timed span of the seed episode', () => {
    const doc = parseEpisode(seedText('000'), 'seed.md');
    const timed = doc.items.filter((i) => i.kind === 'turn' && i.sec !== undefined) as { sec: number }[];
    const total = talkTime(doc.items).reduce((s, t) => s + t.seconds, 0);
    expect(total).toBeCloseTo(timed.at(-1)!.sec - timed[0]!.sec, 6);
    expect(talkTime(doc.items).map((t) => t.who)).toEqual(['Katie', 'Alexey']);
  });
});
