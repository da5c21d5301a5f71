/** Alignment to captions: 25,000 words of real text against 25,000 caption words (some dropped, some misheard). */
import { readFileSync } from 'node:fs';
import { alignToCaptions, type CaptionWord } from '../../shared/align/index.js';
import { parseEpisode, type Turn } from '../../shared/episode/index.js';
import { filesOf } from '../support/paths.js';
import { formatTiming, mb, time } from './measure.js';

/** Turns of real corpus text, untimed, and caption words for them: 4% dropped, 4% misheard, 0.35 s a word. */
function syntheticPair(words: number): { turns: Turn[]; captions: CaptionWord[]; textWords: number } {
  const turns: Turn[] = [];
  const captions: CaptionWord[] = [];
  let seed = 11;
  const rand = () => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32);
  let sec = 0;
  let textWords = 0;
  for (const file of filesOf('episodes')) {
    for (const item of parseEpisode(readFileSync(file, 'utf8'), file).items) {
      if (item.kind !== 'turn' || textWords >= words) continue;
      turns.push({ kind: 'turn', line: item.line, who: item.who ?? 'A' });
      sec += 1.5;
      for (const word of item.line.split(/\s+/).filter((w) => w !== '')) {
        const r = rand();
        if (r >= 0.04) captions.push({ word: r < 0.08 ? `${word}x` : word, sec });
        sec += 0.35;
        textWords++;
      }
    }
  }
  // As many caption words as text words: pad with a stretch the text does not have.
  for (let k = 0; captions.length < words; k++) captions.push({ word: `extra${k % 50}`, sec: (sec += 0.35) });
  return { turns, captions, textWords };
}

export function benchAlign(): string[] {
  const { turns, captions, textWords } = syntheticPair(25_000);
  const before = process.memoryUsage();
  const timing = time(() => alignToCaptions(turns, captions), 5);
  const after = process.memoryUsage();
  const alignment = alignToCaptions(turns, captions);
  const { summary } = alignment;
  return [
    `alignment to captions: ${textWords} text words (${turns.length} turns) against ${captions.length} caption words`,
    `  align: ${formatTiming(timing)}`,
    `  memory: heap ${mb(after.heapUsed - before.heapUsed)} more after 6 runs (rss ${mb(after.rss)}, heap total ${mb(after.heapTotal)})`,
    `  result: ${summary.matched}/${summary.turns} turns matched, ${summary.matchedWords}/${summary.textWords} words`,
  ];
}
