import { describe, expect, it } from 'vitest';
import { DEFAULT_PARAGRAPH_LIMITS, FORCED, leadingTime, splitParagraphs, turnCueScore, bareWords } from '../../../shared/import/index.js';

describe('splitParagraphs', () => {
  const limits = { ...DEFAULT_PARAGRAPH_LIMITS, minWords: 2, targetMaxWords: 4, maxWords: 6 };

  it('breaks where boundaries score high and never exceeds the maximum', () => {
    const scores = Array<number>(20).fill(0);
    scores[5] = 3;
    scores[12] = 3;
    const starts = splitParagraphs(20, scores, limits);
    expect(starts).toContain(5);
    expect(starts).toContain(12);
    starts.forEach((s, i) => expect((starts[i + 1] ?? 20) - s).toBeLessThanOrEqual(6));
  });

  it('always breaks at a forced boundary, however short the paragraph', () => {
    const scores = Array<number>(10).fill(-1);
    scores[1] = FORCED;
    expect(splitParagraphs(10, scores, limits)[1]).toBe(1);
  });

  it('returns no paragraph for no words', () => expect(splitParagraphs(0, [])).toEqual([]));
});

describe('turnCueScore', () => {
  const score = (text: string, word: string, punctuated = false) => {
    const raw = text.split(' ');
    return turnCueScore(bareWords(raw), raw, raw.lastIndexOf(word), punctuated);
  };

  it('scores a reply after a question above a reply word inside a sentence', () => {
    expect(score('what do you think about it yeah I agree', 'yeah')).toBeGreaterThan(2);
    expect(score('but yeah it is', 'yeah')).toBeLessThan(0.5);
    expect(score('that is really cool stuff', 'cool')).toBeLessThan(0.5);
    expect(score('yeah yeah', 'yeah')).toBeLessThan(0.5);
  });

  it('never breaks after a word that cannot end a sentence', () => expect(score('I went to Berlin', 'Berlin')).toBeLessThan(0));

  it('in punctuated text, breaks only at sentence ends, best after a question', () => {
    expect(score('Is it? Yes.', 'Yes.', true)).toBeGreaterThan(score('It is. Yes.', 'Yes.', true));
    expect(score('It is, yes.', 'yes.', true)).toBeLessThan(0);
  });
});

describe('leadingTime', () => {
  it.each([
    ['0:04 welcome', { sec: 4, rest: 'welcome' }],
    ['1:02:09 interesting', { sec: 3729, rest: 'interesting' }],
    ['[01:33] Alexey', { sec: 93, rest: 'Alexey' }],
    ['(2:05) - Intro', { sec: 125, rest: 'Intro' }],
    ['00:00:00.500 x', { sec: 0, rest: 'x' }],
    ['12:05', { sec: 725, rest: '' }],
  ])('%j', (line, expected) => expect(leadingTime(line)).toEqual(expected));

  it.each(['[1:33 Alexey', 'a 1:33', '1:5 x', '1:33pm', 'ratio 2:1'])('finds no time in %j', (line) => expect(leadingTime(line)).toBeUndefined());
});
