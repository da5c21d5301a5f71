import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { alignToCaptions, captionWords, type CaptionWord } from '../../../shared/align/index.js';
import { matchWords } from '../../../shared/align/match.js';
import { parseEpisode, type Turn } from '../../../shared/episode/index.js';
import { filesOf, FIXTURE_CORPUS, fixture } from '../../support/paths.js';

/** A deterministic pseudo-random sequence in [0, 1). */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

/** Turns of real text (the fixture corpus's episodes one after another), with times of 0.35 s a word. */
function longEpisode(minWords: number): { turns: Turn[]; captions: CaptionWord[] } {
  const turns: Turn[] = [];
  const captions: CaptionWord[] = [];
  const rand = random(7);
  let sec = 0;
  for (const file of filesOf('episodes', FIXTURE_CORPUS)) {
    for (const item of parseEpisode(readFileSync(file, 'utf8'), file).items) {
      if (item.kind !== 'turn' || captions.length >= minWords) continue;
      const words = item.line.split(/\s+/).filter((w) => w !== '');
      sec += 1.5; // a pause between turns
      turns.push({ kind: 'turn', line: item.line, sec: Math.round(sec), time: '0:00', who: item.who ?? 'A' });
      for (const word of words) {
        const r = rand();
        // Captions drop about 4% of the words and mishear 4%.
        if (r >= 0.04) captions.push({ word: r < 0.08 ? `${word}x` : word, sec });
        sec += 0.35;
      }
    }
  }
  return { turns, captions };
}

describe('alignment of long inputs', () => {
  it('times 25,000 words of real text against captions with words dropped and misheard', () => {
    const { turns, captions } = longEpisode(25_000);
    expect(captions.length).toBeGreaterThanOrEqual(25_000);
    const untimed = turns.map(({ sec: _s, time: _t, ...rest }) => rest);
    const alignment = alignToCaptions(untimed, captions);
    const errors = alignment.turns.map((t) => Math.abs(t.sec - turns[t.index]!.sec!));
    const within1 = errors.filter((e) => e <= 1).length;
    console.log(`long synthetic: ${turns.length} turns, ${within1} within 1 s, worst ${Math.max(...errors)} s, ${alignment.summary.matched} matched`);
    expect(alignment.turns.length).toBe(turns.length);
    expect(within1).toBeGreaterThanOrEqual(0.98 * turns.length);
    expect(Math.max(...errors)).toBeLessThanOrEqual(5);
  });

  it('aligns a long gap without anchors in a band, in order, mostly right', () => {
    // Three words only: no word sequence occurs once, so the whole input is one gap, too large for a full table.
    const rand = random(3);
    const a = Int32Array.from({ length: 6000 }, () => Math.floor(rand() * 3));
    const kept: number[] = [];
    a.forEach((_, i) => rand() >= 0.03 && kept.push(i));
    const b = Int32Array.from(kept, (i) => a[i]!);
    const match = matchWords({ a, b, words: ['alpha', 'bravo', 'charlie'] });
    let last = -1;
    let right = 0;
    match.forEach((j, i) => {
      if (j < 0) return;
      expect(j).toBeGreaterThan(last);
      last = j;
      if (kept[j] === i) right++;
    });
    expect(right).toBeGreaterThanOrEqual(0.9 * kept.length);
  });
});

describe('caption words from SRT and WebVTT', () => {
  it('reads the cues’ words with times spread across each cue', () => {
    for (const name of ['episode.srt', 'episode.vtt']) {
      const path = fixture('import', name);
      const words = captionWords(readFileSync(path, 'utf8'), path);
      expect(words[0]).toEqual({ word: 'This', sec: 93 });
      expect(words.find((w) => w.word === 'special')!.sec).toBe(98);
      const secs = words.map((w) => w.sec);
      expect(secs).toEqual([...secs].sort((x, y) => x - y));
    }
  });

  it('refuses what is no caption track, naming the file', () => {
    expect(() => captionWords('just some words of plain text here', 'notes.txt')).toThrow(/notes\.txt: not a caption track/);
  });
});
