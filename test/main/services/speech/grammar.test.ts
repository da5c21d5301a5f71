import { describe, expect, it } from 'vitest';
import { guessPronunciation, sayableWords } from '../../../../main/services/speech/dictionary.js';
import { bigramGrammar, type Grammar } from '../../../../main/services/speech/grammar.js';
import { TextTracker } from '../../../../main/services/speech/text-tracker.js';
import { quietestPoint, voicedSeconds } from '../../../../main/services/speech/voiced.js';

/** The transitions of a grammar as `from -word-> to p` lines, to compare whole. */
const lines = (g: Grammar) => g.transitions.map((t) => `${t.from} -${t.word ?? ''}-> ${t.to} ${t.prob.toFixed(3)}`);

/** Sums the probabilities leaving each state. */
function outSums(g: Grammar): number[] {
  const sums = new Array<number>(g.states).fill(0);
  for (const t of g.transitions) sums[t.from]! += t.prob;
  return sums;
}

describe('bigramGrammar', () => {
  it('has a state per word, the text’s word pairs by count, and a backoff through the hub', () => {
    const g = bigramGrammar(['the', 'cat', 'saw', 'the', 'dog'], { backoff: 0.2 });
    expect(g.words).toEqual(['the', 'cat', 'saw', 'dog']);
    expect(g.states).toBe(5);
    expect([g.start, g.final]).toEqual([0, 0]);
    expect(lines(g)).toEqual([
      // The hub: any word, by how often it occurs.
      '0 -the-> 1 0.400',
      '0 -cat-> 2 0.200',
      '0 -saw-> 3 0.200',
      '0 -dog-> 4 0.200',
      // After `the`: `cat` or `dog`, once each.
      '1 -cat-> 2 0.400',
      '1 -dog-> 4 0.400',
      '1 --> 0 0.200',
      '2 -saw-> 3 0.800',
      '2 --> 0 0.200',
      '3 -the-> 1 0.800',
      '3 --> 0 0.200',
      // The last word can only back off.
      '4 --> 0 1.000',
    ]);
    for (const sum of outSums(g)) expect(sum).toBeCloseTo(1, 9);
  });
});

describe('sayableWords', () => {
  const dict = new Map([
    ['data', 'D EY T AH'],
    ['talks', 'T AO K S'],
    ['club', 'K L AH B'],
  ]);
  const pronounce = (w: string) => dict.get(w) ?? null;

  it('keeps dictionary words, guesses words run together from dictionary words, and leaves out the rest', () => {
    expect(guessPronunciation('datatalks', pronounce)).toBe('D EY T AH T AO K S');
    expect(guessPronunciation('datatalksclub', pronounce)).toBe('D EY T AH T AO K S K L AH B');
    expect(guessPronunciation('abouzar', pronounce)).toBeNull();
    const { sayable, added } = sayableWords(['data', 'datatalks', 'abouzar', 'datatalks'], pronounce);
    expect([...sayable]).toEqual(['data', 'datatalks']);
    expect(added).toEqual([['datatalks', 'D EY T AH T AO K S']]);
  });
});

describe('TextTracker', () => {
  it('moves on to the end of the last run of recognised text words, and looks further ahead when it finds none', () => {
    const text = Array.from({ length: 1000 }, (_, k) => `w${k}`);
    const tracker = new TextTracker(text);
    expect(tracker.stretch()).toEqual({ from: 0, to: 250 });
    tracker.follow(['w3', 'x', 'w10', 'w11', 'w12', 'w13', 'y', 'w20', 'w21']);
    // w10-w13 is a run of 4 (weak: a near move, and a wider stretch to try next); w20 w21 is too short to count.
    expect(tracker.stretches()).toEqual([
      { from: 0, to: 264 },
      { from: 0, to: 414 },
    ]);
    tracker.follow(['q', 'r', 's']);
    expect(tracker.stretches()).toEqual([
      { from: 0, to: 264 },
      { from: 0, to: 564 },
    ]);
  });
});

describe('voicedSeconds', () => {
  it('counts the seconds louder than the quiet around them', () => {
    const rate = 16000;
    const samples = new Float32Array(10 * rate);
    // Quiet noise throughout, a loud tone from 2 s to 5 s.
    for (let i = 0; i < samples.length; i++) samples[i] = 0.001 * Math.sin(i * 0.37) + (i >= 2 * rate && i < 5 * rate ? 0.3 * Math.sin(i * 0.1) : 0);
    expect(voicedSeconds(samples, rate)).toBeCloseTo(3, 1);
    expect(voicedSeconds(new Float32Array(rate), rate)).toBe(0);
  });
});

describe('quietestPoint', () => {
  it('finds the middle of the quietest 0.2 s between two samples, a short pause in speech', () => {
    const rate = 16000;
    const samples = new Float32Array(5 * rate);
    // Loud throughout but for a 0.3 s pause at 3.1 s and a 0.1 s one (too short) at 1.5 s.
    const quiet = (i: number) => (i >= 3.1 * rate && i < 3.4 * rate) || (i >= 1.5 * rate && i < 1.6 * rate);
    for (let i = 0; i < samples.length; i++) samples[i] = (quiet(i) ? 0.001 : 0.3) * Math.sin(i * 0.1);
    const at = quietestPoint(samples, 0, samples.length);
    expect(at / rate).toBeGreaterThanOrEqual(3.2);
    expect(at / rate).toBeLessThanOrEqual(3.3);
    // Only where it is asked to look; and a stretch shorter than 0.2 s ends where it ends.
    const short = quietestPoint(samples, 0, 3 * rate) / rate;
    expect(short).toBeGreaterThanOrEqual(1.5);
    expect(short).toBeLessThanOrEqual(1.6);
    expect(quietestPoint(samples, rate, rate + 100)).toBe(rate + 100);
  });
});
