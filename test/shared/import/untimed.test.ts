import { describe, expect, it } from 'vitest';
import { SPOKEN_PARAGRAPH_LIMITS, bareWord, importUntimed, spreadOverDuration } from '../../../shared/import/index.js';

/** Words that open a phrase and never end a sentence, even one trailing off: a paragraph ending on one is cut mid-phrase. */
const MID_PHRASE = new Set('a an the my your our their his its'.split(' '));
/** Words that rarely end a sentence (one trailing off, or interrupted, may). */
const RARELY_FINAL = new Set('to of and or but if because than as at by for from in into on with about'.split(' '));
import { lengthDistribution, seedText, turnWords } from './support.js';

describe('importUntimed on the untimed seed (002)', () => {
  const text = seedText('002');
  const words = text.split(/\s+/).filter((w) => w !== '');
  const result = importUntimed(text);

  it('splits one 74 KB line into at least 40 paragraphs, at the likeliest sentence ends, never mid-phrase', () => {
    const lines = result.items.map((t) => (t.kind === 'turn' ? t.line : ''));
    const last = lines.slice(0, -1).map((l) => bareWord(l.split(' ').at(-1)!));
    const midPhrase = last.filter((w) => MID_PHRASE.has(w));
    const rare = last.filter((w) => RARELY_FINAL.has(w));
    console.log(`seed 002: ${words.length} words -> ${lines.length} paragraphs; ${midPhrase.length} ending on an article or possessive, ${rare.length} on a preposition or conjunction (${rare.join(', ')}); words per paragraph:`, lengthDistribution(result.items));
    expect(lines.length).toBeGreaterThanOrEqual(40);
    expect(lines.every((l) => l.split(' ').length <= SPOKEN_PARAGRAPH_LIMITS.maxWords)).toBe(true);
    expect(midPhrase).toEqual([]);
    expect(rare.length).toBeLessThanOrEqual(lines.length / 50);
  });

  it('starts paragraphs at replies after questions', () => {
    const lines = result.items.map((t) => (t.kind === 'turn' ? t.line : ''));
    expect(lines.some((l) => l.startsWith('yeah so I finished my masters'))).toBe(true);
    expect(lines.find((l) => l.startsWith('yeah so I finished'))).toBeDefined();
    const previous = lines[lines.findIndex((l) => l.startsWith('yeah so I finished')) - 1]!;
    expect(previous.endsWith('your next opportunity your next role')).toBe(true);
  });

  it('leaves times unknown without a duration', () => {
    expect(result.items.every((t) => t.kind === 'turn' && t.sec === undefined && t.time === undefined)).toBe(true);
    expect(result.estimated.size).toBe(0);
    expect(result.notes).toContain('times unknown');
  });

  it('with the duration, estimates times that rise with the word count, end before the duration and are flagged', () => {
    const timed = importUntimed(text, { durationSec: 3600 });
    expect(turnWords(timed.items)).toEqual(words);
    let before = 0;
    timed.items.forEach((t, i) => {
      expect(t.kind === 'turn' && t.sec).toBe(Math.floor((3600 * before) / words.length));
      if (i > 0) expect(t.kind === 'turn' && t.sec! >= (timed.items[i - 1] as { sec: number }).sec).toBe(true);
      before += t.kind === 'turn' ? t.line.split(' ').length : 0;
    });
    const last = timed.items.at(-1)!;
    expect(last.kind === 'turn' && last.sec! < 3600).toBe(true);
    expect(timed.estimated).toEqual(new Set(timed.items.map((_, i) => i)));
    expect(timed.notes).toContain('times estimated from a duration of 3600 s (1:00:00) by word count');
  });
});

describe('importUntimed', () => {
  it('keeps blank-line paragraphs as breaks, even short ones', () => {
    const result = importUntimed('Hello there.\n\nThis is a second paragraph\nwrapped over two lines.\n');
    expect(result.items.map((t) => t.kind === 'turn' && t.line)).toEqual(['Hello there.', 'This is a second paragraph wrapped over two lines.']);
  });

  it('spreads times over a duration with H:MM:SS past an hour', () => {
    const turns = spreadOverDuration([{ kind: 'turn', line: 'a b c' }, { kind: 'turn', line: 'd' }], 4000);
    expect(turns).toEqual([
      { kind: 'turn', line: 'a b c', sec: 0, time: '0:00' },
      { kind: 'turn', line: 'd', sec: 3000, time: '50:00' },
    ]);
  });
});
